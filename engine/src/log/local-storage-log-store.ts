import type { CallLogEntry } from './call-log-entry';
import { LogStorageError } from './log-storage-error';
import type { LogStore, LogStoreLoad } from './log-store';
import { readStoredCallLogs, serializeCallLogs } from './stored-call-logs';

/** The slice of the Web Storage API the store uses (`window.localStorage` satisfies it). */
export interface StorageLike {
    getItem(key: string): string | null;
    setItem(key: string, value: string): void;
    removeItem(key: string): void;
}

/** Storage key of the call log queue: namespaced, and versioned with the stored shape. */
export const CALL_LOG_STORAGE_KEY = 'softphone.callLogs.v1';
/** Suffix of the key under which unreadable stored data is kept for a person to inspect. */
export const CORRUPT_KEY_SUFFIX = '.corrupt';

/** Options for {@link LocalStorageLogStore}. */
export interface LocalStorageLogStoreOptions {
    /** Defaults to {@link CALL_LOG_STORAGE_KEY}. */
    readonly key?: string;
}

/** True for the errors browsers raise when storage is full (`QuotaExceededError`, Firefox's older name). */
function isQuotaExceeded(error: unknown): boolean {
    if (typeof error !== 'object' || error === null) return false;
    const { name, code } = error as { name?: unknown; code?: unknown };
    return name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED' || code === 22;
}

function describe(error: unknown): string {
    return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}

/**
 * {@link LogStore} over `localStorage`, under one namespaced, versioned key. Stored data that cannot be read
 * is copied to `<key>.corrupt` before the store starts empty, so nothing is silently overwritten; a full or
 * blocked storage makes `save` throw {@link LogStorageError} and the queue keeps its entries in memory.
 *
 * @public
 */
export class LocalStorageLogStore implements LogStore {
    readonly key: string;

    readonly #storage: StorageLike;
    constructor(storage: StorageLike, options: LocalStorageLogStoreOptions = {}) {
        this.#storage = storage;
        this.key = options.key ?? CALL_LOG_STORAGE_KEY;
    }

    load(): LogStoreLoad {
        let text: string | null;
        try {
            text = this.#storage.getItem(this.key);
        } catch (error) {
            return { entries: [], problem: `browser storage cannot be read (${describe(error)})` };
        }
        if (text === null) return { entries: [] };
        const stored = readStoredCallLogs(text);
        if (stored.problem === undefined) return { entries: stored.entries };
        return { entries: stored.entries, problem: `${stored.problem}; ${this.#setAside(text)}` };
    }

    save(entries: readonly CallLogEntry[]): void {
        try {
            if (entries.length === 0) {
                this.#storage.removeItem(this.key);
            } else {
                this.#storage.setItem(this.key, serializeCallLogs(entries));
            }
        } catch (error) {
            throw isQuotaExceeded(error)
                ? new LogStorageError('quota-exceeded')
                : new LogStorageError('unavailable', `Browser storage is unavailable (${describe(error)}).`);
        }
    }

    /** Copies unreadable data to the `.corrupt` key; says where it went (or that it could not be kept). */
    #setAside(text: string): string {
        const corruptKey = this.key + CORRUPT_KEY_SUFFIX;
        try {
            this.#storage.setItem(corruptKey, text);
            return `the original data was kept under "${corruptKey}"`;
        } catch (error) {
            return `the original data could not be kept under "${corruptKey}" (${describe(error)})`;
        }
    }
}
