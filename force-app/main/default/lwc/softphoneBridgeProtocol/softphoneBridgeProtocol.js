// Generated from engine/src/bridge/protocol.ts by `npm run build`. Do not edit: change the TypeScript source.
/**
 * The bridge protocol between the engine (plain TypeScript in the adapter page's window) and the
 * `c-softphone` UI (LWC through Lightning Out). Messages are JSON strings sent with `window.postMessage`;
 * no functions or live objects cross. Each message carries the channel name, the protocol version, who sent
 * it and a `type`; the receiver validates all four and reports what it does not understand.
 *
 * This file is self-contained (no imports): the build compiles it into the `c/softphoneBridgeProtocol`
 * service component as well, so both sides share one definition.
 */
/** Channel name that marks our messages among everything else posted to the window. */
export const BRIDGE_CHANNEL = 'softphone-bridge';
/** Bumped on every incompatible change to a message shape. */
export const BRIDGE_PROTOCOL_VERSION = 1;
/** Largest message accepted, in characters: a snapshot is a few KB; anything near this is an attack or a bug. */
export const BRIDGE_MAX_MESSAGE_LENGTH = 64 * 1024;
const STATUSES = ['starting', 'ready', 'signed-out'];
const REASONS = ['open-cti-missing', 'open-cti-failed', 'engine-missing'];
function isRecord(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
function optionalString(record, key) {
    return record[key] === undefined || typeof record[key] === 'string';
}
function readSnapshot(value) {
    if (!isRecord(value)) {
        return 'snapshot is not an object';
    }
    if (typeof value.status !== 'string' || !STATUSES.includes(value.status)) {
        return `snapshot status ${JSON.stringify(value.status)} is not one of ${STATUSES.join(', ')}`;
    }
    if (value.reason !== undefined && (typeof value.reason !== 'string' || !REASONS.includes(value.reason))) {
        return `snapshot reason ${JSON.stringify(value.reason)} is not one of ${REASONS.join(', ')}`;
    }
    if (!optionalString(value, 'detail') || !optionalString(value, 'callCenterName')) {
        return 'snapshot detail and callCenterName must be strings';
    }
    const snapshot = { status: value.status };
    if (value.reason !== undefined) snapshot.reason = value.reason;
    if (value.detail !== undefined) snapshot.detail = value.detail;
    if (value.callCenterName !== undefined) snapshot.callCenterName = value.callCenterName;
    return snapshot;
}
/**
 * Reads one posted message. Messages that are not ours (`ours: false`) are other scripts' business and are
 * ignored quietly; ours that are malformed are refused with a reason the receiver logs.
 */
export function parseBridgeMessage(raw) {
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
    const envelope = { channel: BRIDGE_CHANNEL, version: BRIDGE_PROTOCOL_VERSION };
    if (data.source === 'ui' && data.type === 'ui-ready') {
        return { ok: true, message: { ...envelope, source: 'ui', type: 'ui-ready' } };
    }
    if (data.source === 'engine' && data.type === 'state') {
        const snapshot = readSnapshot(data.snapshot);
        if (typeof snapshot === 'string') {
            return { ok: false, ours: true, reason: snapshot };
        }
        return { ok: true, message: { ...envelope, source: 'engine', type: 'state', snapshot } };
    }
    return {
        ok: false,
        ours: true,
        reason: `unknown message ${JSON.stringify(data.source)}/${JSON.stringify(data.type)}`
    };
}
/** Serialises a message for `postMessage`. */
export function serializeBridgeMessage(message) {
    return JSON.stringify(message);
}
/** Builds the UI's `ui-ready` message. */
export function uiReadyMessage() {
    return { channel: BRIDGE_CHANNEL, version: BRIDGE_PROTOCOL_VERSION, source: 'ui', type: 'ui-ready' };
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
