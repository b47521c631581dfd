/**
 * How a tab asks for the one lock that says "this tab owns the phone line":
 *
 * - `if-free`: the lock now, or `null` at once when another tab holds it;
 * - `wait`: the lock once the tab holding it lets go (it released it, closed, reloaded or crashed), or `null`
 *   when the signal aborts first;
 * - `steal`: the lock now, whoever holds it; that tab hears {@link HeldTabLock.lost}.
 *
 * @public
 */
export type TabLockMode = 'if-free' | 'wait' | 'steal';

/**
 * The lock while this tab holds it.
 *
 * @public
 */
export interface HeldTabLock {
    /** Resolves when this tab lost the lock without releasing it: another tab stole it. */
    readonly lost: Promise<void>;
    /** Lets go of the lock; the next waiting tab gets it. Calling it again does nothing. */
    release(): void;
}

/**
 * One named lock shared by the tabs of a browser profile. Implemented over the Web Locks API
 * ({@link WebLocksTabLock}) or, where that is missing, over BroadcastChannel ({@link BroadcastChannelTabLock}).
 *
 * @public
 */
export interface TabLock {
    /** Which browser feature coordinates the tabs, for diagnostics. */
    readonly mechanism: 'web-locks' | 'broadcast-channel';
    /** Asks for the lock; never rejects (a failure resolves `null` and is reported to the lock's owner). */
    acquire(mode: TabLockMode, signal?: AbortSignal): Promise<HeldTabLock | null>;
    /** Stops answering other tabs and releases what this tab holds. */
    dispose(): void;
}
