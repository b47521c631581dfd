import { SessionState } from 'sip.js';
import type { Inviter } from 'sip.js';
import { ManualClock } from '../../../time';
import { RecordingDelegate } from '../../test-support/recording-delegate';
import { SipTelephonyProvider } from '../sip-telephony-provider';
import type { SipTelephonyProviderOptions } from '../sip-telephony-provider-options';
import { FakeMedia, FakeSpeakers } from './fake-media';
import { InMemorySipNetwork, TEST_DOMAIN, TEST_PBX_URL } from './in-memory-sip-network';
import { TestPhone } from './test-phone';
import { waitFor } from './wait-for';

/** The agent's SIP user and password in the provider's tests. */
export const AGENT = { user: '1001', password: 'correct horse battery staple' } as const;

/**
 * A SIP provider on an in-memory PBX, its fake media and speakers, a recording delegate, and a manual
 * clock for the provider's own timers (reconnect backoff); SIP.js keeps real timers.
 * @internal
 */
export interface SipRig {
    readonly network: InMemorySipNetwork;
    readonly clock: ManualClock;
    readonly media: FakeMedia;
    readonly speakers: FakeSpeakers;
    readonly provider: SipTelephonyProvider;
    readonly events: RecordingDelegate;
    readonly warnings: string[];
    /** Other parties started with {@link SipRig.phone}; {@link SipRig.close} stops them. */
    readonly phones: TestPhone[];
    /** Starts and registers another party. */
    phone(user: string): Promise<TestPhone>;
    /** Disposes the provider and stops the other parties. */
    close(): Promise<void>;
}

/**
 * Builds a {@link SipRig}; the agent's password is required by the PBX. With `media: 'webrtc'` the provider
 * keeps its own WebRTC session description handler (the test installs fake WebRTC, see `fake-webrtc.ts`).
 * @internal
 */
export function createSipRig(
    options: Partial<SipTelephonyProviderOptions> = {},
    media: 'fake' | 'webrtc' = 'fake'
): SipRig {
    const network = new InMemorySipNetwork();
    network.passwords.set(AGENT.user, AGENT.password);
    const clock = new ManualClock();
    const fakeMedia = new FakeMedia();
    const speakers = new FakeSpeakers();
    const warnings: string[] = [];
    const provider = new SipTelephonyProvider({
        server: TEST_PBX_URL,
        domain: TEST_DOMAIN,
        clock,
        random: () => 0.5,
        transportConstructor: network.transport,
        ...(media === 'fake' ? { sessionDescriptionHandlerFactory: fakeMedia.factory } : {}),
        remoteAudio: (callId) => speakers.output(callId),
        log: { info: () => undefined, warn: (message) => warnings.push(message) },
        ...options
    });
    const events = new RecordingDelegate();
    provider.delegate = events;
    const phones: TestPhone[] = [];
    return {
        network,
        clock,
        media: fakeMedia,
        speakers,
        provider,
        events,
        warnings,
        phones,
        async phone(user) {
            const phone = await TestPhone.start(network, user);
            phones.push(phone);
            return phone;
        },
        async close() {
            await provider.dispose();
            for (const phone of phones) await phone.stop();
        }
    };
}

/** Signs the agent in and registers; forgets the registration events. @internal */
export async function registerAgent(rig: SipRig): Promise<void> {
    await rig.provider.signIn(AGENT);
    await rig.provider.register();
    rig.events.take();
}

/**
 * Has `caller` call the agent, waits for the offer, answers and waits until both ends are connected; forgets
 * the events. Returns the agent's call id and the caller's session.
 * @internal
 */
export async function connectInbound(
    rig: SipRig,
    caller: TestPhone
): Promise<{ readonly callId: string; readonly session: Inviter }> {
    const session = await caller.call(AGENT.user);
    await waitFor('the incoming call', () => rig.events.events.some((event) => event.type === 'incoming'));
    const offered = rig.events.take().find((event) => event.type === 'incoming');
    if (offered?.type !== 'incoming') throw new Error('no incoming call');
    await rig.provider.answer(offered.call.callId);
    await waitFor('the caller to be connected', () => session.state === SessionState.Established);
    rig.events.take();
    return { callId: offered.call.callId, session };
}
