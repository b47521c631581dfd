import { TelephonyError } from '../telephony-error';
import { createDemoRig, registerRig } from '../test-support';
import { DEFAULT_DEMO_DELAYS } from './demo-delays';

describe('DemoTelephonyProvider registration', () => {
    it('reports registering at once and registered after the register delay, then resolves', async () => {
        const { clock, provider, events } = createDemoRig();
        let resolved = false;
        const registered = provider.register().then(() => {
            resolved = true;
        });

        expect(events.take()).toEqual([{ type: 'registration', state: 'registering' }]);
        expect(provider.registrationState).toBe('registering');
        clock.advance(DEFAULT_DEMO_DELAYS.register - 1);
        await Promise.resolve();
        expect(resolved).toBe(false);
        expect(events.take()).toEqual([]);

        clock.advance(1);
        await registered;
        expect(events.take()).toEqual([{ type: 'registration', state: 'registered' }]);
        expect(provider.registrationState).toBe('registered');
        expect(clock.pendingTimers).toBe(0);
    });

    it('reports unregistered after the register delay', async () => {
        const rig = createDemoRig();
        await registerRig(rig);
        const unregistered = rig.provider.unregister();
        expect(rig.events.take()).toEqual([]);
        rig.clock.advance(DEFAULT_DEMO_DELAYS.register);
        await unregistered;
        expect(rig.events.take()).toEqual([{ type: 'registration', state: 'unregistered' }]);
        expect(rig.provider.registrationState).toBe('unregistered');
    });

    it('uses the register delay given in the options', async () => {
        const { clock, provider, events } = createDemoRig({ delays: { register: 50 } });
        const registered = provider.register();
        clock.advance(50);
        await registered;
        expect(events.take().map((event) => event.type === 'registration' && event.state)).toEqual([
            'registering',
            'registered'
        ]);
    });

    it('shares one pending registration between two register() calls', async () => {
        const { clock, provider, events } = createDemoRig();
        const first = provider.register();
        const second = provider.register();
        clock.advance(DEFAULT_DEMO_DELAYS.register);
        await Promise.all([first, second]);
        expect(events.take()).toEqual([
            { type: 'registration', state: 'registering' },
            { type: 'registration', state: 'registered' }
        ]);
    });

    it('resolves at once and reports nothing when already registered or already unregistered', async () => {
        const rig = createDemoRig();
        await rig.provider.unregister();
        expect(rig.events.take()).toEqual([]);
        await registerRig(rig);
        await rig.provider.register();
        expect(rig.events.take()).toEqual([]);
        expect(rig.clock.pendingTimers).toBe(0);
    });

    it('cancels registering on unregister(): the register promise rejects and unregistered is reported', async () => {
        const { clock, provider, events } = createDemoRig();
        const registering = provider.register();
        await provider.unregister();

        await expect(registering).rejects.toMatchObject({ code: 'invalid-state' });
        await expect(registering).rejects.toBeInstanceOf(TelephonyError);
        expect(events.take()).toEqual([
            { type: 'registration', state: 'registering' },
            { type: 'registration', state: 'unregistered' }
        ]);
        expect(clock.pendingTimers).toBe(0);
    });

    it('cancels unregistering on register(): the phone stays registered and reports nothing', async () => {
        const rig = createDemoRig();
        await registerRig(rig);
        const unregistering = rig.provider.unregister();
        await rig.provider.register();

        await expect(unregistering).rejects.toThrow('Unregistering was cancelled by register()');
        expect(rig.provider.registrationState).toBe('registered');
        rig.clock.advance(DEFAULT_DEMO_DELAYS.register);
        expect(rig.events.take()).toEqual([]);
        expect(rig.clock.pendingTimers).toBe(0);
    });
});
