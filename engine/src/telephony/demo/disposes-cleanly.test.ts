import { connectInbound, connectOutbound, createDemoRig, registerRig } from '../test-support';
import { DEFAULT_DEMO_DELAYS } from './demo-delays';

describe('DemoTelephonyProvider dispose', () => {
    it('ends every call with local-hang-up, reports unregistered, and leaves no timer', async () => {
        const rig = createDemoRig();
        await registerRig(rig);
        const connected = await connectInbound(rig);
        const ringing = rig.provider.simulateIncomingCall({ from: '+14155550124' }).callId;
        const answering = rig.provider.simulateIncomingCall({ from: '+14155550125' }).callId;
        await rig.provider.answer(answering);
        const dialing = await rig.provider.dial('+14155550126');
        const heldCall = await connectOutbound(rig, '+14155550127');
        await rig.provider.hold(heldCall);
        rig.events.take();
        expect(rig.clock.pendingTimers).toBeGreaterThan(0);

        await rig.provider.dispose();

        expect(rig.events.take()).toEqual([
            { type: 'ended', callId: connected, cause: 'local-hang-up' },
            { type: 'ended', callId: ringing, cause: 'local-hang-up' },
            { type: 'ended', callId: answering, cause: 'local-hang-up' },
            { type: 'ended', callId: dialing, cause: 'local-hang-up' },
            { type: 'ended', callId: heldCall, cause: 'local-hang-up' },
            { type: 'registration', state: 'unregistered' }
        ]);
        expect(rig.clock.pendingTimers).toBe(0);
        expect(rig.provider.activeCalls()).toEqual([]);
        expect(rig.provider.registrationState).toBe('unregistered');
    });

    it('reports nothing afterwards, even when time passes', async () => {
        const rig = createDemoRig();
        await registerRig(rig);
        await rig.provider.dispose();
        rig.events.take();
        rig.clock.advance(DEFAULT_DEMO_DELAYS.ringTimeout * 2);
        expect(rig.events.take()).toEqual([]);
    });

    it('refuses every command afterwards with invalid-state', async () => {
        const rig = createDemoRig();
        await registerRig(rig);
        const callId = await connectInbound(rig);
        await rig.provider.dispose();
        rig.events.take();

        const refusal = {
            code: 'invalid-state',
            message: expect.stringContaining('was disposed') as unknown
        };
        await expect(rig.provider.register()).rejects.toMatchObject(refusal);
        await expect(rig.provider.unregister()).rejects.toMatchObject(refusal);
        await expect(rig.provider.dial('+14155550123')).rejects.toMatchObject(refusal);
        await expect(rig.provider.hangUp(callId)).rejects.toMatchObject(refusal);
        expect(() => rig.provider.simulateIncomingCall({ from: '+14155550123' })).toThrow(
            expect.objectContaining(refusal)
        );
        expect(rig.events.take()).toEqual([]);
        expect(rig.clock.pendingTimers).toBe(0);
    });

    it('rejects a pending register() and clears its timer', async () => {
        const { clock, provider, events } = createDemoRig();
        const registering = provider.register();
        await provider.dispose();
        await expect(registering).rejects.toMatchObject({ code: 'invalid-state' });
        expect(events.take()).toEqual([
            { type: 'registration', state: 'registering' },
            { type: 'registration', state: 'unregistered' }
        ]);
        expect(clock.pendingTimers).toBe(0);
    });

    it('resolves a pending unregister() and clears its timer', async () => {
        const rig = createDemoRig();
        await registerRig(rig);
        const unregistering = rig.provider.unregister();
        await rig.provider.dispose();
        await expect(unregistering).resolves.toBeUndefined();
        expect(rig.events.take()).toEqual([{ type: 'registration', state: 'unregistered' }]);
        expect(rig.clock.pendingTimers).toBe(0);
    });

    it('does nothing the second time', async () => {
        const rig = createDemoRig();
        await registerRig(rig);
        await connectInbound(rig);
        await rig.provider.dispose();
        rig.events.take();
        await rig.provider.dispose();
        expect(rig.events.take()).toEqual([]);
    });

    it('refuses commands a delegate sends while dispose() is ending calls', async () => {
        const rig = createDemoRig();
        await registerRig(rig);
        const callId = await connectInbound(rig);
        const refusals: unknown[] = [];
        rig.provider.delegate = {
            onEnded: () => {
                rig.provider.dial('+14155550123').catch((error: unknown) => refusals.push(error));
            }
        };
        await rig.provider.dispose();
        await Promise.resolve();
        expect(refusals).toEqual([expect.objectContaining({ code: 'invalid-state' })]);
        expect(rig.provider.activeCalls()).toEqual([]);
        expect(rig.clock.pendingTimers).toBe(0);
        expect(callId).toBe('call-1');
    });
});
