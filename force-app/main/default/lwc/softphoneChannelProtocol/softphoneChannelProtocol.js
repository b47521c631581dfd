// Generated from engine/src/channel/channel-protocol.ts by `npm run build`. Do not edit: change the TypeScript source.
/**
 * The softphone's Lightning message channel (`Softphone__c`): the contract between the softphone and the rest
 * of the org (record-page components, utility items, Visualforce pages). The softphone publishes its state
 * and the result of every command; anyone may publish a command. Every payload is a plain JSON object with a
 * protocol `version`, a `type` and a `source`; receivers check it and refuse (with a reason) what they do not
 * understand. The contract is written up for developers in docs/message-channel.md.
 *
 * This file is self-contained (no imports): the build compiles it into the `c/softphoneChannelProtocol`
 * service component as well, so the softphone and the components that talk to it share one definition.
 */
/** The message channel's API name (`force-app/main/default/messageChannels/Softphone.messageChannel-meta.xml`). */
export const SOFTPHONE_CHANNEL_NAME = 'Softphone__c';
/** Bumped on every incompatible change to a payload; additive fields do not bump it. */
export const SOFTPHONE_CHANNEL_VERSION = 1;
/** `source` of everything the softphone publishes; the softphone ignores payloads that carry it. */
export const SOFTPHONE_SOURCE = 'softphone';
/** Longest number a command may carry, as the panel's dial pad (a 15-digit E.164 number fits several times). */
export const CHANNEL_MAX_NUMBER_LENGTH = 64;
/** Longest request id, record name or source accepted. */
export const CHANNEL_MAX_TEXT_LENGTH = 255;
// ---------------------------------------------------------------------------------------------------------
// Reading payloads
function isRecord(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
class FieldError extends Error {}
function text(payload, field, max, required) {
    const value = payload[field];
    if (value === undefined || value === null) {
        if (required) throw new FieldError(`${field} is missing`);
        return undefined;
    }
    if (typeof value !== 'string') throw new FieldError(`${field} must be text`);
    if (value.length > max) throw new FieldError(`${field} is longer than ${max} characters`);
    if (required && value.trim() === '') throw new FieldError(`${field} is empty`);
    return value;
}
function oneOf(payload, field, allowed) {
    const value = payload[field];
    if (typeof value !== 'string' || !allowed.includes(value)) {
        throw new FieldError(`${field} ${JSON.stringify(value)} is not one of ${allowed.join(', ')}`);
    }
    return value;
}
const SALESFORCE_ID = /^[a-zA-Z0-9]{15}(?:[a-zA-Z0-9]{3})?$/;
const AGENT_STATUSES = ['available', 'busy', 'offline'];
const COMMAND_TYPES = ['dial', 'set-status', 'get-state'];
/** `true` for what the softphone itself published (every subscriber, the softphone too, hears it). */
export function isFromSoftphone(payload) {
    return isRecord(payload) && payload.source === SOFTPHONE_SOURCE;
}
/**
 * Reads a command published on the channel. A payload from the softphone itself is not a command (check
 * {@link isFromSoftphone} first); anything else that is not a command of this version is refused with the
 * reason and the field at fault.
 */
export function readChannelCommand(payload) {
    if (!isRecord(payload)) {
        return { ok: false, reason: 'malformed', detail: 'the message is not an object', requestId: '' };
    }
    const requestId =
        typeof payload.requestId === 'string' ? payload.requestId.slice(0, CHANNEL_MAX_TEXT_LENGTH) : '';
    if (payload.version !== SOFTPHONE_CHANNEL_VERSION) {
        return {
            ok: false,
            reason: 'unsupported-version',
            detail: `version ${JSON.stringify(payload.version)} is not ${SOFTPHONE_CHANNEL_VERSION}`,
            requestId
        };
    }
    try {
        const type = oneOf(payload, 'type', COMMAND_TYPES);
        const envelope = {
            version: SOFTPHONE_CHANNEL_VERSION,
            requestId: text(payload, 'requestId', CHANNEL_MAX_TEXT_LENGTH, type !== 'get-state') ?? '',
            ...optionalText(payload, 'source')
        };
        if (type === 'get-state') return { ok: true, value: { ...envelope, type } };
        if (type === 'set-status') {
            return {
                ok: true,
                value: { ...envelope, type, status: oneOf(payload, 'status', AGENT_STATUSES) }
            };
        }
        const number = text(payload, 'number', CHANNEL_MAX_NUMBER_LENGTH, true);
        const recordId = text(payload, 'recordId', 18, false);
        if (recordId !== undefined && !SALESFORCE_ID.test(recordId)) {
            throw new FieldError(`recordId ${JSON.stringify(recordId)} is not a Salesforce record id`);
        }
        return {
            ok: true,
            value: {
                ...envelope,
                type,
                number,
                ...(recordId === undefined ? {} : { recordId }),
                ...optionalText(payload, 'recordName'),
                ...optionalText(payload, 'objectType')
            }
        };
    } catch (error) {
        if (!(error instanceof FieldError)) throw error;
        return { ok: false, reason: 'malformed', detail: error.message, requestId };
    }
}
function optionalText(payload, field) {
    const value = text(payload, field, CHANNEL_MAX_TEXT_LENGTH, false);
    return value === undefined || value === '' ? {} : { [field]: value };
}
const PHONE_STATES = ['starting', 'ready', 'unavailable'];
const CALL_STATES = ['ringing', 'dialing', 'connected', 'held', 'wrap-up', 'ended'];
const CALL_RESULTS = ['completed', 'declined', 'missed', 'failed'];
const REFUSALS = [
    'busy',
    'invalid-number',
    'another-tab',
    'not-ready',
    'failed',
    'malformed',
    'unsupported-version'
];
function time(payload, field, required) {
    const value = payload[field];
    if (value === undefined || value === null) {
        if (required) throw new FieldError(`${field} is missing`);
        return undefined;
    }
    if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) {
        throw new FieldError(`${field} must be a time in epoch milliseconds`);
    }
    return value;
}
function readCall(value) {
    if (!isRecord(value)) throw new FieldError('call must be an object');
    const state = oneOf(value, 'state', CALL_STATES);
    const recordId = text(value, 'recordId', 18, false);
    const connectedAt = time(value, 'connectedAt', false);
    return {
        id: text(value, 'id', CHANNEL_MAX_TEXT_LENGTH, true),
        state,
        direction: oneOf(value, 'direction', ['inbound', 'outbound']),
        number: text(value, 'number', CHANNEL_MAX_TEXT_LENGTH, false) ?? '',
        ...(recordId ? { recordId } : {}),
        ...optionalText(value, 'recordName'),
        ...(state === 'ended' ? { result: oneOf(value, 'result', CALL_RESULTS) } : {}),
        startedAt: time(value, 'startedAt', true),
        ...(connectedAt === undefined ? {} : { connectedAt })
    };
}
/**
 * Reads what the softphone published: its state or a command's result. `undefined` for anything else (other
 * publishers' commands, other versions), which a component simply does not act on.
 */
