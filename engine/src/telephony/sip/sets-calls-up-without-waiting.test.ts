import { SessionState } from 'sip.js';
import { AGENT, createSipRig, registerAgent } from './test-support/sip-rig';
import type { SipRig } from './test-support/sip-rig';
import { FakeMicrophoneDevices, gatherHostCandidate, installFakeWebRtc } from './test-support/fake-webrtc';
import { settleNetwork, waitFor } from './test-support/wait-for';

const CALLEE = '+14155550199';
const CALLER = '+14155550123';

describe('SipTelephonyProvider media set-up', () => {
    let uninstall: () => void;
    let devices: FakeMicrophoneDevices;
    let rig: SipRig;

    beforeEach(async () => {
        uninstall = installFakeWebRtc();
        devices = new FakeMicrophoneDevices();
        // Longer than any wait here: only the candidates can let a description go.
        rig = createSipRig({ mediaDevices: () => devices, iceGatheringTimeoutMs: 60_000 }, 'webrtc');
        await registerAgent(rig);
    });

    afterEach(async () => {
        await rig.close();
        uninstall();
    });

    it('dials with a copy of the microphone opened at registration, once a host candidate is in', async () => {
        expect(devices.asked).toHaveLength(1);
        const [kept] = devices.live;
        const callee = await rig.phone(CALLEE);

        const dialled = rig.provider.dial(CALLEE);
        const connection = await gatherHostCandidate(rig.clock, 1);
        const callId = await dialled;
        const invitation = await callee.ringing();
        expect(invitation.request.callId).toBe(callId);
        expect(invitation.request.body).toMatch(/^a=candidate:.* typ host/m);
        expect(connection.iceGatheringState).toBe('gathering');
        expect(connection.configuration).toEqual({ iceServers: [], iceTransportPolicy: 'all' });

        expect(devices.asked).toHaveLength(1);
        const [sender] = connection.senders;
        expect(sender?.track).not.toBe(kept);
        expect(devices.live).toEqual([kept, sender?.track]);

        await rig.provider.hangUp(callId);
        await waitFor('the call to end', () => invitation.state === SessionState.Terminated);
        await waitFor("the call's track to stop", () => devices.live.length === 1);
        expect(devices.live).toEqual([kept]);
    });

    it('answers once a host candidate is in', async () => {
        const caller = await rig.phone(CALLER);
        const session = await caller.call(AGENT.user);
        await waitFor('the incoming call', () =>
            rig.events.events.some((event) => event.type === 'incoming')
        );
        const offered = rig.events.take().find((event) => event.type === 'incoming');
        if (offered?.type !== 'incoming') throw new Error('no incoming call');

        const answered = rig.provider.answer(offered.call.callId);
        await gatherHostCandidate(rig.clock, 1);
        await answered;
        await waitFor('the caller to be connected', () => session.state === SessionState.Established);
        expect(devices.asked).toHaveLength(1);
    });

    it('closes the microphone when the agent un-registers, and when the provider is disposed', async () => {
        expect(devices.live).toHaveLength(1);
        await rig.provider.unregister();
        expect(devices.live).toEqual([]);

        await rig.provider.register();
        await settleNetwork(0);
        expect(devices.live).toHaveLength(1);
        expect(devices.watchers).toBe(1);
        await rig.provider.dispose();
        expect(devices.live).toEqual([]);
        expect(devices.watchers).toBe(0);
    });

    it('closes the microphone when the agent signs in again or the PBX refuses the credentials', async () => {
        await rig.provider.signIn(AGENT);
        expect(devices.live).toEqual([]);

        rig.network.passwords.set(AGENT.user, 'changed');
        await rig.provider.register().catch(() => undefined);
        await settleNetwork();
        expect(rig.provider.credentials).toBe('needed');
        expect(devices.live).toEqual([]);
    });

    it('still refuses a call with microphone-denied when the microphone could not be kept open', async () => {
        await rig.provider.unregister();
        devices.refusal = Object.assign(new Error('denied'), { name: 'NotAllowedError' });
        await rig.provider.register();
        await rig.phone(CALLEE);
        await expect(rig.provider.dial(CALLEE)).rejects.toMatchObject({ code: 'microphone-denied' });
        expect(devices.live).toEqual([]);
    });
});
