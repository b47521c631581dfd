import { DEMO_SETTINGS } from '../../test-support/fake-browser';
import type { FakeBrowserProfile, FakeTab } from '../../test-support/fake-browser';
import { availableOnDemoLine, ringDemoLine } from '../../test-support/demo-line-agent';

/**
 * Two calls on the agent's line, end to end on the demo line: a warm transfer (consult, swap, complete or
 * cancel), a three-way conference, and call waiting; each leg is logged once, and its Task says who it was
 * transferred to or conferenced with.
 */
const CALLER = '+14155550123';
const COLLEAGUE = '+14155550188';
const SECOND_CALLER = '+14155550177';
const SETTINGS = { ...DEMO_SETTINGS, '/softphoneSettings/screenPopNoMatch': 'NONE' };
const GRACE = {
    Id: '003000000000002AAA',
    RecordType: 'Contact',
    Name: 'Grace Hopper',
    Phone: '(415) 555-0177'
};

function demoOf(tab: FakeTab): NonNullable<ReturnType<FakeTab['engine']['demo']>> {
    const demo = tab.engine.demo();
    if (!demo) throw new Error('no demo line');
    return demo;
}

describe('two calls on the line', () => {
    let profile: FakeBrowserProfile;
    let tab: FakeTab;

    async function start(settings: Record<string, string> = SETTINGS): Promise<void> {
        ({ profile, tab } = await availableOnDemoLine(settings, GRACE));
    }

    afterEach(async () => {
        await profile.closeAll();
    });

    function ring(from: string): Promise<string> {
        return ringDemoLine({ profile, tab }, from);
    }

    /** An answered call from the caller. */
    async function onACall(): Promise<string> {
        const callId = await ring(CALLER);
        await tab.send({ type: 'answer', callId });
        await profile.advance(2_000);
        expect(tab.snapshot().call?.state).toBe('connected');
        return callId;
    }

    /** Consults the colleague, who answers. */
    async function consult(callId: string): Promise<string> {
        await tab.send({ type: 'consult', callId, target: COLLEAGUE });
        expect(tab.snapshot().call?.state).toBe('held');
        expect(tab.snapshot().secondCall).toMatchObject({ number: COLLEAGUE, state: 'dialing' });
        await profile.advance(5_000);
        const snapshot = tab.snapshot();
        expect(snapshot.secondCall?.state).toBe('connected');
        expect(snapshot.line).toEqual({ mode: 'two-calls', talking: snapshot.secondCall?.id });
        return snapshot.secondCall?.id ?? '';
    }

    describe('warm transfer', () => {
        beforeEach(() => start());

        it('holds the caller, consults, swaps both ways, completes; each leg has one Task naming the other party', async () => {
            const callId = await onACall();
            const consultId = await consult(callId);

            await tab.send({ type: 'swap', callId });
            expect(tab.snapshot()).toMatchObject({
                call: { state: 'connected' },
                secondCall: { state: 'held' },
                line: { mode: 'two-calls', talking: callId }
            });
            await tab.send({ type: 'swap', callId: consultId });
            expect(tab.snapshot()).toMatchObject({
                call: { state: 'held' },
                secondCall: { state: 'connected' }
            });

            await tab.send({ type: 'complete-transfer', callId });
            await profile.advance(1_000);
            const after = tab.snapshot();
            expect(after.call).toMatchObject({ id: callId, state: 'wrap-up', endCause: 'transferred' });
            expect(after.secondCall).toBeUndefined();
            expect(after.line).toBeUndefined();
            // The consultation leg is logged at once; the caller's leg once its wrap-up is saved.
            expect(profile.org.task(consultId)).toMatchObject({
                Subject: `[Demo] Outbound call to (415) 555-0188`,
                Description: `Consulted; the caller ${CALLER} was transferred to this party.`
            });
            await tab.send({ type: 'update-wrap-up', callId, notes: 'Billing question.' });
            await tab.send({ type: 'save-wrap-up', callId });
            await profile.advance(1_000);
            expect(profile.org.task(callId)).toMatchObject({
                Description: `Transferred to ${COLLEAGUE}.\n\nBilling question.`
            });
            expect(tab.snapshot().recentCalls.map((call) => call.id)).toEqual([callId, consultId]);
        });

        it('cancels: hanging up the consultation brings the caller back from hold', async () => {
            const callId = await onACall();
            const consultId = await consult(callId);
            await tab.send({ type: 'hang-up', callId: consultId });
            await profile.advance(500);
            const snapshot = tab.snapshot();
            expect(snapshot.call).toMatchObject({ id: callId, state: 'connected' });
            expect(snapshot.secondCall).toBeUndefined();
            expect(snapshot.line).toBeUndefined();
            expect(profile.org.task(consultId)?.['Description']).toBeUndefined();
            expect(profile.org.task(consultId)).toMatchObject({ CallType: 'Outbound' });
        });

        it('cancels while the colleague still rings', async () => {
            const callId = await onACall();
            await tab.send({ type: 'consult', callId, target: COLLEAGUE });
            const consultId = tab.snapshot().secondCall?.id ?? '';
            await tab.send({ type: 'hang-up', callId: consultId });
            await profile.advance(500);
            expect(tab.snapshot().call?.state).toBe('connected');
            expect(tab.snapshot().secondCall).toBeUndefined();
        });

        it('refuses to complete or conference while the colleague still rings, saying why', async () => {
            const callId = await onACall();
            await tab.send({ type: 'consult', callId, target: COLLEAGUE });
            await tab.send({ type: 'complete-transfer', callId });
            expect(tab.snapshot().notice).toMatchObject({
                key: 'command-failed',
                detail: 'Cannot complete the transfer: the consulted party has not answered yet; wait for them to answer or cancel.'
            });
            await tab.send({ type: 'merge', callId });
            expect(tab.snapshot().notice?.detail).toMatch(/^Cannot start a conference: the consulted party/);
        });

        it('brings the caller back when the number to consult cannot be dialled', async () => {
            const callId = await onACall();
            await tab.send({ type: 'consult', callId, target: '12' });
            expect(tab.snapshot().call?.state).toBe('connected');
            expect(tab.snapshot().secondCall).toBeUndefined();
            expect(tab.snapshot().notice?.key).toBe('command-failed');
        });

        it('keeps the consultation on when the caller hangs up: it becomes the call on screen', async () => {
            const callId = await onACall();
            const consultId = await consult(callId);
            tab.engine.demo()?.simulateCallerHangUp(callId);
            await profile.advance(500);
            const snapshot = tab.snapshot();
            expect(snapshot.call).toMatchObject({ id: consultId, state: 'connected' });
            expect(snapshot.secondCall).toBeUndefined();
            expect(profile.org.task(callId)).toMatchObject({ CallType: 'Inbound' });
        });

        it('names the number a blind transfer went to in the Task', async () => {
            const callId = await onACall();
            await tab.send({ type: 'blind-transfer', callId, target: COLLEAGUE });
            await tab.send({ type: 'save-wrap-up', callId });
            await profile.advance(1_000);
            expect(profile.org.task(callId)?.['Description']).toBe(`Transferred to ${COLLEAGUE}.`);
        });
    });

    describe('conference', () => {
        beforeEach(() => start());

        it('joins caller and colleague with the agent, mutes both legs, drops one; each Task names the other party', async () => {
            const callId = await onACall();
            const consultId = await consult(callId);
            await tab.send({ type: 'merge', callId });
            expect(tab.snapshot()).toMatchObject({
                call: { state: 'connected' },
                secondCall: { state: 'connected' },
                line: { mode: 'conference' }
            });
            expect(tab.engine.demo()?.inConference(callId)).toBe(true);
            expect(tab.engine.demo()?.inConference(consultId)).toBe(true);

            await tab.send({ type: 'mute', callId });
            expect(tab.engine.demo()?.isMuted(callId)).toBe(true);
            expect(tab.engine.demo()?.isMuted(consultId)).toBe(true);
            await tab.send({ type: 'unmute', callId });
            expect(tab.engine.demo()?.isMuted(consultId)).toBe(false);

            await tab.send({ type: 'swap', callId });
            expect(tab.snapshot().notice?.detail).toBe(
                'Cannot swap calls: the calls are in a conference; drop one party to talk to the other alone.'
            );

            await tab.send({ type: 'hang-up', callId: consultId });
            await profile.advance(500);
            expect(tab.snapshot()).toMatchObject({ call: { id: callId, state: 'connected' } });
            expect(tab.snapshot().line).toBeUndefined();
            expect(profile.org.task(consultId)?.['Description']).toBe(`Conference with ${CALLER}.`);
            await tab.send({ type: 'hang-up', callId });
            await tab.send({ type: 'save-wrap-up', callId });
            await profile.advance(1_000);
            expect(profile.org.task(callId)?.['Description']).toBe(`Conference with ${COLLEAGUE}.`);
        });
    });

    describe('a conference the phone system cannot hold', () => {
        beforeEach(() => start());

        it('says why and puts the caller back on hold, talking to the colleague as before', async () => {
            const callId = await onACall();
            await consult(callId);
            jest.spyOn(demoOf(tab), 'conference').mockRejectedValue(new Error('No audio to mix.'));
            await tab.send({ type: 'merge', callId });
            await profile.advance(500);
            expect(tab.snapshot()).toMatchObject({
                notice: { key: 'command-failed', detail: 'No audio to mix.' },
                call: { state: 'held' },
                secondCall: { state: 'connected' },
                line: { mode: 'two-calls' }
            });
        });
    });

    describe('call waiting', () => {
        it('shows a second call beside the first; answering holds the first; each call logged once', async () => {
            await start();
            const callId = await onACall();
            const waitingId = await ring(SECOND_CALLER);
            expect(tab.snapshot()).toMatchObject({
                call: { id: callId, state: 'connected' },
                secondCall: { id: waitingId, state: 'ringing', number: SECOND_CALLER },
                line: { mode: 'call-waiting' }
            });
            await tab.send({ type: 'answer', callId: waitingId });
            await profile.advance(2_000);
            expect(tab.snapshot()).toMatchObject({
                call: { state: 'held' },
                secondCall: { state: 'connected' },
                line: { mode: 'two-calls', talking: waitingId }
            });
            await tab.send({ type: 'hang-up', callId: waitingId });
            await profile.advance(500);
            expect(tab.snapshot().call).toMatchObject({ id: callId, state: 'connected' });
            expect(profile.org.task(waitingId)).toMatchObject({ CallType: 'Inbound' });
            expect(profile.org.task(callId)).toBeUndefined();
        });

        it("pops the waiting caller's record only once the agent answers, and relates that call to it", async () => {
            await start();
            await onACall();
            const waitingId = await ring(SECOND_CALLER);
            expect(tab.api.currentView?.recordId).not.toBe(GRACE.Id);
            await tab.send({ type: 'answer', callId: waitingId });
            await profile.advance(2_000);
            expect(tab.api.currentView).toMatchObject({ recordId: GRACE.Id });
            expect(tab.snapshot().secondCall?.relatedRecord).toMatchObject({ id: GRACE.Id });
            await tab.send({ type: 'hang-up', callId: waitingId });
            await profile.advance(500);
            expect(profile.org.task(waitingId)).toMatchObject({ WhoId: GRACE.Id });
        });

        it('declines a waiting call as busy (486); it is logged as declined and the first call goes on', async () => {
            await start();
            const callId = await onACall();
            const decline = jest.spyOn(demoOf(tab), 'decline');
            const waitingId = await ring(SECOND_CALLER);
            await tab.send({ type: 'decline', callId: waitingId });
            await profile.advance(500);
            expect(decline).toHaveBeenCalledWith(waitingId, { reason: 'busy' });
            expect(tab.snapshot().call).toMatchObject({ id: callId, state: 'connected' });
            expect(tab.snapshot().secondCall).toBeUndefined();
            expect(profile.org.task(waitingId)).toMatchObject({ CallDisposition: 'Declined' });
        });

        it.each([
            [
                'the call center turned call waiting off',
                { ...SETTINGS, '/softphoneSettings/callWaiting': 'off' },
                'available'
            ],
            ['the agent is Busy', SETTINGS, 'busy']
        ] as const)('refuses a second call as busy when %s', async (_name, settings, status) => {
            await start(settings);
            const callId = await onACall();
            await tab.send({ type: 'set-agent-status', status });
            const decline = jest.spyOn(demoOf(tab), 'decline');
            const waitingId = await ring(SECOND_CALLER);
            expect(decline).toHaveBeenCalledWith(waitingId, { reason: 'busy' });
            expect(tab.snapshot().secondCall).toBeUndefined();
            expect(tab.snapshot().call?.id).toBe(callId);
            expect(profile.org.task(waitingId)).toMatchObject({ CallDisposition: 'Declined' });
        });

        it('refuses a third call while one waits', async () => {
            await start();
            await onACall();
            const waitingId = await ring(SECOND_CALLER);
            const decline = jest.spyOn(demoOf(tab), 'decline');
            const thirdId = await ring('+14155550166');
            expect(decline).toHaveBeenCalledWith(thirdId, { reason: 'busy' });
            expect(tab.snapshot().secondCall?.id).toBe(waitingId);
        });
    });
});
