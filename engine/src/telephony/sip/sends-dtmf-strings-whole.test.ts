import { connectInbound, createSipRig, registerAgent } from './test-support/sip-rig';
import type { SipRig } from './test-support/sip-rig';
import type { TestPhone } from './test-support/test-phone';

describe('SipTelephonyProvider DTMF strings', () => {
    let rig: SipRig;
    let caller: TestPhone;
    let callId: string;

    beforeEach(async () => {
        rig = createSipRig();
        await registerAgent(rig);
        caller = await rig.phone('+14155550123');
        ({ callId } = await connectInbound(rig, caller));
    });

    afterEach(async () => {
        await rig.close();
    });

    it('sends tones keyed while earlier SIP INFOs still wait for their answer after them, in order', async () => {
        // An IVR-style string keyed quickly: each key is its own send, none waits for the one before.
        await Promise.all([
            rig.provider.sendDtmf(callId, '12'),
            rig.provider.sendDtmf(callId, '3'),
            rig.provider.sendDtmf(callId, '4#')
        ]);
        expect(caller.infos.map((body) => /Signal=(.)/.exec(body)?.[1]).join('')).toBe('1234#');
    });

    it('still sends the tones after a refused one', async () => {
        caller.refuseInfos = 1;
        const refused = rig.provider.sendDtmf(callId, '1');
        const next = rig.provider.sendDtmf(callId, '2');
        await expect(refused).rejects.toMatchObject({ code: 'failed' });
        await next;
        expect(caller.infos.map((body) => /Signal=(.)/.exec(body)?.[1]).join('')).toBe('12');
    });
});
