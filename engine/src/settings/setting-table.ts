import { MAX_DISPOSITION_LENGTH } from '../bridge/protocol';
import { isValidDefaultCountry } from '../phone';
import { clip } from '../text';
import type { SoftphoneSettings } from './softphone-settings';

const MAX_WRAP_UP_SECONDS = 3600;
/** The UI shows at most this many call results (the bridge protocol's limit). */
const MAX_DISPOSITIONS = 100;
/** The reserved domain of the placeholders the project ships with. */
const PLACEHOLDER_DOMAIN = /(^|\.)example\.(com|net|org)$/i;
const IPV4 = /^(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}$/;
const ICE_SERVER = /^(stun|stuns|turn|turns):([^?#\s]+)(\?transport=(udp|tcp))?$/i;
/** TURN entries get short-lived credentials from Apex (`SoftphoneTurnCredentials`), never from this setting. */
const TURN_SERVER = /^turns?:/i;
const SOBJECT_NAME = /^[A-Za-z][A-Za-z0-9_]{0,79}$/;
const HOST_NAME =
    /^(?=.{1,253}$)([A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)(\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*$/;
const LOOPBACK_HOSTS = ['127.0.0.1', 'localhost', '[::1]'];
/** A dial prefix: what a PBX takes before an external number (outside line, access code), at most 8 keys. */
const DIAL_PREFIX = /^[0-9*#]{1,8}$/;

/** The settings an admin edits, each filled by one item of the section (the call center name is not one). */
export type ItemSettings = Omit<SoftphoneSettings, 'callCenterName' | 'phoneSystem'>;

/** What a setting's parser made of an item's value: the value to use (none keeps the default) and problems. */
export interface ParsedSetting<T> {
    readonly value?: T;
    /** What is wrong, in words an admin can act on, without the item name (the reader puts it in front). */
    readonly problems: readonly string[];
}

/** The kind of value an item holds, as the admin guide describes it. */
export type SettingType = 'choice' | 'url' | 'host' | 'list' | 'country' | 'digits' | 'object' | 'seconds';

/**
 * One call center setting: the item it is read from, the field of {@link SoftphoneSettings} it fills, its
 * default, how its value is parsed and checked, and the words for what can be wrong with it.
 */
export interface SettingEntry<K extends keyof ItemSettings = keyof ItemSettings> {
    /** Item name in the call center's "Softphone Settings" section (`/softphoneSettings/<item>`). */
    readonly item: string;
    readonly field: K;
    readonly type: SettingType;
    /** For a `choice`: every value it takes. */
    readonly choices?: readonly string[];
    /** Used when the item is absent, blank or unusable. */
    readonly default: ItemSettings[K];
    /** The value as a problem shows and logs it, when not as it is (a password in it redacted). */
    readonly shown?: (value: string) => string;
    /** Reads a trimmed, non-blank value. */
    readonly parse: (value: string) => ParsedSetting<ItemSettings[K]>;
    /**
     * Checks the item against the settings read before it (entries are read in table order), also when it is
     * absent (`undefined`): the problem, or undefined.
     */
    readonly check?: (value: string | undefined, settings: Partial<ItemSettings>) => string | undefined;
    /**
     * Whether a problem with the item stops the phone, given the settings read before it: no default stands
     * in for it (see `SettingsProblem.stopsPhone`).
     */
    readonly stopsPhone?: (settings: Partial<ItemSettings>) => boolean;
}

/** Types an entry by its field, so that its default and parser fit the setting they fill. */
function setting<K extends keyof ItemSettings>(entry: SettingEntry<K>): SettingEntry {
    return entry as unknown as SettingEntry;
}

const ok = <T>(value: T): ParsedSetting<T> => ({ value, problems: [] });
const bad = <T>(problem: string): ParsedSetting<T> => ({ problems: [problem] });

/** `a, b or c`. */
function either(values: readonly string[]): string {
    return values.length < 2 ? (values[0] ?? '') : `${values.slice(0, -1).join(', ')} or ${values.at(-1)}`;
}

/** A setting that takes one of a few words. */
function choice<K extends keyof ItemSettings>(
    item: string,
    field: K,
    choices: readonly (ItemSettings[K] & string)[],
    defaultValue: ItemSettings[K]
): SettingEntry {
    return setting<K>({
        item,
        field,
        type: 'choice',
        choices,
        default: defaultValue,
        parse: (value) =>
            (choices as readonly string[]).includes(value)
                ? ok(value as ItemSettings[K])
                : bad(`must be ${either(choices)} (got ${clip(value)})`)
    });
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
 * STUN and TURN servers, comma separated, or `none`. A TURN entry names the server only: the softphone asks Apex
 * for short-lived credentials for it (the TURN REST API), so no user name or password is ever in the setting.
 */
function parseIceServers(value: string): ParsedSetting<readonly string[]> {
    if (value.toLowerCase() === 'none') return ok([]);
    const servers = value
        .split(',')
        .map((server) => server.trim())
        .filter(Boolean);
    const bad = servers
        .map((server) => ({ server, error: checkIceServer(server) }))
        .filter((entry) => entry.error !== undefined);
    if (bad.length === 0) return ok(servers);
    return {
        problems: [
            `must be stun: or turn: URLs separated by commas, or none (bad: ${bad
                .slice(0, 3)
                .map((entry) => `${clip(redactIceServer(entry.server))} ${entry.error ?? ''}`)
                .join('; ')})`
        ]
    };
}

/** Call results, comma separated: duplicates dropped, too long ones left out, at most {@link MAX_DISPOSITIONS}. */
function parseDispositions(value: string): ParsedSetting<readonly string[]> {
    const values = [
        ...new Set(
            value
                .split(',')
                .map((entry) => entry.trim())
                .filter(Boolean)
        )
    ];
    const problems: string[] = [];
    if (values.some((entry) => entry.length > MAX_DISPOSITION_LENGTH))
        problems.push(`values must be at most ${MAX_DISPOSITION_LENGTH} characters`);
    const usable = values.filter((entry) => entry.length <= MAX_DISPOSITION_LENGTH);
    if (usable.length > MAX_DISPOSITIONS)
        problems.push(`has ${usable.length} values; the first ${MAX_DISPOSITIONS} are offered`);
    return { value: usable.slice(0, MAX_DISPOSITIONS), problems };
}

/** In sip mode the item must be there and no longer the project's placeholder. */
function neededForSip(placeholder: (value: string) => boolean, what: string) {
    return (value: string | undefined, settings: Partial<ItemSettings>): string | undefined => {
        if (settings.telephonyMode !== 'sip') return undefined;
        if (value === undefined) return 'is required when telephonyMode is sip';
        return placeholder(value) ? `is still the project's placeholder; set your ${what}` : undefined;
    };
}

/**
 * Every setting of the call center's "Softphone Settings" section, in the order Setup shows them. Adding a
 * setting is one entry here plus its item in `SoftphoneCallCenter.callCenter-meta.xml` (and its row in the
 * admin guide's settings table); a test keeps the three in step.
 */
export const SETTING_TABLE: readonly SettingEntry[] = [
    setting({
        ...choice('telephonyMode', 'telephonyMode', ['sip', 'demo', 'click-to-dial-only'], 'demo'),
        // A value the softphone does not know (a typo) is never run as the demo line: it stops the phone.
        stopsPhone: () => true
    }),
    setting({
        item: 'pbxWebSocketUrl',
        field: 'pbxWebSocketUrl',
        type: 'url',
        default: undefined,
        parse: (value) => {
            const problem = checkWebSocketUrl(value);
            return problem === undefined ? ok(value) : bad(problem);
        },
        // Only a well-formed URL is checked for the placeholder; a malformed one already has its problem.
        check: neededForSip(
            (value) => checkWebSocketUrl(value) === undefined && isPlaceholder(value),
            "PBX's wss:// URL"
        ),
        stopsPhone: (settings) => settings.telephonyMode === 'sip'
    }),
    setting({
        item: 'sipDomain',
        field: 'sipDomain',
        type: 'host',
        default: undefined,
        parse: (value) =>
            isHost(value)
                ? ok(value)
                : bad(
                      /^sips?:/i.test(value)
                          ? `must be the domain alone, without sip: (got ${clip(value)})`
                          : `must be a host name such as pbx.example.com (got ${clip(value)})`
                  ),
        check: neededForSip((value) => isHost(value) && PLACEHOLDER_DOMAIN.test(value), 'SIP domain'),
        stopsPhone: (settings) => settings.telephonyMode === 'sip'
    }),
    setting({
        item: 'iceServers',
        field: 'iceServers',
        type: 'list',
        default: [],
        // The problems are shown and logged: a password an admin typed into an entry stays out of both.
        shown: (value) =>
            value
                .split(',')
                .map((server) => server.trim())
                .filter(Boolean)
                .map(redactIceServer)
                .join(', '),
        parse: parseIceServers
    }),
    setting({
        item: 'iceTransportPolicy',
        field: 'iceTransportPolicy',
        type: 'choice',
        choices: ['all', 'relay'],
        default: 'all',
        parse: (value) =>
            value === 'all' || value === 'relay'
                ? ok(value)
                : bad(`must be all or relay (got ${clip(value)})`),
        // Relay only, with no TURN server to relay through, would leave every call without media.
        check: (value, settings) =>
            value === 'relay' && !(settings.iceServers ?? []).some((server) => TURN_SERVER.test(server))
                ? 'is relay, but ICE Servers names no turn: or turns: server; calls use all candidates'
                : undefined
    }),
    choice('microphoneBetweenCalls', 'microphoneBetweenCalls', ['open', 'closed'], 'open'),
    setting({
        item: 'defaultCountry',
        field: 'defaultCountry',
        type: 'country',
        default: 'US',
        parse: (value) => {
            const code = value.toUpperCase();
            if (isValidDefaultCountry(code)) return ok(code);
            if (code === 'UK') return bad('must be GB for the United Kingdom (ISO 3166-1)');
            if (/^[A-Z]{2}$/.test(code))
                return bad(`is not a country with a known numbering plan (got ${code})`);
            return bad(`must be a two-letter country code such as US or GB (got ${clip(value)})`);
        }
    }),
    setting({
        item: 'dialPrefix',
        field: 'dialPrefix',
        type: 'digits',
        default: '',
        parse: (value) => {
            if (value.toLowerCase() === 'none') return ok('');
            return DIAL_PREFIX.test(value)
                ? ok(value)
                : bad(`must be up to 8 digits (* and # allowed), or none (got ${clip(value)})`);
        }
    }),
    setting({
        item: 'logObject',
        field: 'logObject',
        type: 'choice',
        choices: ['Task', 'VoiceCall'],
        default: 'Task',
        parse: (value) => {
            // VoiceCall records belong to a Service Cloud Voice telephony integration; this softphone cannot create them.
            if (value === 'VoiceCall')
                return bad('VoiceCall is not supported by this softphone yet; calls are logged as Tasks');
            return value === 'Task' ? ok(value) : bad(`must be Task or VoiceCall (got ${clip(value)})`);
        }
    }),
    choice(
        'screenPopNoMatch',
        'screenPopNoMatch',
        ['NEW_RECORD_MODAL', 'SEARCH', 'NONE'],
        'NEW_RECORD_MODAL'
    ),
    setting({
        item: 'screenPopNewRecordObject',
        field: 'screenPopNewRecordObject',
        type: 'object',
        default: 'Contact',
        parse: (value) =>
            SOBJECT_NAME.test(value) ? ok(value) : bad('must be an object API name such as Contact or Lead')
    }),
    choice('screenPopMultipleMatches', 'screenPopMultipleMatches', ['SEARCH', 'PICKER', 'NONE'], 'SEARCH'),
    setting({
        item: 'wrapUpSeconds',
        field: 'wrapUpSeconds',
        type: 'seconds',
        default: 60,
        parse: (value) => {
            const seconds = /^\d+$/.test(value) ? Number(value) : NaN;
            return Number.isInteger(seconds) && seconds <= MAX_WRAP_UP_SECONDS
                ? ok(seconds)
                : bad(`must be a whole number of seconds from 0 to ${MAX_WRAP_UP_SECONDS}`);
        }
    }),
    choice('callWaiting', 'callWaiting', ['on', 'off'], 'on'),
    setting({
        item: 'dispositionValues',
        field: 'dispositions',
        type: 'list',
        default: [],
        parse: parseDispositions
    })
];

/** Every item the "Softphone Settings" section may hold. */
export const KNOWN_SETTINGS: readonly string[] = SETTING_TABLE.map((entry) => entry.item);

/** The settings of a call center without the section (and what an unusable value falls back to). */
export const DEFAULT_SETTINGS: SoftphoneSettings = Object.fromEntries(
    SETTING_TABLE.filter((entry) => entry.default !== undefined).map((entry) => [entry.field, entry.default])
) as unknown as SoftphoneSettings;
