import { DEMO_SETTINGS, FakeBrowserProfile } from '../../test-support/fake-browser';
import { settle } from '../../test-support/settle';
import type { FakeTab } from '../../test-support/fake-browser';

/**
 * Two agents signing in one after the other in the same browser profile (a shared workstation): what one left
 * in the browser (a wrap-up in progress, logs not yet saved, a status) is never shown to, nor saved as a Task
 * by, the other; it waits for its own agent.
 */
const ADA = { Id: '003000000000001AAA', RecordType: 'Contact', Name: 'Ada Lovelace', Phone: '+14155550100' };
const SETTINGS = { ...DEMO_SETTINGS, '/softphoneSettings/wrapUpSeconds': '0' };
const FIRST_AGENT = 'org1:user1';
const NEXT_AGENT = 'org1:user2';

describe('agents sharing a browser profile', () => {
    let profile: FakeBrowserProfile;

    beforeEach(() => {
        profile = new FakeBrowserProfile().addRecords(ADA);
    });

    afterEach(async () => {
        await profile.closeAll();
    });

    async function signIn(ownerKey: string): Promise<FakeTab> {
        const tab = await profile.openTab(`${ownerKey}-${profile.tabs.length + 1}`, {
            settings: SETTINGS,
            engine: { ownerKey }
        });
        await profile.advance(1_000);
        return tab;
    }

    async function endedCall(tab: FakeTab, notes: string): Promise<string> {
        await tab.send({ type: 'set-agent-status', status: 'available' });
        await profile.advance(1_000);
        const callId = tab.engine.demo()?.simulateIncomingCall({ from: ADA.Phone })?.callId ?? '';
        await settle();
        await tab.send({ type: 'answer', callId });
        await profile.advance(10_000);
        await tab.send({ type: 'hang-up', callId });
        await tab.send({ type: 'update-wrap-up', callId, notes, disposition: 'Answered' });
        return callId;
    }

    it('keeps a wrap-up in progress for the agent who left it', async () => {
        const first = await signIn(FIRST_AGENT);
        const callId = await endedCall(first, 'Half a note');
        await first.close();

        const next = await signIn(NEXT_AGENT);
        expect(next.snapshot().call).toBeUndefined();
        expect(next.snapshot().agentStatus).not.toBe('available');
        await profile.advance(60_000);
        expect(profile.org.apexCalls).toBe(0);
        await next.close();

        const back = await signIn(FIRST_AGENT);
        expect(back.snapshot().call).toMatchObject({ id: callId, state: 'wrap-up', notes: 'Half a note' });
        expect(back.snapshot().agentStatus).toBe('available');
        await back.send({ type: 'save-wrap-up', callId });
        await profile.advance(1_000);
        expect([...profile.org.tasks.keys()]).toEqual([callId]);
    });

    it('saves logs left unsaved only when their own agent signs in again', async () => {
        const first = await signIn(FIRST_AGENT);
        profile.org.next('fail');
        const callId = await endedCall(first, 'Invoice question');
        await first.send({ type: 'save-wrap-up', callId });
        await profile.advance(1_000);
        expect(first.snapshot().pendingLogs).toHaveLength(1);
        await first.close();

        const next = await signIn(NEXT_AGENT);
        expect(next.snapshot().pendingLogs).toEqual([]);
        await profile.advance(120_000);
        expect(profile.org.tasks.size).toBe(0);
        await next.close();

        const back = await signIn(FIRST_AGENT);
        await profile.advance(120_000);
        expect([...profile.org.tasks.keys()]).toEqual([callId]);
        expect(profile.org.inserts).toBe(1);
        expect(back.snapshot().pendingLogs).toEqual([]);
    });
});
