/**
 * The bridge protocol between the engine (plain TypeScript in the adapter page's window) and the
 * `c-softphone` UI (LWC through Lightning Out). Messages are JSON strings sent with `window.postMessage`;
 * no functions or live objects cross. Each message carries the channel name, the protocol version, who sent
 * it and a `type`; the receiver validates everything and reports what it does not understand.
 *
 * The engine sends whole snapshots (`state`); the UI renders them and sends commands. The UI holds no call
 * state of its own.
 *
 * This file is self-contained (no imports): the build compiles it into the `c/softphoneBridgeProtocol`
 * service component as well, so both sides share one definition.
 */

/** Channel name that marks our messages among everything else posted to the window. */
export const BRIDGE_CHANNEL = 'softphone-bridge';

/** Bumped on every incompatible change to a message shape. */
export const BRIDGE_PROTOCOL_VERSION = 2;

/** Largest message accepted, in characters: a snapshot is a few KB; anything near this is an attack or a bug. */
export const BRIDGE_MAX_MESSAGE_LENGTH = 256 * 1024;

// ---------------------------------------------------------------------------------------------------------
// Length limits: defined here once, used by the engine, the telephony providers and the UI alike, so that a
// value cut or refused on one side is cut or refused the same way on the other.

/**
 * Longest caller id or typed number read at all, in characters: room for a SIP URI user part or name-addr
 * with a long host and parameters. Anything longer is refused before any other work is done.
 */
export const MAX_CALLER_ID_LENGTH = 256;
/** Longest caller display name kept. */
export const MAX_DISPLAY_NAME_LENGTH = 256;
/**
 * Longest phone number kept, dialled or typed, once a `sip:`/`tel:` URI is unwrapped: a 15-digit E.164 number
 * with an international prefix, separators and a spelled-out extension fits several times over. Transfer
 * targets and DTMF digit strings share it.
 */
export const MAX_PHONE_NUMBER_LENGTH = 64;
/** Longest value a Salesforce Phone field holds: the raw caller id searched for or put in a new record. */
export const MAX_PHONE_FIELD_LENGTH = 40;
/** Longest call notes: `Task.Description` holds 32,000 characters. */
export const MAX_NOTES_LENGTH = 32_000;
/** Longest disposition: `Task.CallDisposition` holds 255 characters. */
export const MAX_DISPOSITION_LENGTH = 255;
/** Longest SIP user name an agent signs in with. */
export const MAX_SIP_USER_LENGTH = 64;
/** Longest SIP password an agent signs in with. */
export const MAX_SIP_PASSWORD_LENGTH = 256;
/** Longest value kept of one IVR (`X-`) header. */
export const MAX_HEADER_VALUE_LENGTH = 1024;
/** Longest technical detail shown under a notice or a signed-out reason. */
export const MAX_DETAIL_LENGTH = 4000;

/** Longest text accepted in any one field (notes are the longest). */
export const BRIDGE_MAX_TEXT_LENGTH = MAX_NOTES_LENGTH;

// ---------------------------------------------------------------------------------------------------------
// Shapes

/** Why the softphone cannot work right now, as a key the UI turns into a Custom Label. */
export type SignedOutReason = 'open-cti-missing' | 'open-cti-failed' | 'engine-missing';

/** Where the engine is in its start-up. */
export type EngineStatus = 'starting' | 'ready' | 'signed-out';

/** The agent's availability as they choose it. */
export type AgentStatus = 'available' | 'busy' | 'offline';

/** Registration with the phone system. */
/**
 * How the registration with the phone system stands; `not-started`: a call center setting stops the phone, so
 * nothing was tried (the settings problems name it), unlike `failed`, where a connection or REGISTER failed.
 */
export type RegistrationStatus = 'unregistered' | 'registering' | 'registered' | 'failed' | 'not-started';

/** Every state a call can be in (see the engine's `CallState`). */
export type CallStateName =
    | 'idle'
    | 'ringing'
    | 'dialing'
    | 'connected'
    | 'held'
    | 'wrap-up'
    | 'ended'
    | 'declined'
    | 'missed'
    | 'failed';

