import { LoggerFactory } from 'sip.js/lib/core/index.js';
import type { Session } from 'sip.js';
import { ManualClock } from '../../time';
import {
    enoughIceCandidatesFor,
    HOST_GRACE_MS,
    iceCandidateTypeOf,
    SERVER_GRACE_MS
} from './enough-ice-candidates';
import { Microphone } from './microphone';
import { softphoneSessionDescriptionHandlerFactory } from './softphone-session-description-handler';
import type { SoftphoneSessionDescriptionHandler } from './softphone-session-description-handler';
import {
    candidateLine,
    FakeMicrophoneDevices,
    FakePeerConnection,
    installFakeWebRtc
} from './test-support/fake-webrtc';
import { settleNetwork, waitFor } from './test-support/wait-for';

describe('enoughIceCandidatesFor', () => {
    it.each([
        [[], 'host', HOST_GRACE_MS],
        [['stun:stun.example.com:3478'], 'srflx', SERVER_GRACE_MS],
        [['stuns:stun.example.com'], 'srflx', SERVER_GRACE_MS],
        [['stun:stun.example.com', 'turn:turn.example.com'], 'relay', SERVER_GRACE_MS],
        [['TURNS:turn.example.com:5349?transport=tcp'], 'relay', SERVER_GRACE_MS]
    ])('with ICE servers %j awaits a %s candidate', (servers, awaited, graceMs) => {
        expect(enoughIceCandidatesFor(servers)).toEqual({ awaited, graceMs });
    });

    it('reads the type of a candidate line', () => {
        expect(iceCandidateTypeOf(candidateLine('srflx'))).toBe('srflx');
        expect(iceCandidateTypeOf(`a=${candidateLine('host', 'tcp')} tcptype active`)).toBe('host');
        expect(iceCandidateTypeOf('candidate:1 1 udp 1 10.0.0.1 5000 typ')).toBeUndefined();
    });
});

