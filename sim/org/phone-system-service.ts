/**
 * The simulator's `SoftphonePhoneSystem.currentProfile`: the same answer as the Apex class, over the simulated
 * org's phone-system profiles (the project's `Softphone_Phone_System__mdt` records and any `npm start --
 * --phone-system-field` adds) and the custom permissions the simulated agent holds (`--phone-system`).
 */

/** One simulated `Softphone_Phone_System__mdt` record. */
export interface SimulatedPhoneSystem {
    /** DeveloperName. */
    readonly name: string;
    /** MasterLabel. */
    readonly label: string;
    /** Custom_Permission__c: the custom permission that gives the profile. */
    readonly permission?: string;
    /** The other fields by API name (`SIP_Domain__c`, …). */
    readonly fields: Readonly<Record<string, string>>;
}

/** The simulated org's profiles and the custom permissions the simulated agent holds. */
export interface SimulatedPhoneSystems {
    readonly profiles: readonly SimulatedPhoneSystem[];
    readonly permissions: readonly string[];
}

/** The fields the Apex class sends, in its order. */
const PROFILE_FIELDS = [
    'WebSocket_URL__c',
    'SIP_Domain__c',
    'ICE_Servers__c',
    'Default_Country__c',
    'Dial_Prefix__c'
];

/** What `SoftphonePhoneSystem.currentProfile` answers for the simulated agent, as the Apex class does. */
export function currentPhoneSystem(org: SimulatedPhoneSystems | undefined): string {
    const held = new Set(org?.permissions ?? []);
    const granted = [...(org?.profiles ?? [])]
        .sort((a, b) => a.name.localeCompare(b.name))
        .filter((profile) => profile.permission !== undefined && held.has(profile.permission.trim()));
    const [only] = granted;
    if (granted.length > 1) {
        return JSON.stringify({
            version: 1,
            profile: null,
            conflict: granted.map((profile) => profile.name)
        });
    }
    if (!only) return JSON.stringify({ version: 1, profile: null });
    const fields = Object.fromEntries(
        PROFILE_FIELDS.map((field) => {
            const value = only.fields[field]?.trim();
            return [field, value ? value : null];
        })
    );
    return JSON.stringify({ version: 1, profile: { name: only.name, label: only.label, fields } });
}

/** The phone systems from the console page's JSON element; none when it holds something else. */
export function phoneSystemsFrom(value: unknown): SimulatedPhoneSystems | undefined {
    if (typeof value !== 'object' || value === null) return undefined;
    const { profiles, permissions } = value as Record<string, unknown>;
    if (!Array.isArray(profiles) || !Array.isArray(permissions)) return undefined;
    const texts = (record: unknown): Record<string, string> =>
        typeof record === 'object' && record !== null
            ? Object.fromEntries(
                  Object.entries(record).filter(
                      (entry): entry is [string, string] => typeof entry[1] === 'string'
                  )
              )
            : {};
    return {
        profiles: profiles.flatMap((profile: unknown) => {
            const { name, label, permission } = texts(profile);
            if (!name || !label) return [];
            const fields = texts((profile as { fields?: unknown }).fields);
            return [{ name, label, ...(permission ? { permission } : {}), fields }];
        }),
        permissions: permissions.filter((permission): permission is string => typeof permission === 'string')
    };
}
