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

    it('keeps a connected call while it reconnects and registers again, then restarts ICE with a re-INVITE', async () => {
        const caller = await rig.phone('+14155550123');
        const { callId, session } = await connectInbound(rig, caller);
        rig.network.up = false;
        rig.network.dropUser(AGENT.user);
        expect(rig.events.take()).toEqual([
            {
                type: 'recovering',
                callId,
                recovering: true,
                reason: 'The connection to the phone system dropped; keeping the call while reconnecting.'
            },
            {
                type: 'registration',
                state: 'failed',
                reason: 'The connection to the phone system was lost. Reconnecting in 1 second…'
            }
        ]);
        // The media goes on: nothing was stopped or closed.
        expect(rig.speakers.stopped).toEqual([]);
        expect(rig.media.last.closed).toBe(false);

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
        const reinvitesBefore = caller.reinvites.length;
        rig.clock.advance(1500);
        await waitFor('recovered', () => rig.events.events.some((event) => event.type === 'recovering'));
        expect(rig.events.take()).toEqual([
            { type: 'registration', state: 'registered' },
            { type: 'recovering', callId, recovering: false }
        ]);
        expect(rig.network.isRegistered(AGENT.user)).toBe(true);
        // The re-INVITE reached the caller (with an ICE restart: new media offer, same call).
        expect(caller.reinvites.length).toBe(reinvitesBefore + 1);
        expect(rig.media.last.closed).toBe(false);

        // The call is whole: the caller's BYE reaches the agent over the new connection.
        await session.bye();
        await waitFor('the end', () => rig.events.events.some((event) => event.type === 'ended'));
        expect(rig.events.take()).toEqual([{ type: 'ended', callId, cause: 'remote-hang-up' }]);
    });

    it('ends a call the other side hung up during the outage once the re-INVITE finds no such call (481)', async () => {
        const caller = await rig.phone('+14155550123');
        const { callId, session } = await connectInbound(rig, caller);
        rig.network.up = false;
        rig.network.dropUser(AGENT.user);
        rig.events.take();
        // The caller hangs up; its BYE cannot reach the agent (no connection yet).
        await session.bye();
        rig.network.up = true;
        rig.clock.advance(750);
        await waitFor('the end', () => rig.events.events.some((event) => event.type === 'ended'));
        expect(rig.events.take()).toEqual([
            { type: 'registration', state: 'registered' },
            {
                type: 'ended',
                callId,
                cause: 'remote-hang-up',
                detail: 'The call had ended at the phone system (481).'
            }
        ]);
    });

    it('ends a call it could not recover within 30 s with connection-lost', async () => {
        const caller = await rig.phone('+14155550123');
        const { callId } = await connectInbound(rig, caller);
        rig.network.up = false;
        rig.network.dropUser(AGENT.user);
        rig.events.take();
        for (let waited = 0; waited < 30_000; waited += 1000) {
            rig.clock.advance(1000);
            await settleNetwork();
        }
        expect(rig.events.take().filter((event) => event.type === 'ended')).toEqual([
            {
                type: 'ended',
                callId,
                cause: 'connection-lost',
                detail: 'The connection to the phone system was lost.'
            }
        ]);
        expect(rig.media.last.closed).toBe(true);
    });

    it('still ends a call that was not connected yet when the connection dropped', async () => {
        const caller = await rig.phone('+14155550123');
        await caller.call(AGENT.user);
        await waitFor('the incoming call', () =>
            rig.events.events.some((event) => event.type === 'incoming')
        );
        const offered = rig.events.take().find((event) => event.type === 'incoming');
        if (offered?.type !== 'incoming') throw new Error('no incoming call');
        rig.network.up = false;
        rig.network.dropUser(AGENT.user);
        expect(rig.events.take()[0]).toEqual({
            type: 'ended',
            callId: offered.call.callId,
            cause: 'connection-lost',
            detail: 'The connection to the phone system was lost.'
        });
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
