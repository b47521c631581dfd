import { TelephonyError } from './telephony-error';

/** What every provider's call record has: the id it reports the call by, and where the call stands. */
export interface TableCall {
    readonly callId: string;
    readonly state: string;
}

/**
 * The live calls of a telephony provider, by id: the demo and SIP providers keep theirs here, so an unknown
 * or ended call, and a command in the wrong state, are refused the same way by both.
 */
export class CallTable<C extends TableCall> {
    readonly #calls = new Map<string, C>();

    get size(): number {
        return this.#calls.size;
    }

    has(callId: string): boolean {
        return this.#calls.has(callId);
    }

    /** Adds a call under its id, which must be free. */
    add(call: C): C {
        if (this.#calls.has(call.callId)) throw new Error(`Call id ${call.callId} is already in use.`);
        this.#calls.set(call.callId, call);
        return call;
    }

    remove(callId: string): void {
        this.#calls.delete(callId);
    }

    /** The live calls, oldest first, as a list that later changes to the table leave alone. */
    list(): C[] {
        return [...this.#calls.values()];
    }

    /** `base`, or `base~2`, `base~3`, ... : the first that no live call uses. */
    freeId(base: string): string {
        let callId = base;
        for (let n = 2; this.#calls.has(callId); n++) callId = `${base}~${n}`;
        return callId;
    }

    /**
     * The live call `callId`.
     *
     * @throws TelephonyError `no-such-call` when the call is unknown or has ended
     */
    live(callId: string): C {
        const call = this.#calls.get(callId);
        if (!call) {
            throw new TelephonyError(
                'no-such-call',
                `No call ${callId}: it has ended or never existed. Use an id from onIncomingCall or dial().`
            );
        }
        return call;
    }

    /**
     * Checks that `call` is in one of the `allowed` states.
     *
     * @throws TelephonyError `invalid-state` with `refusal`'s words (what to do) otherwise
     */
    requireState<S extends C['state']>(call: C, allowed: readonly S[], refusal: (call: C) => string): void {
        if (!(allowed as readonly string[]).includes(call.state)) {
            throw new TelephonyError('invalid-state', refusal(call));
        }
    }
}
