import { DEMO_SETTINGS, FakeBrowserProfile } from '../../test-support/fake-browser';
import { settle } from '../../test-support/settle';
import type { FakeTab } from '../../test-support/fake-browser';
import { CALL_LOG_STORAGE_KEY } from '../log';
import { WRAP_UP_STORAGE_KEY } from './wrap-up-store';

/**
 * A reload during wrap-up, end to end through the softphone the adapter page starts: the wrap-up comes back
 * with the notes typed, the call result, the relation and what is left of its countdown; the call's log waits
 * for it and is written exactly once, on Save or when the countdown runs out.
 */
const ADA = { Id: '003000000000001AAA', RecordType: 'Contact', Name: 'Ada Lovelace', Phone: '+14155550100' };

function settings(wrapUpSeconds: number): Record<string, string> {
    return { ...DEMO_SETTINGS, '/softphoneSettings/wrapUpSeconds': String(wrapUpSeconds) };
}

describe('wrap-up through a page reload', () => {
    let profile: FakeBrowserProfile;
    let tab: FakeTab;

    beforeEach(() => {
        profile = new FakeBrowserProfile().addRecords(ADA);
    });

    afterEach(async () => {
        await profile.closeAll();
    });

    async function open(wrapUpSeconds: number): Promise<FakeTab> {
        tab = await profile.openTab(`page-${profile.tabs.length + 1}`, { settings: settings(wrapUpSeconds) });
        await tab.send({ type: 'set-agent-status', status: 'available' });
        await profile.advance(1_000);
        return tab;
    }

    /** Ada's call answered, talked 30 s and hung up, with notes and a call result typed in its wrap-up. */
    async function intoWrapUp(): Promise<string> {
        const call = tab.engine.demo()?.simulateIncomingCall({ from: '+14155550100' });
        const callId = call?.callId ?? '';
        await settle();
        await tab.send({ type: 'answer', callId });
        await profile.advance(30_000);
        await tab.send({ type: 'hang-up', callId });
        await tab.send({
            type: 'update-wrap-up',
            callId,
            notes: 'Half a note',
            disposition: 'Answered',
            relatedRecordId: ADA.Id
        });
        return callId;
    }

    async function reload(wrapUpSeconds: number, awayMs = 2_000): Promise<void> {
        await tab.close();
        await profile.advance(awayMs);
        await open(wrapUpSeconds);
    }

    it('brings the wrap-up back with the notes, call result, relation and countdown; writes the log once on Save', async () => {
        await open(60);
        const callId = await intoWrapUp();
        const before = tab.snapshot().call;
        expect(before).toMatchObject({ state: 'wrap-up', relatedRecord: { id: ADA.Id } });

        await reload(60);
        expect(tab.snapshot().call).toMatchObject({
            id: callId,
            state: 'wrap-up',
            notes: 'Half a note',
            disposition: 'Answered',
            relatedRecord: { id: ADA.Id, name: 'Ada Lovelace' },
            wrapUpStartedAt: before?.wrapUpStartedAt,
            wrapUpEndsAt: before?.wrapUpEndsAt
        });
        expect(profile.org.apexCalls).toBe(0);

        await tab.send({ type: 'update-wrap-up', callId, notes: 'Half a note, then the rest' });
        await tab.send({ type: 'save-wrap-up', callId });
        await profile.advance(1_000);
        expect(tab.snapshot().call).toBeUndefined();
        expect([...profile.org.tasks.keys()]).toEqual([callId]);
        expect(profile.org.inserts).toBe(1);
        expect(profile.org.updates).toBe(0);
        expect(profile.org.task(callId)).toMatchObject({
            Description: 'Half a note, then the rest',
            CallDisposition: 'Answered',
            CallDurationInSeconds: 30,
            WhoId: ADA.Id
        });
        expect(profile.storage.items.has(profile.agentKey(CALL_LOG_STORAGE_KEY))).toBe(false);
        expect(profile.storage.items.has(profile.agentKey(WRAP_UP_STORAGE_KEY))).toBe(false);

        // A later page load brings nothing back and writes nothing again.
        await reload(60);
        expect(tab.snapshot().call).toBeUndefined();
        expect(profile.org.apexCalls).toBe(1);
    });

    it('keeps counting down after the reload and writes the log once when the time runs out', async () => {
        await open(60);
        const callId = await intoWrapUp();
        await profile.advance(20_000);
        await reload(60);
        expect(tab.snapshot().call?.state).toBe('wrap-up');
        await profile.advance(30_000);
        expect(profile.org.apexCalls).toBe(0);
        await profile.advance(10_000);
        expect(tab.snapshot().call).toBeUndefined();
        expect([...profile.org.tasks.keys()]).toEqual([callId]);
        expect(profile.org.inserts + profile.org.updates).toBe(1);
        expect(profile.org.task(callId)).toMatchObject({ Description: 'Half a note' });
    });

    it('writes the log as it stood when the page came back after the wrap-up time ran out', async () => {
        await open(60);
        const callId = await intoWrapUp();
        await reload(60, 120_000);
        expect(tab.snapshot().call).toBeUndefined();
        expect([...profile.org.tasks.keys()]).toEqual([callId]);
        expect(profile.org.task(callId)).toMatchObject({
            Description: 'Half a note',
            CallDisposition: 'Answered'
        });
        expect(profile.storage.items.has(profile.agentKey(WRAP_UP_STORAGE_KEY))).toBe(false);
    });

    it('brings back a wrap-up without a time limit, and waits for Save', async () => {
        await open(0);
        const callId = await intoWrapUp();
        await reload(0, 10 * 60_000);
        expect(tab.snapshot().call).toMatchObject({ id: callId, state: 'wrap-up', notes: 'Half a note' });
        expect(tab.snapshot().call?.wrapUpEndsAt).toBeUndefined();
        expect(profile.org.apexCalls).toBe(0);
        await tab.send({ type: 'save-wrap-up', callId });
        expect([...profile.org.tasks.keys()]).toEqual([callId]);
    });

    it('writes the log once and brings nothing back when the stored wrap-up is unreadable', async () => {
        await open(60);
        const callId = await intoWrapUp();
        await tab.close();
        profile.storage.setItem(
            profile.agentKey(WRAP_UP_STORAGE_KEY),
            JSON.stringify({ data: { state: 'wrap-up' }, restoreUntil: 9e15 })
        );
        await open(60);
        // Its wrap-up cannot come back, so the page load writes the log with what it held, at once.
        expect(tab.snapshot().call).toBeUndefined();
        expect([...profile.org.tasks.keys()]).toEqual([callId]);
        expect(profile.storage.items.has(profile.agentKey(WRAP_UP_STORAGE_KEY))).toBe(false);
        expect(profile.org.task(callId)).toMatchObject({ Description: 'Half a note' });
    });
});