export type CallDirection = 'inbound' | 'outbound';

/** A Salesforce record as the UI shows it. */
export interface RecordView {
    readonly id: string;
    readonly name?: string;
    readonly objectType?: string;
}

/** Why a call sounds bad (worst first): packets lost, a long delay, uneven arrival (choppy audio). */
export type QualityReason = 'loss' | 'latency' | 'jitter';

/** How the call sounds now, from the last reading of its audio path (every few seconds while connected). */
export interface CallQualityView {
    readonly level: 'good' | 'warning';
    /** Present with `warning`. */
    readonly reason?: QualityReason;
    /** Estimated MOS of the last reading, 1 (bad) to 4.5 (best). */
    readonly mos: number;
}

/** The call on screen. Times are epoch milliseconds; the UI derives its running timers from them. */
export interface CallView {
    readonly id: string;
    readonly direction: CallDirection;
    readonly state: CallStateName;
    /** E.164 when it could be read, else the number as signalled. */
    readonly number: string;
    /** How the number reads for the agent; empty in a ringing call's first snapshot (the UI shows `number`). */
    readonly displayNumber: string;
    readonly displayName?: string;
    readonly progress?: 'trying' | 'ringing' | 'early-media';
    readonly muted: boolean;
    readonly startedAt: number;
    readonly connectedAt?: number;
    readonly holdStartedAt?: number;
    readonly heldTotalMs: number;
    readonly wrapUpStartedAt?: number;
    /** When wrap-up ends by itself (the call center's time limit); absent when there is none. */
    readonly wrapUpEndsAt?: number;
    readonly endedAt?: number;
    readonly endCause?: string;
    /** Records the caller matched; several means the agent picks one. */
    readonly matches: readonly RecordView[];
    /** The record the call log will be related to; absent: related to nothing. */
    readonly relatedRecord?: RecordView;
    /** The record open in the console now, which the agent may relate the call to. */
    readonly openRecord?: RecordView;
    readonly notes: string;
    readonly disposition?: string;
    /** How the call sounds now; absent before the first reading, while held and after it ended. */
    readonly quality?: CallQualityView;
}

/**
 * How the calls on the agent's line relate when there are two: a second inbound call waits (call waiting), the
 * agent talks to one while the other is held (a consultation or an answered waiting call), or all three
 * parties talk together (a conference).
 */
export type LineModeName = 'call-waiting' | 'two-calls' | 'conference';

/** The agent's line when it holds two calls. */
export interface LineView {
    readonly mode: LineModeName;
    /** The call the agent talks to (two-calls only). */
    readonly talking?: string;
}

/** A finished call in the recent-calls list. */
export interface RecentCallView {
    readonly id: string;
    readonly direction: CallDirection;
    readonly state: CallStateName;
    readonly number: string;
    readonly displayNumber: string;
    readonly displayName?: string;
    readonly startedAt: number;
    readonly talkSeconds: number;
    /** Why it ended (the telephony provider's cause, e.g. `busy`). */
    readonly endCause?: string;
}

/** A call log waiting to be written to Salesforce. */
export interface PendingLogView {
    readonly callId: string;
    readonly attempts: number;
    readonly lastError?: string;
    readonly nextAttemptAt?: number;
}

/** A call center setting the admin must fix. */
export interface SettingsProblemView {
    readonly setting: string;
    readonly message: string;
    /** The phone does not start until this is fixed. */
    readonly stopsPhone?: boolean;
}

/**
 * Which browser tab owns the phone line: one softphone per browser profile and user registers with the phone
 * system; the others stand by and can take over.
 *
 * ```
 * claiming --(lock free)--> owner --(another tab takes over)--> handing-over --> standby
 *    |                        ^                                                  |   ^
 *    +--(another tab owns)----|------------------------------------------------> |   |
 *                             +--(owner tab closed, or it handed over)-- taking-over <+
 * ```
 */