export function readSoftphoneMessage(payload) {
    if (!isRecord(payload) || payload.source !== SOFTPHONE_SOURCE) return undefined;
    if (payload.version !== SOFTPHONE_CHANNEL_VERSION) return undefined;
    const envelope = { version: SOFTPHONE_CHANNEL_VERSION, source: SOFTPHONE_SOURCE };
    try {
        if (payload.type === 'state') {
            return {
                ...envelope,
                type: 'state',
                phone: oneOf(payload, 'phone', PHONE_STATES),
                status: oneOf(payload, 'status', AGENT_STATUSES),
                ...(payload.call === undefined || payload.call === null
                    ? {}
                    : { call: readCall(payload.call) })
            };
        }
        if (payload.type === 'result') {
            const ok = payload.ok;
            if (typeof ok !== 'boolean') throw new FieldError('ok must be true or false');
            const command =
                payload.command === undefined ? undefined : oneOf(payload, 'command', COMMAND_TYPES);
            return {
                ...envelope,
                type: 'result',
                requestId: text(payload, 'requestId', CHANNEL_MAX_TEXT_LENGTH, false) ?? '',
                ok,
                ...(command === undefined ? {} : { command }),
                ...(ok ? {} : { reason: oneOf(payload, 'reason', REFUSALS) }),
                ...optionalText(payload, 'detail'),
                ...optionalText(payload, 'callId')
            };
        }
    } catch (error) {
        if (!(error instanceof FieldError)) throw error;
        return undefined;
    }
    return undefined;
}
// ---------------------------------------------------------------------------------------------------------
// Building payloads
/** A command with its envelope, ready to publish. */
export function channelCommand(command, requestId, source) {
    return {
        ...command,
        version: SOFTPHONE_CHANNEL_VERSION,
        requestId,
        ...(source === undefined ? {} : { source })
    };
}
/** The result of a command; `reason` makes it a refusal. */
export function channelResult(requestId, command, outcome) {
    return {
        version: SOFTPHONE_CHANNEL_VERSION,
        source: SOFTPHONE_SOURCE,
        type: 'result',
        requestId,
        ...(command === undefined ? {} : { command }),
        ok: outcome.reason === undefined,
        ...(outcome.reason === undefined ? {} : { reason: outcome.reason }),
        ...(outcome.detail === undefined ? {} : { detail: outcome.detail.slice(0, CHANNEL_MAX_TEXT_LENGTH) }),
        ...(outcome.callId === undefined ? {} : { callId: outcome.callId })
    };
}
