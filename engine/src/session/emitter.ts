/** Receives each value an {@link Emitter} emits. @public */
export type Listener<T> = (value: T) => void;

/** Stops a subscription; calling it again does nothing. @public */
export type Unsubscribe = () => void;

/**
 * A typed source of values that others can listen to.
 * @public
 */
export interface Emitter<T> {
    /** Calls `listener` with every later value until the returned function is called. */
    subscribe(listener: Listener<T>): Unsubscribe;
}

interface Subscription<T> {
    readonly listener: Listener<T>;
    active: boolean;
}

/**
 * The owner's side of an {@link Emitter}: emits values and releases listeners. Owners keep it private and
 * expose it as `Emitter<T>`.
 *
 * @remarks
 * `emit` iterates over a copy of the subscriptions, so listeners may subscribe or unsubscribe while it runs;
 * a listener unsubscribed during an emit is not called afterwards, one subscribed during it first hears the
 * next value. A listener that throws does not stop the others: every listener is called, then the first
 * error is rethrown.
 * @internal
 */
export class EmitterImpl<T> implements Emitter<T> {
    #subscriptions: Subscription<T>[] = [];
    #disposed = false;

    subscribe(listener: Listener<T>): Unsubscribe {
        if (this.#disposed) return () => undefined;
        const subscription: Subscription<T> = { listener, active: true };
        this.#subscriptions.push(subscription);
        return () => {
            if (!subscription.active) return;
            subscription.active = false;
            this.#subscriptions = this.#subscriptions.filter((entry) => entry !== subscription);
        };
    }

    /** Calls every current listener with `value`. */
    emit(value: T): void {
        let failure: { readonly error: unknown } | undefined;
        for (const subscription of this.#subscriptions.slice()) {
            if (!subscription.active) continue;
            try {
                subscription.listener(value);
            } catch (error) {
                failure ??= { error };
            }
        }
        if (failure !== undefined) throw failure.error;
    }

    /** Releases every listener; later `subscribe` calls register nothing. */
    dispose(): void {
        for (const subscription of this.#subscriptions) subscription.active = false;
        this.#subscriptions = [];
        this.#disposed = true;
    }

    /** How many listeners are subscribed: tests assert 0 to prove they were released. */
    get listenerCount(): number {
        return this.#subscriptions.length;
    }
}
