import { DEMO_SETTINGS, FakeBrowserProfile } from '../../test-support/fake-browser';
import { settle } from '../../test-support/settle';
import type { FakeTab } from '../../test-support/fake-browser';
import { CALL_LOG_STORAGE_KEY } from '../log';

/**
 * Fault injection for call logging, end to end: the softphone as the adapter page starts it, an org whose
 * `saveCallLog` fails, times out or loses its answer, page reloads at every step of a call, minutes offline,
 * and a full browser storage. Every scenario ends with exactly one Task per call and nothing lost.
 */
const CALLER = {
    Id: '003000000000001AAA',
    RecordType: 'Contact',
    Name: 'Ada Lovelace',
    Phone: '+14155550100'
};
const SETTINGS = { ...DEMO_SETTINGS, '/softphoneSettings/wrapUpSeconds': '0' };
const CTI_TIMEOUT_MS = 10_000;

describe('durable call logs under fault', () => {
    let profile: FakeBrowserProfile;
    let tab: FakeTab;

    beforeEach(async () => {
        profile = new FakeBrowserProfile().addRecords(CALLER);
        tab = await open('page-1');
    });

    afterEach(async () => {
        await profile.closeAll();
    });

    async function open(name: string): Promise<FakeTab> {
        const opened = await profile.openTab(name, {
            settings: SETTINGS,
            engine: { ctiTimeoutMs: CTI_TIMEOUT_MS }
        });
        await opened.send({ type: 'set-agent-status', status: 'available' });
        await profile.advance(1_000);
        return opened;
    }

    /** An inbound call answered and talked for `talkMs`; returns its id. */
    async function talk(talkMs = 20_000): Promise<string> {
        const call = tab.engine.demo()?.simulateIncomingCall({ from: '+14155550100' });
        const callId = call?.callId ?? '';
        await settle();
        await tab.send({ type: 'answer', callId });
        await profile.advance(250 + talkMs);
        return callId;
    }

    async function completeCall(notes = 'Invoice question'): Promise<string> {
        const callId = await talk();
        await tab.send({ type: 'hang-up', callId });
        await tab.send({ type: 'update-wrap-up', callId, notes, disposition: 'Answered' });
        await tab.send({ type: 'save-wrap-up', callId });
        return callId;
    }

    /** The page is reloaded: it goes away (hidden first, as browsers do) and a new page load starts. */
    async function reload(options: { crash?: boolean } = {}): Promise<void> {
        await tab.close(options);
        tab = await open(`page-${profile.tabs.length + 1}`);
        await profile.advance(2_000);
    }

    function expectOneTaskPerCall(...callIds: string[]): void {
        expect([...profile.org.tasks.keys()].sort()).toEqual([...callIds].sort());
        expect(profile.org.inserts).toBe(callIds.length);
        expect(tab.snapshot().pendingLogs).toEqual([]);
        expect(profile.storage.items.has(profile.agentKey(CALL_LOG_STORAGE_KEY))).toBe(false);
    }

    it('retries a saveCallLog that fails, showing the pending log and its error meanwhile', async () => {
        profile.org.next('fail', 'fail');
        const callId = await completeCall();
        expect(tab.snapshot().pendingLogs).toEqual([
            expect.objectContaining({
                callId,
                attempts: 1,
                lastError: expect.stringContaining('UNABLE_TO_LOCK_ROW')
            })
        ]);
        await profile.advance(60_000);
        expectOneTaskPerCall(callId);
        expect(profile.org.task(callId)).toMatchObject({
            Description: 'Invoice question',
            CallDisposition: 'Answered'
        });
    });

    it('retries a saveCallLog that never answers (time-out)', async () => {
        profile.org.next('no-answer');
        const callId = await completeCall();
        await profile.advance(CTI_TIMEOUT_MS);
        expect(tab.snapshot().pendingLogs).toEqual([
            expect.objectContaining({
                callId,
                attempts: 1,
                lastError: expect.stringMatching(/10000 ms|time/i)
            })
        ]);
        await profile.advance(60_000);
        expectOneTaskPerCall(callId);
    });

    it('updates the same Task when the org saved it but its answer was lost', async () => {
        profile.org.next('commit-then-no-answer');
        const callId = await completeCall();
        await profile.advance(CTI_TIMEOUT_MS + 60_000);
        expectOneTaskPerCall(callId);
        expect(profile.org.updates).toBe(1);
    });

    it('lets the agent retry at once instead of waiting for the backoff', async () => {
        profile.org.next('fail');
        const callId = await completeCall();
        expect(tab.snapshot().pendingLogs).toHaveLength(1);
        await tab.send({ type: 'retry-logs' });
        expectOneTaskPerCall(callId);
    });

    it('writes the log of a call whose page was reloaded during the wrap-up once, when its wrap-up is saved', async () => {
        const callId = await talk(30_000);
        await tab.send({ type: 'hang-up', callId });
        await tab.send({ type: 'update-wrap-up', callId, notes: 'Half a note', disposition: 'Answered' });
        expect(profile.org.apexCalls).toBe(0);
        await reload();
        expect(profile.org.apexCalls).toBe(0);
        expect(tab.snapshot().call).toMatchObject({ id: callId, state: 'wrap-up', notes: 'Half a note' });
        await tab.send({ type: 'save-wrap-up', callId });
        expectOneTaskPerCall(callId);
        expect(profile.org.task(callId)).toMatchObject({
            Subject: '[Demo] Inbound call from (415) 555-0100',
            Description: 'Half a note',
            CallDisposition: 'Answered',
            CallDurationInSeconds: 30,
            WhoId: CALLER.Id
        });
    });

    it('writes the log of a call whose page was reloaded while talking, with the talk time so far', async () => {
        const callId = await talk(10_000);
        await tab.send({ type: 'update-wrap-up', callId, notes: 'Typed while talking' });
        await profile.advance(35_000);
        // The page stores the call as it stands when it is hidden (closing or reloading it hides it first).
        await reload();
        expectOneTaskPerCall(callId);
        expect(profile.org.task(callId)).toMatchObject({
            CallDurationInSeconds: 45,
            Description: 'Typed while talking'
        });
    });

    it('logs a call that was ringing when the page crashed as missed', async () => {
        const call = tab.engine.demo()?.simulateIncomingCall({ from: '+14155550100' });
        await settle();
        await reload({ crash: true });
        expectOneTaskPerCall(call?.callId ?? '');
        expect(profile.org.task(call?.callId ?? '')).toMatchObject({
            Subject: '[Demo] Missed call from (415) 555-0100',
            CallDisposition: 'Missed'
        });
    });

    it('writes a log exactly once when the page is reloaded while its write is in flight', async () => {
        profile.org.next('no-answer');
        const callId = await completeCall();
        await reload();
        await profile.advance(CTI_TIMEOUT_MS + 60_000);
        expect(profile.org.apexCalls).toBe(2);
        expectOneTaskPerCall(callId);
    });

    it('updates, never duplicates, when the org saved the log and the page reloaded before it heard so', async () => {
        profile.org.next('commit-then-no-answer');
        const callId = await completeCall();
        await reload();
        expectOneTaskPerCall(callId);
        expect(profile.org.updates).toBe(1);
    });

    it('keeps every log through ten minutes offline and a reload, then writes each once', async () => {
        profile.org.offline = true;
        const callIds: string[] = [];
        for (let index = 0; index < 5; index++) {
            callIds.push(await completeCall(`call ${index}`));
            await profile.advance(60_000, 5_000);
        }
        await reload();
        await profile.advance(300_000, 5_000);
        expect(
            tab
                .snapshot()
                .pendingLogs.map((log) => log.callId)
                .sort()
        ).toEqual([...callIds].sort());
        const triesOffline = profile.org.apexCalls;

        profile.org.offline = false;
        await profile.advance(300_000, 5_000);
        expectOneTaskPerCall(...callIds);
        expect(profile.org.task(callIds[3] ?? '')?.['Description']).toBe('call 3');
        // About ten minutes offline cost a few dozen tries, not one per log per second.
        expect(triesOffline).toBeLessThan(60);
    });

    it('refuses a second Save of the same call, and the org holds one Task', async () => {
        const callId = await completeCall();
        await tab.send({ type: 'save-wrap-up', callId });
        expect(tab.snapshot().notice).toMatchObject({ key: 'command-failed' });
        expectOneTaskPerCall(callId);
        expect(profile.org.apexCalls).toBe(1);
    });

    it('keeps logs in memory while browser storage is full, says so, and writes them once the org answers', async () => {
        profile.storage.quota = 0;
        profile.org.offline = true;
        const callId = await completeCall();
        expect(tab.snapshot()).toMatchObject({
            pendingLogs: [expect.objectContaining({ callId })],
            logStorageProblem: expect.stringMatching(/full/)
        });
        profile.org.offline = false;
        await profile.advance(60_000);
        expect([...profile.org.tasks.keys()]).toEqual([callId]);
        expect(tab.snapshot().pendingLogs).toEqual([]);
        expect(tab.snapshot().logStorageProblem).toBeUndefined();
    });
});
