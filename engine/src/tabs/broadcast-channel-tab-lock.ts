import type { Clock, TimerHandle } from '../time';
import { numberField, textField } from './tab-channel';
import type { TabChannel } from './tab-channel';
import type { HeldTabLock, TabLock, TabLockMode } from './tab-lock';

/** Timings of {@link BroadcastChannelTabLock}, in ms. */
export interface BroadcastLockTimings {
    /** How long a claim waits for a tab that holds the lock (or claims it first) to object. */
    readonly settleMs: number;
    /** How often a waiting tab claims again (the holder objects while it lives). */
    readonly retryMs: number;
    /** Up to this much random delay before claiming a lock just freed, so waiting tabs do not collide. */
    readonly jitterMs: number;
}

export const DEFAULT_BROADCAST_LOCK_TIMINGS: BroadcastLockTimings = {
    settleMs: 300,
    retryMs: 2000,
    jitterMs: 200
};

/** Options for {@link BroadcastChannelTabLock}. */
export interface BroadcastChannelTabLockOptions {
    /** The lock's own channel; the lock closes it on dispose. */
    readonly channel: TabChannel;
    readonly clock: Clock;
    /** This tab's id, unique among the tabs; breaks ties between claims made at the same millisecond. */
    readonly tabId: string;
    readonly timings?: Partial<BroadcastLockTimings>;
    /** Source of jitter in [0, 1). */
    readonly random?: () => number;
}

/** A tab's claim to the lock. A higher epoch (a steal) wins, then the earlier claim, then the lower tab id. */
interface Claim {
    readonly epoch: number;
    readonly since: number;
    readonly from: string;
}

type LockMessageType = 'claim' | 'held' | 'steal' | 'free';
const MESSAGE_KIND = 'softphone-tab-lock';
const TYPES: readonly LockMessageType[] = ['claim', 'held', 'steal', 'free'];

function beats(a: Claim, b: Claim): boolean {
    if (a.epoch !== b.epoch) return a.epoch > b.epoch;
    if (a.since !== b.since) return a.since < b.since;
    return a.from < b.from;
}

interface Holding {
    readonly claim: Claim;
    readonly markLost: () => void;
}

interface Attempt {
    readonly claim: Claim;
    beaten: boolean;
}

interface Waiter {
    readonly resolve: (held: HeldTabLock | null) => void;
    readonly signal: AbortSignal | undefined;
    readonly onAbort: () => void;
}

/**
 * {@link TabLock} for browsers without the Web Locks API, by agreement over a BroadcastChannel.
 *
 * A tab claims the lock and waits {@link BroadcastLockTimings.settleMs}: the tab that holds it (or an earlier
 * claim) objects, and the claim fails; otherwise the lock is this tab's. The holder objects to every claim
 * for as long as it lives, so a tab that crashed or was closed without a word stops objecting and a waiting
 * tab, which claims again every {@link BroadcastLockTimings.retryMs}, takes over; a tab that closes normally
 * says `free` and the next one claims at once. A steal raises the epoch, which beats any older claim.
 *
 * @public
 */
export class BroadcastChannelTabLock implements TabLock {
    readonly mechanism = 'broadcast-channel';
    readonly #channel: TabChannel;
    readonly #clock: Clock;
    readonly #tabId: string;
    readonly #timings: BroadcastLockTimings;
    readonly #random: () => number;
    readonly #unsubscribe: () => void;
    #holding: Holding | undefined;
    #attempt: Attempt | undefined;
    readonly #waiters = new Set<Waiter>();
    #retryTimer: TimerHandle | undefined;
    #maxEpoch = 0;
    #disposed = false;

    constructor(options: BroadcastChannelTabLockOptions) {
        this.#channel = options.channel;
        this.#clock = options.clock;
        this.#tabId = options.tabId;
        this.#timings = { ...DEFAULT_BROADCAST_LOCK_TIMINGS, ...options.timings };
        this.#random = options.random ?? Math.random;
        this.#unsubscribe = this.#channel.subscribe((message) => this.#receive(message));
    }

