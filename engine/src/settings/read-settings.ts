import type { CallCenterSettings } from '../cti/open-cti-types';
import { clip } from '../text';
import { checkGeneralInfo, findUnknownItems } from './check-call-center';
import { PROFILE_OBJECT, profileOverrides } from './phone-system-profile';
import type { PhoneSystemChoice } from './phone-system-profile';
import { DEFAULT_SETTINGS, KNOWN_SETTINGS, SETTING_TABLE } from './setting-table';
import type { ItemSettings } from './setting-table';
import type { SettingsProblem, SoftphoneSettings } from './softphone-settings';

/** The call center section our settings live in. */
export const SETTINGS_SECTION = 'softphoneSettings';

/** Longest call center name shown (Salesforce allows 80 characters). */
const MAX_CALL_CENTER_NAME_LENGTH = 255;
/** The UI lists at most this many problems. */
const MAX_PROBLEMS = 50;

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/** Reads one item of the section; `undefined` when absent or blank. */
function item(raw: CallCenterSettings, name: string): string | undefined {
    const value = raw[`/${SETTINGS_SECTION}/${name}`];
    if (typeof value !== 'string') return undefined;
    const trimmed = value.trim();
    return trimmed === '' ? undefined : trimmed;
}

/**
 * Turns `getCallCenterSettings`' flat map into typed settings, walking the setting table. Every unusable value
 * is listed by its item name with what is wrong, and its default is used instead, so the softphone keeps
 * working for what it can.
 *
 * The user's phone-system profile (`choice`), when one applies, is merged over the call center: each of its
 * non-blank values takes the place of the call center item it stands for, and goes through that item's parser
 * and checks, so it is validated the same way; its problems name the profile's field
 * (`Softphone_Phone_System__mdt.<record>.<field>`). Several profiles at once is a problem that stops the phone:
 * the softphone does not guess which phone system to register with.
 */
export function readSettings(
    raw: CallCenterSettings,
    choice: PhoneSystemChoice = { kind: 'call-center' }
): {
    settings: SoftphoneSettings;
    problems: SettingsProblem[];
} {
    const settings: Mutable<SoftphoneSettings> = { ...DEFAULT_SETTINGS };
    const problems: SettingsProblem[] = [];
    const problem = (setting: string, value: string, message: string, stopsPhone = false): void => {
        problems.push({
            setting,
            value,
            message: clip(`${setting} ${message}`, 1000),
            ...(stopsPhone ? { stopsPhone } : {})
        });
    };

    const name = raw['/reqGeneralInfo/reqDisplayName'] ?? raw['/reqGeneralInfo/reqInternalName'];
    if (typeof name === 'string' && name.trim() !== '')
        settings.callCenterName = clip(name.trim(), MAX_CALL_CENTER_NAME_LENGTH);

    const overrides = choice.kind === 'profile' ? profileOverrides(choice.profile) : undefined;
    if (choice.kind === 'profile') {
        settings.phoneSystem = { name: choice.profile.name, label: clip(choice.profile.label) };
    }
    if (choice.kind === 'conflict') {
        problem(
            PROFILE_OBJECT,
            choice.names.join(', '),
            `gives this user several phone-system profiles (${clip(choice.names.join(', '))}); ` +
                'remove all but one of their permission sets (or custom permissions) so the softphone knows ' +
                'which phone system to register with',
            true
        );
    }

    const read: Partial<Mutable<ItemSettings>> = {};
    for (const entry of SETTING_TABLE) {
        const fromProfile = overrides?.values.get(entry.item);
        const value = fromProfile ?? item(raw, entry.item);
        const name = fromProfile === undefined ? entry.item : (overrides?.sourceOf(entry.item) ?? entry.item);
        const stops = entry.stopsPhone?.(read) ?? false;
        if (value !== undefined) {
            const parsed = entry.parse(value);
            const shown = entry.shown?.(value) ?? value;
            for (const message of parsed.problems) problem(name, shown, message, stops);
            if (parsed.value !== undefined) {
                (settings as Record<string, unknown>)[entry.field] = parsed.value;
                (read as Record<string, unknown>)[entry.field] = parsed.value;
            }
        }
        const checked = entry.check?.(value, read);
        if (checked !== undefined) problem(name, value ?? '', checked, stops);
    }

    for (const unknown of findUnknownItems(raw, SETTINGS_SECTION, KNOWN_SETTINGS)) {
        problem(unknown.setting, unknown.value, unknown.message);
    }
    for (const general of checkGeneralInfo(raw)) problem(general.setting, general.value, general.message);

    // A call center with more problems than the UI lists gets the first ones and a count of the rest.
    if (problems.length > MAX_PROBLEMS) {
        const rest = problems.length - (MAX_PROBLEMS - 1);
        problems.splice(MAX_PROBLEMS - 1, problems.length, {
            setting: SETTINGS_SECTION,
            value: '',
            message: `${rest} more settings have problems; check every item of the call center`
        });
    }

    return { settings, problems };
}