export type TabRole = 'claiming' | 'owner' | 'standby' | 'taking-over' | 'handing-over';

/** Why the owner tab refused to hand over: it is on a call (or in its wrap-up), or it did not answer. */
export type TakeOverRefusal = 'call-in-progress' | 'no-answer';

/** This tab's part in the one-softphone-per-agent rule. */
export interface TabView {
    readonly role: TabRole;
    /** Why the last take-over this tab asked for was refused. */
    readonly refusal?: TakeOverRefusal;
}

/** A connection the browser refused (Content Security Policy) or that failed before it opened. */
export type ConnectionProblemKind = 'csp-blocked' | 'socket-failed' | 'turn-unavailable' | 'turn-refused';

/** A blocked or failed connection, named by its origin so that an admin can allow or fix it. */
export interface ConnectionProblemView {
    readonly kind: ConnectionProblemKind;
    /** Scheme, host and port, e.g. `wss://pbx.example.com:8089`: what a CSP Trusted Site's URL must be. */
    readonly origin: string;
    /** The CSP directive that blocked it (`connect-src`), for `csp-blocked`. */
    readonly directive?: string;
    /**
     * For `turn-unavailable`: why no TURN credentials came (Salesforce's words, e.g. no secret configured). For
     * TURN problems `origin` is the TURN server's URL (`turn:turn.example.com:3478`).
     */
    readonly detail?: string;
}

/** What a notice is about; each has its own Custom Label in the UI. */
export type NoticeKey =
    | 'invalid-number'
    | 'invalid-digits'
    | 'busy-on-call'
    | 'command-failed'
    | 'log-failed'
    | 'microphone-denied'
    | 'registration-failed'
    | 'screen-pop-failed'
    | 'unknown-record'
    | 'active-in-another-tab'
    | 'call-recovering';

/** Something the agent should read now: `key` selects the Custom Label, `detail` is shown small beneath it. */
export interface NoticeView {
    readonly kind: 'error' | 'info';
    readonly key: NoticeKey;
    readonly detail?: string;
}

/** A microphone or speaker the browser lists; `id` is empty for the browser's default. */
export interface DeviceView {
    readonly id: string;
    readonly label: string;
}

/** The sounds the softphone makes itself: the ring, the call-progress tones, the call-waiting beep, the agent's test. */
export type SoundName = 'ring' | 'ringback' | 'busy' | 'unavailable' | 'waiting' | 'test';

/** A sound or device problem the agent should read; each has its own Custom Label in the UI. */
export type SoundProblem =
    'device-gone' | 'speaker-refused' | 'no-speaker-choice' | 'microphone-refused' | 'devices-refused';

/** Sound and devices as the agent set them in this browser, and what the browser allows. */
export interface SoundView {
    /** The browser refused to play sound until the agent clicks in the softphone ("Click to turn on sound"). */
    readonly blocked: boolean;
    /** The ring's volume, 0 to 100. */
    readonly ringVolume: number;
    readonly ringMuted: boolean;
    /** The chosen devices' ids; empty: the browser's default. */
    readonly microphoneId: string;
    readonly speakerId: string;
    readonly ringSpeakerId: string;
    readonly microphones: readonly DeviceView[];
    readonly speakers: readonly DeviceView[];
    /** Whether this browser lets the softphone pick a speaker (`setSinkId`). */
    readonly speakerChoice: boolean;
    /** What the softphone is playing now. */
    readonly playing?: SoundName;
    readonly problem?: SoundProblem;
    /** The device's name or the browser's words, shown small under the problem. */
    readonly problemDetail?: string;
}

