import type { Inviter } from 'sip.js';
import { connectInbound, createSipRig, registerAgent } from './test-support/sip-rig';
import type { SipRig } from './test-support/sip-rig';
import type { TestPhone } from './test-support/test-phone';
import { waitFor } from './test-support/wait-for';

describe('SipTelephonyProvider during a call', () => {
    let rig: SipRig;
    let caller: TestPhone;
    let callId: string;
    let callerSession: Inviter;

    beforeEach(async () => {
        rig = createSipRig();
        await registerAgent(rig);
        caller = await rig.phone('+14155550123');
        ({ callId, session: callerSession } = await connectInbound(rig, caller));
    });

    afterEach(async () => {
        await rig.close();
    });

    it('holds and resumes with re-INVITEs the other side sees as sendonly and sendrecv', async () => {
        await rig.provider.hold(callId);
        expect(rig.events.take()).toEqual([{ type: 'hold', callId, held: true }]);
        expect(caller.reinvites).toEqual(['sendonly']);
        expect(rig.media.last.sending).toBe(false);
        await expect(rig.provider.hold(callId)).rejects.toMatchObject({ code: 'invalid-state' });
        await expect(rig.provider.sendDtmf(callId, '1')).rejects.toThrow(/is on hold\. Resume it first/);

        await rig.provider.resume(callId);
        expect(rig.events.take()).toEqual([{ type: 'hold', callId, held: false }]);
        expect(caller.reinvites).toEqual(['sendonly', 'sendrecv']);
        expect(rig.media.last.sending).toBe(true);
    });

    it('mutes through the local track, and stays silent on hold until unmuted', async () => {
        await rig.provider.mute(callId);
        expect(rig.media.last.sending).toBe(false);
        await rig.provider.hold(callId);
        await rig.provider.resume(callId);
        expect(rig.media.last.sending).toBe(false);
        await rig.provider.unmute(callId);
        expect(rig.media.last.sending).toBe(true);
        expect(rig.events.take().filter((event) => event.type !== 'hold')).toEqual([]);
    });

    it('sends DTMF as SIP INFO, one tone per request, when telephone-events were not negotiated', async () => {
        await rig.provider.sendDtmf(callId, '12#');
        expect(caller.infos).toEqual([
            'Signal=1\r\nDuration=100\r\n',
            'Signal=2\r\nDuration=100\r\n',
            'Signal=#\r\nDuration=100\r\n'
        ]);
        await expect(rig.provider.sendDtmf(callId, '12E')).rejects.toMatchObject({ code: 'invalid-number' });
    });

    it('sends DTMF as RFC 4733 telephone-events when they were negotiated', async () => {
        rig.media.rfc4733 = true;
        await rig.provider.sendDtmf(callId, '5*');
        expect(rig.media.last.dtmf).toEqual(['5*']);
        expect(caller.infos).toEqual([]);
    });

    it('reports DTMF the other side sends by SIP INFO', async () => {
        await callerSession.info({
            requestOptions: {
                body: {
                    contentDisposition: 'render',
                    contentType: 'application/dtmf-relay',
                    content: 'Signal=7\r\nDuration=100'
                }
            }
        });
        await waitFor('the tone', () => rig.events.events.length > 0);
        expect(rig.events.take()).toEqual([{ type: 'dtmf', callId, digits: '7' }]);
    });

    it('refuses commands a connected call cannot take', async () => {
        await expect(rig.provider.answer(callId)).rejects.toThrow(/is connected/);
        await expect(rig.provider.decline(callId)).rejects.toMatchObject({ code: 'invalid-state' });
        await expect(rig.provider.resume(callId)).rejects.toThrow(/It is not on hold/);
        await expect(rig.provider.mute('nope')).rejects.toMatchObject({ code: 'no-such-call' });
    });
});
