import { createDemoRig, registerRig } from '../test-support';
import { DEFAULT_DEMO_DELAYS } from './demo-delays';

describe('DemoTelephonyProvider with a throwing delegate', () => {
    it('hands the error to onDelegateError and carries on with a consistent state', async () => {
        const errors: unknown[] = [];
        const rig = createDemoRig({ onDelegateError: (error) => errors.push(error) });
        await registerRig(rig);
        const boom = new Error('delegate bug');
        rig.provider.delegate = {
            onIncomingCall: () => {
                throw boom;
            },
            onConnected: () => {
                throw boom;
            }
        };

        const { callId } = rig.provider.simulateIncomingCall({ from: '+14155550123' });
        await rig.provider.answer(callId);
        rig.clock.advance(DEFAULT_DEMO_DELAYS.answer);

        expect(errors).toEqual([boom, boom]);
        expect(rig.provider.activeCalls()[0]?.state).toBe('connected');
        await rig.provider.dispose();
        expect(rig.clock.pendingTimers).toBe(0);
    });

    it('rethrows the error in a microtask by default, so it shows as uncaught', async () => {
        const rig = createDemoRig();
        await registerRig(rig);
        const queued: (() => void)[] = [];
        const spy = jest.spyOn(globalThis, 'queueMicrotask').mockImplementation((task) => queued.push(task));
        try {
            rig.provider.delegate = {
                onIncomingCall: () => {
                    throw new Error('delegate bug');
                }
            };
            rig.provider.simulateIncomingCall({ from: '+14155550123' });
        } finally {
            spy.mockRestore();
        }
        expect(queued).toHaveLength(1);
        expect(() => queued[0]?.()).toThrow('delegate bug');
    });

    it('lets a delegate answer from inside onIncomingCall', async () => {
        const rig = createDemoRig();
        await registerRig(rig);
        rig.provider.delegate = {
            onIncomingCall: (call) => {
                void rig.provider.answer(call.callId);
            }
        };
        const { callId } = rig.provider.simulateIncomingCall({ from: '+14155550123' });
        rig.clock.advance(DEFAULT_DEMO_DELAYS.ringTimeout);
        expect(rig.provider.activeCalls()).toEqual([expect.objectContaining({ callId, state: 'connected' })]);
        expect(rig.clock.pendingTimers).toBe(0);
    });
});
