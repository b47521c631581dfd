import type { TelephonyProvider } from '../telephony';
import { DemoTelephonyProvider } from '../telephony/demo';
import { createSoftphoneEngineRig } from '../../test-support/softphone-engine-rig';
import { settle } from '../../test-support/settle';

const SETTINGS = {
    '/reqGeneralInfo/reqDisplayName': 'Softphone for Salesforce',
    '/softphoneSettings/telephonyMode': 'demo'
};

/**
 * A softphone whose provider's code loads first (as the demo line's static resource does): `createProvider`
 * returns a promise the test settles.
 */
function startRig() {
    const loads: { provider: DemoTelephonyProvider; arrive: () => void; fail: (error: Error) => void }[] = [];
    const { clock, fake, engine } = createSoftphoneEngineRig({
        settings: SETTINGS,
        createProvider: (onClock) =>
            new Promise<TelephonyProvider>((resolve, reject) => {
                const provider = new DemoTelephonyProvider({ clock: onClock });
                loads.push({ provider, arrive: () => resolve(provider), fail: reject });
            })
    });
    return { clock, fake, engine, loads };
}

describe('a telephony provider whose code loads first', () => {
    it('is in place once it has arrived: start waits for it, then click-to-dial is on', async () => {
        const rig = startRig();
        const started = rig.engine.start();
        await settle();
        expect(rig.loads).toHaveLength(1);
        expect(rig.fake.calls).not.toContain('notifyInitializationComplete');

        rig.loads[0]?.arrive();
        await started;
        expect(rig.fake.clickToDialEnabled).toBe(true);
        await rig.engine.handle({ type: 'set-agent-status', status: 'available' });
        rig.clock.advance(1000);
        await settle();
        expect(rig.engine.snapshot().registration).toBe('registered');
        await rig.engine.dispose();
    });

    it('leaves the phone failed with the reason, and click-to-dial off, when it does not load', async () => {
        const rig = startRig();
        const started = rig.engine.start();
        await settle();
        rig.loads[0]?.fail(new Error('the resource is missing'));
        await expect(started).resolves.toMatchObject({
            status: 'ready',
            registration: 'failed',
            registrationDetail: 'the resource is missing'
        });
        expect(rig.fake.clickToDialEnabled).toBe(false);
        expect(rig.fake.calls).toContain('notifyInitializationComplete');
    });

    it('is loaded again when this tab takes the line back after a failed load', async () => {
        const rig = startRig();
        const started = rig.engine.start();
        await settle();
        rig.loads[0]?.fail(new Error('offline'));
        await started;

        const activated = rig.engine.activateTelephony();
        await settle();
        expect(rig.loads).toHaveLength(2);
        rig.loads[1]?.arrive();
        await activated;
        expect(rig.engine.snapshot().registration).toBe('unregistered');
        expect(rig.fake.clickToDialEnabled).toBe(true);
        await rig.engine.dispose();
    });

    it('asks for it once when start and a take-over both want it', async () => {
        const rig = startRig();
        const started = rig.engine.start();
        await settle();
        const activated = rig.engine.activateTelephony();
        await settle();
        expect(rig.loads).toHaveLength(1);
        rig.loads[0]?.arrive();
        await Promise.all([started, activated]);
        await rig.engine.dispose();
    });

    it('is disposed of, never used, when the line was given up while it loaded', async () => {
        const rig = startRig();
        const started = rig.engine.start();
        await settle();
        const provider = rig.loads[0]?.provider;
        const dispose = jest.spyOn(provider as DemoTelephonyProvider, 'dispose');
        await rig.engine.releaseTelephony();

        rig.loads[0]?.arrive();
        await started;
        expect(dispose).toHaveBeenCalledTimes(1);
        expect(provider?.delegate).toBeUndefined();
        expect(rig.engine.snapshot().registration).toBe('unregistered');
        await rig.engine.dispose();
    });

    it('is disposed of when the softphone stops while it loads', async () => {
        const rig = startRig();
        const started = rig.engine.start();
        await settle();
        const provider = rig.loads[0]?.provider;
        const dispose = jest.spyOn(provider as DemoTelephonyProvider, 'dispose');
        await rig.engine.dispose();

        rig.loads[0]?.arrive();
        await started;
        await settle();
        expect(dispose).toHaveBeenCalled();
        expect(provider?.delegate).toBeUndefined();
    });
});
