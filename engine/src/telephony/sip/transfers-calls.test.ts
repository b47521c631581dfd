import { SessionState } from 'sip.js';
import { connectInbound, createSipRig, registerAgent } from './test-support/sip-rig';
import type { SipRig } from './test-support/sip-rig';
import { waitFor } from './test-support/wait-for';

const CALLER = '+14155550123';
const TARGET = '+14155550188';

describe('SipTelephonyProvider transfers', () => {
    let rig: SipRig;

    beforeEach(async () => {
        rig = createSipRig();
        await registerAgent(rig);
    });

    afterEach(async () => {
        await rig.close();
    });

    it('blind-transfers with REFER: the caller calls the target, and the agent leaves with transferred', async () => {
        const caller = await rig.phone(CALLER);
        const target = await rig.phone(TARGET);
        target.autoAnswer = true;
        const { callId, session } = await connectInbound(rig, caller);

        await rig.provider.blindTransfer(callId, TARGET);
        expect(rig.events.take()).toEqual([{ type: 'ended', callId, cause: 'transferred', detail: TARGET }]);
        expect(caller.refers).toEqual([`sip:${TARGET}@pbx.test`]);
        await waitFor(
            'the caller and the target to talk',
            () => caller.referredCalls[0]?.state === SessionState.Established
        );
        await waitFor('the agent to leave', () => session.state === SessionState.Terminated);
        expect(target.invitations).toHaveLength(1);
        expect(rig.speakers.stopped).toEqual([callId]);
    });

    it('keeps the call when the other side refuses the REFER', async () => {
        const caller = await rig.phone(CALLER);
        const { callId, session } = await connectInbound(rig, caller);
        session.delegate = {
            ...session.delegate,
            onRefer: (referral) => void referral.reject({ statusCode: 603 })
        };
        await expect(rig.provider.blindTransfer(callId, TARGET)).rejects.toThrow(
            /refused the transfer to \+14155550188 \(603 Decline\)/
        );
        expect(rig.events.take()).toEqual([]);
        await rig.provider.hold(callId);
        expect(rig.events.take()).toEqual([{ type: 'hold', callId, held: true }]);
    });

    it('refuses a transfer target that is not a number', async () => {
        const caller = await rig.phone(CALLER);
        const { callId } = await connectInbound(rig, caller);
        await expect(rig.provider.blindTransfer(callId, 'front desk')).rejects.toMatchObject({
            code: 'invalid-number'
        });
    });

    it('attended-transfers with REFER and Replaces: caller and consulted party talk, both legs end', async () => {
        const caller = await rig.phone(CALLER);
        const target = await rig.phone(TARGET);
        const { callId, session } = await connectInbound(rig, caller);
        await rig.provider.hold(callId);
        const consultId = await rig.provider.dial(TARGET);
        const consulted = await target.ringing();
        await consulted.accept();
        // A phone accepts an INVITE that replaces one of its calls without ringing.
        target.autoAnswer = true;
        await waitFor('the consultation call', () => {
            rig.clock.advance(0);
            return rig.events.events.some(
                (event) => event.type === 'connected' && event.callId === consultId
            );
        });
        rig.events.take();

        await rig.provider.attendedTransfer(callId, consultId);
        expect(rig.events.take()).toEqual([
            { type: 'ended', callId, cause: 'transferred', detail: TARGET },
            { type: 'ended', callId: consultId, cause: 'transferred', detail: CALLER }
        ]);
        const referred = caller.referredCalls[0];
        expect(referred?.request.getHeader('Replaces')).toContain(consultId);
        // The Refer-To names the consulted party's address of record, which any registrar routes (not its Contact).
        expect(referred?.request.ruri?.toString()).toBe(`sip:${TARGET}@pbx.test`);
        await waitFor('the Replaces call to connect', () => referred?.state === SessionState.Established);
        await waitFor(
            'the consultation leg to be replaced',
            () => consulted.state === SessionState.Terminated
        );
        await waitFor('the caller to leave the agent', () => session.state === SessionState.Terminated);
    });

    it('refuses to transfer a call to itself or while ringing', async () => {
        const caller = await rig.phone(CALLER);
        const { callId } = await connectInbound(rig, caller);
        await expect(rig.provider.attendedTransfer(callId, callId)).rejects.toThrow(/to itself/);
        await expect(rig.provider.attendedTransfer(callId, 'nope')).rejects.toMatchObject({
            code: 'no-such-call'
        });
    });
});
