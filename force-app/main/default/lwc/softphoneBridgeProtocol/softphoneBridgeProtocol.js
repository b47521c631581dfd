// Generated from engine/src/bridge/protocol.ts by `npm run build`. Do not edit: change the TypeScript source.
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
// Validation: small readers that return the typed value or throw a ShapeError naming the path.
// The reader factories carry the bundlers' no-side-effects annotation, so a bundle leaves out the readers it never
// calls: the engine's has the command readers only, not the snapshot's. Keep their arguments free of side
// effects too (no spread arguments), or the bundler keeps the whole reader they build.
class ShapeError extends Error {}
function isRecord(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
/* @__NO_SIDE_EFFECTS__ */
function text(max = BRIDGE_MAX_TEXT_LENGTH) {
    return (value, path) => {
        if (typeof value !== 'string') throw new ShapeError(`${path} must be text`);
        if (value.length > max) throw new ShapeError(`${path} is longer than ${max} characters`);
        return value;
    };
}
const shortText = text(1024);
const count = (value, path) => {
    if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) {
        throw new ShapeError(`${path} must be a number of at least 0`);
    }
    return value;
};
const flag = (value, path) => {
    if (typeof value !== 'boolean') throw new ShapeError(`${path} must be true or false`);
    return value;
};
/* @__NO_SIDE_EFFECTS__ */
function oneOf(...allowed) {
    return (value, path) => {
        if (typeof value !== 'string' || !allowed.includes(value)) {
            throw new ShapeError(`${path} ${JSON.stringify(value)} is not one of ${allowed.join(', ')}`);
        }
        return value;
    };
}
/* @__NO_SIDE_EFFECTS__ */
function listOf(item, max = 200) {
    return (value, path) => {
        if (!Array.isArray(value)) throw new ShapeError(`${path} must be a list`);
        if (value.length > max) throw new ShapeError(`${path} has more than ${max} items`);
        return value.map((entry, index) => item(entry, `${path}[${index}]`));
    };
}
/* @__NO_SIDE_EFFECTS__ */
function optional(reader) {
    return { optional: reader };
}
/** Reads an object field by field; fields it does not define are dropped, missing required ones refused. */
/* @__NO_SIDE_EFFECTS__ */
function shape(fields) {
    return (value, path) => {
        if (!isRecord(value)) throw new ShapeError(`${path} must be an object`);
        const result = {};
        for (const [key, spec] of Object.entries(fields)) {
            const fieldPath = `${path}.${key}`;
            if (typeof spec === 'function') {
                result[key] = spec(value[key], fieldPath);
            } else if (value[key] !== undefined && value[key] !== null) {
                result[key] = spec.optional(value[key], fieldPath);
            }
        }
        return result;
    };
}
const callState = oneOf(
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
const direction = oneOf('inbound', 'outbound');
const agentStatus = oneOf('available', 'busy', 'offline');
const recordView = shape({
    id: shortText,
    name: optional(shortText),
    objectType: optional(shortText)
});
const callQualityView = shape({
    level: oneOf('good', 'warning'),
    reason: optional(oneOf('loss', 'latency', 'jitter')),
    mos: count
});
const deviceView = shape({ id: shortText, label: shortText });
const callView = shape({
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
const recentCallView = shape({
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
const pendingLogView = shape({
    callId: shortText,
    attempts: count,
    lastError: optional(shortText),
    nextAttemptAt: optional(count)
});
const snapshotReader = shape({
    status: oneOf('starting', 'ready', 'signed-out'),
    reason: optional(oneOf('open-cti-missing', 'open-cti-failed', 'engine-missing')),
    detail: optional(text(MAX_DETAIL_LENGTH)),
    callCenterName: optional(shortText),
    phoneSystem: optional(shortText),
    telephonyMode: optional(oneOf('sip', 'demo', 'click-to-dial-only')),
    agentStatus,
    registration: oneOf('unregistered', 'registering', 'registered', 'failed', 'not-started'),
    registrationDetail: optional(shortText),
    call: optional(callView),
    secondCall: optional(callView),
    line: optional(
        shape({
            mode: oneOf('call-waiting', 'two-calls', 'conference'),
            talking: optional(shortText)
        })
    ),
    recentCalls: listOf(recentCallView, 100),
    pendingLogs: listOf(pendingLogView, 1000),
    settingsProblems: listOf(
        shape({ setting: shortText, message: shortText, stopsPhone: optional(flag) }),
        50
    ),
    dispositions: listOf(shortText, 100),
    notice: optional(
        shape({
            kind: oneOf('error', 'info'),
            key: oneOf(
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
        shape({
            role: oneOf('claiming', 'owner', 'standby', 'taking-over', 'handing-over'),
            refusal: optional(oneOf('call-in-progress', 'no-answer'))
        })
    ),
    connectionProblems: optional(
        listOf(
            shape({
                kind: oneOf('csp-blocked', 'socket-failed', 'turn-unavailable', 'turn-refused'),
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
        shape({
            blocked: flag,
            ringVolume: count,
            ringMuted: flag,
            microphoneId: shortText,
            speakerId: shortText,
            ringSpeakerId: shortText,
            microphones: listOf(deviceView, 50),
            speakers: listOf(deviceView, 50),
            speakerChoice: flag,
            playing: optional(oneOf('ring', 'ringback', 'busy', 'unavailable', 'waiting', 'test')),
            problem: optional(
                oneOf(
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
const COMMAND_FIELDS = {
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
export function readSnapshot(value) {
    return snapshotReader(value, 'snapshot');
}
// ---------------------------------------------------------------------------------------------------------
// Messages
const ENVELOPE = { channel: BRIDGE_CHANNEL, version: BRIDGE_PROTOCOL_VERSION };
/**
 * Reads one posted message sent by `from`, its body by `readBody` (undefined: a type `from` does not send).
 * Messages that are not ours (`ours: false`) are other scripts' business and are ignored quietly; ours that
 * are malformed are refused with a reason the receiver logs.
 */
function parseMessageFrom(raw, from, readBody) {
    if (typeof raw !== 'string') {
        return { ok: false, ours: false, reason: 'not a string' };
    }
    if (raw.length > BRIDGE_MAX_MESSAGE_LENGTH) {
        const ours = raw.includes(`"channel":"${BRIDGE_CHANNEL}"`);
        return { ok: false, ours, reason: `message of ${raw.length} characters is over the limit` };
    }
    let data;
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
    const what = () => `${JSON.stringify(data.source)}/${JSON.stringify(data.type)}`;
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
export function parseUiMessage(raw) {
    return parseMessageFrom(raw, 'ui', (data) => {
        if (
            typeof data.type !== 'string' ||
            !Object.prototype.hasOwnProperty.call(COMMAND_FIELDS, data.type)
        ) {
            return undefined;
        }
        const type = data.type;
        const fields = shape(COMMAND_FIELDS[type])(data, type);
        return { ...ENVELOPE, source: 'ui', ...fields, type };
    });
}
/** The UI's reader: one posted message from the engine, a snapshot. */
export function parseEngineMessage(raw) {
    return parseMessageFrom(raw, 'engine', (data) => {
        if (data.type !== 'state') return undefined;
        return { ...ENVELOPE, source: 'engine', type: 'state', snapshot: readSnapshot(data.snapshot) };
    });
}
/** Serialises a message for `postMessage`. */
export function serializeBridgeMessage(message) {
    return JSON.stringify(message);
}
/** Wraps a UI command in its envelope. */
export function uiMessage(command) {
    return {
        channel: BRIDGE_CHANNEL,
        version: BRIDGE_PROTOCOL_VERSION,
        source: 'ui',
        ...command
    };
}
/** Builds the UI's `ui-ready` message. */
export function uiReadyMessage() {
    return uiMessage({ type: 'ui-ready' });
}
/** Builds the engine's `state` message. */
export function stateMessage(snapshot) {
    return {
        channel: BRIDGE_CHANNEL,
        version: BRIDGE_PROTOCOL_VERSION,
        source: 'engine',
        type: 'state',
        snapshot
    };
}
/** A snapshot with nothing happening yet, for the UI before the engine answers and for engine start-up. */
export function initialSnapshot() {
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
