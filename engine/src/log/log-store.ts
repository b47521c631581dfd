import type { CallLogEntry } from './call-log-entry';

/** What {@link LogStore.load} found. */
export interface LogStoreLoad {
    readonly entries: readonly CallLogEntry[];
    /** What went wrong reading (corrupt data set aside, storage unavailable), or undefined. */
    readonly problem?: string;
}

/**
 * Where the call log queue keeps its entries between page loads: all of them at once, as JSON, synchronously
 * (so an entry is on disk before the call that logs it goes out).
 *
 * @public
 */
export interface LogStore {
    /** Reads every stored entry. Never throws: unreadable data is set aside and reported in `problem`. */
    load(): LogStoreLoad;
    /**
     * Replaces the stored entries with `entries`.
     *
     * @throws LogStorageError when they cannot be stored (storage full or unavailable)
     */
    save(entries: readonly CallLogEntry[]): void;
}
