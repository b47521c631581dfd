import type { Clock, TimerHandle } from './clock';

interface PendingTimer {
    readonly id: number;
    readonly due: number;
    readonly handler: () => void;
}

/**
 * A clock that moves only when told to: `advance(ms)` runs every timer that falls due, in order.
 * For tests and the soak benchmark.
 */
export class ManualClock implements Clock {
    #current: number;
    #nextId = 1;
    #timers: PendingTimer[] = [];

    constructor(start = Date.UTC(2026, 0, 1, 9, 0, 0)) {
        this.#current = start;
    }

    now(): number {
        return this.#current;
    }

    setTimer(handler: () => void, ms: number): TimerHandle {
        const id = this.#nextId++;
        this.#timers.push({ id, due: this.#current + Math.max(0, ms), handler });
        return id;
    }

    clearTimer(handle: TimerHandle): void {
        this.#timers = this.#timers.filter((timer) => timer.id !== handle);
    }

    /** Moves time forward by `ms`, running due timers in order (timers they set run too if due). */
    advance(ms: number): void {
        const target = this.#current + ms;
        for (;;) {
            const next = this.#timers
                .filter((timer) => timer.due <= target)
                .sort((a, b) => a.due - b.due || a.id - b.id)[0];
            if (!next) break;
            this.#timers = this.#timers.filter((timer) => timer !== next);
            this.#current = next.due;
            next.handler();
        }
        this.#current = target;
    }

    /** Timers still waiting: a test asserts 0 to prove nothing was left behind. */
    get pendingTimers(): number {
        return this.#timers.length;
    }
}
