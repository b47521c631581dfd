import type { CallCenterSettings } from '../cti/open-cti-types';
import { isValidDefaultCountry } from '../phone';
import { checkGeneralInfo, clip, findUnknownItems, KNOWN_SETTINGS } from './check-call-center';
import { DEFAULT_SETTINGS } from './softphone-settings';
import type { SettingsProblem, SoftphoneSettings } from './softphone-settings';

/** The call center section our settings live in. */
export const SETTINGS_SECTION = 'softphoneSettings';

const MAX_WRAP_UP_SECONDS = 3600;
const MAX_DISPOSITION_LENGTH = 255;
/** The UI shows at most this many call results (the bridge protocol's limit). */
const MAX_DISPOSITIONS = 100;
/** Longest call center name shown (Salesforce allows 80 characters). */
const MAX_CALL_CENTER_NAME_LENGTH = 255;
/** The reserved domain of the placeholders the project ships with. */
const PLACEHOLDER_DOMAIN = /(^|\.)example\.(com|net|org)$/i;
const IPV4 = /^(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}$/;
const ICE_SERVER = /^(stun|stuns|turn|turns):([^?#\s]+)(\?transport=(udp|tcp))?$/i;
/**
 * A TURN server needs a user name and password, which this softphone cannot pass yet; Chromium refuses to make
 * any peer connection whose servers hold a `turn:` or `turns:` URL without them, so such an entry would fail
 * every call.
 */
const TURN_SERVER = /^turns?:/i;
const SOBJECT_NAME = /^[A-Za-z][A-Za-z0-9_]{0,79}$/;
const HOST_NAME =
    /^(?=.{1,253}$)([A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)(\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*$/;
const LOOPBACK_HOSTS = ['127.0.0.1', 'localhost', '[::1]'];

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/** The item names each settings map was asked for: every item the softphone reads is a known one. */
const itemsRead = new WeakMap<CallCenterSettings, Set<string>>();

/** Reads one item of the section; `undefined` when absent or blank. */
function item(raw: CallCenterSettings, name: string): string | undefined {
    const read = itemsRead.get(raw) ?? new Set<string>();
    read.add(name);
    itemsRead.set(raw, read);
    const value = raw[`/${SETTINGS_SECTION}/${name}`];
    if (typeof value !== 'string') return undefined;
    const trimmed = value.trim();
    return trimmed === '' ? undefined : trimmed;
}

function oneOf<T extends string>(value: string, allowed: readonly T[]): value is T {
    return (allowed as readonly string[]).includes(value);
}

/** Whether `host` is a host name (`pbx.example.com`) or an IP address (`192.0.2.10`, `[2001:db8::1]`). */
function isHost(host: string): boolean {
    return HOST_NAME.test(host) || IPV4.test(host) || /^\[[0-9A-Fa-f:.]+\]$/.test(host);
}

/** Whether a URL points at the placeholder host the project ships with. */
function isPlaceholder(url: string): boolean {
    try {
        return PLACEHOLDER_DOMAIN.test(new URL(url).hostname);
    } catch {
        return false;
    }
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
    if (url.protocol !== 'wss:') return `must start with wss:// (got ${clip(url.protocol, 20)}//)`;
    if (url.username || url.password) return 'must not contain a user name or password';
    if (!isHost(url.hostname)) return `has no valid host name (got ${clip(url.hostname)})`;
    if (url.hash !== '' || value.includes('#'))
        return 'must not contain a # fragment (WebSocket URLs cannot)';
    return undefined;
}

/** An ICE server entry as it may be shown and logged: a user name and password in it replaced by `***`. */
function redactIceServer(server: string): string {
    return server.replace(/^([a-z]+:)[^,]*@/i, '$1***@');
}

/** Checks one STUN/TURN URL (RFC 7064/7065): scheme, host, optional port and transport, no credentials. */
function checkIceServer(server: string): string | undefined {
    const match = ICE_SERVER.exec(server);
    if (!match) return 'is not a stun:, stuns:, turn: or turns: URL';
    const address = match[2] ?? '';
    if (address.includes('@')) return 'must not contain a user name or password';
    const hostPort = /^(\[[^\]]+\]|[^:]+)(:(\d{1,5}))?$/.exec(address);
    const port = hostPort?.[3] === undefined ? undefined : Number(hostPort[3]);
    if (!hostPort || !isHost(hostPort[1] ?? '')) return 'has no valid host name';
    if (port !== undefined && (port < 1 || port > 65535)) return 'has a port outside 1-65535';
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
        problems.push({ setting, value, message: clip(`${setting} ${message}`, 1000) });
    };

    const name = raw['/reqGeneralInfo/reqDisplayName'] ?? raw['/reqGeneralInfo/reqInternalName'];
    if (typeof name === 'string' && name.trim() !== '')
        settings.callCenterName = clip(name.trim(), MAX_CALL_CENTER_NAME_LENGTH);

    const mode = item(raw, 'telephonyMode');
    if (mode !== undefined) {
        if (oneOf(mode, ['sip', 'demo', 'click-to-dial-only'] as const)) settings.telephonyMode = mode;
        else problem('telephonyMode', mode, `must be sip, demo or click-to-dial-only (got ${clip(mode)})`);
    }

    const url = item(raw, 'pbxWebSocketUrl');
    if (url !== undefined) {
        const error = checkWebSocketUrl(url);
        if (error) problem('pbxWebSocketUrl', url, error);
        else settings.pbxWebSocketUrl = url;
    }

    const domain = item(raw, 'sipDomain');
    if (domain !== undefined) {
        if (isHost(domain)) settings.sipDomain = domain;
        else if (/^sips?:/i.test(domain))
            problem('sipDomain', domain, `must be the domain alone, without sip: (got ${clip(domain)})`);
        else
            problem('sipDomain', domain, `must be a host name such as pbx.example.com (got ${clip(domain)})`);
    }
    if (settings.telephonyMode === 'sip') {
        if (url === undefined) problem('pbxWebSocketUrl', '', 'is required when telephonyMode is sip');
        else if (settings.pbxWebSocketUrl !== undefined && isPlaceholder(settings.pbxWebSocketUrl))
            problem('pbxWebSocketUrl', url, "is still the project's placeholder; set your PBX's wss:// URL");
        if (domain === undefined) problem('sipDomain', '', 'is required when telephonyMode is sip');
        else if (settings.sipDomain !== undefined && PLACEHOLDER_DOMAIN.test(settings.sipDomain))
            problem('sipDomain', domain, "is still the project's placeholder; set your SIP domain");
    }

    const ice = item(raw, 'iceServers');
    if (ice !== undefined && ice.toLowerCase() !== 'none') {
        const servers = ice
            .split(',')
            .map((server) => server.trim())
            .filter(Boolean);
        // The problems are shown and logged: a password an admin typed into an entry stays out of both.
        const shown = servers.map(redactIceServer).join(', ');
        const bad = servers
            .map((server) => ({ server, error: checkIceServer(server) }))
            .filter((entry) => entry.error !== undefined);
        if (bad.length > 0)
            problem(
                'iceServers',
                shown,
                `must be stun: URLs separated by commas, or none (bad: ${bad
                    .slice(0, 3)
                    .map((entry) => `${clip(redactIceServer(entry.server))} ${entry.error ?? ''}`)
                    .join('; ')})`
            );
        // Well-formed TURN entries are left out with a problem of their own; the other servers stay in use.
        const turn = servers.filter((server) => TURN_SERVER.test(server) && !checkIceServer(server));
        const usable = servers.filter((server) => !TURN_SERVER.test(server));
        if (turn.length > 0) {
            const named = turn.slice(0, 3).map((server) => clip(server));
            if (turn.length > 3) named.push(`and ${turn.length - 3} more`);
            const fallback =
                bad.length === 0 && usable.length > 0
                    ? 'calls use the other servers'
                    : 'calls use host candidates only';
            problem(
                'iceServers',
                shown,
                `left out ${named.join(', ')}: TURN servers that need a user name and password are not ` +
                    `supported by this softphone yet; ${fallback}`
            );
        }
        if (bad.length === 0) settings.iceServers = usable;
    }

    const microphone = item(raw, 'microphoneBetweenCalls');
    if (microphone !== undefined) {
        if (oneOf(microphone, ['open', 'closed'] as const)) settings.microphoneBetweenCalls = microphone;
        else
            problem('microphoneBetweenCalls', microphone, `must be open or closed (got ${clip(microphone)})`);
    }

    const country = item(raw, 'defaultCountry');
    if (country !== undefined) {
        const code = country.toUpperCase();
        if (isValidDefaultCountry(code)) settings.defaultCountry = code;
        else if (code === 'UK')
            problem('defaultCountry', country, 'must be GB for the United Kingdom (ISO 3166-1)');
        else if (/^[A-Z]{2}$/.test(code))
            problem('defaultCountry', country, `is not a country with a known numbering plan (got ${code})`);
        else
            problem(
                'defaultCountry',
                country,
                `must be a two-letter country code such as US or GB (got ${clip(country)})`
            );
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
        else problem('logObject', logObject, `must be Task or VoiceCall (got ${clip(logObject)})`);
    }

    const noMatch = item(raw, 'screenPopNoMatch');
    if (noMatch !== undefined) {
        if (oneOf(noMatch, ['NEW_RECORD_MODAL', 'SEARCH', 'NONE'] as const))
            settings.screenPopNoMatch = noMatch;
        else
            problem(
                'screenPopNoMatch',
                noMatch,
                `must be NEW_RECORD_MODAL, SEARCH or NONE (got ${clip(noMatch)})`
            );
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
        else
            problem(
                'screenPopMultipleMatches',
                multiple,
                `must be SEARCH, PICKER or NONE (got ${clip(multiple)})`
            );
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
        const usable = values.filter((value) => value.length <= MAX_DISPOSITION_LENGTH);
        if (usable.length > MAX_DISPOSITIONS)
            problem(
                'dispositionValues',
                dispositions,
                `has ${usable.length} values; the first ${MAX_DISPOSITIONS} are offered`
            );
        settings.dispositions = usable.slice(0, MAX_DISPOSITIONS);
    }

    const known = [...KNOWN_SETTINGS, ...(itemsRead.get(raw) ?? [])];
    for (const unknown of findUnknownItems(raw, SETTINGS_SECTION, known)) {
        problem(unknown.setting, unknown.value, unknown.message);
    }
    for (const general of checkGeneralInfo(raw)) problem(general.setting, general.value, general.message);

    // The UI lists at most 50 problems; a call center with more gets the first 49 and a count of the rest.
    if (problems.length > 50) {
        const rest = problems.length - 49;
        problems.splice(49, problems.length, {
            setting: 'softphoneSettings',
            value: '',
            message: `${rest} more settings have problems; check every item of the call center`
        });
    }

    return { settings, problems };
}
