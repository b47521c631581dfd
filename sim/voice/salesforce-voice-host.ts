import { Constants } from '@salesforce/scv-connector-base';

/**
 * The message types of Salesforce's side of the connector protocol that `@salesforce/scv-connector-base` 3.6.2
 * uses but does not export (its `Constants` has only the events a connector publishes). Read from its
 * `baseConnector.js`; the event types it does export come from `Constants.EVENT_TYPE`.
 */
export const SALESFORCE_MESSAGE = {
    SETUP_CONNECTOR: 'SETUP_CONNECTOR',
    CONNECTOR_READY: 'CONNECTOR_READY',
    TELEPHONY_EVENT_DISPATCHED: 'TELEPHONY_EVENT_DISPATCHED',
    LOG: 'LOG',
    ACCEPT_CALL: 'ACCEPT_CALL',
    DECLINE_CALL: 'DECLINE_CALL',
    END_CALL: 'END_CALL',
    MUTE: 'MUTE',
    UNMUTE: 'UNMUTE',
    HOLD: 'HOLD',
    RESUME: 'RESUME',
    SET_AGENT_STATUS: 'SET_AGENT_STATUS',
    GET_AGENT_STATUS: 'GET_AGENT_STATUS',
    DIAL: 'DIAL',
    SEND_DIGITS: 'SEND_DIGITS',
    ADD_PARTICIPANT: 'ADD_PARTICIPANT',
    SWAP_PARTICIPANTS: 'SWAP_PARTICIPANTS',
    CONFERENCE: 'CONFERENCE',
    LOGOUT: 'LOGOUT',
    WRAP_UP_CALL: 'WRAP_UP_CALL',
    AGENT_AVAILABLE: 'AGENT_AVAILABLE'
} as const;

/** Telephony events the base library dispatches that 3.6.2's `Constants.EVENT_TYPE` leaves out. */
export const UNEXPORTED_EVENT = {
    SHOW_LOGIN: 'SHOW_LOGIN',
    ERROR: 'ERROR',
    INFO: 'INFO',
    CALL_FAILED: 'CALL_FAILED',
    SET_AGENT_STATUS_RESULT: 'SET_AGENT_STATUS_RESULT',
    GET_AGENT_STATUS_RESULT: 'GET_AGENT_STATUS_RESULT'
} as const;

export const VOICE_EVENT = {
    ...Constants.EVENT_TYPE,
    ...UNEXPORTED_EVENT,
    CONNECTOR_READY: SALESFORCE_MESSAGE.CONNECTOR_READY
};

/** One thing the connector told Salesforce: CONNECTOR_READY, or a telephony event by its type. */
export interface VoiceHostEvent {
    readonly type: string;
    readonly payload: unknown;
}

/** The end of a MessageChannel Salesforce keeps (a browser MessagePort, or Node's in unit tests). */
export interface HostPort {
    postMessage(message: unknown): void;
    onmessage: ((event: { data: unknown }) => void) | null;
}

interface Waiter {
    readonly type: string;
    readonly accept: (event: VoiceHostEvent) => boolean;
    readonly resolve: (event: VoiceHostEvent) => void;
}

/**
 * Salesforce's side of a connector, as the base library expects it: commands go out on the MessagePort handed
 * over with SETUP_CONNECTOR, CONNECTOR_READY and TELEPHONY_EVENT_DISPATCHED come back. Keeps every event, and
 * waits for one. Used by the simulator's host page and by the connector's unit tests.
 */
export class SalesforceVoiceHost {
    readonly events: VoiceHostEvent[] = [];
    private readonly waiters = new Set<Waiter>();
    private readonly listeners = new Set<(event: VoiceHostEvent) => void>();

    constructor(private readonly port: HostPort) {
        port.onmessage = (message) => this.receive(message.data);
    }

    /** The SETUP_CONNECTOR message to post to the connector's window, with the other port in `ports`. */
    static setupMessage(connectorConfig: Readonly<Record<string, unknown>>): {
        type: string;
        connectorConfig: unknown;
    } {
        return { type: SALESFORCE_MESSAGE.SETUP_CONNECTOR, connectorConfig };
    }

    /** Hears every later event. */
    subscribe(listener: (event: VoiceHostEvent) => void): () => void {
        this.listeners.add(listener);
        return () => this.listeners.delete(listener);
    }

    /** Sends one command, e.g. `send('ACCEPT_CALL', { call })`. */
    send(type: string, data: Readonly<Record<string, unknown>> = {}): void {
        this.port.postMessage({ ...data, type });
    }

    /** Events of `type` so far. */
    eventsOf(type: string): VoiceHostEvent[] {
        return this.events.filter((event) => event.type === type);
    }

    /** The first event of `type` (after `after` events) that `accept` takes; waits for it up to `timeoutMs`. */
    waitFor(
        type: string,
        accept: (event: VoiceHostEvent) => boolean = () => true,
        timeoutMs = 5_000,
        after = 0
    ): Promise<VoiceHostEvent> {
        const known = this.events.slice(after).find((event) => event.type === type && accept(event));
        if (known) return Promise.resolve(known);
        return new Promise((resolve, reject) => {
            const timer = setTimeout(() => {
                this.waiters.delete(waiter);
                const seen = this.events.map((event) => event.type).join(', ');
                reject(
                    new Error(
                        `No ${type} from the connector within ${timeoutMs} ms (seen: ${seen || 'nothing'}).`
                    )
                );
            }, timeoutMs);
            const waiter: Waiter = {
                type,
                accept,
                resolve: (event) => {
                    clearTimeout(timer);
                    resolve(event);
                }
            };
            this.waiters.add(waiter);
        });
    }

    private receive(data: unknown): void {
        if (typeof data !== 'object' || data === null) return;
        const { type, payload } = data as { type?: unknown; payload?: unknown };
        let event: VoiceHostEvent | undefined;
        if (type === SALESFORCE_MESSAGE.CONNECTOR_READY) event = { type, payload };
        else if (
            type === SALESFORCE_MESSAGE.TELEPHONY_EVENT_DISPATCHED &&
            typeof payload === 'object' &&
            payload !== null
        ) {
            const { telephonyEventType, telephonyEventPayload } = payload as {
                telephonyEventType?: unknown;
                telephonyEventPayload?: unknown;
            };
            if (typeof telephonyEventType === 'string')
                event = { type: telephonyEventType, payload: telephonyEventPayload };
        }
        if (!event) return;
        this.events.push(event);
        for (const listener of [...this.listeners]) listener(event);
        for (const waiter of [...this.waiters]) {
            if (waiter.type === event.type && waiter.accept(event)) {
                this.waiters.delete(waiter);
                waiter.resolve(event);
            }
        }
    }
}
