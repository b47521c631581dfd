import type { Clock } from '../time';
import type { CallEvent } from './call-event';
import type { ActiveCallSessionData, CallSessionData } from './call-session-data';
import { createCallSessionData } from './call-session-data';
import type { CallSnapshot } from './call-snapshot';
import { toCallSnapshot } from './call-snapshot';
import { isTerminalCallState } from './call-state';
import type { CallState } from './call-state';
import { transition } from './call-transition';
import { EmitterImpl } from './emitter';
import type { Listener, Unsubscribe } from './emitter';
import { InvalidTransitionError } from './invalid-transition-error';

/** Options for a new {@link CallSession}. @public */
export interface CallSessionOptions {
    /** Stamps the session's creation and is the default `now` of {@link CallSession.snapshot}. */
    readonly clock: Clock;
    /**
     * Starts the session in this state instead of idle: a call in wrap-up brought back after a page reload
     * (see `readStoredWrapUp`).
     */
    readonly restored?: ActiveCallSessionData;
}

/** One accepted event, as subscribers hear it. @public */
export interface CallSessionChange {
    readonly event: CallEvent;
    readonly previous: CallSessionData;
    readonly data: CallSessionData;
}

/**
 * One call's state, from idle to a terminal state: the interpreter around the pure {@link transition}.
 * The engine creates one per call, feeds it the phone system's facts and the agent's commands with
 * {@link CallSession.send}, and publishes {@link CallSession.snapshot}s to the UI.
 *
 * @remarks
 * `send` throws {@link InvalidTransitionError} for every event the state refuses; check first with
 * `transition(session.data, event).ok` where a refusal is expected. Subscribers hear each accepted event in
 * order, also when a subscriber sends another event while being notified. Once the session reaches a terminal
 * state its subscribers are released after they heard that last change.
 *
 * @example
 * ```ts
 * const session = new CallSession({ clock });
 * session.subscribe(({ data }) => publish(session.snapshot()));
 * session.send({ type: 'incoming', at: clock.now(), callId, number: '+14155550100' });
 * ```
 * @public
 */
export class CallSession {
    #current: CallSessionData;
    readonly #clock: Clock;
    readonly #changes = new EmitterImpl<CallSessionChange>();
    readonly #queue: CallSessionChange[] = [];
    #delivering = false;

    constructor(options: CallSessionOptions) {
        this.#clock = options.clock;
        this.#current = options.restored ?? createCallSessionData(options.clock.now());
    }

    /** The current data; immutable, replaced on every accepted event. */
    get data(): CallSessionData {
        return this.#current;
    }

    get state(): CallState {
        return this.#current.state;
    }

    /** Whether the call is over; no event is accepted any more. */
    get terminal(): boolean {
        return isTerminalCallState(this.#current.state);
    }

    /** Subscribers still registered: 0 once the session reached a terminal state or was disposed. */
    get listenerCount(): number {
        return this.#changes.listenerCount;
    }

    /**
     * Hears every later accepted event. Returns the function that stops it. On a finished (terminal or
     * disposed) session it registers nothing, since nothing will change.
     */
    subscribe(listener: Listener<CallSessionChange>): Unsubscribe {
        return this.#changes.subscribe(listener);
    }

    /**
     * Applies `event` and notifies subscribers; returns the new data.
     * @throws {@link InvalidTransitionError} when the state refuses the event; the data is then unchanged.
     * @throws whatever a subscriber threw, after the event was applied and every subscriber heard it.
     */
    send(event: CallEvent): CallSessionData {
        const previous = this.#current;
        const result = transition(previous, event);
        if (!result.ok) {
            throw new InvalidTransitionError(previous.state, event.type, result.reason);
        }
        this.#current = result.data;
        this.#queue.push({ event, previous, data: result.data });
        this.#deliver();
        return result.data;
    }

    /**
     * A JSON-safe view of the call with durations up to `now` (epoch ms; default: the clock's time).
     */
    snapshot(now: number = this.#clock.now()): CallSnapshot {
        return toCallSnapshot(this.#current, now);
    }

    /** Releases every subscriber now, e.g. when the engine stops during a call. */
    dispose(): void {
        this.#queue.length = 0;
        this.#changes.dispose();
    }

    /** Delivers queued changes in order; a send from inside a listener only queues its change. */
    #deliver(): void {
        if (this.#delivering) return;
        this.#delivering = true;
        let failure: { readonly error: unknown } | undefined;
        try {
            for (let change = this.#queue.shift(); change !== undefined; change = this.#queue.shift()) {
                try {
                    this.#changes.emit(change);
                } catch (error) {
                    failure ??= { error };
                }
            }
        } finally {
            this.#delivering = false;
        }
        if (this.terminal) this.#changes.dispose();
        if (failure !== undefined) throw failure.error;
    }
}
