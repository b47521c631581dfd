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

/** The agent's availability in the softphone. */
export type ChannelAgentStatus = 'available' | 'busy' | 'offline';

/** Whether the softphone can take calls: still starting, ready, or unavailable (signed out, another tab). */
export type ChannelPhoneState = 'starting' | 'ready' | 'unavailable';

/** Where the call on screen is; `ended` carries a `result`. */
export type ChannelCallState = 'ringing' | 'dialing' | 'connected' | 'held' | 'wrap-up' | 'ended';

/** How an ended call ended. */
export type ChannelCallResult = 'completed' | 'declined' | 'missed' | 'failed';

export type ChannelCallDirection = 'inbound' | 'outbound';

/** The call on screen, as the channel tells it. */
export interface ChannelCall {
    /** The softphone's call id (the Task's `CallObject`). */
    readonly id: string;
    readonly state: ChannelCallState;
    readonly direction: ChannelCallDirection;
    /** E.164 when it could be read, else the number as signalled. */
    readonly number: string;
    /** The record the call is related to (its log's WhoId/WhatId), when there is one. */
    readonly recordId?: string;
    readonly recordName?: string;
    /** Present when `state` is `ended`. */
    readonly result?: ChannelCallResult;
    /** Epoch milliseconds. */
    readonly startedAt: number;
    readonly connectedAt?: number;
}

/** Softphone → everyone: its state, published on every change that shows here and on `get-state`. */
export interface ChannelStateMessage {
    readonly version: typeof SOFTPHONE_CHANNEL_VERSION;
    readonly source: typeof SOFTPHONE_SOURCE;
    readonly type: 'state';
    readonly phone: ChannelPhoneState;
    readonly status: ChannelAgentStatus;
    /** Absent when there is no call on screen. */
    readonly call?: ChannelCall;
}

/** Why a command was refused. */
export type ChannelRefusal =
    /** The agent is on a call (or in its wrap-up). */
    | 'busy'
    /** The number is not one the softphone can dial. */
    | 'invalid-number'
    /** The softphone runs in another browser tab of this agent. */
    | 'another-tab'
    /** The softphone cannot place calls now (starting, signed out, no phone system, the agent signed out of it). */
    | 'not-ready'
    /** The phone system or Salesforce failed the command; `detail` says how. */
    | 'failed'
    /** The payload is not a command of this version; `detail` names the field. */
    | 'malformed'
    /** The payload's `version` is not {@link SOFTPHONE_CHANNEL_VERSION}. */
    | 'unsupported-version';

/** The commands, after their envelope. */
export type ChannelCommand =
    | {
          readonly type: 'dial';
          /** As an agent would type it; parsed by the panel's parser with the call center's default country. */
          readonly number: string;
          /** The record the call is for: its log is related to it. */
          readonly recordId?: string;
          readonly recordName?: string;
          readonly objectType?: string;
      }
    | { readonly type: 'set-status'; readonly status: ChannelAgentStatus }
    | { readonly type: 'get-state' };

export type ChannelCommandType = ChannelCommand['type'];

/** Anyone → softphone: a command, with the sender's `requestId` that its result carries back. */
export type ChannelCommandMessage = ChannelCommand & {
    readonly version: typeof SOFTPHONE_CHANNEL_VERSION;
    readonly requestId: string;
    /** Who sent it, e.g. `callWithSoftphone`: for logs. */
    readonly source?: string;
};

/** Softphone → everyone: what became of one command. */
export interface ChannelResultMessage {
    readonly version: typeof SOFTPHONE_CHANNEL_VERSION;
    readonly source: typeof SOFTPHONE_SOURCE;
    readonly type: 'result';
    /** The command's `requestId` (empty when the payload had none that could be read). */
    readonly requestId: string;
    readonly command?: ChannelCommandType;
    readonly ok: boolean;
    readonly reason?: ChannelRefusal;
    /** Technical detail for logs and admins; not for agents (each reason has its own words). */
    readonly detail?: string;
    /** For a dial that went out: the new call's id, as in later `state` messages. */
    readonly callId?: string;
}

export type SoftphoneMessage = ChannelStateMessage | ChannelResultMessage;

/** Reading a payload: the typed value, or why it was refused. */
export type ChannelRead<T> =
    | { readonly ok: true; readonly value: T }
    | {
          readonly ok: false;
          readonly reason: ChannelRefusal;
          readonly detail: string;
          readonly requestId: string;
      };

// ---------------------------------------------------------------------------------------------------------
// Reading payloads

function isRecord(value: unknown): value is Record<string, unknown> {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}

class FieldError extends Error {}

