import { toEighteenCharacterId } from '../../engine/src/cti/salesforce-id';

/** Makes record Ids: the object's key prefix, a counter per prefix, and the 18-character checksum. */
export interface RecordIdFactory {
    next(keyPrefix: string): string;
    /** Moves the counter of the Id's prefix past it, so a restored org never hands out an Id twice. */
    reserve(id: string): void;
}

/**
 * Creates a {@link RecordIdFactory}. Ids look like Salesforce's (`003000000000001AAA`): valid 18-character
 * Ids that the engine's checks and `Id.valueOf` in Apex accept, deterministic so tests can name them.
 */
export function createRecordIdFactory(): RecordIdFactory {
    const counters = new Map<string, number>();
    return {
        next(keyPrefix) {
            const count = (counters.get(keyPrefix) ?? 0) + 1;
            counters.set(keyPrefix, count);
            return toEighteenCharacterId(`${keyPrefix}${String(count).padStart(12, '0')}`);
        },
        reserve(id) {
            const count = Number.parseInt(id.slice(3, 15), 10);
            if (!Number.isSafeInteger(count)) return;
            const prefix = id.slice(0, 3);
            counters.set(prefix, Math.max(counters.get(prefix) ?? 0, count));
        }
    };
}
