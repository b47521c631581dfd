import type { Clock, TimerHandle } from '../time';
import type { CallLogDraft, CallLogEntry } from './call-log-entry';
import { TASK_CALL_OBJECT_MAX_LENGTH } from './call-log-fields';
import type { CallLogFields } from './call-log-fields';
import type { CallLogQueueSnapshot, FlushSummary, PendingCallLog } from './call-log-queue-snapshot';
import { CallLogWriteError } from './call-log-write-error';
import type { CallLogWriter } from './call-log-writer';
import { InvalidCallLogError } from './invalid-call-log-error';
import type { LogStore, LogStoreLoad } from './log-store';
import { DEFAULT_BACKOFF, backoffDelay } from './retry-backoff';
import type { BackoffPolicy } from './retry-backoff';
import { definedFields } from '../object';

/** A write that has not settled after this long counts as failed (the entry stays queued). */
export const DEFAULT_WRITE_TIMEOUT_MS = 60_000;
/** After browser storage refused entries, saving is tried again this often (and on every change). */
export const DEFAULT_STORAGE_RETRY_MS = 30_000;
/** How long {@link CallLogQueue.suspend} waits for a write in flight before it abandons it. */
export const DEFAULT_SUSPEND_WAIT_MS = 3_000;

/**
 * Options for {@link CallLogQueue}.
 *
 * @public
 */
export interface CallLogQueueOptions {
    readonly store: LogStore;
    readonly writer: CallLogWriter;
    /** Every delay (backoff, time-outs, storage retries) runs on it. */
    readonly clock: Clock;
    /** Defaults to {@link DEFAULT_BACKOFF} (2 s doubling to 5 min, 50 % jitter). */
    readonly backoff?: Partial<BackoffPolicy>;
    /** Source of jitter in [0, 1); `Math.random` by default. */
    readonly random?: () => number;
    /** Defaults to {@link DEFAULT_WRITE_TIMEOUT_MS}. */
    readonly writeTimeoutMs?: number;
    /** Defaults to {@link DEFAULT_STORAGE_RETRY_MS}. */
    readonly storageRetryMs?: number;
    /** Defaults to {@link DEFAULT_SUSPEND_WAIT_MS}. */
    readonly suspendWaitMs?: number;
    /**
     * Starts suspended: the store is neither read nor written until {@link CallLogQueue.resume}. For a tab that
     * does not own the phone line yet (another tab's queue is working on the same storage).
     */
    readonly startSuspended?: boolean;
}

/** Options of {@link CallLogQueue.enqueue}. */
export interface EnqueueOptions {
    /**
     * Stores the provisional log of a call still going on without writing it: a later enqueue for the call (its final log)
     * or {@link CallLogQueue.release} sends it, and so does the next page load if this one goes away first.
     */
    readonly provisional?: boolean;
    /**
     * With `provisional`: the next page load keeps the log unsent until this time (epoch ms), for the page to
     * restore the call (its wrap-up) and send the final log itself; after it, that page load writes it.
     */
    readonly provisionalUntil?: number;
}

/** Listener of {@link CallLogQueue.subscribe}. */
export type CallLogQueueListener = (snapshot: CallLogQueueSnapshot) => void;

const EMPTY_SUMMARY: FlushSummary = { written: 0, failed: 0, remaining: 0 };

/**
 * The entry with `provisional` set (and `provisionalUntil` when given), or without those keys when it is not
 * provisional.
 */
function withProvisional(entry: CallLogEntry, provisional: boolean, provisionalUntil?: number): CallLogEntry {
    const rest = Object.fromEntries(
        Object.entries(entry).filter(([key]) => key !== 'provisional' && key !== 'provisionalUntil')
    ) as unknown as CallLogEntry;
    if (!provisional)
        return entry.provisional === undefined && entry.provisionalUntil === undefined ? entry : rest;
    return { ...rest, provisional: true, ...definedFields({ provisionalUntil }) };
}

