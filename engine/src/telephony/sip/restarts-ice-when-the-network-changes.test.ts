import { createSipRig, registerAgent } from './test-support/sip-rig';
import type { SipRig } from './test-support/sip-rig';
import type { TestPhone } from './test-support/test-phone';
import { FakeMicrophoneDevices, FakePeerConnection, installFakeWebRtc } from './test-support/fake-webrtc';
import { settleNetwork, waitFor } from './test-support/wait-for';

const CALLEE = '+14155550199';
const RECOVERING = 'The network path of the call dropped; restarting it.';

/** The browser's `online`/`offline` events, fired by the test. */
class FakeNetwork extends EventTarget {
    go(state: 'online' | 'offline'): void {
        this.dispatchEvent(new Event(state));
    }
}

describe('SipTelephonyProvider when the network path of a call changes (ICE, online/offline)', () => {
    let uninstall: () => void;
    let rig: SipRig;
    let network: FakeNetwork;
    let callee: TestPhone;

    beforeEach(async () => {
        uninstall = installFakeWebRtc();
        const devices = new FakeMicrophoneDevices();
        network = new FakeNetwork();
        rig = createSipRig({ mediaDevices: () => devices, iceGatheringTimeoutMs: 20, network }, 'webrtc');
        await registerAgent(rig);
        callee = await rig.phone(CALLEE);
        callee.autoAnswer = true;
    });

    afterEach(async () => {
        await rig.close();
        uninstall();
    });

    async function connectedCall(): Promise<{ callId: string; connection: FakePeerConnection }> {
        const callId = await rig.provider.dial(CALLEE);
        const connection = FakePeerConnection.last;
        await waitFor('the call to connect', () =>
            rig.events.events.some((event) => event.type === 'connected')
        );
        rig.events.take();
        connection.changeIceState('connected');
        return { callId, connection };
    }

    function iceRestarts(connection: FakePeerConnection): number {
        return connection.offerOptions.filter((options) => options?.iceRestart === true).length;
    }

    it('restarts ICE with a re-INVITE when ICE fails, telling the agent until the other side accepts', async () => {
        const { callId, connection } = await connectedCall();
        const reinvites = callee.reinvites.length;
        connection.changeIceState('failed');
        expect(rig.events.take()).toEqual([
            { type: 'recovering', callId, recovering: true, reason: RECOVERING }
        ]);
        await waitFor('the recovery', () => rig.events.events.some((event) => event.type === 'recovering'));
        expect(rig.events.take()).toEqual([{ type: 'recovering', callId, recovering: false }]);
        expect(iceRestarts(connection)).toBe(1);
        expect(callee.reinvites.length).toBe(reinvites + 1);
        // The same call and peer connection go on.
        expect(connection.closed).toBe(false);
        expect(FakePeerConnection.created).toHaveLength(1);
    });

    it('waits 2 s of ICE disconnected before restarting: a blip that comes back by itself changes nothing', async () => {
        const { callId, connection } = await connectedCall();
        connection.changeIceState('disconnected');
        rig.clock.advance(1_500);
        connection.changeIceState('connected');
        rig.clock.advance(1_000);
        await settleNetwork();
        expect(rig.events.take()).toEqual([]);
        expect(iceRestarts(connection)).toBe(0);

        connection.changeIceState('disconnected');
        rig.clock.advance(2_000);
        expect(rig.events.take()).toEqual([
            { type: 'recovering', callId, recovering: true, reason: RECOVERING }
        ]);
        await waitFor('the recovery', () => rig.events.events.some((event) => event.type === 'recovering'));
        expect(iceRestarts(connection)).toBe(1);
    });

    it('tells the agent when the browser goes offline and restarts ICE once it is back online', async () => {
        const { callId, connection } = await connectedCall();
        network.go('offline');
        expect(rig.events.take()).toEqual([
            { type: 'recovering', callId, recovering: true, reason: RECOVERING }
        ]);
        expect(iceRestarts(connection)).toBe(0);

        network.go('online');
        await waitFor('the recovery', () => rig.events.events.some((event) => event.type === 'recovering'));
        expect(rig.events.take()).toEqual([{ type: 'recovering', callId, recovering: false }]);
        expect(iceRestarts(connection)).toBe(1);
    });

    it('still ends a call the other side hung up while the path was down (its re-INVITE gets 481)', async () => {
        const { callId, connection } = await connectedCall();
        network.go('offline');
        rig.events.take();
        // The callee hangs up; its BYE never reaches the agent.
        rig.network.loses = (method) => method === 'BYE';
        const [session] = callee.invitations;
        await session?.bye();
        await settleNetwork();
        rig.network.loses = undefined;
        expect(rig.events.take()).toEqual([]);

        network.go('online');
        await waitFor('the end', () => rig.events.events.some((event) => event.type === 'ended'));
        expect(rig.events.take()).toEqual([
            {
                type: 'ended',
                callId,
                cause: 'remote-hang-up',
                detail: 'The call had ended at the phone system (481).'
            }
        ]);
        expect(iceRestarts(connection)).toBe(1);
        expect(rig.clock.pendingTimers).toBe(0);
    });

    it('ends a call whose path does not come back within 30 s with connection-lost', async () => {
        const { callId } = await connectedCall();
        network.go('offline');
        rig.events.take();
        rig.clock.advance(30_000);
        expect(rig.events.take()).toEqual([
            {
                type: 'ended',
                callId,
                cause: 'connection-lost',
                detail: 'The connection to the phone system was lost.'
            }
        ]);
    });
});
