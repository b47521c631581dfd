import { FakeBrowserProfile } from '../../test-support/fake-browser';
import { settle } from '../../test-support/settle';
import type { FakeTab } from '../../test-support/fake-browser';
import { AGENT_STATUS_STORAGE_KEY } from '../softphone';

const CALLER = {
    Id: '003000000000001AAA',
    RecordType: 'Contact',
    Name: 'Ada Lovelace',
    Phone: '+14155550100'
};

/** The softphone in two (or more) tabs of one browser profile, started as the adapter page starts it. */
describe.each(['web-locks', 'broadcast-channel'] as const)(
    'one softphone per agent over %s',
    (coordination) => {
        let profile: FakeBrowserProfile;

        beforeEach(() => {
            profile = new FakeBrowserProfile().addRecords(CALLER);
        });

        afterEach(async () => {
            await profile.closeAll();
        });

        async function open(name: string): Promise<FakeTab> {
            return profile.openTab(name, { coordination });
        }

        async function available(tab: FakeTab): Promise<void> {
            await tab.send({ type: 'set-agent-status', status: 'available' });
            await profile.advance(1_000);
            expect(tab.snapshot().registration).toBe('registered');
        }

        it('registers in the first tab only; the second says the softphone is active in another tab', async () => {
            const first = await open('A');
            await available(first);
            const second = await open('B');

            expect(first.snapshot()).toMatchObject({ status: 'ready', tab: { role: 'owner' } });
            expect(second.snapshot()).toMatchObject({
                status: 'ready',
                callCenterName: 'Softphone for Salesforce',
                tab: { role: 'standby' },
                registration: 'unregistered'
            });
            expect(first.engine.demo()).toBeDefined();
            expect(second.engine.demo()).toBeUndefined();
            expect(second.api.calls).toContain('notifyInitializationComplete');
        });

        it('refuses to dial in the tab that stands by, saying where the softphone runs', async () => {
            await open('A');
            const second = await open('B');
            await second.send({ type: 'dial', number: '+14155550100' });
            expect(second.snapshot().notice).toEqual({ kind: 'info', key: 'active-in-another-tab' });
            expect(second.snapshot().call).toBeUndefined();
            // A number clicked in that tab's console says the same.
            expect(second.api.clickToDial({ number: '+14155550100' })).toBe(true);
            await settle();
            expect(second.snapshot().notice?.key).toBe('active-in-another-tab');
        });

        it('moves the phone line on Take over: the old tab unregisters first, the new one registers as the agent left it', async () => {
            const first = await open('A');
            await available(first);
            const second = await open('B');

            await second.send({ type: 'take-over' });
            await profile.advance(2_000);

            expect(first.snapshot()).toMatchObject({
                tab: { role: 'standby' },
                registration: 'unregistered'
            });
            expect(first.engine.demo()).toBeUndefined();
            expect(second.snapshot()).toMatchObject({
                tab: { role: 'owner' },
                agentStatus: 'available',
                registration: 'registered'
            });
            expect(profile.storage.getItem(profile.agentKey(AGENT_STATUS_STORAGE_KEY))).toBe('available');

            // The new owner takes calls.
            const call = second.engine.demo()?.simulateIncomingCall({ from: '+14155550100' });
            await settle();
            expect(second.snapshot().call).toMatchObject({ id: call?.callId, state: 'ringing' });
        });

        it('refuses Take over during a call, with the reason, and drops nothing; allows it after the wrap-up', async () => {
            const first = await open('A');
            await available(first);
            const second = await open('B');
            const call = first.engine.demo()?.simulateIncomingCall({ from: '+14155550100' });
            const callId = call?.callId ?? '';
            await settle();
            await first.send({ type: 'answer', callId });
            await profile.advance(1_000);

            await second.send({ type: 'take-over' });
            await profile.advance(2_000);
            expect(second.snapshot().tab).toEqual({ role: 'standby', refusal: 'call-in-progress' });
            expect(first.snapshot()).toMatchObject({
                tab: { role: 'owner' },
                call: { id: callId, state: 'connected' }
            });

            await first.send({ type: 'hang-up', callId });
            await second.send({ type: 'take-over' });
            await profile.advance(2_000);
            expect(second.snapshot().tab).toEqual({ role: 'standby', refusal: 'call-in-progress' });

            await first.send({ type: 'save-wrap-up', callId });
            await second.send({ type: 'take-over' });
            await profile.advance(2_000);
            expect(second.snapshot().tab).toEqual({ role: 'owner' });
            expect([...profile.org.tasks.keys()]).toEqual([callId]);
        });

        it('hands the line over when the owner tab is closed', async () => {
            const first = await open('A');
            await available(first);
            const second = await open('B');
            await first.close();
            await profile.advance(5_000);
            expect(second.snapshot()).toMatchObject({ tab: { role: 'owner' }, registration: 'registered' });
        });

        it('brings a wrap-up left by a closed owner tab back in the tab that takes over, and logs it once', async () => {
            const first = await open('A');
            await available(first);
            const second = await open('B');
            const call = first.engine.demo()?.simulateIncomingCall({ from: '+14155550100' });
            const callId = call?.callId ?? '';
            await settle();
            await first.send({ type: 'answer', callId });
            await profile.advance(30_000);
            await first.send({ type: 'hang-up', callId });
            await first.send({
                type: 'update-wrap-up',
                callId,
                notes: 'Wants a call back',
                disposition: 'Answered'
            });
            expect(profile.org.tasks.size).toBe(0);

            await first.close();
            await profile.advance(5_000);

            expect(second.snapshot().tab).toEqual({ role: 'owner' });
            expect(second.snapshot().call).toMatchObject({
                id: callId,
                state: 'wrap-up',
                notes: 'Wants a call back',
                disposition: 'Answered'
            });
            expect(profile.org.tasks.size).toBe(0);
            await second.send({ type: 'save-wrap-up', callId });
            expect([...profile.org.tasks.values()]).toEqual([
                expect.objectContaining({
                    CallObject: callId,
                    Description: 'Wants a call back',
                    CallDisposition: 'Answered',
                    CallDurationInSeconds: 30,
                    WhoId: CALLER.Id
                })
            ]);
            expect(profile.org.inserts).toBe(1);
            expect(second.snapshot().pendingLogs).toEqual([]);
        });

        it('never writes a log the owner still holds from the tab that stands by', async () => {
            const first = await open('A');
            await available(first);
            const call = first.engine.demo()?.simulateIncomingCall({ from: '+14155550100' });
            const callId = call?.callId ?? '';
            await settle();
            await first.send({ type: 'answer', callId });
            await profile.advance(10_000);
            await first.send({ type: 'hang-up', callId });
            expect(first.snapshot().call?.state).toBe('wrap-up');
            // A tab opened (or reloaded) while the owner is in wrap-up leaves the held log alone.
            await open('B');
            await profile.advance(120_000);
            expect(profile.org.apexCalls).toBe(0);
            await first.send({ type: 'save-wrap-up', callId });
            expect(profile.org.inserts).toBe(1);
            expect(profile.org.updates).toBe(0);
        });
    }
);

describe('one softphone per agent without BroadcastChannel', () => {
    it('runs every tab as its own softphone, and says why in the log', async () => {
        const profile = new FakeBrowserProfile();
        const tab = await profile.openTab('A', { coordination: 'none' });
        expect(tab.snapshot().tab).toBeUndefined();
        expect(tab.engine.demo()).toBeDefined();
        expect(tab.log.warn).toContainEqual(expect.stringMatching(/cannot coordinate tabs/));
        await profile.closeAll();
    });
});