/** Everything the UI renders, sent whole on every change. */
export interface EngineSnapshot {
    readonly status: EngineStatus;
    readonly reason?: SignedOutReason;
    /** Technical detail for the admin (shown small, under the agent-facing reason). */
    readonly detail?: string;
    /** The call center the softphone runs under, from `getCallCenterSettings`. */
    readonly callCenterName?: string;
    /** The label of the phone-system profile in use; absent when the call center's settings apply. */
    readonly phoneSystem?: string;
    readonly telephonyMode?: 'sip' | 'demo' | 'click-to-dial-only';
    readonly agentStatus: AgentStatus;
    readonly registration: RegistrationStatus;
    readonly registrationDetail?: string;
    readonly call?: CallView;
    /** The second call on the line (a waiting call, or a consultation), beside `call`. */
    readonly secondCall?: CallView;
    /** How `call` and `secondCall` relate; absent with one call or none. */
    readonly line?: LineView;
    readonly recentCalls: readonly RecentCallView[];
    readonly pendingLogs: readonly PendingLogView[];
    readonly settingsProblems: readonly SettingsProblemView[];
    readonly dispositions: readonly string[];
    readonly notice?: NoticeView;
    /** This tab's part in the one-softphone-per-agent rule; absent where tabs cannot be coordinated. */
    readonly tab?: TabView;
    /** Connections the browser blocked or that failed before they opened, newest last. */
    readonly connectionProblems?: readonly ConnectionProblemView[];
    /** Why pending call logs cannot be kept in browser storage (they are kept in memory meanwhile). */
    readonly logStorageProblem?: string;
    /**
     * For a phone system where each agent signs in (SIP): `needed` until the agent has given a user name and
     * password the phone system accepts (the UI then shows the sign-in form), `ok` after. Absent otherwise.
     */
    readonly credentials?: 'needed' | 'ok';
    /** Ring, tones and devices; absent until the engine's sound has started. */
    readonly sound?: SoundView;
}

interface Envelope<TSource extends 'engine' | 'ui', TType extends string> {
    readonly channel: typeof BRIDGE_CHANNEL;
    readonly version: typeof BRIDGE_PROTOCOL_VERSION;
    readonly source: TSource;
    readonly type: TType;
}

/** Engine → UI: the current state. */
export interface StateMessage extends Envelope<'engine', 'state'> {
    readonly snapshot: EngineSnapshot;
}

/** UI → engine commands, without their envelope. */
export type UiCommand =
    | { readonly type: 'ui-ready' }
    | { readonly type: 'set-agent-status'; readonly status: AgentStatus }
    | { readonly type: 'dial'; readonly number: string }
    | { readonly type: 'answer'; readonly callId: string }
    | { readonly type: 'decline'; readonly callId: string }
    | { readonly type: 'hang-up'; readonly callId: string }
    | { readonly type: 'hold'; readonly callId: string }
    | { readonly type: 'resume'; readonly callId: string }
    | { readonly type: 'mute'; readonly callId: string }
    | { readonly type: 'unmute'; readonly callId: string }
    | { readonly type: 'send-dtmf'; readonly callId: string; readonly digits: string }
    | { readonly type: 'blind-transfer'; readonly callId: string; readonly target: string }
    /** Puts the call on hold and dials `target` for a warm transfer or a conference. */
    | { readonly type: 'consult'; readonly callId: string; readonly target: string }
    /** Talks to `callId`, holding the other call. */
    | { readonly type: 'swap'; readonly callId: string }
    /** Joins the two calls' parties (REFER with Replaces) and leaves. */
    | { readonly type: 'complete-transfer'; readonly callId: string }
    /** Joins the two calls into a three-way conference. */
    | { readonly type: 'merge'; readonly callId: string }
    | {
          readonly type: 'update-wrap-up';
          readonly callId: string;
          readonly notes?: string;
          readonly disposition?: string;
          readonly relatedRecordId?: string;
      }
    | { readonly type: 'save-wrap-up'; readonly callId: string }
    | { readonly type: 'retry-logs' }
    | { readonly type: 'take-over' }
    /** The agent's SIP user and password; the engine keeps the password in memory only. */
    | { readonly type: 'sign-in'; readonly user: string; readonly password: string }
    /** The agent clicked "Click to turn on sound": sound may start now. */
    | { readonly type: 'enable-sound' }
    /** The agent changed a sound setting; what is absent stays as it is. */
    | {
          readonly type: 'set-sound';
          readonly ringVolume?: number;
          readonly ringMuted?: boolean;
          readonly microphoneId?: string;
          readonly speakerId?: string;
          readonly ringSpeakerId?: string;
      }
    /** Plays a short tone on the call's speaker, or one ring on the ring's. */
    | { readonly type: 'test-sound'; readonly output: 'call' | 'ring' }
    /** The sound settings are open: list the devices again (their names once the microphone is allowed). */
    | { readonly type: 'list-devices' };

