import type { TabRole, TabView, TakeOverRefusal } from '../bridge';
import type { Clock, TimerHandle } from '../time';
import { textField } from './tab-channel';
import type { TabChannel } from './tab-channel';
import type { HeldTabLock, TabLock } from './tab-lock';
import { definedFields } from '../object';

/**
 * What the guard asks of the softphone. `becameOwner` and `release` are never called twice in a row: they
 * alternate, starting with `becameOwner`.
 *
 * @public
 */
export interface TabGuardDelegate {
    /** This tab now owns the phone line: start telephony (register, click-to-dial). */
    becameOwner(): void;
    /** Why this tab cannot hand the phone line over right now (a call on screen), or undefined. */
    handOverBlocker(): TakeOverRefusal | undefined;
    /** This tab gives the phone line up: unregister and release telephony. Resolves once it is done. */
    release(): Promise<void>;
    /** The tab's role or refusal changed. */
    changed(view: TabView): void;
}

/** Timings of {@link TabGuard}, in ms. */
export interface TabGuardTimings {
    /** How long a take-over waits for the owner tab to answer before it counts as refused (`no-answer`). */
    readonly answerMs: number;
    /** How long a tab that handed over waits for the new owner to take the lock before it owns it again. */
    readonly handOverMs: number;
}

export const DEFAULT_TAB_GUARD_TIMINGS: TabGuardTimings = { answerMs: 5000, handOverMs: 5000 };

/** Options for {@link TabGuard}. */
export interface TabGuardOptions {
    readonly lock: TabLock;
    /** The channel the take-over conversation runs on; the guard closes it on dispose. */
    readonly channel: TabChannel;
    readonly clock: Clock;
    readonly tabId: string;
    readonly delegate: TabGuardDelegate;
    readonly log: { warn(message: string): void; info(message: string): void };
    readonly timings?: Partial<TabGuardTimings>;
}

const MESSAGE_KIND = 'softphone-tab-guard';
const REFUSALS: readonly TakeOverRefusal[] = ['call-in-progress', 'no-answer'];

/**
 * One softphone per browser profile and user: the tab holding the {@link TabLock} owns the phone line
 * (registers with the phone system); every other tab stands by, waiting for the lock.
 *
 * - Closing, reloading or crashing the owner tab frees the lock, and a waiting tab becomes the owner.
 * - A standby tab can take over: it asks the owner over the channel; the owner refuses while a call is on its
 *   screen (`call-in-progress`), or unregisters first and then says `handed-over`, after which the new tab
 *   steals the lock. An owner that does not answer within {@link TabGuardTimings.answerMs} refuses by
 *   silence (`no-answer`). A tab that handed over and whose successor never took the lock owns it again.
 * - An owner that loses the lock without handing over (a steal it did not agree to) releases telephony at
 *   once, so two tabs never stay registered.
 *
 * @public
 */
export class TabGuard {
    readonly #lock: TabLock;
    readonly #channel: TabChannel;
    readonly #clock: Clock;
    readonly #tabId: string;
    readonly #delegate: TabGuardDelegate;
    readonly #log: TabGuardOptions['log'];
    readonly #timings: TabGuardTimings;
    readonly #unsubscribe: () => void;
    #role: TabRole = 'claiming';
    #refusal: TakeOverRefusal | undefined;
    #held: HeldTabLock | undefined;
    #waiting: AbortController | undefined;
    #request: { readonly id: string; readonly timer: TimerHandle } | undefined;
    #handOverTimer: TimerHandle | undefined;
    #ownsTelephony = false;
    #requests = 0;
    #disposed = false;

    constructor(options: TabGuardOptions) {
        this.#lock = options.lock;
        this.#channel = options.channel;
        this.#clock = options.clock;
        this.#tabId = options.tabId;
        this.#delegate = options.delegate;
        this.#log = options.log;
        this.#timings = { ...DEFAULT_TAB_GUARD_TIMINGS, ...options.timings };
        this.#unsubscribe = this.#channel.subscribe((message) => this.#receive(message));
    }

