import type { LogObject } from '../settings';
import type { CallLogFields } from './call-log-fields';

/**
 * What the engine hands the queue for one call: the call id, the object to log it on and its fields.
 * Enqueueing a draft with the call id of a pending entry updates that entry.
 *
 * @public
 */
export interface CallLogDraft {
    /** The provider's unique call id; written to `Task.CallObject` and the key that makes logging idempotent. */
    readonly callId: string;
    /** `Task` by default; `VoiceCall` where the org has it (call center setting `logObject`). */
    readonly logObject: LogObject;
    /**
     * The other party's number as dialled or received. `Task` has no phone field, so it is not written to a
     * Task (the default subject names the number); it is kept for the pending list and a `VoiceCall` writer.
     */
    readonly phoneNumber: string;
    readonly fields: CallLogFields;
}

/**
 * A call log waiting in the durable queue, exactly as it is stored (JSON). It is removed only once a write
 * succeeded.
 *
 * @public
 */
export interface CallLogEntry extends CallLogDraft {
    /** Failed writes so far. */
    readonly attempts: number;
    /** Epoch ms before which the entry is not sent again (its own backoff). */
    readonly nextAttemptAt: number;
    /** Why the last write failed, or null. */
    readonly lastError: string | null;
    /** Epoch ms of the first enqueue. */
    readonly createdAt: number;
    /** Epoch ms of the last change (enqueue, merge or failed attempt). */
    readonly updatedAt: number;
    /**
     * Bumped by every merge. A write that succeeds for an older revision leaves the entry queued, so an update
     * made while a write was in flight is sent too.
     */
    readonly revision: number;
    /**
     * True while the call is still going on (or in its wrap-up): the log is provisional, kept in storage so that
     * a reload loses nothing, but not written until it is released (by the final log of the call, or by the next
     * page load, which finds it orphaned). Absent means false.
     */
    readonly provisional?: boolean;
    /**
     * With `provisional`: until when (epoch ms) a page load that finds the entry keeps it unsent rather than
     * writing it, because the page that stored it restores the call (a wrap-up brought back after a reload). Absent: the
     * next page load writes it.
     */
    readonly provisionalUntil?: number;
}
