import type { CallLogEntry } from './call-log-entry';
import { CALL_LOG_STORAGE_KEY, LocalStorageLogStore } from './local-storage-log-store';
import { LogStorageError } from './log-storage-error';
import { serializeCallLogs } from './stored-call-logs';
import { taskDraft } from './test-support/call-log-drafts';
import { FakeStorage } from './test-support/fake-storage';

const entry = (callId: string): CallLogEntry => ({
    ...taskDraft(callId, { WhoId: '003000000000001AAA', Description: 'Line 1\n"quoted" & <b>' }),
    attempts: 2,
    nextAttemptAt: 1_000,
    lastError: 'Open CTI runApex did not answer within 10000 ms',
    createdAt: 10,
    updatedAt: 20,
    revision: 3
});

function caught(action: () => void): unknown {
    try {
        action();
    } catch (error) {
        return error;
    }
    return undefined;
}

describe('LocalStorageLogStore', () => {
    it('round-trips entries as versioned JSON under a namespaced key', () => {
        const storage = new FakeStorage();
        const store = new LocalStorageLogStore(storage);
        store.save([entry('a'), entry('b')]);

        expect(CALL_LOG_STORAGE_KEY).toBe('softphone.callLogs.v1');
        expect(JSON.parse(storage.items.get(CALL_LOG_STORAGE_KEY) ?? '')).toMatchObject({ version: 1 });
        expect(new LocalStorageLogStore(storage).load()).toEqual({ entries: [entry('a'), entry('b')] });
    });

    it('removes the key when nothing is pending', () => {
        const storage = new FakeStorage();
        const store = new LocalStorageLogStore(storage);
        store.save([entry('a')]);
        store.save([]);
        expect(storage.items.size).toBe(0);
        expect(store.load()).toEqual({ entries: [] });
    });

    it('keeps corrupt JSON under a .corrupt key, starts empty and says so', () => {
        const storage = new FakeStorage();
        storage.items.set(CALL_LOG_STORAGE_KEY, '{"version":1,"entries":[{"callId":"a"');
        const loaded = new LocalStorageLogStore(storage).load();

        expect(loaded.entries).toEqual([]);
        expect(loaded.problem).toMatch(/not JSON.*kept under "softphone.callLogs.v1.corrupt"/);
        expect(storage.items.get('softphone.callLogs.v1.corrupt')).toBe(
            '{"version":1,"entries":[{"callId":"a"'
        );
    });

    it('salvages the readable entries of a partly damaged array', () => {
        const storage = new FakeStorage();
        const good = JSON.parse(serializeCallLogs([entry('a'), entry('b')])) as { entries: unknown[] };
        good.entries.splice(1, 0, { callId: 'broken', fields: 'nope' }, 42);
        storage.items.set(CALL_LOG_STORAGE_KEY, JSON.stringify(good));

        const loaded = new LocalStorageLogStore(storage).load();
        expect(loaded.entries.map((stored) => stored.callId)).toEqual(['a', 'b']);
        expect(loaded.problem).toMatch(/2 of 4 stored call logs could not be read/);
        expect(storage.items.has('softphone.callLogs.v1.corrupt')).toBe(true);
    });

    it('treats data of another shape or version as corrupt', () => {
        const storage = new FakeStorage();
        storage.items.set(CALL_LOG_STORAGE_KEY, '[1,2,3]');
        expect(new LocalStorageLogStore(storage).load().problem).toMatch(/not version 1 data/);
    });

    it('reports when even the corrupt copy cannot be kept', () => {
        const storage = new FakeStorage({ quota: 40 });
        storage.items.set(CALL_LOG_STORAGE_KEY, 'garbage');
        expect(new LocalStorageLogStore(storage).load().problem).toMatch(
            /could not be kept.*QuotaExceededError/
        );
    });

    it('throws a quota LogStorageError when storage is full', () => {
        const store = new LocalStorageLogStore(new FakeStorage({ quota: 100 }));
        const thrown = caught(() => store.save([entry('a')]));
        expect(thrown).toBeInstanceOf(LogStorageError);
        expect(thrown).toMatchObject({
            problem: 'quota-exceeded',
            message: expect.stringMatching(/storage is full/)
        });
    });

    it('reports a storage that cannot be used at all', () => {
        const storage = new FakeStorage();
        storage.failReads = true;
        storage.failWrites = true;
        const store = new LocalStorageLogStore(storage);
        expect(store.load()).toEqual({
            entries: [],
            problem: expect.stringMatching(/cannot be read.*SecurityError/)
        });
        expect(() => store.save([entry('a')])).toThrow(/unavailable/);
    });

    it('uses the key it is given', () => {
        const storage = new FakeStorage();
        new LocalStorageLogStore(storage, { key: 'softphone.callLogs.v1.org00D' }).save([entry('a')]);
        expect([...storage.items.keys()]).toEqual(['softphone.callLogs.v1.org00D']);
    });
});
