import { SessionState } from 'sip.js';
import { microphoneError } from './microphone';
import { AGENT, connectInbound, createSipRig, registerAgent } from './test-support/sip-rig';
import type { SipRig } from './test-support/sip-rig';
import { settleNetwork, waitFor } from './test-support/wait-for';

describe('SipTelephonyProvider inbound calls', () => {
    let rig: SipRig;

    beforeEach(async () => {
        rig = createSipRig();
        await registerAgent(rig);
    });

    afterEach(async () => {
        await rig.close();
    });

    async function offered(): Promise<string> {
        await waitFor('an incoming call', () => rig.events.events.some((event) => event.type === 'incoming'));
        const event = rig.events.take().find((candidate) => candidate.type === 'incoming');
        if (event?.type !== 'incoming') throw new Error('no incoming call');
        return event.call.callId;
    }

    it('offers the call with the number, the display name and the IVR headers, names lower-cased', async () => {
        const caller = await rig.phone('+14155550123');
        const session = await caller.call(
            AGENT.user,
            ['X-Case-Number: 00001026', 'X-Queue: billing'],
            'Ada Lovelace'
        );
        await waitFor('an incoming call', () => rig.events.events.length > 0);
        expect(rig.events.take()).toEqual([
            {
                type: 'incoming',
                call: {
                    callId: session.request.callId,
                    from: '+14155550123',
                    displayName: 'Ada Lovelace',
                    headers: { 'x-case-number': '00001026', 'x-queue': 'billing' }
                }
            }
        ]);
        expect(rig.network.linesTo('+14155550123')).toContain('SIP/2.0 180 Ringing');
    });

    it('answers: 200 OK with the agent media, connected on both ends, remote audio playing', async () => {
        const caller = await rig.phone('+14155550123');
        const session = await caller.call(AGENT.user);
        const callId = await offered();
        await rig.provider.answer(callId);
        expect(rig.events.take()).toEqual([{ type: 'connected', callId }]);
        await waitFor('the caller connected', () => session.state === SessionState.Established);
        expect(rig.speakers.playing.get(callId)).toBe(rig.media.last.remoteMediaStream);
    });

    it('declines with 603 Decline, or 486 Busy Here when busy', async () => {
        const caller = await rig.phone('+14155550123');
        const first = await caller.call(AGENT.user);
        await rig.provider.decline(await offered());
        expect(rig.events.take()).toEqual([
            { type: 'ended', callId: first.request.callId, cause: 'declined', detail: '603 Decline' }
        ]);
        await waitFor('the caller to hear 603', () => first.state === SessionState.Terminated);
        expect(rig.network.linesTo('+14155550123')).toContain('SIP/2.0 603 Decline');

        const second = await caller.call(AGENT.user);
        await rig.provider.decline(await offered(), { reason: 'busy' });
        expect(rig.events.take()).toEqual([
            { type: 'ended', callId: second.request.callId, cause: 'declined', detail: '486 Busy Here' }
        ]);
        await waitFor('the caller to hear 486', () =>
            rig.network.linesTo('+14155550123').includes('SIP/2.0 486 Busy Here')
        );
    });

    it('reports the caller hanging up before the answer as caller-cancelled', async () => {
        const caller = await rig.phone('+14155550123');
        const session = await caller.call(AGENT.user);
        const callId = await offered();
        await session.cancel();
        await waitFor('the end of the call', () => rig.events.events.length > 0);
        expect(rig.events.take()).toEqual([{ type: 'ended', callId, cause: 'caller-cancelled' }]);
        await expect(rig.provider.answer(callId)).rejects.toMatchObject({ code: 'no-such-call' });
    });

    it('reports the caller hanging up a connected call as remote-hang-up and stops the audio', async () => {
        const caller = await rig.phone('+14155550123');
        const { callId, session } = await connectInbound(rig, caller);
        await session.bye();
        await waitFor('the end of the call', () => rig.events.events.length > 0);
        expect(rig.events.take()).toEqual([{ type: 'ended', callId, cause: 'remote-hang-up' }]);
        expect(rig.speakers.stopped).toEqual([callId]);
        expect(rig.media.last.closed).toBe(true);
    });

    it('hangs up a connected call with BYE', async () => {
        const caller = await rig.phone('+14155550123');
        const { callId, session } = await connectInbound(rig, caller);
        await rig.provider.hangUp(callId);
        expect(rig.events.take()).toEqual([{ type: 'ended', callId, cause: 'local-hang-up' }]);
        await waitFor('the caller to hear BYE', () => session.state === SessionState.Terminated);
    });

    it('refuses the call and reports media-failed when the microphone is denied on answer', async () => {
        const caller = await rig.phone('+14155550123');
        const session = await caller.call(AGENT.user);
        const callId = await offered();
        rig.media.microphoneError = microphoneError(
            Object.assign(new Error('denied'), { name: 'NotAllowedError' })
        );
        await expect(rig.provider.answer(callId)).rejects.toMatchObject({ code: 'microphone-denied' });
        expect(rig.events.take()).toEqual([{ type: 'ended', callId, cause: 'media-failed' }]);
        await waitFor('the caller to hear 480', () => session.state === SessionState.Terminated);
        await settleNetwork();
        expect(rig.network.linesTo('+14155550123')).toContain('SIP/2.0 480 Temporarily Unavailable');
    });

    it('ends an unanswered call with no-answer when SIP.js gives up ringing', async () => {
        await rig.close();
        rig = createSipRig({ noAnswerTimeout: 0.05 });
        await registerAgent(rig);
        const caller = await rig.phone('+14155550123');
        await caller.call(AGENT.user);
        const callId = await offered();
        await waitFor('the call to ring out', () => rig.events.events.length > 0);
        expect(rig.events.take()).toEqual([{ type: 'ended', callId, cause: 'no-answer' }]);
    });
});