export type UiCommandType = UiCommand['type'];

/** UI → engine: a command with its envelope. */
export type UiMessage = Envelope<'ui', UiCommandType> & UiCommand;

export type EngineMessage = StateMessage;
export type BridgeMessage = EngineMessage | UiMessage;

/**
 * Result of reading a raw message: the typed message, or the reason it was refused. Each side reads only the
 * other side's messages; `echo`: one of the reader's own side (both sides post into the same window, so each
 * receives what it sent), which it skips without a word.
 */
export type ParseResult<TMessage extends BridgeMessage> =
    | { readonly ok: true; readonly message: TMessage }
    | { readonly ok: false; readonly reason: string; readonly ours: boolean; readonly echo?: true };

// ---------------------------------------------------------------------------------------------------------
// Validation: small readers that return the typed value or throw a ShapeError naming the path.
// The reader factories carry the bundlers' no-side-effects annotation, so a bundle leaves out the readers it never
// calls: the engine's has the command readers only, not the snapshot's. Keep their arguments free of side
// effects too (no spread arguments), or the bundler keeps the whole reader they build.

class ShapeError extends Error {}

type Reader<T> = (value: unknown, path: string) => T;

function isRecord(value: unknown): value is Record<string, unknown> {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/* @__NO_SIDE_EFFECTS__ */
function text(max = BRIDGE_MAX_TEXT_LENGTH): Reader<string> {
    return (value, path) => {
        if (typeof value !== 'string') throw new ShapeError(`${path} must be text`);
        if (value.length > max) throw new ShapeError(`${path} is longer than ${max} characters`);
        return value;
    };
}

const shortText = text(1024);

const count: Reader<number> = (value, path) => {
    if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) {
        throw new ShapeError(`${path} must be a number of at least 0`);
    }
    return value;
};

const flag: Reader<boolean> = (value, path) => {
    if (typeof value !== 'boolean') throw new ShapeError(`${path} must be true or false`);
    return value;
};

/* @__NO_SIDE_EFFECTS__ */
function oneOf<T extends string>(...allowed: T[]): Reader<T> {
    return (value, path) => {
        if (typeof value !== 'string' || !(allowed as string[]).includes(value)) {
            throw new ShapeError(`${path} ${JSON.stringify(value)} is not one of ${allowed.join(', ')}`);
        }
        return value as T;
    };
}

/* @__NO_SIDE_EFFECTS__ */
function listOf<T>(item: Reader<T>, max = 200): Reader<T[]> {
    return (value, path) => {
        if (!Array.isArray(value)) throw new ShapeError(`${path} must be a list`);
        if (value.length > max) throw new ShapeError(`${path} has more than ${max} items`);
        return value.map((entry, index) => item(entry, `${path}[${index}]`));
    };
}

type Fields<T> = {
    readonly [K in keyof T]-?: Reader<T[K]> | { readonly optional: Reader<Exclude<T[K], undefined>> };
};

/* @__NO_SIDE_EFFECTS__ */
function optional<T>(reader: Reader<T>): { readonly optional: Reader<T> } {
    return { optional: reader };
}

/** Reads an object field by field; fields it does not define are dropped, missing required ones refused. */
/* @__NO_SIDE_EFFECTS__ */
function shape<T>(fields: Fields<T>): Reader<T> {
    return (value, path) => {
        if (!isRecord(value)) throw new ShapeError(`${path} must be an object`);
        const result: Record<string, unknown> = {};
        for (const [key, spec] of Object.entries(fields) as [
            string,
            Reader<unknown> | { optional: Reader<unknown> }
        ][]) {
            const fieldPath = `${path}.${key}`;
            if (typeof spec === 'function') {
                result[key] = spec(value[key], fieldPath);
            } else if (value[key] !== undefined && value[key] !== null) {
                result[key] = spec.optional(value[key], fieldPath);
            }
        }
        return result as T;
    };
}