function text(
    payload: Record<string, unknown>,
    field: string,
    max: number,
    required: boolean
): string | undefined {
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

function oneOf<T extends string>(payload: Record<string, unknown>, field: string, allowed: readonly T[]): T {
    const value = payload[field];
    if (typeof value !== 'string' || !(allowed as readonly string[]).includes(value)) {
        throw new FieldError(`${field} ${JSON.stringify(value)} is not one of ${allowed.join(', ')}`);
    }
    return value as T;
}

const SALESFORCE_ID = /^[a-zA-Z0-9]{15}(?:[a-zA-Z0-9]{3})?$/;
const AGENT_STATUSES: readonly ChannelAgentStatus[] = ['available', 'busy', 'offline'];
const COMMAND_TYPES: readonly ChannelCommandType[] = ['dial', 'set-status', 'get-state'];

/** `true` for what the softphone itself published (every subscriber, the softphone too, hears it). */
export function isFromSoftphone(payload: unknown): boolean {
    return isRecord(payload) && payload.source === SOFTPHONE_SOURCE;
}

/**
 * Reads a command published on the channel. A payload from the softphone itself is not a command (check
 * {@link isFromSoftphone} first); anything else that is not a command of this version is refused with the
 * reason and the field at fault.
 */
export function readChannelCommand(payload: unknown): ChannelRead<ChannelCommandMessage> {
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
        } as const;
        if (type === 'get-state') return { ok: true, value: { ...envelope, type } };
        if (type === 'set-status') {
            return {
                ok: true,
                value: { ...envelope, type, status: oneOf(payload, 'status', AGENT_STATUSES) }
            };
        }
        const number = text(payload, 'number', CHANNEL_MAX_NUMBER_LENGTH, true) as string;
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

function optionalText(payload: Record<string, unknown>, field: string): Record<string, string> {
    const value = text(payload, field, CHANNEL_MAX_TEXT_LENGTH, false);
    return value === undefined || value === '' ? {} : { [field]: value };
}

const PHONE_STATES: readonly ChannelPhoneState[] = ['starting', 'ready', 'unavailable'];
const CALL_STATES: readonly ChannelCallState[] = [
    'ringing',
    'dialing',
    'connected',
    'held',
    'wrap-up',
    'ended'
];
const CALL_RESULTS: readonly ChannelCallResult[] = ['completed', 'declined', 'missed', 'failed'];
const REFUSALS: readonly ChannelRefusal[] = [
    'busy',
    'invalid-number',
    'another-tab',
    'not-ready',
    'failed',
    'malformed',
    'unsupported-version'
];

function time(payload: Record<string, unknown>, field: string, required: boolean): number | undefined {
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

function readCall(value: unknown): ChannelCall {
    if (!isRecord(value)) throw new FieldError('call must be an object');
    const state = oneOf(value, 'state', CALL_STATES);
    const recordId = text(value, 'recordId', 18, false);
    const connectedAt = time(value, 'connectedAt', false);
    return {
        id: text(value, 'id', CHANNEL_MAX_TEXT_LENGTH, true) as string,
        state,
        direction: oneOf(value, 'direction', ['inbound', 'outbound'] as const),
        number: text(value, 'number', CHANNEL_MAX_TEXT_LENGTH, false) ?? '',
        ...(recordId ? { recordId } : {}),
        ...optionalText(value, 'recordName'),
        ...(state === 'ended' ? { result: oneOf(value, 'result', CALL_RESULTS) } : {}),
        startedAt: time(value, 'startedAt', true) as number,
        ...(connectedAt === undefined ? {} : { connectedAt })
    };
}

/**
 * Reads what the softphone published: its state or a command's result. `undefined` for anything else (other
 * publishers' commands, other versions), which a component simply does not act on.
 */
export function readSoftphoneMessage(payload: unknown): SoftphoneMessage | undefined {
    if (!isRecord(payload) || payload.source !== SOFTPHONE_SOURCE) return undefined;
    if (payload.version !== SOFTPHONE_CHANNEL_VERSION) return undefined;
    const envelope = { version: SOFTPHONE_CHANNEL_VERSION, source: SOFTPHONE_SOURCE } as const;
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
export function channelCommand(
    command: ChannelCommand,
    requestId: string,
    source?: string
): ChannelCommandMessage {
    return {
        ...command,
        version: SOFTPHONE_CHANNEL_VERSION,
        requestId,
        ...(source === undefined ? {} : { source })
    };
}

/** The result of a command; `reason` makes it a refusal. */
export function channelResult(
    requestId: string,
    command: ChannelCommandType | undefined,
    outcome: { readonly reason?: ChannelRefusal; readonly detail?: string; readonly callId?: string }
): ChannelResultMessage {
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
