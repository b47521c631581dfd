import type { OpenCtiCallTypes, OpenCtiScreenPopTypes } from '../../engine/src/cti';
import { encodeFrameMessage } from '../messages/frame-envelope';
import { isListenerMethod, parseOpenCtiReply } from '../messages/open-cti-messages';
import type { OpenCtiRequestMessage } from '../messages/open-cti-messages';
import { CONTAINER_NOT_READY } from './open-cti-answers';
import type { OpenCtiAnswer } from './open-cti-answers';
import { CALL_TYPE, SCREENPOP_TYPE } from './open-cti-constants';
import { OPEN_CTI_METHODS } from './open-cti-methods';
import type { OpenCtiMethodName } from './open-cti-methods';

/** How a call to the panel's `sforce.opencti` ended, as the simulator records it. */
export type OpenCtiOutcome = 'success' | 'error';

/** One call the adapter made, recorded when its answer came (listener registrations at once). */
export interface OpenCtiCallRecord {
    readonly method: OpenCtiMethodName;
    readonly outcome: OpenCtiOutcome;
    /** Milliseconds after the client was created. */
    readonly at: number;
}

/** How many answered calls the client's record keeps, the newest. */
export const CALL_RECORD_LIMIT = 1000;

/** A method of `sforce.opencti`: one optional argument object. */
export type OpenCtiClientMethod = (args?: unknown) => void;

/** The `sforce.opencti` object: every Open CTI for Lightning method, and the two constant groups. */
export type OpenCtiClientApi = Readonly<Record<OpenCtiMethodName, OpenCtiClientMethod>> & {
    readonly SCREENPOP_TYPE: OpenCtiScreenPopTypes;
    readonly CALL_TYPE: OpenCtiCallTypes;
};

export interface OpenCtiClientOptions {
    /** Posts a message to the console window; `undefined` when the panel has no console around it. */
    readonly post: ((message: string) => void) | undefined;
    /** Told about each call once it is answered. */
    readonly onCall?: (record: OpenCtiCallRecord) => void;
    /** Told when an adapter's listener throws (Open CTI carries on with the next one). */
    readonly onListenerError?: (error: unknown) => void;
    /** Runs a task later; answers never come synchronously. `setTimeout(task, 0)` by default. */
    readonly schedule?: (task: () => void) => void;
    /** Clock in milliseconds; `Date.now` by default. */
    readonly now?: () => number;
}

/** The panel's side of Open CTI: the API object, the way in for the console's messages, and the record. */
export interface OpenCtiClient {
    /** The object to install as `window.sforce.opencti`. */
    readonly api: OpenCtiClientApi;
    /** Hands a message the console posted to the client (answers and listener events). */
    receive(raw: unknown): void;
    /** The answered calls so far (the last {@link CALL_RECORD_LIMIT}), oldest first. */
    calls(): readonly OpenCtiCallRecord[];
}

type Callback = (response: OpenCtiAnswer) => void;
type Listener = (payload: Readonly<Record<string, unknown>>) => void;

interface Pending {
    readonly method: OpenCtiMethodName;
    readonly callback: Callback | undefined;
}

