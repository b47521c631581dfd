import { ManualClock } from '../time';
import { CallLogQueue } from './call-log-queue';
import type { CallLogQueueOptions } from './call-log-queue';
import { MemoryLogStore } from './memory-log-store';
import { readStoredCallLogs, serializeCallLogs } from './stored-call-logs';
import { taskDraft } from './test-support/call-log-drafts';
import { ScriptedWriter } from './test-support/scripted-writer';
import { settle } from '../../test-support/settle';

function setup(options: Partial<CallLogQueueOptions> = {}) {
    const clock = new ManualClock();
    const store = new MemoryLogStore();
    const writer = new ScriptedWriter(store);
    const queue = new CallLogQueue({ store, writer, clock, random: () => 0.5, ...options });
    return { clock, store, writer, queue };
}

/** A call log entry as a queue stores it, never written. */
function storedEntry() {
    return {
        ...taskDraft('call-1'),
        attempts: 0,
        nextAttemptAt: 0,
        lastError: null,
        createdAt: 0,
        updatedAt: 0,
        revision: 1
    };
}

describe('CallLogQueue: logs of calls still going on (provisional)', () => {
    it('stores a provisional log at once and sends nothing, nor lists it as pending', async () => {
        const { clock, store, writer, queue } = setup();
        queue.enqueue(taskDraft('call-1', { Description: 'typing…' }), { provisional: true });
        await settle();
        clock.advance(600_000);
        await settle();
        expect(store.entries).toEqual([
            expect.objectContaining({
                callId: 'call-1',
                provisional: true,
                fields: expect.objectContaining({ Description: 'typing…' })
            })
        ]);
        expect(writer.writes).toEqual([]);
        expect(queue.pending()).toEqual([]);
        expect(queue.provisionalCallIds()).toEqual(['call-1']);
        expect(clock.pendingTimers).toBe(0);
    });

    it("sends the call's final log in place of the provisional one: its fields whole, once", async () => {
        const { store, writer, queue } = setup();
        queue.enqueue(taskDraft('call-1', { Description: 'draft note', CallDisposition: 'Busy' }), {
            provisional: true
        });
        queue.enqueue(taskDraft('call-1', { CallDisposition: 'Answered' }));
        await settle();
        expect(writer.writes).toHaveLength(1);
        expect(writer.writes[0]?.entry.fields).not.toHaveProperty('Description');
        expect(writer.writes[0]?.entry.fields.CallDisposition).toBe('Answered');
        expect(writer.writes[0]?.entry).not.toHaveProperty('held');
        expect(store.entries).toEqual([]);
    });

    it('sends a provisional log as it stands on release, and ignores a release without one', async () => {
        const { writer, queue } = setup();
        queue.enqueue(taskDraft('call-1'), { provisional: true });
        queue.release('call-2');
        queue.release('call-1');
        await settle();
        expect(writer.writtenCallIds).toEqual(['call-1']);
        expect(queue.provisionalCallIds()).toEqual([]);
    });

    it('never makes a log provisional again once it was released (it may be written already)', async () => {
        const { writer, queue } = setup();
        writer.answer('manual');
        queue.enqueue(taskDraft('call-1'));
        await settle();
        queue.enqueue(taskDraft('call-1', { Description: 'late' }), { provisional: true });
        expect(queue.provisionalCallIds()).toEqual([]);
        writer.manual[0]?.succeed();
        await settle();
        expect(writer.writtenCallIds).toEqual(['call-1', 'call-1']);
        expect(writer.writes[1]?.entry.fields.Description).toBe('late');
    });

    it('writes a provisional log exactly once after the page went away (reload)', async () => {
        const { clock, store, writer, queue } = setup();
        queue.enqueue(taskDraft('call-1', { Description: 'notes so far' }), { provisional: true });
        queue.dispose();
        expect(writer.writes).toEqual([]);

        const after = new CallLogQueue({ store, writer, clock, random: () => 0.5 });
        await settle();
        expect(writer.writtenCallIds).toEqual(['call-1']);
        expect(writer.writes[0]?.entry.fields.Description).toBe('notes so far');
        expect(after.pending()).toEqual([]);
        expect(store.entries).toEqual([]);
    });

    it('keeps a log provisional until later unsent through a reload, and writes it once its call ends', async () => {
        const { clock, store, writer, queue } = setup();
        queue.enqueue(taskDraft('call-1', { Description: 'wrap-up notes' }), {
            provisional: true,
            provisionalUntil: clock.now() + 60_000
        });
        queue.dispose();

        clock.advance(20_000);
        const after = new CallLogQueue({ store, writer, clock, random: () => 0.5 });
        await settle();
        expect(writer.writes).toEqual([]);
        expect(after.provisionalCallIds()).toEqual(['call-1']);
        expect(store.entries).toEqual([expect.objectContaining({ callId: 'call-1', provisional: true })]);

        after.enqueue(taskDraft('call-1', { Description: 'wrap-up notes, finished' }));
        await settle();
        expect(writer.writtenCallIds).toEqual(['call-1']);
        expect(writer.writes[0]?.entry.fields.Description).toBe('wrap-up notes, finished');
        expect(writer.writes[0]?.entry).not.toHaveProperty('provisionalUntil');
    });

    it('writes a log provisional until a time already past at the next page load', async () => {
        const { clock, store, writer, queue } = setup();
        queue.enqueue(taskDraft('call-1'), { provisional: true, provisionalUntil: clock.now() + 60_000 });
        queue.dispose();
        clock.advance(60_000);
        new CallLogQueue({ store, writer, clock, random: () => 0.5 });
        await settle();
        expect(writer.writtenCallIds).toEqual(['call-1']);
        expect(store.entries).toEqual([]);
    });

    it('keeps the provisional flag through storage, and refuses a flag that is not a boolean', () => {
        const provisional = { ...storedEntry(), provisional: true };
        expect(readStoredCallLogs(serializeCallLogs([provisional])).entries).toEqual([provisional]);
        const text = serializeCallLogs([
            { ...provisional, provisional: 'yes' } as unknown as typeof provisional
        ]);
        expect(readStoredCallLogs(text)).toMatchObject({
            entries: [],
            problem: expect.stringMatching(/1 of 1/)
        });
    });

    it('reads a log stored by an earlier version, which called a provisional log "held"', () => {
        const entry = storedEntry();
        const text = serializeCallLogs([{ ...entry, held: true, heldUntil: 5 } as unknown as typeof entry]);
        expect(readStoredCallLogs(text).entries).toEqual([
            { ...entry, provisional: true, provisionalUntil: 5 }
        ]);
    });
});

