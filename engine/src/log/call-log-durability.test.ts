import { ManualClock } from '../time';
import { ApexCallLogWriter } from './apex-call-log-writer';
import { CallLogQueue } from './call-log-queue';
import { CALL_LOG_STORAGE_KEY, LocalStorageLogStore } from './local-storage-log-store';
import { serializeCallLogs } from './stored-call-logs';
import { taskDraft } from './test-support/call-log-drafts';
import { FakeCallLogOrg } from './test-support/fake-call-log-org';
import { FakeStorage } from './test-support/fake-storage';
import { settle } from '../../test-support/settle';

const FIVE_MINUTES = 300_000;

/** One page load: a queue over the shared browser storage, writing Tasks to the shared fake org. */
function pageLoad(storage: FakeStorage, org: FakeCallLogOrg, clock: ManualClock): CallLogQueue {
    return new CallLogQueue({
        store: new LocalStorageLogStore(storage),
        writer: new ApexCallLogWriter(org),
        clock,
        random: () => 0.5
    });
}

describe('call logging through reloads, outages and bad storage', () => {
    let clock: ManualClock;
    let storage: FakeStorage;
    let org: FakeCallLogOrg;

    beforeEach(() => {
        clock = new ManualClock();
        storage = new FakeStorage();
        org = new FakeCallLogOrg();
    });

    it('writes a log exactly once when the page reloads between enqueue and success', async () => {
        org.next('timeout');
        const before = pageLoad(storage, org, clock);
        before.enqueue(taskDraft('call-1'));
        await settle();
        expect(org.tasks.size).toBe(0);
        before.dispose();

        const after = pageLoad(storage, org, clock);
        await settle();
        expect(org.tasks.size).toBe(1);
        expect(org.inserts).toBe(1);
        expect(after.pending()).toEqual([]);
        expect(storage.items.has(CALL_LOG_STORAGE_KEY)).toBe(false);
    });

    it('updates the same Task when the org saved it but the answer was lost before the reload', async () => {
        org.next('commit-then-timeout');
        const before = pageLoad(storage, org, clock);
        before.enqueue(taskDraft('call-1', { CallDisposition: 'Answered' }));
        await settle();
        expect(before.pending()).toHaveLength(1);
        before.dispose();

        pageLoad(storage, org, clock);
        await settle();
        expect(org.tasks.size).toBe(1);
        expect({ inserts: org.inserts, updates: org.updates }).toEqual({ inserts: 1, updates: 1 });
    });

    it('picks up a write that was still in flight when the page went away', async () => {
        org.next('hang');
        const before = pageLoad(storage, org, clock);
        before.enqueue(taskDraft('call-1'));
        await settle();
        before.dispose();

        const after = pageLoad(storage, org, clock);
        await settle();
        expect(org.tasks.size).toBe(1);
        expect(after.pending()).toEqual([]);
    });

    it('drains 500 logs queued during an outage with none lost and none duplicated', async () => {
        org.offline = true;
        let queue = pageLoad(storage, org, clock);
        for (let index = 0; index < 500; index++) {
            queue.enqueue(taskDraft(`call-${index}`));
            if (index % 10 === 0) {
                // Wrap-up: the same call logged again with its disposition.
                queue.enqueue(taskDraft(`call-${index}`, { CallDisposition: 'Answered' }));
            }
            clock.advance(1_000);
            await settle();
            if (index === 250) {
                queue.dispose();
                queue = pageLoad(storage, org, clock);
            }
        }
        const triesDuringOutage = org.runApexCalls;
        expect(queue.pending()).toHaveLength(500);
        expect(org.tasks.size).toBe(0);

        org.offline = false;
        clock.advance(FIVE_MINUTES);
        await settle();

        expect(org.tasks.size).toBe(500);
        expect({ inserts: org.inserts, updates: org.updates }).toEqual({ inserts: 500, updates: 0 });
        expect(org.task('call-10')).toMatchObject({ CallDisposition: 'Answered' });
        expect(queue.pending()).toEqual([]);
        expect(storage.items.has(CALL_LOG_STORAGE_KEY)).toBe(false);
        // About 500 s of outage cost a few dozen tries, not one per log per step.
        expect(triesDuringOutage).toBeLessThan(40);
    });

    it('sets corrupt storage aside and still writes the logs it could read and the new ones', async () => {
        const readable = {
            ...taskDraft('call-stored'),
            attempts: 3,
            nextAttemptAt: 0,
            lastError: 'offline',
            createdAt: 0,
            updatedAt: 0,
            revision: 1
        };
        const damaged = JSON.parse(serializeCallLogs([readable])) as { entries: unknown[] };
        damaged.entries.push({ callId: 'call-damaged', fields: null });
        storage.items.set(CALL_LOG_STORAGE_KEY, JSON.stringify(damaged));

        const queue = pageLoad(storage, org, clock);
        expect(queue.snapshot().loadProblem).toMatch(/1 of 2 stored call logs could not be read/);
        queue.enqueue(taskDraft('call-new'));
        await settle();

        expect([...org.tasks.keys()].sort()).toEqual(['call-new', 'call-stored']);
        expect(storage.items.get(`${CALL_LOG_STORAGE_KEY}.corrupt`)).toContain('call-damaged');
    });

    it('starts empty over storage that is not JSON, keeping a copy, and logs new calls', async () => {
        storage.items.set(CALL_LOG_STORAGE_KEY, '\u0000\u0001 not json');
        const queue = pageLoad(storage, org, clock);
        expect(queue.snapshot().loadProblem).toMatch(/not JSON/);
        queue.enqueue(taskDraft('call-1'));
        await settle();
        expect(org.tasks.size).toBe(1);
        expect(storage.items.get(`${CALL_LOG_STORAGE_KEY}.corrupt`)).toBe('\u0000\u0001 not json');
    });

    it('keeps logs in memory while storage is full, reports it, and stores them once space frees up', async () => {
        storage.quota = 200;
        org.offline = true;
        const queue = pageLoad(storage, org, clock);
        queue.enqueue(taskDraft('call-1'));
        queue.enqueue(taskDraft('call-2'));
        await settle();

        expect(queue.snapshot().storageProblem).toMatch(/storage is full/);
        expect(queue.pending().map((pending) => pending.callId)).toEqual(['call-1', 'call-2']);
        expect(storage.items.has(CALL_LOG_STORAGE_KEY)).toBe(false);

        storage.quota = Number.POSITIVE_INFINITY;
        clock.advance(30_000);
        await settle();
        expect(queue.snapshot().storageProblem).toBeNull();
        expect(storage.items.get(CALL_LOG_STORAGE_KEY)).toContain('call-2');

        org.offline = false;
        await queue.retryNow();
        expect(org.tasks.size).toBe(2);
    });

    it('writes logs that could never be stored, as soon as the org answers', async () => {
        storage.quota = 0;
        const queue = pageLoad(storage, org, clock);
        queue.enqueue(taskDraft('call-1'));
        await settle();
        expect(org.tasks.size).toBe(1);
        expect(queue.pending()).toEqual([]);
        expect(queue.snapshot().storageProblem).toBeNull();
    });
});
