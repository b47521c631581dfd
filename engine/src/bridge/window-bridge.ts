import { parseUiMessage, serializeBridgeMessage, stateMessage } from './protocol';
import type { EngineSnapshot, UiMessage } from './protocol';

/** The part of `window` the bridge needs; tests pass a fake. */
export interface BridgeWindow {
    postMessage(message: string, targetOrigin: string): void;
    addEventListener(type: 'message', listener: (event: MessageEvent) => void): void;
    removeEventListener(type: 'message', listener: (event: MessageEvent) => void): void;
    readonly location: { readonly origin: string };
}

/** Snapshots kept to recognise them when they are dispatched. */
const MAX_IN_FLIGHT = 20;

/**
 * The engine's end of the bridge: posts snapshots to the UI in the same window and hands valid UI messages
 * to `onMessage`. Messages from other origins or windows are ignored; ours that are malformed are reported.
 */
export class WindowBridge {
    readonly #listener = (event: MessageEvent): void => this.#receive(event);
    #deliveryListeners: (() => void)[] = [];
    /** Snapshots posted and not yet dispatched, as posted: the bridge knows its own without parsing them. */
    #inFlight: string[] = [];

    readonly #target: BridgeWindow;
    readonly #onMessage: (message: UiMessage) => void;
    readonly #onRejected: (reason: string) => void;
    constructor(
        target: BridgeWindow,
        onMessage: (message: UiMessage) => void,
        onRejected: (reason: string) => void
    ) {
        this.#target = target;
        this.#onMessage = onMessage;
        this.#onRejected = onRejected;
        target.addEventListener('message', this.#listener);
    }

    send(snapshot: EngineSnapshot): void {
        const message = serializeBridgeMessage(stateMessage(snapshot));
        // Each is dispatched in the page soon after; the cap only bounds a page that never dispatches them.
        if (this.#inFlight.push(message) > MAX_IN_FLIGHT) this.#inFlight.shift();
        this.#target.postMessage(message, this.#target.location.origin);
    }

    /**
     * Calls `listener` once, when the next snapshot this bridge sent is dispatched in the page: the task in
     * which the UI receives it and renders. Returns a function that cancels the call.
     */
    onNextDelivery(listener: () => void): () => void {
        this.#deliveryListeners.push(listener);
        return () => {
            this.#deliveryListeners = this.#deliveryListeners.filter((candidate) => candidate !== listener);
        };
    }

    dispose(): void {
        this.#target.removeEventListener('message', this.#listener);
        this.#deliveryListeners = [];
    }

    #receive(event: MessageEvent): void {
        if (event.origin !== this.#target.location.origin) return;
        // A snapshot of ours reaching the page (the UI parses it, once): those posted before it are out too.
        const ours = this.#inFlight.indexOf(event.data as string);
        if (ours !== -1) {
            this.#inFlight.splice(0, ours + 1);
            for (const delivered of this.#deliveryListeners.splice(0)) delivered();
            return;
        }
        const result = parseUiMessage(event.data);
        if (result.ok) this.#onMessage(result.message);
        // The engine's own message that left the in-flight list: it reached the page all the same.
        else if (result.echo) for (const delivered of this.#deliveryListeners.splice(0)) delivered();
        else if (result.ours) this.#onRejected(result.reason);
    }
}
