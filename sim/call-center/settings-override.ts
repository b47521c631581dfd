import type { CallCenterSettings } from '../../engine/src/cti';

/** The call center section the softphone's own settings live in (see `engine/src/settings`). */
const SECTION = 'softphoneSettings';
const ITEM_NAME = /^[A-Za-z][A-Za-z0-9]{0,79}$/;
const MAX_VALUE_LENGTH = 1024;

/**
 * Reads `name=value` pairs (from `npm start -- --setting name=value`) into overrides of the call center's
 * "Softphone Settings" items, keyed as `getCallCenterSettings` answers them (`/softphoneSettings/<name>`).
 * The value is everything after the first `=`, and may be empty.
 *
 * @throws Error naming the pair when it has no `=`, an item name that is not a word, or a value over 1024
 *   characters.
 */
export function parseSettingsOverrides(pairs: readonly string[]): Record<string, string> {
    const overrides: Record<string, string> = {};
    for (const pair of pairs) {
        const at = pair.indexOf('=');
        const name = at < 0 ? '' : pair.slice(0, at).trim();
        const value = at < 0 ? '' : pair.slice(at + 1).trim();
        if (!ITEM_NAME.test(name)) {
            throw new Error(
                `--setting ${JSON.stringify(pair)}: expected <item>=<value>, e.g. telephonyMode=sip`
            );
        }
        if (value.length > MAX_VALUE_LENGTH) {
            throw new Error(`--setting ${name}: the value is longer than ${MAX_VALUE_LENGTH} characters`);
        }
        overrides[`/${SECTION}/${name}`] = value;
    }
    return overrides;
}

/**
 * The call center settings with `overrides` applied on top: what the simulator's `getCallCenterSettings`
 * answers instead of the project's call center file, e.g. to point the softphone at a local PBX.
 */
export function withSettingsOverrides(
    settings: CallCenterSettings,
    overrides: Readonly<Record<string, string>>
): CallCenterSettings {
    return { ...settings, ...overrides };
}
