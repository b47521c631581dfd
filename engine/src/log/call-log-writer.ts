import type { CallLogEntry } from './call-log-entry';

/** What a successful write answers. */
export interface CallLogWriteResult {
    /** Id of the record created or updated. */
    readonly recordId: string;
}

/**
 * Writes one call log to Salesforce. Must be idempotent by `entry.callId`: writing the same entry twice
 * updates the record the first write created. Rejects when the log was not saved.
 *
 * @public
 */
export interface CallLogWriter {
    write(entry: CallLogEntry): Promise<CallLogWriteResult>;
}
