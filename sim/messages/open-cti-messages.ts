import type { OpenCtiAnswer } from '../open-cti/open-cti-answers';
import { OPEN_CTI_METHODS } from '../open-cti/open-cti-methods';
import type { OpenCtiMethodName } from '../open-cti/open-cti-methods';
import { decodeFrameMessage, isMessageId, isPlainRecord } from './frame-envelope';

/** The Open CTI methods that take a listener and never call back. */
export type OpenCtiListenerName = 'onClickToDial' | 'onNavigationChange';

/** Panel → console: the adapter called `sforce.opencti.<method>(args)` (functions left out of `args`). */
export interface OpenCtiRequestMessage {
    readonly type: 'open-cti-request';
    readonly id: number;
    readonly method: OpenCtiMethodName;
    readonly args: Readonly<Record<string, unknown>>;
}

/** Console → panel: the answer for the request with the same id, for its callback. */
export interface OpenCtiResponseMessage {
    readonly type: 'open-cti-response';
    readonly id: number;
    readonly response: OpenCtiAnswer;
}

/** Console → panel: something for the adapter's `onClickToDial` / `onNavigationChange` listeners. */
export interface OpenCtiEventMessage {
    readonly type: 'open-cti-event';
    readonly listener: OpenCtiListenerName;
    readonly payload: Readonly<Record<string, unknown>>;
}

/**
 * Console → panel: a Lightning message for the adapter's `sforce.opencti.subscribe` listener of the
 * subscription the console answered `subscribe` with.
 */
export interface OpenCtiChannelMessage {
    readonly type: 'open-cti-channel-message';
    readonly subscription: number;
    readonly message: Readonly<Record<string, unknown>>;
}

/** Whether a method takes a listener rather than a callback. */
export function isListenerMethod(method: string): method is OpenCtiListenerName {
    return method === 'onClickToDial' || method === 'onNavigationChange';
}

/** Reads an {@link OpenCtiRequestMessage}; `undefined` for anything else or anything malformed. */
export function parseOpenCtiRequest(raw: unknown): OpenCtiRequestMessage | undefined {
    const message = decodeFrameMessage(raw);
    if (message?.type !== 'open-cti-request' || !isMessageId(message.id) || !isPlainRecord(message.args)) {
        return undefined;
    }
    const method = OPEN_CTI_METHODS.find((name) => name === message.method);
    return method && { type: 'open-cti-request', id: message.id, method, args: message.args };
}

/** Reads an {@link OpenCtiResponseMessage}, {@link OpenCtiEventMessage} or {@link OpenCtiChannelMessage}; `undefined` otherwise. */
export function parseOpenCtiReply(
    raw: unknown
): OpenCtiResponseMessage | OpenCtiEventMessage | OpenCtiChannelMessage | undefined {
    const message = decodeFrameMessage(raw);
    if (
        message?.type === 'open-cti-channel-message' &&
        isMessageId(message.subscription) &&
        isPlainRecord(message.message)
    ) {
        return {
            type: 'open-cti-channel-message',
            subscription: message.subscription,
            message: message.message
        };
    }
    if (message?.type === 'open-cti-response' && isMessageId(message.id)) {
        const response = message.response;
        if (
            !isPlainRecord(response) ||
            typeof response.success !== 'boolean' ||
            (response.errors !== null && !Array.isArray(response.errors))
        ) {
            return undefined;
        }
        return {
            type: 'open-cti-response',
            id: message.id,
            response: {
                success: response.success,
                returnValue: response.returnValue ?? null,
                errors: (response.errors as readonly unknown[] | null) ?? null
            }
        };
    }
    if (
        message?.type === 'open-cti-event' &&
        typeof message.listener === 'string' &&
        isListenerMethod(message.listener) &&
        isPlainRecord(message.payload)
    ) {
        return { type: 'open-cti-event', listener: message.listener, payload: message.payload };
    }
    return undefined;
}
