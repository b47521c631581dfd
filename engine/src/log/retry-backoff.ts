/**
 * How long to wait before trying again: exponential from `baseMs`, capped at `maxMs`, with jitter so many
 * softphones coming back from the same outage do not retry in step.
 *
 * @public
 */
export interface BackoffPolicy {
    /** Delay after the first failure. */
    readonly baseMs: number;
    /** No delay is longer than this. */
    readonly maxMs: number;
    /** Growth per further failure. */
    readonly factor: number;
    /** Fraction of the delay that is random: 0.5 waits between half and all of it. */
    readonly jitter: number;
}

/** 2 s, 4 s, 8 s, ... up to 5 minutes, each between half and all of that. */
export const DEFAULT_BACKOFF: BackoffPolicy = { baseMs: 2_000, maxMs: 300_000, factor: 2, jitter: 0.5 };

/**
 * The delay before the next try after `failures` failures in a row (1 or more), given `random` in [0, 1).
 * Never below `baseMs * (1 - jitter)` and never above `maxMs`.
 *
 * @public
 */
export function backoffDelay(failures: number, policy: BackoffPolicy, random: () => number): number {
    const exponent = Math.max(0, Math.min(failures - 1, 64));
    const ceiling = Math.min(policy.maxMs, policy.baseMs * policy.factor ** exponent);
    const jitter = Math.min(1, Math.max(0, policy.jitter));
    const unit = Math.min(1, Math.max(0, random()));
    return Math.round(ceiling * (1 - jitter) + ceiling * jitter * unit);
}