const callState = oneOf<CallStateName>(
    'idle',
    'ringing',
    'dialing',
    'connected',
    'held',
    'wrap-up',
    'ended',
    'declined',
    'missed',
    'failed'
);
const direction = oneOf<CallDirection>('inbound', 'outbound');
const agentStatus = oneOf<AgentStatus>('available', 'busy', 'offline');

const recordView = shape<RecordView>({
    id: shortText,
    name: optional(shortText),
    objectType: optional(shortText)
});

const callQualityView = shape<CallQualityView>({
    level: oneOf('good', 'warning'),
    reason: optional(oneOf<QualityReason>('loss', 'latency', 'jitter')),
    mos: count
});
const deviceView = shape<DeviceView>({ id: shortText, label: shortText });

const callView = shape<CallView>({
    id: shortText,
    direction,
    state: callState,
    number: shortText,
    displayNumber: shortText,
    displayName: optional(shortText),
    progress: optional(oneOf('trying', 'ringing', 'early-media')),
    muted: flag,
    startedAt: count,
    connectedAt: optional(count),
    holdStartedAt: optional(count),
    heldTotalMs: count,
    wrapUpStartedAt: optional(count),
    wrapUpEndsAt: optional(count),
    endedAt: optional(count),
    endCause: optional(shortText),
    matches: listOf(recordView, 50),
    relatedRecord: optional(recordView),
    openRecord: optional(recordView),
    notes: text(),
    disposition: optional(shortText),
    quality: optional(callQualityView)
});

const recentCallView = shape<RecentCallView>({
    id: shortText,
    direction,
    state: callState,
    number: shortText,
    displayNumber: shortText,
    displayName: optional(shortText),
    startedAt: count,
    talkSeconds: count,
    endCause: optional(shortText)
});

const pendingLogView = shape<PendingLogView>({
    callId: shortText,
    attempts: count,
    lastError: optional(shortText),
    nextAttemptAt: optional(count)
});

const snapshotReader = shape<EngineSnapshot>({
    status: oneOf<EngineStatus>('starting', 'ready', 'signed-out'),
    reason: optional(oneOf<SignedOutReason>('open-cti-missing', 'open-cti-failed', 'engine-missing')),
    detail: optional(text(MAX_DETAIL_LENGTH)),
    callCenterName: optional(shortText),
    phoneSystem: optional(shortText),
    telephonyMode: optional(oneOf('sip', 'demo', 'click-to-dial-only')),
    agentStatus,
    registration: oneOf<RegistrationStatus>(
        'unregistered',
        'registering',
        'registered',
        'failed',
        'not-started'
    ),
    registrationDetail: optional(shortText),
    call: optional(callView),
    secondCall: optional(callView),
    line: optional(
        shape<LineView>({
            mode: oneOf<LineModeName>('call-waiting', 'two-calls', 'conference'),
            talking: optional(shortText)
        })
    ),
    recentCalls: listOf(recentCallView, 100),
    pendingLogs: listOf(pendingLogView, 1000),
    settingsProblems: listOf(
        shape<SettingsProblemView>({ setting: shortText, message: shortText, stopsPhone: optional(flag) }),
        50
    ),
    dispositions: listOf(shortText, 100),
    notice: optional(
        shape<NoticeView>({
            kind: oneOf('error', 'info'),
            key: oneOf<NoticeKey>(
                'invalid-number',
                'invalid-digits',
                'busy-on-call',
                'command-failed',
                'log-failed',
                'microphone-denied',
                'registration-failed',
                'screen-pop-failed',
                'unknown-record',
                'active-in-another-tab',
                'call-recovering'
            ),
            detail: optional(text(MAX_DETAIL_LENGTH))
        })
    ),
    tab: optional(
        shape<TabView>({
            role: oneOf<TabRole>('claiming', 'owner', 'standby', 'taking-over', 'handing-over'),
            refusal: optional(oneOf<TakeOverRefusal>('call-in-progress', 'no-answer'))
        })
    ),
    connectionProblems: optional(
        listOf(
            shape<ConnectionProblemView>({
                kind: oneOf<ConnectionProblemKind>(
                    'csp-blocked',
                    'socket-failed',
                    'turn-unavailable',
                    'turn-refused'
                ),
                origin: shortText,
                directive: optional(shortText),
                detail: optional(shortText)
            }),
            20
        )
    ),
    logStorageProblem: optional(shortText),
    credentials: optional(oneOf('needed', 'ok')),
    sound: optional(
        shape<SoundView>({
            blocked: flag,
            ringVolume: count,
            ringMuted: flag,
            microphoneId: shortText,
            speakerId: shortText,
            ringSpeakerId: shortText,
            microphones: listOf(deviceView, 50),
            speakers: listOf(deviceView, 50),
            speakerChoice: flag,
            playing: optional(oneOf<SoundName>('ring', 'ringback', 'busy', 'unavailable', 'waiting', 'test')),
            problem: optional(
                oneOf<SoundProblem>(
                    'device-gone',
                    'speaker-refused',
                    'no-speaker-choice',
                    'microphone-refused',
                    'devices-refused'
                )
            ),
            problemDetail: optional(shortText)
        })
    )
});

