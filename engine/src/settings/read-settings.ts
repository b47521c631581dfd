import type { CallCenterSettings } from '../cti/open-cti-types';
import { DEFAULT_SETTINGS } from './softphone-settings';
import type { SettingsProblem, SoftphoneSettings } from './softphone-settings';

/** The call center section our settings live in. */
export const SETTINGS_SECTION = 'softphoneSettings';

const MAX_WRAP_UP_SECONDS = 3600;
const MAX_DISPOSITION_LENGTH = 255;
const SOBJECT_NAME = /^[A-Za-z][A-Za-z0-9_]{0,79}$/;
const HOST_NAME =
    /^(?=.{1,253}$)([A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)(\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*$/;
const LOOPBACK_HOSTS = ['127.0.0.1', 'localhost', '[::1]'];

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/** Reads one item of the section; `undefined` when absent or blank. */
function item(raw: CallCenterSettings, name: string): string | undefined {
    const value = raw[`/${SETTINGS_SECTION}/${name}`];
    if (typeof value !== 'string') return undefined;
    const trimmed = value.trim();
    return trimmed === '' ? undefined : trimmed;
}

function oneOf<T extends string>(value: string, allowed: readonly T[]): value is T {
    return (allowed as readonly string[]).includes(value);
}

/** Checks a PBX WebSocket URL: `wss://` anywhere, `ws://` only on this machine (tests, the local simulator). */
export function checkWebSocketUrl(value: string): string | undefined {
    let url: URL;
    try {
        url = new URL(value);
    } catch {
        return 'is not a URL; expected wss://host:port/path';
    }
    if (url.protocol === 'ws:' && LOOPBACK_HOSTS.includes(url.hostname)) return undefined;
    if (url.protocol !== 'wss:') return `must start with wss:// (got ${url.protocol}//)`;
    if (url.username || url.password) return 'must not contain a user name or password';
    return undefined;
}

/**
 * Turns `getCallCenterSettings`' flat map into typed settings. Every unusable value is listed by its item
 * name with what is wrong, and its default is used instead, so the softphone keeps working for what it can.
 */
export function readSettings(raw: CallCenterSettings): {
    settings: SoftphoneSettings;
    problems: SettingsProblem[];
} {
    const settings: Mutable<SoftphoneSettings> = { ...DEFAULT_SETTINGS };
    const problems: SettingsProblem[] = [];
    const problem = (setting: string, value: string, message: string): void => {
        problems.push({ setting, value, message: `${setting} ${message}` });
    };

    const name = raw['/reqGeneralInfo/reqDisplayName'] ?? raw['/reqGeneralInfo/reqInternalName'];
    if (typeof name === 'string' && name.trim() !== '') settings.callCenterName = name.trim();

    const mode = item(raw, 'telephonyMode');
    if (mode !== undefined) {
        if (oneOf(mode, ['sip', 'demo', 'click-to-dial-only'] as const)) settings.telephonyMode = mode;
        else problem('telephonyMode', mode, 'must be sip, demo or click-to-dial-only');
    }

    const url = item(raw, 'pbxWebSocketUrl');
    if (url !== undefined) {
        const error = checkWebSocketUrl(url);
        if (error) problem('pbxWebSocketUrl', url, error);
        else settings.pbxWebSocketUrl = url;
    }

    const domain = item(raw, 'sipDomain');
    if (domain !== undefined) {
        if (HOST_NAME.test(domain)) settings.sipDomain = domain;
        else problem('sipDomain', domain, 'must be a host name such as pbx.example.com');
    }
    if (settings.telephonyMode === 'sip') {
        if (url === undefined) problem('pbxWebSocketUrl', '', 'is required when telephonyMode is sip');
        if (domain === undefined) problem('sipDomain', '', 'is required when telephonyMode is sip');
    }

    const ice = item(raw, 'iceServers');
    if (ice !== undefined && ice.toLowerCase() !== 'none') {
        const servers = ice
            .split(',')
            .map((server) => server.trim())
            .filter(Boolean);
        const bad = servers.filter((server) => !/^(stun|stuns|turn|turns):[^\s]+$/.test(server));
        if (bad.length > 0)
            problem(
                'iceServers',
                ice,
                `must be stun: or turn: URLs separated by commas, or none (bad: ${bad.join(', ')})`
            );
        else settings.iceServers = servers;
    }

    const country = item(raw, 'defaultCountry');
    if (country !== undefined) {
        if (/^[A-Za-z]{2}$/.test(country)) settings.defaultCountry = country.toUpperCase();
        else problem('defaultCountry', country, 'must be a two-letter country code such as US or GB');
    }

    const logObject = item(raw, 'logObject');
    if (logObject === 'VoiceCall') {
        // VoiceCall records belong to a Service Cloud Voice telephony integration; this softphone cannot create them.
        problem(
            'logObject',
            logObject,
            'VoiceCall is not supported by this softphone yet; calls are logged as Tasks'
        );
    } else if (logObject !== undefined) {
        if (oneOf(logObject, ['Task'] as const)) settings.logObject = logObject;
        else problem('logObject', logObject, 'must be Task or VoiceCall');
    }

    const noMatch = item(raw, 'screenPopNoMatch');
    if (noMatch !== undefined) {
        if (oneOf(noMatch, ['NEW_RECORD_MODAL', 'SEARCH', 'NONE'] as const))
            settings.screenPopNoMatch = noMatch;
        else problem('screenPopNoMatch', noMatch, 'must be NEW_RECORD_MODAL, SEARCH or NONE');
    }

    const newObject = item(raw, 'screenPopNewRecordObject');
    if (newObject !== undefined) {
        if (SOBJECT_NAME.test(newObject)) settings.screenPopNewRecordObject = newObject;
        else
            problem(
                'screenPopNewRecordObject',
                newObject,
                'must be an object API name such as Contact or Lead'
            );
    }

    const multiple = item(raw, 'screenPopMultipleMatches');
    if (multiple !== undefined) {
        if (oneOf(multiple, ['SEARCH', 'PICKER', 'NONE'] as const))
            settings.screenPopMultipleMatches = multiple;
        else problem('screenPopMultipleMatches', multiple, 'must be SEARCH, PICKER or NONE');
    }

    const wrapUp = item(raw, 'wrapUpSeconds');
    if (wrapUp !== undefined) {
        const seconds = /^\d+$/.test(wrapUp) ? Number(wrapUp) : NaN;
        if (Number.isInteger(seconds) && seconds <= MAX_WRAP_UP_SECONDS) settings.wrapUpSeconds = seconds;
        else
            problem(
                'wrapUpSeconds',
                wrapUp,
                `must be a whole number of seconds from 0 to ${MAX_WRAP_UP_SECONDS}`
            );
    }

    const dispositions = item(raw, 'dispositionValues');
    if (dispositions !== undefined) {
        const values = [
            ...new Set(
                dispositions
                    .split(',')
                    .map((value) => value.trim())
                    .filter(Boolean)
            )
        ];
        const tooLong = values.filter((value) => value.length > MAX_DISPOSITION_LENGTH);
        if (tooLong.length > 0)
            problem(
                'dispositionValues',
                dispositions,
                `values must be at most ${MAX_DISPOSITION_LENGTH} characters`
            );
        settings.dispositions = values.filter((value) => value.length <= MAX_DISPOSITION_LENGTH);
    }

    return { settings, problems };
}
