import type { CallLogEntry } from './call-log-entry';
import type { LogStore, LogStoreLoad } from './log-store';
import { readStoredCallLogs, serializeCallLogs } from './stored-call-logs';

/**
 * {@link LogStore} in memory, for tests and the simulator. It keeps the same JSON text a browser store would,
 * so an entry that survives it survives serialization too; two queues given the same instance behave like a
 * page before and after a reload.
 *
 * @public
 */
export class MemoryLogStore implements LogStore {
    #text: string | null = null;
    #saveCount = 0;

    load(): LogStoreLoad {
        return this.#text === null ? { entries: [] } : readStoredCallLogs(this.#text);
    }

    save(entries: readonly CallLogEntry[]): void {
        this.#text = entries.length === 0 ? null : serializeCallLogs(entries);
        this.#saveCount += 1;
    }

    /** The entries as stored now. */
    get entries(): readonly CallLogEntry[] {
        return this.load().entries;
    }

    /** How many times `save` ran. */
    get saves(): number {
        return this.#saveCount;
    }
}
