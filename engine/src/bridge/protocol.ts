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

/** Why the softphone cannot work right now, as a key the UI turns into a Custom Label. */
export type SignedOutReason = 'open-cti-missing' | 'open-cti-failed' | 'engine-missing';

/** Where the engine is in its start-up. */
export type EngineStatus = 'starting' | 'ready' | 'signed-out';

/** Everything the UI renders, sent whole on every change. */
export interface EngineSnapshot {
    readonly status: EngineStatus;
    readonly reason?: SignedOutReason;
    /** Technical detail for the admin (shown small, under the agent-facing reason). */
    readonly detail?: string;
    /** The call center the softphone runs under, from `getCallCenterSettings`. */
    readonly callCenterName?: string;
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

/** UI → engine: the UI is mounted and wants the current state. */
export type UiReadyMessage = Envelope<'ui', 'ui-ready'>;

export type EngineMessage = StateMessage;
export type UiMessage = UiReadyMessage;
export type BridgeMessage = EngineMessage | UiMessage;

/** Result of reading a raw message: the typed message, or the reason it was refused. */
export type ParseResult =
    | { readonly ok: true; readonly message: BridgeMessage }
    | { readonly ok: false; readonly reason: string; readonly ours: boolean };

const STATUSES: readonly string[] = ['starting', 'ready', 'signed-out'];
const REASONS: readonly string[] = ['open-cti-missing', 'open-cti-failed', 'engine-missing'];

function isRecord(value: unknown): value is Record<string, unknown> {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function optionalString(record: Record<string, unknown>, key: string): boolean {
    return record[key] === undefined || typeof record[key] === 'string';
}

function readSnapshot(value: unknown): EngineSnapshot | string {
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
    const snapshot: {
        status: EngineStatus;
        reason?: SignedOutReason;
        detail?: string;
        callCenterName?: string;
    } = { status: value.status as EngineStatus };
    if (value.reason !== undefined) snapshot.reason = value.reason as SignedOutReason;
    if (value.detail !== undefined) snapshot.detail = value.detail as string;
    if (value.callCenterName !== undefined) snapshot.callCenterName = value.callCenterName as string;
    return snapshot;
}

/**
 * Reads one posted message. Messages that are not ours (`ours: false`) are other scripts' business and are
 * ignored quietly; ours that are malformed are refused with a reason the receiver logs.
 */
export function parseBridgeMessage(raw: unknown): ParseResult {
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
    const envelope = { channel: BRIDGE_CHANNEL, version: BRIDGE_PROTOCOL_VERSION } as const;
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
export function serializeBridgeMessage(message: BridgeMessage): string {
    return JSON.stringify(message);
}

/** Builds the UI's `ui-ready` message. */
export function uiReadyMessage(): UiReadyMessage {
    return { channel: BRIDGE_CHANNEL, version: BRIDGE_PROTOCOL_VERSION, source: 'ui', type: 'ui-ready' };
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