function describe(error: unknown): string {
    if (error instanceof Error) return error.message;
    if (typeof error === 'string') return error;
    try {
        return JSON.stringify(error);
    } catch {
        return String(error);
    }
}

/** Fields of `update` win; optional fields it leaves out keep their earlier values. */
function mergeFields(earlier: CallLogFields, update: CallLogFields): CallLogFields {
    const merged: Record<string, unknown> = { ...earlier };
    for (const [name, value] of Object.entries(update)) {
        if (value !== undefined) merged[name] = value;
    }
    return merged as unknown as CallLogFields;
}

/**
 * The one durable queue every call log goes through.
 *
 * - `enqueue` saves the entry to the {@link LogStore} before anything is sent; a second enqueue for the same
 *   call id merges into the pending entry, so there is never more than one entry (and one record) per call.
 * - `flush` writes due entries one at a time, oldest first, through the {@link CallLogWriter}. An entry is
 *   removed only when its write succeeded. A failure (or no answer within the write time-out) gives the entry
 *   its own exponential backoff with jitter, and pauses the whole queue with the same backoff counted over
 *   failures in a row, so an outage costs one try per backoff step, not one per entry; the first success
 *   resets the pause and the rest drain.
 * - A new queue over the same store (a page reload) picks up what was left and flushes it at once. Because the writer
 *   is idempotent by call id, an entry whose write succeeded just before a reload is written again as an
 *   update, never as a second record.
 * - Only one flush runs at a time; entries enqueued during a flush are written by it. When browser storage is
 *   full or unavailable, entries stay in memory, the problem is reported in the snapshot, and saving is tried
 *   again on a timer and on every change.
 * - A call still going on is enqueued as `provisional`: stored at once, written only when its final log replaces it
 *   (or {@link CallLogQueue.release}). A provisional entry found at load belongs to a page that went away during the
 *   call or its wrap-up, so it is released and written as it stands, unless it was provisional until a time
 *   still to come (`provisionalUntil`): that page load restores the wrap-up and sends the final log itself.
 * - Only one tab writes: a queue can be suspended (it finishes or abandons its write in flight and stops
 *   touching the store) and resumed (it reads the store again), as the tab that owns the phone line changes.
 *
 * @public
 */
export class CallLogQueue {
    readonly #store: LogStore;
    readonly #writer: CallLogWriter;
    readonly #clock: Clock;
    readonly #backoff: BackoffPolicy;
    readonly #random: () => number;
    readonly #writeTimeoutMs: number;
    readonly #storageRetryMs: number;
    readonly #suspendWaitMs: number;

    readonly #entries = new Map<string, CallLogEntry>();
    readonly #listeners = new Set<CallLogQueueListener>();
    #activeFlush: Promise<FlushSummary> | undefined;
    #sendingCallId: string | undefined;
    #abortWrite: ((reason: Error) => void) | undefined;
    #consecutiveFailures = 0;
    #pausedUntil = 0;
    #wakeTimer: TimerHandle | undefined;
    #storageTimer: TimerHandle | undefined;
    #storageProblem: string | null = null;
    #loadProblem: string | null = null;
    #suspended = false;
    /** Suspended and done: the store belongs to another tab's queue. */
    #detached = false;
    #disposed = false;

    /**
     * Loads what the store holds and starts writing it: stored entries are due at once (their attempts and
     * last error are kept), so a reload retries immediately; failures back off as usual from there.
     */
    constructor(options: CallLogQueueOptions) {
        this.#store = options.store;
        this.#writer = options.writer;
        this.#clock = options.clock;
        this.#backoff = { ...DEFAULT_BACKOFF, ...options.backoff };
        this.#random = options.random ?? Math.random;
        this.#writeTimeoutMs = options.writeTimeoutMs ?? DEFAULT_WRITE_TIMEOUT_MS;
        this.#storageRetryMs = options.storageRetryMs ?? DEFAULT_STORAGE_RETRY_MS;
        this.#suspendWaitMs = options.suspendWaitMs ?? DEFAULT_SUSPEND_WAIT_MS;
        if (options.startSuspended === true) {
            this.#suspended = true;
            this.#detached = true;
            return;
        }
        this.#loadFromStore();
        this.#scheduleWakeUp(true);
    }