describe('SoftphoneSessionDescriptionHandler', () => {
    let uninstall: () => void;
    let clock: ManualClock;
    let devices: FakeMicrophoneDevices;
    let handlers: SoftphoneSessionDescriptionHandler[];

    beforeEach(() => {
        uninstall = installFakeWebRtc();
        clock = new ManualClock();
        devices = new FakeMicrophoneDevices();
        handlers = [];
    });

    afterEach(() => {
        for (const handler of handlers) handler.close();
        uninstall();
    });

    /**
     * A handler as the provider's user agents make them, with `iceServers` and a gathering timeout (by default
     * longer than any wait here, so only the rule under test can end a wait).
     */
    function handlerFor(
        iceServers: string[],
        iceGatheringTimeout = 60_000
    ): SoftphoneSessionDescriptionHandler {
        const loggers = new LoggerFactory();
        loggers.builtinEnabled = false;
        const session = { userAgent: { getLogger: (category: string) => loggers.getLogger(category) } };
        const factory = softphoneSessionDescriptionHandlerFactory({
            openMicrophone: (constraints) => new Microphone(() => devices).open(constraints),
            enough: enoughIceCandidatesFor(iceServers),
            clock
        });
        const handler = factory(session as unknown as Session, {
            iceGatheringTimeout,
            peerConnectionConfiguration: { iceServers: iceServers.map((urls) => ({ urls })) }
        }) as SoftphoneSessionDescriptionHandler;
        handlers.push(handler);
        return handler;
    }

    /** Starts an offer and waits until its local description is set, so gathering runs. */
    async function offering(
        handler: SoftphoneSessionDescriptionHandler
    ): Promise<{ readonly sdp: () => string | undefined; readonly connection: FakePeerConnection }> {
        let sdp: string | undefined;
        let failure: unknown;
        handler.getDescription({ constraints: { audio: true, video: false } }).then(
            (description) => {
                sdp = description.body;
            },
            (error: unknown) => {
                failure = error;
            }
        );
        const connection = FakePeerConnection.last;
        await waitFor('the local description', () => connection.localDescription !== null);
        return {
            sdp: () => {
                if (failure) throw failure;
                return sdp;
            },
            connection
        };
    }

    it('sends the offer a moment after the first host candidate when there are no ICE servers', async () => {
        const handler = handlerFor([]);
        const { sdp, connection } = await offering(handler);
        expect(connection.configuration).toEqual({ iceServers: [] });
        connection.gather('host');
        clock.advance(HOST_GRACE_MS - 1);
        connection.gather('host');
        await settleNetwork();
        expect(sdp()).toBeUndefined();

        clock.advance(1);
        await waitFor('the offer', () => sdp() !== undefined);
        // Both host candidates of the burst, long before gathering completes (TCP candidates come later).
        expect(sdp()?.match(/^a=candidate:.* typ host/gm)).toHaveLength(2);
        expect(connection.iceGatheringState).toBe('gathering');
        expect(clock.pendingTimers).toBe(0);
    });

    it('with STUN, waits for a server-reflexive candidate, not for host ones', async () => {
        const { sdp, connection } = await offering(handlerFor(['stun:stun.example.com']));
        connection.gather('host');
        clock.advance(SERVER_GRACE_MS * 4);
        await settleNetwork();
        expect(sdp()).toBeUndefined();

        connection.gather('srflx');
        clock.advance(SERVER_GRACE_MS);
        await waitFor('the offer', () => sdp() !== undefined);
        expect(sdp()).toContain('typ srflx');
    });

    it('with TURN, waits for a relay candidate: a reflexive one is not enough', async () => {
        const { sdp, connection } = await offering(
            handlerFor(['stun:stun.example.com', 'turn:turn.example.com'])
        );
        connection.gather('host');
        connection.gather('srflx');
        clock.advance(SERVER_GRACE_MS * 4);
        await settleNetwork();
        expect(sdp()).toBeUndefined();

        connection.gather('relay');
        clock.advance(SERVER_GRACE_MS);
        await waitFor('the offer', () => sdp() !== undefined);
        expect(sdp()).toContain('typ relay');
    });

    it('sends what it has once gathering completes without the awaited type', async () => {
        const { sdp, connection } = await offering(handlerFor(['stun:stun.example.com']));
        connection.gather('host');
        connection.complete();
        await waitFor('the offer', () => sdp() !== undefined);
        expect(sdp()).toContain('typ host');
        expect(clock.pendingTimers).toBe(0);
    });

    it('sends what it has at the gathering timeout when a server stays silent', async () => {
        const { sdp, connection } = await offering(handlerFor(['turn:turn.example.com'], 30));
        connection.gather('host');
        await settleNetwork(10);
        expect(sdp()).toBeUndefined();
        await waitFor('the offer', () => sdp() !== undefined);
        expect(sdp()).toContain('typ host');
    });

    it('answers by the same rule', async () => {
        const handler = handlerFor([]);
        await handler.setDescription('v=0\r\nm=audio 9 UDP/TLS/RTP/SAVPF 111\r\na=sendrecv\r\n');
        const { sdp, connection } = await offering(handler);
        expect(connection.signalingState).toBe('stable');
        connection.gather('host');
        clock.advance(HOST_GRACE_MS);
        await waitFor('the answer', () => sdp() !== undefined);
        expect(sdp()).toContain('typ host');
    });

    it('does not wait again for a re-offer while gathering still goes on', async () => {
        const handler = handlerFor([]);
        const first = await offering(handler);
        first.connection.gather('host');
        clock.advance(HOST_GRACE_MS);
        await waitFor('the offer', () => first.sdp() !== undefined);
        await handler.setDescription('v=0\r\nm=audio 9 UDP/TLS/RTP/SAVPF 111\r\na=sendrecv\r\n');

        const again = await handler.getDescription({
            constraints: { audio: true, video: false },
            hold: true
        });
        expect(again.body).toContain('typ host');
        expect(first.connection.iceGatheringState).toBe('gathering');
    });

    it('uses and stops one microphone track per call', async () => {
        const handler = handlerFor([]);
        const { sdp, connection } = await offering(handler);
        connection.gather('host');
        clock.advance(HOST_GRACE_MS);
        await waitFor('the offer', () => sdp() !== undefined);
        expect(devices.live).toHaveLength(1);
        expect(connection.senders.map((sender) => sender.track)).toEqual(devices.live);

        handler.close();
        expect(devices.live).toEqual([]);
        expect(connection.closed).toBe(true);
    });

    it('stops a microphone stream that opens after the call ended', async () => {
        devices.holding = true;
        const handler = handlerFor([]);
        const description = handler.getDescription({ constraints: { audio: true, video: false } });
        await waitFor('the microphone to be asked for', () => devices.asked.length === 1);
        handler.close();
        devices.letOpen();
        await expect(description).rejects.toThrow(/closed/);
        expect(devices.tracks).toHaveLength(1);
        expect(devices.live).toEqual([]);
    });

    it('ends the wait and leaves no timer behind when the call ends while it gathers', async () => {
        const handler = handlerFor([]);
        const { sdp, connection } = await offering(handler);
        connection.gather('host');
        expect(clock.pendingTimers).toBe(1);
        handler.close();
        expect(clock.pendingTimers).toBe(0);
        await waitFor('the offer to fail', () => {
            try {
                sdp();
                return false;
            } catch (error) {
                return error instanceof Error && /closed/.test(error.message);
            }
        });
    });
});
