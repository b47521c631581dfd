import { AGENT, connectInbound, createSipRig, registerAgent } from './test-support/sip-rig';
import type { SipRig } from './test-support/sip-rig';
import { settleNetwork, waitFor } from './test-support/wait-for';

describe('SipTelephonyProvider when the WebSocket drops', () => {
    let rig: SipRig;

    beforeEach(async () => {
        rig = createSipRig();
        await registerAgent(rig);
    });

    afterEach(async () => {
        await rig.close();
    });

    it('ends the call at once with connection-lost, says so, reconnects with backoff and registers again', async () => {
        const caller = await rig.phone('+14155550123');
        const { callId } = await connectInbound(rig, caller);
        rig.network.up = false;
        rig.network.dropAll();
        expect(rig.events.take()).toEqual([
            {
                type: 'ended',
                callId,
                cause: 'connection-lost',
                detail: 'The connection to the phone system was lost.'
            },
            {
                type: 'registration',
                state: 'failed',
                reason: 'The connection to the phone system was lost. Reconnecting in 1 second…'
            }
        ]);
        expect(rig.speakers.stopped).toEqual([callId]);
        expect(rig.media.last.closed).toBe(true);

        // Still down at the first try (750 ms: 1 s with jitter): the next waits longer.
        rig.clock.advance(750);
        await waitFor('the second failure', () => rig.events.events.length > 0);
        expect(rig.events.take()).toEqual([
            {
                type: 'registration',
                state: 'failed',
                reason: 'Cannot connect to the phone system at wss://pbx.test:8089/ws. Trying again in 2 seconds…'
            }
        ]);

        rig.network.up = true;
        rig.clock.advance(1500);
        await waitFor('registered again', () => rig.provider.registrationState === 'registered');
        expect(rig.events.take()).toEqual([{ type: 'registration', state: 'registered' }]);
        expect(rig.network.isRegistered(AGENT.user)).toBe(true);

        // And it takes calls again.
        const again = await rig.phone('+14155550124');
        await again.call(AGENT.user);
        await waitFor('a new call', () => rig.events.events.some((event) => event.type === 'incoming'));
    });

    it('stays offline after a drop when the agent was offline', async () => {
        await rig.provider.unregister();
        rig.events.take();
        rig.network.dropAll();
        await settleNetwork();
        expect(rig.events.take()).toEqual([]);
        expect(rig.clock.pendingTimers).toBe(0);
    });

    it('keeps trying while the PBX refuses the registration after a reconnect', async () => {
        rig.network.registrarOverride = { status: 503, reason: 'Service Unavailable' };
        rig.network.dropAll();
        rig.events.take();
        rig.clock.advance(750);
        await waitFor('the refusal', () => rig.events.events.length > 0);
        expect(rig.events.take()).toEqual([
            {
                type: 'registration',
                state: 'failed',
                reason: 'The phone system is unavailable (503 Service Unavailable). Trying again in 2 seconds…'
            }
        ]);
        rig.clock.advance(1500);
        await waitFor('registered again', () => rig.provider.registrationState === 'registered');
    });
});
