/**
 * How long the demo phone system takes to do things, in milliseconds. See
 * {@link DemoTelephonyProvider} for the timeline each delay belongs to.
 * @public
 */
export interface DemoDelays {
    /** `register()` → `registered`, and `unregister()` → `unregistered`. */
    readonly register: number;
    /** `answer()` → `onConnected` for an inbound call. */
    readonly answer: number;
    /**
     * `dial()` → `trying`, `trying` → `ringing`, and `trying` → the scripted end of a call that never rings
     * (busy, not found, …).
     */
    readonly progress: number;
    /** `ringing` → `onConnected` when the callee answers (or → `rejected` when a scripted callee declines). */
    readonly connect: number;
    /** An unanswered inbound call ends with `no-answer` after this; so does a scripted `…0408` outbound call. */
    readonly ringTimeout: number;
}

/**
 * Delays that look like a real phone system: quick signalling, a few seconds of ringing before the
 * callee answers, and a 30 s ring timeout.
 * @public
 */
export const DEFAULT_DEMO_DELAYS: DemoDelays = Object.freeze({
    register: 400,
    answer: 250,
    progress: 300,
    connect: 3_000,
    ringTimeout: 30_000
});

/**
 * Fills in defaults and refuses a delay that is not a finite number of milliseconds ≥ 0.
 * @throws RangeError naming the wrong delay.
 * @internal
 */
export function resolveDemoDelays(overrides: Partial<DemoDelays> = {}): DemoDelays {
    const delays: DemoDelays = { ...DEFAULT_DEMO_DELAYS, ...overrides };
    for (const [name, ms] of Object.entries(delays)) {
        if (typeof ms !== 'number' || !Number.isFinite(ms) || ms < 0) {
            throw new RangeError(
                `Demo delay "${name}" must be a finite number of milliseconds, 0 or more; got ${String(ms)}.`
            );
        }
    }
    return delays;
}
