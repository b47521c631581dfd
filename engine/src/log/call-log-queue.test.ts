import { ManualClock } from '../time';
import { CallLogQueue } from './call-log-queue';
import type { CallLogQueueOptions } from './call-log-queue';
import type { CallLogQueueSnapshot } from './call-log-queue-snapshot';
import { InvalidCallLogError } from './invalid-call-log-error';
import { MemoryLogStore } from './memory-log-store';
import { taskDraft } from './test-support/call-log-drafts';
import { ScriptedWriter } from './test-support/scripted-writer';
import { settle } from '../../test-support/settle';

const CONTACT_ID = '003000000000001AAA';
/** With `random` fixed at 0.5 and 50 % jitter, each backoff step waits 3/4 of its ceiling: 1.5 s, 3 s, 6 s ... */
const FIRST_RETRY_MS = 1_500;

function setup(options: Partial<CallLogQueueOptions> = {}) {
    const clock = new ManualClock();
    const store = new MemoryLogStore();
    const writer = new ScriptedWriter(store);
    const queue = new CallLogQueue({ store, writer, clock, random: () => 0.5, ...options });
    return { clock, store, writer, queue };
}

describe('CallLogQueue', () => {
    it('stores an entry before it sends it, and removes it once written', async () => {
        const { store, writer, queue } = setup();

        queue.enqueue(taskDraft('call-1'));
        expect(store.entries.map((entry) => entry.callId)).toEqual(['call-1']);
        expect(writer.writes).toHaveLength(0);

        await settle();
        expect(writer.writes).toHaveLength(1);
        expect(writer.writes[0]?.storedCallIds).toEqual(['call-1']);
        expect(store.entries).toEqual([]);
        expect(queue.pending()).toEqual([]);
    });

    it('keeps a failed entry with its error and retries it with exponential backoff', async () => {
        const { clock, store, writer, queue } = setup();
        writer.answer(new Error('UNABLE_TO_LOCK_ROW'), new Error('still locked'), new Error('again'), 'ok');

        queue.enqueue(taskDraft('call-1'));
        await settle();
        expect(store.entries).toEqual([
            expect.objectContaining({
                callId: 'call-1',
                attempts: 1,
                lastError: 'UNABLE_TO_LOCK_ROW',
                nextAttemptAt: clock.now() + FIRST_RETRY_MS
            })
        ]);

        const retries: number[] = [];
        for (const wait of [FIRST_RETRY_MS, 2 * FIRST_RETRY_MS, 4 * FIRST_RETRY_MS]) {
            clock.advance(wait - 1);
            await settle();
            retries.push(writer.writes.length);
            clock.advance(1);
            await settle();
        }
        expect(retries).toEqual([1, 2, 3]);
        expect(writer.writes).toHaveLength(4);
        expect(store.entries).toEqual([]);
    });

    it('never waits longer than the backoff cap between tries', async () => {
        const { clock, writer, queue } = setup({ backoff: { baseMs: 2_000, maxMs: 10_000 } });
        writer.fallback = new Error('offline');
        queue.enqueue(taskDraft('call-1'));
        await settle();
        for (let step = 0; step < 10; step++) {
            clock.advance(10_000);
            await settle();
        }
        expect(writer.writes).toHaveLength(11);
        expect(queue.pending()[0]?.nextAttemptAt).toBeLessThanOrEqual(clock.now() + 10_000);
    });

    it('counts a write that never answers as failed after the time-out, and retries it', async () => {
        const { clock, writer, queue } = setup({ writeTimeoutMs: 30_000 });
        writer.answer('hang', 'ok');

        queue.enqueue(taskDraft('call-1'));
        await settle();
        clock.advance(29_999);
        await settle();
        expect(queue.pending()[0]).toMatchObject({ attempts: 0, sending: true });

        clock.advance(1);
        await settle();
        expect(queue.pending()[0]).toMatchObject({
            attempts: 1,
            sending: false,
            lastError: 'The call log write got no answer within 30000 ms.'
        });

        clock.advance(FIRST_RETRY_MS);
        await settle();
        expect(writer.writes).toHaveLength(2);
        expect(queue.pending()).toEqual([]);
    });

    it('merges the same call id enqueued twice into one entry and one write', async () => {
        const { store, writer, queue } = setup();

        queue.enqueue(taskDraft('call-1', { WhoId: CONTACT_ID }));
        queue.enqueue(taskDraft('call-1', { CallDisposition: 'Left voicemail', CallDurationInSeconds: 50 }));
        expect(store.entries).toHaveLength(1);
        expect(store.entries[0]).toMatchObject({ revision: 2 });

        await settle();
        expect(writer.writes).toHaveLength(1);
        expect(writer.writes[0]?.entry.fields).toMatchObject({
            WhoId: CONTACT_ID,
            CallDisposition: 'Left voicemail',
            CallDurationInSeconds: 50
        });
    });

    it('merges an update into a failed entry and sends it at once', async () => {
        const { writer, queue } = setup();
        writer.answer(new Error('offline'));
        queue.enqueue(taskDraft('call-1'));
        await settle();

        writer.fallback = 'ok';
        await queue.retryNow();
        expect(writer.writes).toHaveLength(2);
        expect(queue.pending()).toEqual([]);
    });

    it('writes an update made while the first write was in flight, instead of dropping it', async () => {
        const { store, writer, queue } = setup();
        writer.answer('manual');

        queue.enqueue(taskDraft('call-1'));
        await settle();
        queue.enqueue(taskDraft('call-1', { CallDisposition: 'Answered' }));
        writer.manual[0]?.succeed();
        await settle();

        expect(writer.writes.map((write) => write.entry.fields.CallDisposition)).toEqual([
            undefined,
            'Answered'
        ]);
        expect(store.entries).toEqual([]);
    });

    it('sends one write at a time, oldest first, and writes entries queued during a flush', async () => {
        const { writer, queue } = setup();
        writer.answer('manual', 'manual', 'manual');

        queue.enqueue(taskDraft('call-1'));
        queue.enqueue(taskDraft('call-2'));
        await settle();
        expect(writer.writes).toHaveLength(1);
        queue.enqueue(taskDraft('call-3'));
        expect(queue.flush()).toBe(queue.flush());

        for (let index = 0; index < 3; index++) {
            writer.manual[index]?.succeed();
            await settle();
        }
        expect(writer.writtenCallIds).toEqual(['call-1', 'call-2', 'call-3']);
        expect(writer.maxInFlight).toBe(1);
        expect(queue.pending()).toEqual([]);
    });

    it('pauses the whole queue during an outage: one try per backoff step, not one per entry', async () => {
        const { clock, writer, queue } = setup();
        writer.fallback = new Error('offline');
        for (let index = 1; index <= 20; index++) queue.enqueue(taskDraft(`call-${index}`));
        await settle();
        expect(writer.writes).toHaveLength(1);

        clock.advance(FIRST_RETRY_MS);
        await settle();
        expect(writer.writes).toHaveLength(2);
        clock.advance(2 * FIRST_RETRY_MS - 1);
        await settle();
        expect(writer.writes).toHaveLength(2);

        writer.fallback = 'ok';
        clock.advance(1);
        await settle();
        expect(writer.writes).toHaveLength(22);
        expect(new Set(writer.writtenCallIds).size).toBe(20);
        expect(queue.pending()).toEqual([]);
    });

    it('does not let an entry that keeps failing hold up the others', async () => {
        const { clock, writer, queue } = setup();
        writer.failWhen = (entry) =>
            entry.callId === 'poison' ? new Error('FIELD_INTEGRITY_EXCEPTION: bad WhatId') : undefined;

        queue.enqueue(taskDraft('poison'));
        queue.enqueue(taskDraft('call-1'));
        queue.enqueue(taskDraft('call-2'));
        await settle();
        clock.advance(FIRST_RETRY_MS);
        await settle();

        expect(writer.writtenCallIds).toEqual(['poison', 'call-1', 'call-2', 'poison']);
        expect(queue.pending().map((pending) => pending.callId)).toEqual(['poison']);
        expect(queue.pending()[0]).toMatchObject({
            attempts: 2,
            lastError: 'FIELD_INTEGRITY_EXCEPTION: bad WhatId'
        });
    });

    it('retries at once when the agent asks, whatever the backoff', async () => {
        const { writer, queue } = setup();
        writer.answer(new Error('offline'), new Error('offline'));
        queue.enqueue(taskDraft('call-1'));
        await settle();
        await queue.retryNow();
        expect(writer.writes).toHaveLength(2);
        expect(queue.pending()[0]?.attempts).toBe(2);

        const summary = await queue.retryNow();
        expect(summary).toEqual({ written: 1, failed: 0, remaining: 0 });
    });

    it('lists what waits for the pending list: call id, attempts, last error, next try', async () => {
        const { clock, writer, queue } = setup();
        writer.answer(new Error('Open CTI runApex did not answer within 10000 ms'));
        const start = clock.now();
        queue.enqueue(taskDraft('call-1'));
        await settle();

        expect(queue.pending()).toEqual([
            {
                callId: 'call-1',
                logObject: 'Task',
                subject: 'Inbound call from +1 415 555 0100',
                phoneNumber: '+14155550100',
                attempts: 1,
                lastError: 'Open CTI runApex did not answer within 10000 ms',
                nextAttemptAt: start + FIRST_RETRY_MS,
                createdAt: start,
                sending: false
            }
        ]);
    });

    it('tells subscribers about every change until they unsubscribe', async () => {
        const { writer, queue } = setup();
        writer.answer(new Error('offline'));
        const seen: CallLogQueueSnapshot[] = [];
        const unsubscribe = queue.subscribe((snapshot) => seen.push(snapshot));

        queue.enqueue(taskDraft('call-1'));
        await settle();
        expect(seen[0]?.pending.map((pending) => pending.callId)).toEqual(['call-1']);
        expect(seen.some((snapshot) => snapshot.pending[0]?.sending)).toBe(true);
        expect(seen.at(-1)).toMatchObject({ flushing: false, pending: [{ attempts: 1, sending: false }] });

        unsubscribe();
        const count = seen.length;
        await queue.retryNow();
        expect(seen).toHaveLength(count);
    });

    it('keeps going when a subscriber throws, and reports the error separately', async () => {
        const { writer, queue } = setup();
        const reported: unknown[] = [];
        const microtask = jest.spyOn(globalThis, 'queueMicrotask').mockImplementation((callback) => {
            try {
                callback();
            } catch (error) {
                reported.push(error);
            }
        });
        queue.subscribe(() => {
            throw new Error('listener bug');
        });
        queue.enqueue(taskDraft('call-1'));
        await settle();
        microtask.mockRestore();

        expect(writer.writes).toHaveLength(1);
        expect(queue.pending()).toEqual([]);
        expect(reported[0]).toEqual(new Error('listener bug'));
    });

    it('clears its timers and abandons a hung write on dispose, leaving the entry stored', async () => {
        const { clock, store, writer, queue } = setup();
        writer.answer('hang');
        queue.enqueue(taskDraft('call-1'));
        await settle();
        expect(clock.pendingTimers).toBeGreaterThan(0);

        queue.dispose();
        await settle();
        expect(clock.pendingTimers).toBe(0);
        clock.advance(3_600_000);
        await settle();
        expect(writer.writes).toHaveLength(1);
        expect(store.entries.map((entry) => entry.callId)).toEqual(['call-1']);
        expect(() => queue.enqueue(taskDraft('call-2'))).toThrow(InvalidCallLogError);
    });

    it('refuses an entry without a call id', () => {
        const { queue } = setup();
        expect(() => queue.enqueue(taskDraft('   '))).toThrow(/call id/);
        expect(() => queue.enqueue(taskDraft('x'.repeat(256)))).toThrow(InvalidCallLogError);
    });
});
