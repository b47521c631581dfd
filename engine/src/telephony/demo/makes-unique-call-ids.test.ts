import { ManualClock } from '../../time';
import { createDemoRig, registerRig } from '../test-support';
import { createDemoCallIdFactory } from './demo-call-id-factory';
import { DemoTelephonyProvider } from './demo-telephony-provider';

describe('demo call ids', () => {
    it('look like demo-<counter>-<random>', async () => {
        const provider = new DemoTelephonyProvider({ clock: new ManualClock() });
        const first = await provider.dial('+14155550123');
        const second = await provider.dial('+14155550123');
        expect(first).toMatch(/^demo-1-[0-9a-z]{6}$/);
        expect(second).toMatch(/^demo-2-[0-9a-z]{6}$/);
        await provider.dispose();
    });

    it('stay unique when the random part repeats, thanks to the counter', () => {
        const next = createDemoCallIdFactory(() => 0.5);
        expect([next(), next()]).toEqual(['demo-1-i00000', 'demo-2-i00000']);
    });

    it('come from the idFactory option, for inbound and outbound calls alike', async () => {
        const rig = createDemoRig({ idFactory: () => `fixed-${rig.provider.activeCalls().length}` });
        await registerRig(rig);
        expect(rig.provider.simulateIncomingCall({ from: '+14155550123' }).callId).toBe('fixed-0');
        await expect(rig.provider.dial('+14155550123')).resolves.toBe('fixed-1');
    });

    it('refuses a call when the idFactory repeats a live id, and reports nothing', async () => {
        const rig = createDemoRig({ idFactory: () => 'same' });
        await rig.provider.dial('+14155550123');
        await expect(rig.provider.dial('+14155550124')).rejects.toMatchObject({
            code: 'failed',
            message: expect.stringContaining('must make unique ids') as unknown
        });
        expect(rig.provider.activeCalls()).toHaveLength(1);
        expect(rig.clock.pendingTimers).toBe(1);
    });
});
