import type { StorageLike } from '../local-storage-log-store';

/** Options for {@link FakeStorage}. */
export interface FakeStorageOptions {
    /** Total characters (keys and values) it holds before `setItem` throws `QuotaExceededError`. */
    readonly quota?: number;
}

/**
 * `localStorage` in memory, with a size quota that throws the browser's `QuotaExceededError` (a
 * `DOMException`), and switches to make reads or writes throw as a blocked storage does.
 */
export class FakeStorage implements StorageLike {
    readonly items = new Map<string, string>();
    quota: number;
    failReads = false;
    failWrites = false;
    setItemCalls = 0;

    constructor(options: FakeStorageOptions = {}) {
        this.quota = options.quota ?? Number.POSITIVE_INFINITY;
    }

    getItem(key: string): string | null {
        if (this.failReads) throw new DOMException('The operation is insecure.', 'SecurityError');
        return this.items.get(key) ?? null;
    }

    setItem(key: string, value: string): void {
        this.setItemCalls += 1;
        if (this.failWrites) throw new DOMException('The operation is insecure.', 'SecurityError');
        const used = [...this.items].reduce(
            (total, [name, text]) => (name === key ? total : total + name.length + text.length),
            0
        );
        if (used + key.length + value.length > this.quota) {
            throw new DOMException(`Setting the value of '${key}' exceeded the quota.`, 'QuotaExceededError');
        }
        this.items.set(key, value);
    }

    removeItem(key: string): void {
        if (this.failWrites) throw new DOMException('The operation is insecure.', 'SecurityError');
        this.items.delete(key);
    }
}
