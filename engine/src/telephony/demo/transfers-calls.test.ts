import { connectInbound, connectOutbound, createDemoRig, registerRig } from '../test-support';
import { DEFAULT_DEMO_DELAYS } from './demo-delays';

describe('DemoTelephonyProvider transfers', () => {
    it('ends a blind-transferred call with transferred and the target as detail', async () => {
        const rig = createDemoRig();
        await registerRig(rig);
        const callId = await connectInbound(rig);
        await rig.provider.blindTransfer(callId, '+14155550999');
        expect(rig.events.take()).toEqual([
            { type: 'ended', callId, cause: 'transferred', detail: '+14155550999' }
        ]);
        expect(rig.provider.activeCalls()).toEqual([]);
    });

    it('blind-transfers a held call', async () => {
        const rig = createDemoRig();
        const callId = await connectOutbound(rig);
        await rig.provider.hold(callId);
        await rig.provider.blindTransfer(callId, '+14155550999');
        expect(rig.events.take().at(-1)).toEqual({
            type: 'ended',
            callId,
            cause: 'transferred',
            detail: '+14155550999'
        });
    });

    it('refuses a blind transfer to a number that is not E.164 with invalid-number; the call goes on', async () => {
        const rig = createDemoRig();
        const callId = await connectOutbound(rig);
        await expect(rig.provider.blindTransfer(callId, '2001')).rejects.toMatchObject({
            code: 'invalid-number'
        });
        expect(rig.provider.activeCalls()[0]?.state).toBe('connected');
        expect(rig.events.take()).toEqual([]);
    });

    it('refuses a blind transfer of a ringing call with invalid-state', async () => {
        const rig = createDemoRig();
        await registerRig(rig);
        const { callId } = rig.provider.simulateIncomingCall({ from: '+14155550123' });
        await expect(rig.provider.blindTransfer(callId, '+14155550999')).rejects.toMatchObject({
            code: 'invalid-state',
            message: `Cannot blindTransfer call ${callId}: it is ringing. Answer it first, then try again.`
        });
    });

    it('joins a held caller with a consultation call, ending both with transferred, caller first', async () => {
        const rig = createDemoRig();
        await registerRig(rig);
        const caller = await connectInbound(rig, '+14155550123');
        await rig.provider.hold(caller);
        const consult = await connectOutbound(rig, '+14155550999');
        rig.events.take();

        await rig.provider.attendedTransfer(caller, consult);
        expect(rig.events.take()).toEqual([
            { type: 'ended', callId: caller, cause: 'transferred', detail: '+14155550999' },
            { type: 'ended', callId: consult, cause: 'transferred', detail: '+14155550123' }
        ]);
        expect(rig.provider.activeCalls()).toEqual([]);
        expect(rig.clock.pendingTimers).toBe(0);
    });

    it('refuses an attended transfer while the consultation call still rings; both calls go on', async () => {
        const rig = createDemoRig();
        await registerRig(rig);
        const caller = await connectInbound(rig);
        await rig.provider.hold(caller);
        const consult = await rig.provider.dial('+14155550999');
        rig.clock.advance(2 * DEFAULT_DEMO_DELAYS.progress);
        rig.events.take();

        await expect(rig.provider.attendedTransfer(caller, consult)).rejects.toMatchObject({
            code: 'invalid-state',
            message: `Cannot attendedTransfer call ${consult}: it has not been answered yet. Wait for onConnected, then try again.`
        });
        expect(rig.provider.activeCalls().map((call) => call.state)).toEqual(['held', 'dialing']);
        expect(rig.events.take()).toEqual([]);
    });

    it('refuses an attended transfer of a call to itself with invalid-state', async () => {
        const rig = createDemoRig();
        const callId = await connectOutbound(rig);
        await expect(rig.provider.attendedTransfer(callId, callId)).rejects.toMatchObject({
            code: 'invalid-state',
            message: expect.stringContaining('pass the consultation call') as unknown
        });
    });

    it('refuses an attended transfer with an unknown consultation call with no-such-call', async () => {
        const rig = createDemoRig();
        const callId = await connectOutbound(rig);
        await expect(rig.provider.attendedTransfer(callId, 'nope')).rejects.toMatchObject({
            code: 'no-such-call'
        });
        expect(rig.provider.activeCalls()).toHaveLength(1);
    });
});
