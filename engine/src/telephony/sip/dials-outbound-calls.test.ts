import { SessionState } from 'sip.js';
import { microphoneError } from './microphone';
import { createSipRig, registerAgent } from './test-support/sip-rig';
import type { SipRig } from './test-support/sip-rig';
import { settleNetwork, waitFor } from './test-support/wait-for';

const CALLEE = '+14155550199';

describe('SipTelephonyProvider outbound calls', () => {
    let rig: SipRig;

    beforeEach(async () => {
        rig = createSipRig();
        await registerAgent(rig);
    });

    afterEach(async () => {
        await rig.close();
    });

    /** Lets the provider's held-back events (reported a tick after dial() returned) through. */
    function flush(): void {
        rig.clock.advance(0);
    }

    it('resolves with the SIP Call-ID once the INVITE is sent, then reports ringing and the answer', async () => {
        const callee = await rig.phone(CALLEE);
        const callId = await rig.provider.dial(CALLEE, { headers: { 'X-Account': '42', Bad: 'dropped' } });
        const invitation = await callee.ringing();
        expect(invitation.request.callId).toBe(callId);
        expect(invitation.request.getHeader('X-Account')).toBe('42');
        expect(invitation.request.hasHeader('Bad')).toBe(false);
        expect(invitation.request.ruri?.toString()).toContain(`sip:${CALLEE}@`);
        await waitFor('ringing', () => {
            flush();
            return rig.events.events.some(
                (event) => event.type === 'progress' && event.progress === 'ringing'
            );
        });
        expect(rig.events.take()).toEqual([
            { type: 'progress', callId, progress: 'trying' },
            { type: 'progress', callId, progress: 'ringing' }
        ]);

        await invitation.accept();
        await waitFor('the answer', () => rig.events.events.length > 0);
        expect(rig.events.take()).toEqual([{ type: 'connected', callId }]);
        expect(rig.speakers.playing.has(callId)).toBe(true);

        await rig.provider.hangUp(callId);
        expect(rig.events.take()).toEqual([{ type: 'ended', callId, cause: 'local-hang-up' }]);
        await waitFor('the callee to hear BYE', () => invitation.state === SessionState.Terminated);
    });

    it.each([
        [486, 'Busy Here', 'busy'],
        [603, 'Decline', 'rejected'],
        [480, 'Temporarily Unavailable', 'unavailable']
    ])('ends with the cause of a %i refusal', async (status, reason, cause) => {
        const callee = await rig.phone(CALLEE);
        const callId = await rig.provider.dial(CALLEE);
        const invitation = await callee.ringing();
        await invitation.reject({ statusCode: status, reasonPhrase: reason });
        await waitFor('the end', () => {
            flush();
            return rig.events.events.some((event) => event.type === 'ended');
        });
        expect(rig.events.take().at(-1)).toEqual({
            type: 'ended',
            callId,
            cause,
            detail: `${status} ${reason}`
        });
    });

    it('ends with not-found for a number nobody has', async () => {
        const callId = await rig.provider.dial('+14155550000');
        await waitFor('the end', () => rig.events.events.some((event) => event.type === 'ended'));
        expect(rig.events.take()).toEqual([
            { type: 'ended', callId, cause: 'not-found', detail: '404 Not Found' }
        ]);
    });

    it('cancels a call that is still ringing', async () => {
        const callee = await rig.phone(CALLEE);
        const callId = await rig.provider.dial(CALLEE);
        const invitation = await callee.ringing();
        await settleNetwork();
        flush();
        rig.events.take();
        await rig.provider.hangUp(callId);
        expect(rig.events.take()).toEqual([{ type: 'ended', callId, cause: 'local-hang-up' }]);
        await waitFor('the callee to see CANCEL', () => invitation.state === SessionState.Terminated);
        expect(rig.network.carried.some((message) => message.firstLine.startsWith('CANCEL '))).toBe(true);
    });

    it('refuses a denied microphone with microphone-denied and reports no call', async () => {
        await rig.phone(CALLEE);
        rig.media.microphoneError = microphoneError(
            Object.assign(new Error('x'), { name: 'NotAllowedError' })
        );
        await expect(rig.provider.dial(CALLEE)).rejects.toMatchObject({
            code: 'microphone-denied',
            message: expect.stringMatching(/blocked the microphone/)
        });
        await settleNetwork();
        flush();
        expect(rig.events.take()).toEqual([]);
        expect(rig.network.carried.some((message) => message.firstLine.startsWith('INVITE '))).toBe(false);
    });

    it('refuses a number that is not dialable', async () => {
        await expect(rig.provider.dial('call me')).rejects.toMatchObject({ code: 'invalid-number' });
    });
});
