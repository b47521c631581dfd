/**
 * Time as the engine reads it: wall-clock milliseconds for timestamps, and timers it can cancel.
 * Engine code never calls `Date.now()` or `setTimeout` itself, so tests drive time with {@link ManualClock}.
 */
export interface Clock {
    /** Milliseconds since the epoch. */
    now(): number;
    /** Runs `handler` once after `ms`; returns a handle for {@link Clock.clearTimer}. */
    setTimer(handler: () => void, ms: number): TimerHandle;
    clearTimer(handle: TimerHandle): void;
}

/** Opaque handle of a pending timer. */
export type TimerHandle = { readonly __timer: unique symbol } | number;

/** The browser's (or Node's) real clock. */
export const systemClock: Clock = {
    now: () => Date.now(),
    setTimer: (handler, ms) => setTimeout(handler, ms) as unknown as TimerHandle,
    clearTimer: (handle) => clearTimeout(handle as unknown as ReturnType<typeof setTimeout>)
};
