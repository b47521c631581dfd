import { SessionState } from 'sip.js';
import { AGENT, createSipRig, registerAgent } from './test-support/sip-rig';
import type { SipRig } from './test-support/sip-rig';
import type { SipTelephonyProviderOptions } from './sip-telephony-provider-options';
import {
    FakeMicrophoneDevices,
    FakePeerConnection,
    gatherHostCandidate,
    installFakeWebRtc
} from './test-support/fake-webrtc';
import { settleNetwork, waitFor } from './test-support/wait-for';

const CALLEE = '+14155550199';
const CALLER = '+14155550123';

describe('SipTelephonyProvider with the microphone closed between calls', () => {
    let uninstall: () => void;
    let devices: FakeMicrophoneDevices;
    let rig: SipRig;

    /** A rig whose provider has `microphoneBetweenCalls` as given, registered, on fake WebRTC. */
    async function registered(
        microphoneBetweenCalls: SipTelephonyProviderOptions['microphoneBetweenCalls']
    ): Promise<void> {
        rig = createSipRig(
            {
                mediaDevices: () => devices,
                iceGatheringTimeoutMs: 60_000,
                ...(microphoneBetweenCalls ? { microphoneBetweenCalls } : {})
            },
            'webrtc'
        );
        await registerAgent(rig);
        await settleNetwork(0);
    }

    /** Dials the callee, waits until it rings, hangs up and waits until its call is over. */
    async function callAndHangUp(count: number): Promise<FakePeerConnection> {
        const callee = rig.phones.find((phone) => phone.user === CALLEE) ?? (await rig.phone(CALLEE));
        const dialled = rig.provider.dial(CALLEE);
        const connection = await gatherHostCandidate(rig.clock, count);
        const callId = await dialled;
        const invitation = await callee.ringing();
        const during = devices.live.length;
        await rig.provider.hangUp(callId);
        await waitFor('the call to end', () => invitation.state === SessionState.Terminated);
        await waitFor("the call's track to stop", () => devices.live.length === during - 1);
        return connection;
    }

    beforeEach(() => {
        uninstall = installFakeWebRtc();
        devices = new FakeMicrophoneDevices();
    });

    afterEach(async () => {
        await rig.close();
        uninstall();
    });

    it('registers without opening the microphone or watching the devices', async () => {
        await registered('closed');
        expect(rig.provider.registrationState).toBe('registered');
        expect(devices.asked).toEqual([]);
        expect(devices.live).toEqual([]);
        expect(devices.watchers).toBe(0);
    });

    it('opens the microphone for each outbound call and closes it when the call ends', async () => {
        await registered('closed');

        const first = await callAndHangUp(1);
        expect(devices.asked).toHaveLength(1);
        // The call sent the stream it opened itself, not a copy of a kept one.
        expect(first.senders[0]?.track).toBe(devices.tracks[0]);
        expect(devices.tracks).toHaveLength(1);
        expect(devices.live).toEqual([]);

        await callAndHangUp(2);
        expect(devices.asked).toHaveLength(2);
        expect(devices.live).toEqual([]);
    });

    it('opens the microphone to answer, and closes it when the caller hangs up', async () => {
        await registered('closed');
        const caller = await rig.phone(CALLER);
        const session = await caller.call(AGENT.user);
        await waitFor('the incoming call', () =>
            rig.events.events.some((event) => event.type === 'incoming')
        );
        const offered = rig.events.take().find((event) => event.type === 'incoming');
        if (offered?.type !== 'incoming') throw new Error('no incoming call');
        expect(devices.asked).toEqual([]);

        const answered = rig.provider.answer(offered.call.callId);
        await gatherHostCandidate(rig.clock, 1);
        await answered;
        await waitFor('the caller to be connected', () => session.state === SessionState.Established);
        expect(devices.asked).toHaveLength(1);
        expect(devices.live).toHaveLength(1);

        await session.bye();
        await waitFor('the microphone to close', () => devices.live.length === 0);
    });

    it('stays closed when the agent un-registers and registers again', async () => {
        await registered('closed');
        await rig.provider.unregister();
        await rig.provider.register();
        await settleNetwork(0);
        expect(devices.asked).toEqual([]);
        expect(devices.watchers).toBe(0);
    });

    it('refuses a call with microphone-denied when the browser blocks the microphone', async () => {
        await registered('closed');
        devices.refusal = Object.assign(new Error('denied'), { name: 'NotAllowedError' });
        await rig.phone(CALLEE);
        await expect(rig.provider.dial(CALLEE)).rejects.toMatchObject({ code: 'microphone-denied' });
        expect(devices.live).toEqual([]);
    });

    it.each([
        ['open', 1],
        ['closed', 0],
        [undefined, 1]
    ] as const)(
        'with microphoneBetweenCalls %s, holds %i microphone stream between calls while registered',
        async (setting, between) => {
            await registered(setting);
            expect(devices.live).toHaveLength(between);

            await callAndHangUp(1);
            expect(rig.provider.registrationState).toBe('registered');
            expect(devices.live).toHaveLength(between);
        }
    );
});
