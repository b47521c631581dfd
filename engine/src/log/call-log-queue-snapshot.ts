import type { LogObject } from '../settings';

/**
 * One call log still waiting to be written, as the agent's pending list shows it.
 *
 * @public
 */
export interface PendingCallLog {
    readonly callId: string;
    readonly logObject: LogObject;
    readonly subject: string;
    readonly phoneNumber: string;
    /** Failed writes so far. */
    readonly attempts: number;
    /** Why the last write failed, or null. */
    readonly lastError: string | null;
    /** Epoch ms of the next automatic try (the later of the entry's own backoff and the queue's pause). */
    readonly nextAttemptAt: number;
    readonly createdAt: number;
    /** True while a write of this log is in flight. */
    readonly sending: boolean;
}

/**
 * Everything the UI needs about the queue, sent to subscribers after every change.
 *
 * @public
 */
export interface CallLogQueueSnapshot {
    /** Oldest first. */
    readonly pending: readonly PendingCallLog[];
    /** Why entries cannot be saved to browser storage right now (they are kept in memory), or null. */
    readonly storageProblem: string | null;
    /** What went wrong reading stored entries at start (e.g. corrupt data set aside), or null. */
    readonly loadProblem: string | null;
    /** True while a flush is running. */
    readonly flushing: boolean;
}

/** What one flush did. */
export interface FlushSummary {
    /** Entries written (and removed, unless updated meanwhile). */
    readonly written: number;
    /** Writes that failed (0 or 1: a flush stops at the first failure). */
    readonly failed: number;
    /** Entries still queued when the flush ended. */
    readonly remaining: number;
}