function isArgumentObject(value: unknown): value is Record<string, unknown> {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The argument object without its functions, as data that can cross frames. */
function dataOf(args: Record<string, unknown>): Record<string, unknown> {
    return JSON.parse(
        JSON.stringify(args, (_key, value: unknown) => (typeof value === 'function' ? undefined : value))
    ) as Record<string, unknown>;
}

/**
 * Creates the panel's `sforce.opencti`, the simulator's `opencti_min.js`: each method checks its argument
 * object as Lightning's does (one object; `callback` and `listener` functions), posts the call as JSON to the
 * console window, and answers `callback({ success, returnValue, errors })` when the console replies.
 * `onClickToDial` / `onNavigationChange` keep their listener here and tell the console they listen; the
 * console's events reach every listener. Without a console (the panel page opened on its own) every call
 * answers `SOFTPHONE_CONTAINER_ERROR`, as Salesforce does before its container is ready.
 */
export function createOpenCtiClient(options: OpenCtiClientOptions): OpenCtiClient {
    const schedule = options.schedule ?? ((task: () => void) => void setTimeout(task, 0));
    const now = options.now ?? Date.now;
    const startedAt = now();
    const records: OpenCtiCallRecord[] = [];
    const pending = new Map<number, Pending>();
    const listeners: Record<'onClickToDial' | 'onNavigationChange', Listener[]> = {
        onClickToDial: [],
        onNavigationChange: []
    };
    /** The LMS listeners of the subscriptions the console answered `subscribe` with. */
    const channelListeners = new Map<number, Listener>();
    let nextId = 1;

    const record = (method: OpenCtiMethodName, outcome: OpenCtiOutcome): void => {
        const entry: OpenCtiCallRecord = { method, outcome, at: now() - startedAt };
        records.push(entry);
        if (records.length > CALL_RECORD_LIMIT) records.splice(0, records.length - CALL_RECORD_LIMIT);
        options.onCall?.(entry);
    };

    const answer = (call: Pending, response: OpenCtiAnswer): void => {
        record(call.method, response.success ? 'success' : 'error');
        call.callback?.(response);
    };

    const send = (method: OpenCtiMethodName, args: Record<string, unknown>, callback?: Callback): void => {
        const call: Pending = { method, callback };
        if (!options.post) {
            schedule(() => answer(call, CONTAINER_NOT_READY));
            return;
        }
        const id = nextId++;
        pending.set(id, call);
        const message: OpenCtiRequestMessage = { type: 'open-cti-request', id, method, args: dataOf(args) };
        options.post(encodeFrameMessage(message));
    };

    const method =
        (name: OpenCtiMethodName): OpenCtiClientMethod =>
        (args) => {
            if (args !== undefined && !isArgumentObject(args)) {
                throw new TypeError(
                    `sforce.opencti.${name} takes one argument object such as { callback }, not a ${typeof args}` +
                        ' (separate arguments are the Salesforce Classic API)'
                );
            }
            const argObject = args ?? {};
            if (isListenerMethod(name)) {
                const { listener } = argObject;
                if (typeof listener !== 'function') {
                    throw new TypeError(`sforce.opencti.${name}: listener must be a function`);
                }
                listeners[name].push(listener as Listener);
                record(name, 'success');
                if (options.post) send(name, {});
                return;
            }
            const { callback } = argObject;
            if (callback !== undefined && typeof callback !== 'function') {
                throw new TypeError(`sforce.opencti.${name}: callback must be a function`);
            }
            if (name === 'subscribe') {
                subscribe(argObject, callback as Callback | undefined);
                return;
            }
            if (name === 'unsubscribe') {
                const id = (argObject.subscription as { subscription?: unknown } | null)?.subscription;
                send(name, argObject, (response) => {
                    if (response.success && typeof id === 'number') channelListeners.delete(id);
                    (callback as Callback | undefined)?.(response);
                });
                return;
            }
            send(name, argObject, callback as Callback | undefined);
        };

    /**
     * LMS `subscribe({ channelName, listener, callback })`: the listener stays here; the console answers with the
     * subscription (`{ subscription: <id> }`), whose messages then reach the listener.
     */
    const subscribe = (args: Record<string, unknown>, callback: Callback | undefined): void => {
        const { listener } = args;
        if (typeof listener !== 'function') {
            throw new TypeError('sforce.opencti.subscribe: listener must be a function');
        }
        send('subscribe', args, (response) => {
            const id = (response.returnValue as { subscription?: unknown } | null)?.subscription;
            if (response.success && typeof id === 'number') channelListeners.set(id, listener as Listener);
            callback?.(response);
        });
    };

    const methods = Object.fromEntries(OPEN_CTI_METHODS.map((name) => [name, method(name)]));
    const api = Object.freeze({ ...methods, SCREENPOP_TYPE, CALL_TYPE }) as OpenCtiClientApi;

    return {
        api,
        calls: () => [...records],
        receive(raw) {
            const message = parseOpenCtiReply(raw);
            if (!message) return;
            if (message.type === 'open-cti-channel-message') {
                const listener = channelListeners.get(message.subscription);
                try {
                    listener?.(message.message);
                } catch (error) {
                    options.onListenerError?.(error);
                }
                return;
            }
            if (message.type === 'open-cti-event') {
                for (const listener of [...listeners[message.listener]]) {
                    try {
                        listener(message.payload);
                    } catch (error) {
                        options.onListenerError?.(error);
                    }
                }
                return;
            }
            const call = pending.get(message.id);
            if (!call) return;
            pending.delete(message.id);
            // Listener registrations are answered too, for the console's record; the adapter expects nothing.
            if (isListenerMethod(call.method)) return;
            answer(call, message.response);
        }
    };
}
