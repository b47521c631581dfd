import type { HeldTabLock, TabLock, TabLockMode } from './tab-lock';
import { definedFields } from '../object';

/** The options of `navigator.locks.request` the softphone uses. */
export interface LockRequestOptions {
    readonly mode?: 'exclusive';
    readonly ifAvailable?: boolean;
    readonly steal?: boolean;
    readonly signal?: AbortSignal;
}

/**
 * The slice of the Web Locks API (`navigator.locks`) the softphone uses; tests pass a fake.
 *
 * @public
 */
export interface LockManagerLike {
    request(
        name: string,
        options: LockRequestOptions,
        callback: (lock: unknown) => unknown
    ): Promise<unknown>;
}

/**
 * {@link TabLock} over the Web Locks API. The browser does the hard part: a lock is released when its tab
 * closes, reloads or crashes, and waiting requests are granted in order.
 *
 * A held lock stays held until {@link HeldTabLock.release}: the request's callback returns a promise that
 * settles only then. When another tab steals it, the browser rejects this tab's request with an `AbortError`,
 * which resolves {@link HeldTabLock.lost}.
 *
 * @public
 */
export class WebLocksTabLock implements TabLock {
    readonly mechanism = 'web-locks';
    readonly #held = new Set<() => void>();

    readonly #locks: LockManagerLike;
    readonly #name: string;
    readonly #onProblem: (message: string) => void;
    constructor(
        locks: LockManagerLike,
        name: string,
        onProblem: (message: string) => void = () => undefined
    ) {
        this.#locks = locks;
        this.#name = name;
        this.#onProblem = onProblem;
    }

    acquire(mode: TabLockMode, signal?: AbortSignal): Promise<HeldTabLock | null> {
        return new Promise((resolve) => {
            let granted = false;
            let markLost: () => void = () => undefined;
            const lost = new Promise<void>((done) => {
                markLost = done;
            });
            let releaseHold: () => void = () => undefined;
            const hold = new Promise<void>((done) => {
                releaseHold = done;
            });
            const release = (): void => {
                this.#held.delete(release);
                releaseHold();
            };
            const options: LockRequestOptions =
                mode === 'if-free'
                    ? { mode: 'exclusive', ifAvailable: true }
                    : mode === 'steal'
                      ? { mode: 'exclusive', steal: true }
                      : { mode: 'exclusive', ...definedFields({ signal }) };
            let request: Promise<unknown>;
            try {
                request = this.#locks.request(this.#name, options, (lock) => {
                    if (lock === null || lock === undefined) {
                        resolve(null);
                        return undefined;
                    }
                    granted = true;
                    this.#held.add(release);
                    resolve({ lost, release });
                    return hold;
                });
            } catch (error) {
                this.#onProblem(`navigator.locks.request failed: ${String(error)}`);
                resolve(null);
                return;
            }
            request.then(
                () => undefined,
                (error: unknown) => {
                    if (granted) {
                        // Stolen by another tab (AbortError) while held.
                        this.#held.delete(release);
                        markLost();
                    } else {
                        const aborted =
                            typeof error === 'object' &&
                            error !== null &&
                            (error as { name?: unknown }).name === 'AbortError';
                        if (!aborted) this.#onProblem(`navigator.locks.request failed: ${String(error)}`);
                        resolve(null);
                    }
                }
            );
        });
    }

    dispose(): void {
        for (const release of [...this.#held]) release();
    }
}