    /** The tab's part now. */
    view(): TabView {
        return { role: this.#role, ...definedFields({ refusal: this.#refusal }) };
    }

    /** Takes the lock if it is free, else stands by for it. Resolves once the tab is owner or standby. */
    async start(): Promise<TabView> {
        this.#delegate.changed(this.view());
        const held = await this.#lock.acquire('if-free');
        if (this.#disposed) {
            held?.release();
        } else if (held) {
            this.#own(held);
        } else {
            this.#log.info('The softphone is active in another tab; this tab stands by.');
            this.#standBy();
        }
        return this.view();
    }

    /**
     * Asks the owner tab for the phone line. Does nothing unless this tab stands by. The outcome arrives as a
     * role change (owner) or a refusal in the view.
     */
    takeOver(): void {
        if (this.#role !== 'standby' || this.#disposed) return;
        this.#requests += 1;
        const id = `${this.#tabId}#${this.#requests}`;
        const timer = this.#clock.setTimer(() => this.#refused(id, 'no-answer'), this.#timings.answerMs);
        this.#request = { id, timer };
        this.#refusal = undefined;
        this.#setRole('taking-over');
        this.#post({ type: 'take-over', from: this.#tabId, id });
    }

    /**
     * The page is going away (or the engine stops): lets go of the lock so that a waiting tab takes over, and
     * stops listening. Telephony is the caller's to stop.
     */
    dispose(): void {
        if (this.#disposed) return;
        this.#disposed = true;
        this.#clearTimers();
        this.#waiting?.abort();
        this.#held?.release();
        this.#held = undefined;
        this.#unsubscribe();
        this.#channel.close();
        this.#lock.dispose();
    }

    #own(held: HeldTabLock): void {
        this.#held = held;
        this.#refusal = undefined;
        void held.lost.then(() => this.#lost(held));
        this.#setRole('owner');
        this.#startTelephony();
    }

    #standBy(): void {
        this.#setRole('standby');
        const waiting = new AbortController();
        this.#waiting = waiting;
        void this.#lock.acquire('wait', waiting.signal).then((held) => {
            if (this.#waiting === waiting) this.#waiting = undefined;
            if (!held) return;
            if (this.#disposed || this.#held) {
                held.release();
                return;
            }
            this.#log.info('The tab that owned the softphone went away; this tab takes over.');
            this.#clearRequest();
            this.#own(held);
        });
    }

    /** The lock went to another tab: after our hand-over, or taken without asking. */
    #lost(held: HeldTabLock): void {
        if (this.#held !== held || this.#disposed) return;
        this.#held = undefined;
        if (this.#handOverTimer !== undefined) this.#clock.clearTimer(this.#handOverTimer);
        this.#handOverTimer = undefined;
        if (this.#role !== 'handing-over') this.#log.warn('Another tab took the softphone without asking.');
        void this.#stopTelephony();
        this.#standBy();
    }

    #receive(message: unknown): void {
        if (this.#disposed || textField(message, 'kind') !== MESSAGE_KIND) return;
        const type = textField(message, 'type');
        const id = textField(message, 'id');
        if (id === undefined) return;
        if (type === 'take-over') {
            const from = textField(message, 'from');
            if (from !== undefined && from !== this.#tabId) void this.#answerTakeOver(from, id);
        } else if (textField(message, 'to') !== this.#tabId || this.#request?.id !== id) {
            return;
        } else if (type === 'refused') {
            const reason = REFUSALS.find((candidate) => candidate === textField(message, 'reason'));
            this.#refused(id, reason ?? 'call-in-progress');
        } else if (type === 'handed-over') {
            void this.#takeLock(id);
        }
    }

    /** As owner: refuse while on a call, else unregister, then let the asking tab take the lock. */
    async #answerTakeOver(to: string, id: string): Promise<void> {
        if (this.#role !== 'owner' || !this.#held) return;
        const blocker = this.#delegate.handOverBlocker();
        if (blocker) {
            this.#log.info(`Refused to hand the softphone over to another tab: ${blocker}.`);
            this.#post({ type: 'refused', to, id, reason: blocker });
            return;
        }
        this.#setRole('handing-over');
        await this.#stopTelephony();
        if (this.#disposed || this.view().role !== 'handing-over') return;
        this.#post({ type: 'handed-over', to, id });
        this.#handOverTimer = this.#clock.setTimer(() => {
            this.#handOverTimer = undefined;
            if (this.#role !== 'handing-over' || !this.#held) return;
            this.#log.warn('The tab that asked for the softphone did not take it; this tab keeps it.');
            this.#setRole('owner');
            this.#startTelephony();
        }, this.#timings.handOverMs);
    }

    /** As the asking tab, once the owner unregistered: take the lock from it. */
    async #takeLock(id: string): Promise<void> {
        if (this.#role !== 'taking-over') return;
        this.#clearRequest();
        this.#waiting?.abort();
        this.#waiting = undefined;
        const held = await this.#lock.acquire('steal');
        if (this.#disposed) {
            held?.release();
            return;
        }
        if (!held) {
            this.#log.warn(`Could not take the softphone over (${id}).`);
            this.#standBy();
            return;
        }
        this.#own(held);
    }

    #refused(id: string, reason: TakeOverRefusal): void {
        if (this.#request?.id !== id || this.#role !== 'taking-over') return;
        this.#clearRequest();
        this.#refusal = reason;
        this.#setRole('standby');
    }

    #startTelephony(): void {
        if (this.#ownsTelephony) return;
        this.#ownsTelephony = true;
        try {
            this.#delegate.becameOwner();
        } catch (error) {
            this.#log.warn(`Starting telephony failed: ${String(error)}`);
        }
    }

    async #stopTelephony(): Promise<void> {
        if (!this.#ownsTelephony) return;
        this.#ownsTelephony = false;
        try {
            await this.#delegate.release();
        } catch (error) {
            this.#log.warn(`Releasing telephony failed: ${String(error)}`);
        }
    }

    #setRole(role: TabRole): void {
        this.#role = role;
        if (!this.#disposed) this.#delegate.changed(this.view());
    }

    #clearRequest(): void {
        if (this.#request) this.#clock.clearTimer(this.#request.timer);
        this.#request = undefined;
    }

    #clearTimers(): void {
        this.#clearRequest();
        if (this.#handOverTimer !== undefined) this.#clock.clearTimer(this.#handOverTimer);
        this.#handOverTimer = undefined;
    }

    #post(message: Record<string, string>): void {
        if (!this.#disposed) this.#channel.post({ kind: MESSAGE_KIND, ...message });
    }
}