const callId = { callId: shortText };

/** The fields of each UI command after its `type`. */
const COMMAND_FIELDS: {
    readonly [K in UiCommandType]: Fields<Omit<Extract<UiCommand, { type: K }>, 'type'>>;
} = {
    'ui-ready': {},
    'set-agent-status': { status: agentStatus },
    dial: { number: text(MAX_PHONE_NUMBER_LENGTH) },
    answer: callId,
    decline: callId,
    'hang-up': callId,
    hold: callId,
    resume: callId,
    mute: callId,
    unmute: callId,
    'send-dtmf': { ...callId, digits: text(MAX_PHONE_NUMBER_LENGTH) },
    'blind-transfer': { ...callId, target: text(MAX_PHONE_NUMBER_LENGTH) },
    consult: { ...callId, target: text(MAX_PHONE_NUMBER_LENGTH) },
    swap: callId,
    'complete-transfer': callId,
    merge: callId,
    'update-wrap-up': {
        ...callId,
        notes: optional(text(MAX_NOTES_LENGTH)),
        disposition: optional(shortText),
        relatedRecordId: optional(text(18))
    },
    'save-wrap-up': callId,
    'retry-logs': {},
    'take-over': {},
    'sign-in': { user: text(MAX_SIP_USER_LENGTH), password: text(MAX_SIP_PASSWORD_LENGTH) },
    'enable-sound': {},
    'set-sound': {
        ringVolume: optional(count),
        ringMuted: optional(flag),
        microphoneId: optional(shortText),
        speakerId: optional(shortText),
        ringSpeakerId: optional(shortText)
    },
    'test-sound': { output: oneOf('call', 'ring') },
    'list-devices': {}
};

/** Reads a snapshot sent by the engine; throws with the offending path when it is malformed. */
export function readSnapshot(value: unknown): EngineSnapshot {
    return snapshotReader(value, 'snapshot');
}

// ---------------------------------------------------------------------------------------------------------
// Messages

const ENVELOPE = { channel: BRIDGE_CHANNEL, version: BRIDGE_PROTOCOL_VERSION } as const;

/**
 * Reads one posted message sent by `from`, its body by `readBody` (undefined: a type `from` does not send).
 * Messages that are not ours (`ours: false`) are other scripts' business and are ignored quietly; ours that
 * are malformed are refused with a reason the receiver logs.
 */