describe('CallLogQueue: one writing tab', () => {
    it('starts suspended without reading or writing the store, nor releasing what another tab holds', async () => {
        const { clock, store, writer, queue: owner } = setup();
        owner.enqueue(taskDraft('call-live'), { provisional: true });
        const standbyWriter = new ScriptedWriter(store);
        const standby = new CallLogQueue({ store, writer: standbyWriter, clock, startSuspended: true });
        await settle();
        await standby.retryNow();
        standby.dispose();
        expect(standbyWriter.writes).toEqual([]);
        expect(store.entries).toEqual([expect.objectContaining({ callId: 'call-live', provisional: true })]);
        expect(writer.writes).toEqual([]);
    });

    it('finishes its write in flight before it suspends, then leaves the store to the next owner', async () => {
        const { clock, store, writer, queue: first } = setup();
        writer.answer('manual');
        first.enqueue(taskDraft('call-1'));
        first.enqueue(taskDraft('call-2'));
        await settle();
        expect(writer.writtenCallIds).toEqual(['call-1']);

        let suspended = false;
        const suspending = first.suspend().then(() => {
            suspended = true;
        });
        await settle();
        expect(suspended).toBe(false);
        writer.manual[0]?.succeed();
        await suspending;
        expect(store.entries.map((entry) => entry.callId)).toEqual(['call-2']);
        expect(first.pending()).toEqual([]);

        // The new owner's queue works on the store; the suspended one never writes over it.
        const secondWriter = new ScriptedWriter(store);
        const second = new CallLogQueue({ store, writer: secondWriter, clock, startSuspended: true });
        second.resume();
        await settle();
        first.enqueue(taskDraft('stray'));
        clock.advance(60_000);
        await settle();
        expect(secondWriter.writtenCallIds).toEqual(['call-2']);
        expect(writer.writtenCallIds).toEqual(['call-1']);
        expect(store.entries).toEqual([]);
    });

    it('abandons a write that hangs when it suspends; the next owner writes that log once', async () => {
        const { clock, store, writer, queue: first } = setup({ suspendWaitMs: 3_000 });
        writer.answer('hang');
        first.enqueue(taskDraft('call-1'));
        await settle();
        const suspending = first.suspend();
        clock.advance(3_000);
        await suspending;
        expect(store.entries).toEqual([expect.objectContaining({ callId: 'call-1', attempts: 1 })]);

        const secondWriter = new ScriptedWriter(store);
        const second = new CallLogQueue({ store, writer: secondWriter, clock, startSuspended: true });
        second.resume();
        await settle();
        expect(secondWriter.writtenCallIds).toEqual(['call-1']);
        expect(clock.pendingTimers).toBe(0);
    });

    it('resumes with what the store holds, releasing the provisional logs of a tab that went away', async () => {
        const { clock, store, writer, queue: first } = setup();
        first.enqueue(taskDraft('call-wrap-up', { Description: 'half a note' }), { provisional: true });
        first.dispose();
        const next = new CallLogQueue({ store, writer, clock, startSuspended: true });
        await settle();
        expect(writer.writes).toEqual([]);
        next.resume();
        await settle();
        expect(writer.writtenCallIds).toEqual(['call-wrap-up']);
        expect(writer.writes[0]?.entry.fields.Description).toBe('half a note');
    });
});
