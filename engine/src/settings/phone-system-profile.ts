import { clip } from '../text';

/** The custom metadata type that holds phone-system profiles. */
export const PROFILE_OBJECT = 'Softphone_Phone_System__mdt';

/**
 * The profile fields and the call center setting each one replaces. A profile's value goes through that
 * setting's own parser and checks (the setting table), so it is validated exactly like the call center's.
 */
export const PROFILE_FIELDS = {
    WebSocket_URL__c: 'pbxWebSocketUrl',
    SIP_Domain__c: 'sipDomain',
    ICE_Servers__c: 'iceServers',
    Default_Country__c: 'defaultCountry',
    Dial_Prefix__c: 'dialPrefix'
} as const;

export type ProfileField = keyof typeof PROFILE_FIELDS;

/** The longest profile value read; a longer one is cut (and then fails its setting's check, by name). */
const MAX_VALUE_LENGTH = 1000;

/** One phone-system profile as Apex answered it: its record's names and its non-blank field values. */
export interface PhoneSystemProfile {
    /** The record's API name (DeveloperName), e.g. `Branch_Office`. */
    readonly name: string;
    /** The record's label (MasterLabel), which the agent reads in the panel. */
    readonly label: string;
    readonly fields: Readonly<Partial<Record<ProfileField, string>>>;
}

/** Which profile applies to the user: none (the call center's settings), one, or several (a problem). */
export type PhoneSystemChoice =
    | { readonly kind: 'call-center' }
    | { readonly kind: 'profile'; readonly profile: PhoneSystemProfile }
    | { readonly kind: 'conflict'; readonly names: readonly string[] };

/** A profile's values keyed by the setting item they replace, and the name a problem gives each. */
export interface ProfileOverrides {
    readonly values: ReadonlyMap<string, string>;
    /** `Softphone_Phone_System__mdt.<record>.<field>`, the way an admin finds the value in Setup. */
    readonly sourceOf: (item: string) => string;
}

/** The profile's non-blank values as overrides of the call center items they replace. */
export function profileOverrides(profile: PhoneSystemProfile): ProfileOverrides {
    const values = new Map<string, string>();
    const fieldOfItem = new Map<string, ProfileField>();
    for (const [field, item] of Object.entries(PROFILE_FIELDS) as [ProfileField, string][]) {
        fieldOfItem.set(item, field);
        const value = profile.fields[field]?.trim();
        if (value) values.set(item, clip(value, MAX_VALUE_LENGTH));
    }
    return {
        values,
        sourceOf: (item) => `${PROFILE_OBJECT}.${profile.name}.${fieldOfItem.get(item) ?? item}`
    };
}