function parseMessageFrom<TMessage extends BridgeMessage>(
    raw: unknown,
    from: 'engine' | 'ui',
    readBody: (data: Record<string, unknown>) => TMessage | undefined
): ParseResult<TMessage> {
    if (typeof raw !== 'string') {
        return { ok: false, ours: false, reason: 'not a string' };
    }
    if (raw.length > BRIDGE_MAX_MESSAGE_LENGTH) {
        const ours = raw.includes(`"channel":"${BRIDGE_CHANNEL}"`);
        return { ok: false, ours, reason: `message of ${raw.length} characters is over the limit` };
    }
    let data: unknown;
    try {
        data = JSON.parse(raw);
    } catch {
        return { ok: false, ours: false, reason: 'not JSON' };
    }
    if (!isRecord(data) || data.channel !== BRIDGE_CHANNEL) {
        return { ok: false, ours: false, reason: 'not on the softphone channel' };
    }
    if (data.version !== BRIDGE_PROTOCOL_VERSION) {
        return {
            ok: false,
            ours: true,
            reason: `protocol version ${JSON.stringify(data.version)} is not ${BRIDGE_PROTOCOL_VERSION}`
        };
    }
    const what = (): string => `${JSON.stringify(data.source)}/${JSON.stringify(data.type)}`;
    if (data.source === (from === 'ui' ? 'engine' : 'ui')) {
        return { ok: false, ours: true, echo: true, reason: `${what()} is not a message from the ${from}` };
    }
    try {
        const message = data.source === from ? readBody(data) : undefined;
        if (message !== undefined) return { ok: true, message };
    } catch (error) {
        return { ok: false, ours: true, reason: error instanceof ShapeError ? error.message : String(error) };
    }
    return { ok: false, ours: true, reason: `unknown message ${what()}` };
}

/** The engine's reader: one posted message from the UI, a command. */
export function parseUiMessage(raw: unknown): ParseResult<UiMessage> {
    return parseMessageFrom(raw, 'ui', (data) => {
        if (
            typeof data.type !== 'string' ||
            !Object.prototype.hasOwnProperty.call(COMMAND_FIELDS, data.type)
        ) {
            return undefined;
        }
        const type = data.type as UiCommandType;
        const fields = shape(COMMAND_FIELDS[type] as Fields<Record<string, unknown>>)(data, type);
        return { ...ENVELOPE, source: 'ui', ...fields, type } as UiMessage;
    });
}

/** The UI's reader: one posted message from the engine, a snapshot. */
export function parseEngineMessage(raw: unknown): ParseResult<EngineMessage> {
    return parseMessageFrom(raw, 'engine', (data) => {
        if (data.type !== 'state') return undefined;
        return { ...ENVELOPE, source: 'engine', type: 'state', snapshot: readSnapshot(data.snapshot) };
    });
}

/** Serialises a message for `postMessage`. */
export function serializeBridgeMessage(message: BridgeMessage): string {
    return JSON.stringify(message);
}

/** Wraps a UI command in its envelope. */
export function uiMessage(command: UiCommand): UiMessage {
    return {
        channel: BRIDGE_CHANNEL,
        version: BRIDGE_PROTOCOL_VERSION,
        source: 'ui',
        ...command
    } as UiMessage;
}

/** Builds the UI's `ui-ready` message. */
export function uiReadyMessage(): UiMessage {
    return uiMessage({ type: 'ui-ready' });
}

/** Builds the engine's `state` message. */
export function stateMessage(snapshot: EngineSnapshot): StateMessage {
    return {
        channel: BRIDGE_CHANNEL,
        version: BRIDGE_PROTOCOL_VERSION,
        source: 'engine',
        type: 'state',
        snapshot
    };
}

/** A snapshot with nothing happening yet, for the UI before the engine answers and for engine start-up. */
export function initialSnapshot(): EngineSnapshot {
    return {
        status: 'starting',
        agentStatus: 'offline',
        registration: 'unregistered',
        recentCalls: [],
        pendingLogs: [],
        settingsProblems: [],
        dispositions: []
    };
}
