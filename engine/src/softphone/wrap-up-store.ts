import type { StorageLike } from '../log';
import type { ActiveCallSessionData } from '../session';

/** Storage key of the call in wrap-up, kept so that a reload brings its wrap-up back; namespaced, versioned. */
export const WRAP_UP_STORAGE_KEY = 'softphone.wrapUp.v1';

/** The call in wrap-up as stored: its session data, and until when a reload brings it back. */
export interface StoredWrapUp {
    /** Unchecked: read it with `readStoredWrapUp`. */
    readonly data: unknown;
    /** Epoch ms; a page load after it writes the call's log as it stands instead of restoring the wrap-up. */
    readonly restoreUntil: number;
}

/** Where the engine keeps the call in wrap-up across page loads. */
export interface WrapUpStore {
    load(): StoredWrapUp | undefined;
    save(data: ActiveCallSessionData, restoreUntil: number): void;
    clear(): void;
}

/**
 * The wrap-up store over the page's storage. Failures (storage full or blocked, garbage stored) only cost the
 * restore: the call's provisional log is in the durable queue all the same, and written by the next page load.
 */
export function storageWrapUpStore(storage: StorageLike | undefined): WrapUpStore {
    return {
        load() {
            try {
                const text = storage?.getItem(WRAP_UP_STORAGE_KEY);
                if (!text) return undefined;
                const value = JSON.parse(text) as unknown;
                if (typeof value !== 'object' || value === null) return undefined;
                const { data, restoreUntil } = value as Record<string, unknown>;
                return typeof restoreUntil === 'number' && Number.isFinite(restoreUntil)
                    ? { data, restoreUntil }
                    : undefined;
            } catch {
                return undefined;
            }
        },
        save(data, restoreUntil) {
            try {
                storage?.setItem(WRAP_UP_STORAGE_KEY, JSON.stringify({ data, restoreUntil }));
            } catch {
                // The log itself is durable; only bringing the form back after a reload is lost.
            }
        },
        clear() {
            try {
                storage?.removeItem(WRAP_UP_STORAGE_KEY);
            } catch {
                // Nothing to do: a stale entry is ignored once its log is no longer provisional.
            }
        }
    };
}