    /**
     * Reads the store: every entry is due at once (a reload may have been the agent's fix; attempts and last
     * error are kept), and provisional entries are released, since the page that stored them is gone, except those kept
     * until a time still to come (see {@link EnqueueOptions.provisionalUntil}).
     */
    #loadFromStore(): void {
        let loaded: LogStoreLoad;
        try {
            loaded = this.#store.load();
        } catch (error) {
            loaded = { entries: [], problem: `stored call logs could not be read (${describe(error)})` };
        }
        const now = this.#clock.now();
        let released = false;
        for (const stored of loaded.entries) {
            const known = this.#entries.get(stored.callId);
            if (known && known.updatedAt >= stored.updatedAt) continue;
            // A log provisional until later stays so: this page load restores its call (a wrap-up) and finishes it.
            const keep = stored.provisional === true && (stored.provisionalUntil ?? 0) > now;
            released ||= stored.provisional === true && !keep;
            this.#entries.set(
                stored.callId,
                keep
                    ? stored
                    : withProvisional(
                          { ...stored, nextAttemptAt: Math.min(stored.nextAttemptAt, now) },
                          false
                      )
            );
        }
        this.#loadProblem = loaded.problem ?? null;
        if (this.#loadProblem !== null || released) this.#persist();
    }

    /**
     * Queues a call log, or merges it into the pending log of the same call (its fields win; optional fields
     * it leaves out keep their values). The entry is saved to the store before this returns, and before any
     * write starts.
     *
     * @returns the queued entry
     * @throws InvalidCallLogError when the call id is blank or too long for `Task.CallObject`
     * @throws InvalidCallLogError when the queue was disposed
     */
    enqueue(draft: CallLogDraft, options: EnqueueOptions = {}): CallLogEntry {
        if (this.#disposed) throw new InvalidCallLogError('The call log queue was disposed.');
        const callId = draft.callId.trim();
        if (callId === '' || callId.length > TASK_CALL_OBJECT_MAX_LENGTH) {
            throw new InvalidCallLogError(
                `A call log needs a call id of 1 to ${TASK_CALL_OBJECT_MAX_LENGTH} characters (Task.CallObject).`
            );
        }
        const now = this.#clock.now();
        const earlier = this.#entries.get(callId);
        const provisional = options.provisional === true;
        // A provisional entry was never sent, so the call's newer log replaces it whole (a cleared note stays cleared);
        // once released, an entry may have been written, and later logs only update it.
        const entry: CallLogEntry = earlier
            ? withProvisional(
                  {
                      ...earlier,
                      logObject: draft.logObject,
                      phoneNumber: draft.phoneNumber || earlier.phoneNumber,
                      fields:
                          earlier.provisional === true
                              ? draft.fields
                              : mergeFields(earlier.fields, draft.fields),
                      nextAttemptAt: now,
                      updatedAt: now,
                      revision: earlier.revision + 1
                  },
                  earlier.provisional === true && provisional,
                  options.provisionalUntil
              )
            : withProvisional(
                  {
                      callId,
                      logObject: draft.logObject,
                      phoneNumber: draft.phoneNumber,
                      fields: draft.fields,
                      attempts: 0,
                      nextAttemptAt: now,
                      lastError: null,
                      createdAt: now,
                      updatedAt: now,
                      revision: 1
                  },
                  provisional,
                  options.provisionalUntil
              );
        this.#entries.set(callId, entry);
        this.#persist();
        this.#notify();
        this.#scheduleWakeUp(true);
        return entry;
    }

    /**
     * Writes every due entry, one at a time, oldest first, and resolves when nothing more is due or a write
     * failed. While a flush runs, calling it again returns the running one (which also writes entries queued
     * meanwhile). Never rejects.
     */
    flush(): Promise<FlushSummary> {
        if (this.#disposed || (this.#suspended && this.#activeFlush === undefined))
            return Promise.resolve({ ...EMPTY_SUMMARY, remaining: this.#entries.size });
        if (this.#activeFlush === undefined) {
            this.#activeFlush = Promise.resolve().then(() => this.#drain());
            this.#notify();
        }
        return this.#activeFlush;
    }

    /**
     * The agent's "retry now": ends every backoff and the queue's pause, then flushes.
     */
    retryNow(): Promise<FlushSummary> {
        if (this.#disposed) return this.flush();
        const now = this.#clock.now();
        this.#consecutiveFailures = 0;
        this.#pausedUntil = 0;
        for (const [callId, entry] of this.#entries) {
            if (entry.nextAttemptAt > now) this.#entries.set(callId, { ...entry, nextAttemptAt: now });
        }
        this.#persist();
        this.#notify();
        return this.flush();
    }

    /**
     * Sends a provisional log as it stands (the call's final log usually does this by replacing it). Does nothing for
     * a call without a provisional log.
     */
    release(callId: string): void {
        const entry = this.#entries.get(callId);
        if (this.#disposed || entry?.provisional !== true) return;
        this.#entries.set(callId, withProvisional({ ...entry, nextAttemptAt: this.#clock.now() }, false));
        this.#persist();
        this.#notify();
        this.#scheduleWakeUp(true);
    }

    /** Call ids whose log is provisional (the call is still going on), oldest first. */
    provisionalCallIds(): readonly string[] {
        return [...this.#entries.values()]
            .filter((entry) => entry.provisional === true)
            .sort((a, b) => a.createdAt - b.createdAt)
            .map((entry) => entry.callId);
    }

    /**
     * Stops writing: waits for a write in flight (at most the suspend wait, then abandons it; its entry stays
     * stored), then leaves the store alone, so that another tab's queue can work on it. Entries that reached
     * the store are dropped from memory; that tab has them now.
     */
    async suspend(): Promise<void> {
        if (this.#disposed || this.#suspended) return;
        this.#suspended = true;
        if (this.#wakeTimer !== undefined) this.#clock.clearTimer(this.#wakeTimer);
        this.#wakeTimer = undefined;
        const running = this.#activeFlush;
        if (running) {
            let timer: TimerHandle | undefined;
            const waited = new Promise<void>((done) => {
                timer = this.#clock.setTimer(done, this.#suspendWaitMs);
            });
            await Promise.race([running, waited]);
            if (timer !== undefined) this.#clock.clearTimer(timer);
            this.#abortWrite?.(
                new CallLogWriteError('The call log write was left to the tab that took over.')
            );
            await running;
        }
        if (this.#storageTimer !== undefined) this.#clock.clearTimer(this.#storageTimer);
        this.#storageTimer = undefined;
        this.#detached = true;
        if (this.#storageProblem === null) this.#entries.clear();
        this.#notify();
    }

    /** Works on the store again after {@link suspend} (or a suspended start): reads it and writes what is due. */
    resume(): void {
        if (this.#disposed || !this.#suspended) return;
        this.#suspended = false;
        this.#detached = false;
        this.#loadFromStore();
        this.#notify();
        this.#scheduleWakeUp(true);
    }

    /** The waiting call logs, oldest first; provisional logs (calls still going on) are not waiting yet. */
    pending(): readonly PendingCallLog[] {
        return [...this.#entries.values()]
            .filter((entry) => entry.provisional !== true)
            .sort((a, b) => a.createdAt - b.createdAt)
            .map((entry) => ({
                callId: entry.callId,
                logObject: entry.logObject,
                subject: entry.fields.Subject,
                phoneNumber: entry.phoneNumber,
                attempts: entry.attempts,
                lastError: entry.lastError,
                nextAttemptAt: Math.max(entry.nextAttemptAt, this.#pausedUntil),
                createdAt: entry.createdAt,
                sending: entry.callId === this.#sendingCallId
            }));
    }

    /** The queue as the UI shows it. */
    snapshot(): CallLogQueueSnapshot {
        return {
            pending: this.pending(),
            storageProblem: this.#storageProblem,
            loadProblem: this.#loadProblem,
            flushing: this.#activeFlush !== undefined
        };
    }

    /**
     * Calls `listener` with a new snapshot after every change (enqueue, write started, written, failed,
     * storage problem). A listener that throws does not stop the queue; its error is rethrown asynchronously.
     *
     * @returns a function that unsubscribes
     */
    subscribe(listener: CallLogQueueListener): () => void {
        this.#listeners.add(listener);
        return () => {
            this.#listeners.delete(listener);
        };
    }

    /**
     * Stops the queue: clears every timer, drops listeners, and abandons a write in flight (its entry stays in
     * the store for the next queue). Entries are never removed by a disposed queue.
     */
    dispose(): void {
        if (this.#disposed) return;
        this.#disposed = true;
        if (this.#wakeTimer !== undefined) this.#clock.clearTimer(this.#wakeTimer);
        if (this.#storageTimer !== undefined) this.#clock.clearTimer(this.#storageTimer);
        this.#wakeTimer = undefined;
        this.#storageTimer = undefined;
        this.#abortWrite?.(new CallLogWriteError('The call log queue was disposed.'));
        this.#listeners.clear();
    }

    /** One flush: due entries in order until none is due, a write fails, or the queue is disposed. */
    async #drain(): Promise<FlushSummary> {
        let written = 0;
        let failed = 0;
        const tried = new Set<string>();
        try {
            for (;;) {
                const next = this.#disposed || this.#suspended ? undefined : this.#nextDue(tried);
                if (next === undefined) break;
                tried.add(`${next.callId}#${next.revision}`);
                if (await this.#attempt(next)) {
                    written += 1;
                } else {
                    failed += 1;
                    break;
                }
            }
        } finally {
            this.#activeFlush = undefined;
            this.#scheduleWakeUp(false);
            this.#notify();
        }
        return { written, failed, remaining: this.#entries.size };
    }

    /** The oldest due entry not yet tried in this flush, unless the queue is paused. */
    #nextDue(tried: ReadonlySet<string>): CallLogEntry | undefined {
        const now = this.#clock.now();
        if (now < this.#pausedUntil) return undefined;
        let best: CallLogEntry | undefined;
        for (const entry of this.#entries.values()) {
            if (entry.provisional === true) continue;
            if (entry.nextAttemptAt > now || tried.has(`${entry.callId}#${entry.revision}`)) continue;
            if (
                best === undefined ||
                entry.nextAttemptAt < best.nextAttemptAt ||
                (entry.nextAttemptAt === best.nextAttemptAt && entry.createdAt < best.createdAt)
            ) {
                best = entry;
            }
        }
        return best;
    }

    /** Writes one entry and records the outcome; true when it was written. */
    async #attempt(entry: CallLogEntry): Promise<boolean> {
        this.#sendingCallId = entry.callId;
        this.#notify();
        let failure: unknown;
        let ok = false;
        try {
            await this.#writeWithTimeout(entry);
            ok = true;
        } catch (error) {
            failure = error;
        } finally {
            this.#sendingCallId = undefined;
        }
        if (this.#disposed) return ok;

        const now = this.#clock.now();
        const current = this.#entries.get(entry.callId);
        if (ok) {
            this.#consecutiveFailures = 0;
            this.#pausedUntil = 0;
            if (current?.revision === entry.revision) {
                this.#entries.delete(entry.callId);
            } else if (current) {
                // Updated while the write was in flight: keep it, due now, so the update is written too.
                this.#entries.set(entry.callId, { ...current, lastError: null, nextAttemptAt: now });
            }
        } else {
            this.#consecutiveFailures += 1;
            this.#pausedUntil = now + backoffDelay(this.#consecutiveFailures, this.#backoff, this.#random);
            if (current) {
                const attempts = current.attempts + 1;
                this.#entries.set(entry.callId, {
                    ...current,
                    attempts,
                    lastError: describe(failure),
                    nextAttemptAt: now + backoffDelay(attempts, this.#backoff, this.#random),
                    updatedAt: now
                });
            }
        }
        this.#persist();
        this.#notify();
        return ok;
    }

    /** The writer's promise, failed after the write time-out or on dispose. */
    #writeWithTimeout(entry: CallLogEntry): Promise<unknown> {
        return new Promise((resolve, reject) => {
            let settled = false;
            const settle = (action: () => void): void => {
                if (settled) return;
                settled = true;
                this.#clock.clearTimer(timer);
                this.#abortWrite = undefined;
                action();
            };
            const timer = this.#clock.setTimer(
                () =>
                    settle(() =>
                        reject(
                            new CallLogWriteError(
                                `The call log write got no answer within ${this.#writeTimeoutMs} ms.`
                            )
                        )
                    ),
                this.#writeTimeoutMs
            );
            this.#abortWrite = (reason) => settle(() => reject(reason));
            let write: Promise<unknown>;
            try {
                write = this.#writer.write(entry);
            } catch (error) {
                write = Promise.reject(error);
            }
            write.then(
                (result) => settle(() => resolve(result)),
                (error: unknown) => settle(() => reject(error))
            );
        });
    }

    /** Saves every entry; on failure keeps them in memory, reports why, and retries on a timer. */
    #persist(): void {
        if (this.#disposed || this.#detached) return;
        try {
            this.#store.save([...this.#entries.values()]);
        } catch (error) {
            this.#storageProblem = describe(error);
            if (this.#storageTimer === undefined) {
                this.#storageTimer = this.#clock.setTimer(() => {
                    this.#storageTimer = undefined;
                    this.#persist();
                    this.#notify();
                }, this.#storageRetryMs);
            }
            return;
        }
        this.#storageProblem = null;
        if (this.#storageTimer !== undefined) {
            this.#clock.clearTimer(this.#storageTimer);
            this.#storageTimer = undefined;
        }
    }

    /**
     * Arranges the next flush: at once when something is due and `immediate`, otherwise on a timer at the
     * earliest time an entry becomes due. Does nothing while a flush runs (it reschedules when it ends).
     */
    #scheduleWakeUp(immediate: boolean): void {
        if (this.#disposed) return;
        if (this.#wakeTimer !== undefined) {
            this.#clock.clearTimer(this.#wakeTimer);
            this.#wakeTimer = undefined;
        }
        if (this.#suspended || this.#activeFlush !== undefined) return;
        let earliest = Number.POSITIVE_INFINITY;
        for (const entry of this.#entries.values()) {
            if (entry.provisional === true) continue;
            earliest = Math.min(earliest, Math.max(entry.nextAttemptAt, this.#pausedUntil));
        }
        if (earliest === Number.POSITIVE_INFINITY) return;
        const delay = Math.max(0, earliest - this.#clock.now());
        if (delay === 0 && immediate) {
            void this.flush();
            return;
        }
        this.#wakeTimer = this.#clock.setTimer(() => {
            this.#wakeTimer = undefined;
            void this.flush();
        }, delay);
    }

    #notify(): void {
        if (this.#listeners.size === 0) return;
        const snapshot = this.snapshot();
        for (const listener of [...this.#listeners]) {
            try {
                listener(snapshot);
            } catch (error) {
                queueMicrotask(() => {
                    throw error;
                });
            }
        }
    }
}
