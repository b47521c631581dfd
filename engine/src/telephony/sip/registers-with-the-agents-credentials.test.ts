import { TelephonyError } from '../telephony-error';
import { AGENT, createSipRig } from './test-support/sip-rig';
import type { SipRig } from './test-support/sip-rig';

describe('SipTelephonyProvider registration', () => {
    let rig: SipRig;

    beforeEach(() => {
        rig = createSipRig();
    });

    afterEach(async () => {
        await rig.close();
    });

    it('needs the agent to sign in before it registers', async () => {
        expect(rig.provider.credentials).toBe('needed');
        await expect(rig.provider.register()).rejects.toMatchObject({ code: 'credentials-needed' });
        await expect(rig.provider.dial('+14155550123')).rejects.toMatchObject({ code: 'credentials-needed' });
        expect(rig.events.take()).toEqual([]);
    });

    it('refuses blank or unusable credentials without keeping them', async () => {
        await expect(rig.provider.signIn({ user: ' ', password: 'x' })).rejects.toBeInstanceOf(
            TelephonyError
        );
        await expect(rig.provider.signIn({ user: '1001', password: '' })).rejects.toMatchObject({
            code: 'invalid-credentials'
        });
        expect(rig.provider.credentials).toBe('needed');
    });

    it('registers with the digest the PBX asks for, then un-registers', async () => {
        await rig.provider.signIn(AGENT);
        expect(rig.provider.credentials).toBe('ok');
        await rig.provider.register();
        expect(rig.events.take()).toEqual([
            { type: 'registration', state: 'registering' },
            { type: 'registration', state: 'registered' }
        ]);
        expect(rig.network.isRegistered(AGENT.user)).toBe(true);
        expect(rig.network.linesTo(AGENT.user)).toContain('SIP/2.0 200 OK');
        expect(rig.network.carried.some((message) => message.firstLine === 'SIP/2.0 401 Unauthorized')).toBe(
            true
        );

        await rig.provider.register();
        expect(rig.events.take()).toEqual([]);

        await rig.provider.unregister();
        expect(rig.events.take()).toEqual([{ type: 'registration', state: 'unregistered' }]);
        expect(rig.network.isRegistered(AGENT.user)).toBe(false);
    });

    it('asks for the credentials again when the PBX refuses them, in words, and does not retry', async () => {
        await rig.provider.signIn({ user: AGENT.user, password: 'wrong' });
        const refused = rig.provider.register();
        await expect(refused).rejects.toMatchObject({ code: 'invalid-credentials' });
        await expect(refused).rejects.toThrow(/refused this user \(403 Forbidden\)/);
        expect(rig.events.take()).toEqual([
            { type: 'registration', state: 'registering' },
            {
                type: 'registration',
                state: 'failed',
                reason: 'The phone system refused this user (403 Forbidden). Check the user name and password, then sign in again.'
            }
        ]);
        expect(rig.provider.credentials).toBe('needed');
        expect(rig.clock.pendingTimers).toBe(0);

        await rig.provider.signIn(AGENT);
        await rig.provider.register();
        expect(rig.provider.registrationState).toBe('registered');
    });

    it('says why a registration failed, and tries again after a backoff with jitter', async () => {
        await rig.provider.signIn(AGENT);
        rig.network.registrarOverride = { status: 503, reason: 'Service Unavailable' };
        await expect(rig.provider.register()).rejects.toMatchObject({ code: 'failed' });
        expect(rig.events.take()).toEqual([
            { type: 'registration', state: 'registering' },
            {
                type: 'registration',
                state: 'failed',
                reason: 'The phone system is unavailable (503 Service Unavailable). Trying again in 1 second…'
            }
        ]);
        // 1 s base, jitter 0.5 with random 0.5: 750 ms.
        rig.clock.advance(749);
        expect(rig.network.isRegistered(AGENT.user)).toBe(false);
        rig.clock.advance(1);
        await waitForRegistered(rig);
    });

    it('says when it cannot reach the PBX, and keeps trying', async () => {
        rig.network.up = false;
        await rig.provider.signIn(AGENT);
        await expect(rig.provider.register()).rejects.toThrow(
            /Cannot connect to the phone system at wss:\/\/pbx.test:8089\/ws/
        );
        const failed = rig.events.take().at(-1);
        expect(failed).toEqual({
            type: 'registration',
            state: 'failed',
            reason: 'Cannot connect to the phone system at wss://pbx.test:8089/ws. Trying again in 1 second…'
        });
        rig.clock.advance(750);
        await new Promise((resolve) => setTimeout(resolve, 20));
        expect(rig.events.take().at(-1)).toMatchObject({
            state: 'failed',
            reason: expect.stringMatching(/in 2 seconds/)
        });
        rig.network.up = true;
        rig.clock.advance(1500);
        await waitForRegistered(rig);
    });

    it('stops trying once the agent goes offline', async () => {
        rig.network.up = false;
        await rig.provider.signIn(AGENT);
        await expect(rig.provider.register()).rejects.toThrow();
        await rig.provider.unregister();
        expect(rig.events.take().at(-1)).toEqual({ type: 'registration', state: 'unregistered' });
        expect(rig.clock.pendingTimers).toBe(0);
    });
});

async function waitForRegistered(rig: SipRig): Promise<void> {
    const deadline = Date.now() + 2000;
    while (rig.provider.registrationState !== 'registered') {
        if (Date.now() > deadline) throw new Error(`not registered: ${JSON.stringify(rig.events.events)}`);
        await new Promise((resolve) => setTimeout(resolve, 5));
    }
}
