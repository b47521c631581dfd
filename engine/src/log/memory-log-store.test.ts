import { MemoryLogStore } from './memory-log-store';
import { taskDraft } from './test-support/call-log-drafts';

describe('MemoryLogStore', () => {
    it('keeps entries through JSON, as a browser store would', () => {
        const store = new MemoryLogStore();
        const entry = {
            ...taskDraft('a'),
            attempts: 0,
            nextAttemptAt: 0,
            lastError: null,
            createdAt: 0,
            updatedAt: 0,
            revision: 1
        };
        store.save([entry]);
        expect(store.load()).toEqual({ entries: [entry] });
        expect(store.entries[0]).not.toBe(entry);
        expect(store.saves).toBe(1);
    });
});