    async acquire(mode: TabLockMode, signal?: AbortSignal): Promise<HeldTabLock | null> {
        if (this.#disposed || this.#holding) return null;
        if (mode === 'steal') return this.#steal();
        if (mode === 'if-free') return this.#tryClaim();
        if (signal?.aborted) return null;
        return new Promise((resolve) => {
            const waiter: Waiter = {
                resolve: (held) => {
                    this.#waiters.delete(waiter);
                    signal?.removeEventListener('abort', waiter.onAbort);
                    resolve(held);
                },
                signal,
                onAbort: () => waiter.resolve(null)
            };
            signal?.addEventListener('abort', waiter.onAbort);
            this.#waiters.add(waiter);
            this.#scheduleRetry(0);
        });
    }

    dispose(): void {
        if (this.#disposed) return;
        if (this.#holding) this.#post('free', this.#holding.claim);
        this.#holding = undefined;
        this.#disposed = true;
        for (const waiter of [...this.#waiters]) waiter.resolve(null);
        if (this.#retryTimer !== undefined) this.#clock.clearTimer(this.#retryTimer);
        this.#retryTimer = undefined;
        this.#unsubscribe();
        this.#channel.close();
    }

    #steal(): HeldTabLock {
        this.#maxEpoch += 1;
        const claim: Claim = { epoch: this.#maxEpoch, since: this.#clock.now(), from: this.#tabId };
        this.#post('steal', claim);
        return this.#hold(claim);
    }

    /** One claim: the lock when no tab objected within the settle time, else null. */
    async #tryClaim(): Promise<HeldTabLock | null> {
        if (this.#attempt) return null;
        const attempt: Attempt = {
            claim: { epoch: this.#maxEpoch, since: this.#clock.now(), from: this.#tabId },
            beaten: false
        };
        this.#attempt = attempt;
        this.#post('claim', attempt.claim);
        await new Promise<void>((done) => this.#clock.setTimer(done, this.#timings.settleMs));
        this.#attempt = undefined;
        if (attempt.beaten || this.#disposed || this.#holding) return null;
        this.#post('held', attempt.claim);
        return this.#hold(attempt.claim);
    }

    #hold(claim: Claim): HeldTabLock {
        let markLost: () => void = () => undefined;
        const lost = new Promise<void>((done) => {
            markLost = done;
        });
        const holding: Holding = { claim, markLost };
        this.#holding = holding;
        return {
            lost,
            release: () => {
                if (this.#holding !== holding) return;
                this.#holding = undefined;
                this.#post('free', claim);
            }
        };
    }

    #scheduleRetry(delay: number): void {
        if (this.#disposed || this.#waiters.size === 0 || this.#retryTimer !== undefined) return;
        this.#retryTimer = this.#clock.setTimer(() => {
            this.#retryTimer = undefined;
            void this.#retryForWaiters();
        }, delay);
    }

    async #retryForWaiters(): Promise<void> {
        if (this.#waiters.size === 0) return;
        const held = await this.#tryClaim();
        const waiter = [...this.#waiters][0];
        if (held && waiter) {
            waiter.resolve(held);
        } else if (held) {
            held.release();
        }
        this.#scheduleRetry(this.#timings.retryMs);
    }

    #receive(message: unknown): void {
        if (this.#disposed || textField(message, 'kind') !== MESSAGE_KIND) return;
        const type = TYPES.find((candidate) => candidate === textField(message, 'type'));
        const from = textField(message, 'from');
        const epoch = numberField(message, 'epoch');
        const since = numberField(message, 'since');
        if (type === undefined || from === undefined || epoch === undefined || since === undefined) return;
        if (from === this.#tabId) return;
        this.#maxEpoch = Math.max(this.#maxEpoch, epoch);
        const other: Claim = { epoch, since, from };
        if (type === 'free') {
            if (this.#waiters.size > 0 && this.#retryTimer !== undefined) {
                this.#clock.clearTimer(this.#retryTimer);
                this.#retryTimer = undefined;
            }
            this.#scheduleRetry(Math.floor(this.#random() * this.#timings.jitterMs));
            return;
        }
        const holding = this.#holding;
        if (holding) {
            // A claim never beats the holder unless it carries a newer epoch (it saw a steal we missed);
            // between two tabs that both believe they hold the lock, the better claim wins.
            const loses =
                type === 'steal' ||
                other.epoch > holding.claim.epoch ||
                (type === 'held' && beats(other, holding.claim));
            if (loses) {
                this.#holding = undefined;
                holding.markLost();
            } else {
                // Still ours: tell the claimant (or a tab that believes it holds the lock) to stand down.
                this.#post('held', holding.claim);
            }
        }
        const attempt = this.#attempt;
        if (attempt && (type !== 'claim' || beats(other, attempt.claim))) attempt.beaten = true;
    }

    #post(type: LockMessageType, claim: Claim): void {
        if (this.#disposed) return;
        this.#channel.post({ kind: MESSAGE_KIND, type, ...claim });
    }
}
