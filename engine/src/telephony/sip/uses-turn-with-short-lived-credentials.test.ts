import { createSipRig, registerAgent } from './test-support/sip-rig';
import type { SipRig } from './test-support/sip-rig';
import { FakeMicrophoneDevices, FakePeerConnection, installFakeWebRtc } from './test-support/fake-webrtc';
import { waitFor } from './test-support/wait-for';
import { TURN_REFRESH_MARGIN_MS, TURN_RETRY_MS } from './ice-server-source';
import type { IceServerProblem, TurnCredentials } from './ice-server-source';

const CALLEE = '+14155550199';
const STUN = 'stun:stun.example.com:3478';
const TURN = 'turn:turn.example.com:3478?transport=udp';
const HOUR_MS = 3_600_000;

describe('SipTelephonyProvider with TURN and short-lived credentials', () => {
    let uninstall: () => void;
    let rig: SipRig;
    let fetched: number;
    let answer: () => Promise<TurnCredentials>;
    const problems: (IceServerProblem | undefined)[] = [];

    function credentialsFrom(clock: { now(): number }, n: number): TurnCredentials {
        const expiresAtMs = clock.now() + HOUR_MS;
        return { username: `${expiresAtMs / 1000}:005000000000001AAA`, credential: `hmac-${n}`, expiresAtMs };
    }

    beforeEach(async () => {
        uninstall = installFakeWebRtc();
        fetched = 0;
        problems.length = 0;
        const devices = new FakeMicrophoneDevices();
        rig = createSipRig(
            {
                mediaDevices: () => devices,
                // The relay candidate never comes in these tests: SIP.js's own (real-time) gathering limit lets
                // each description go.
                iceGatheringTimeoutMs: 20,
                iceServers: [STUN, TURN],
                iceTransportPolicy: 'relay',
                turnCredentials: () => {
                    fetched++;
                    return answer();
                },
                onIceServerProblem: (problem) => problems.push(problem)
            },
            'webrtc'
        );
        answer = () => Promise.resolve(credentialsFrom(rig.clock, fetched));
        await registerAgent(rig);
    });

    afterEach(async () => {
        await rig.close();
        uninstall();
    });

    async function dialledConnection(): Promise<{ callId: string; connection: FakePeerConnection }> {
        const before = FakePeerConnection.created.length;
        const callId = await rig.provider.dial(CALLEE);
        expect(FakePeerConnection.created.length).toBe(before + 1);
        return { callId, connection: FakePeerConnection.last };
    }

    it('fetches credentials at registration and gives each call TURN with them, relay only', async () => {
        await rig.phone(CALLEE);
        expect(fetched).toBe(1);
        const { connection } = await dialledConnection();
        expect(connection.configuration).toEqual({
            iceServers: [
                { urls: STUN },
                {
                    urls: TURN,
                    username: expect.stringMatching(/^\d+:005000000000001AAA$/),
                    credential: 'hmac-1'
                }
            ],
            iceTransportPolicy: 'relay'
        });
        expect(problems).toEqual([]);
    });

    it('renews the credentials before they expire; the call in progress keeps its own, the next call gets the new', async () => {
        await rig.phone(CALLEE);
        const first = await dialledConnection();
        const before = JSON.stringify(first.connection.configuration);

        // Renewed at 80 % of the lifetime (or 5 minutes before the end, whichever is earlier).
        const renewAt = Math.min(HOUR_MS - TURN_REFRESH_MARGIN_MS, HOUR_MS * 0.8);
        rig.clock.advance(renewAt - 1);
        expect(fetched).toBe(1);
        rig.clock.advance(1);
        expect(fetched).toBe(2);
        await new Promise((resolve) => setTimeout(resolve, 0));

        expect(JSON.stringify(first.connection.configuration)).toBe(before);
        expect(first.connection.closed).toBe(false);
        await rig.provider.hangUp(first.callId);
        const second = await dialledConnection();
        expect(second.connection.configuration?.iceServers?.[1]).toMatchObject({ credential: 'hmac-2' });
    });

    it('says why when no credentials come (Apex refused), calls use the other servers, and tries again', async () => {
        await rig.close();
        uninstall();
        uninstall = installFakeWebRtc();
        fetched = 0;
        problems.length = 0;
        const devices = new FakeMicrophoneDevices();
        let refuse = true;
        rig = createSipRig(
            {
                mediaDevices: () => devices,
                iceGatheringTimeoutMs: 20,
                iceServers: [STUN, TURN],
                iceTransportPolicy: 'relay',
                turnCredentials: () => {
                    fetched++;
                    return refuse
                        ? Promise.reject(new Error('No TURN secret is configured: create the record.'))
                        : Promise.resolve(credentialsFrom(rig.clock, fetched));
                },
                onIceServerProblem: (problem) => problems.push(problem)
            },
            'webrtc'
        );
        await registerAgent(rig);
        await rig.phone(CALLEE);
        await waitFor('the problem', () => problems.length === 1);
        expect(problems).toEqual([
            {
                kind: 'turn-unavailable',
                url: TURN,
                detail: 'No TURN secret is configured: create the record.'
            }
        ]);
        const { callId, connection } = await dialledConnection();
        expect(connection.configuration).toEqual({ iceServers: [{ urls: STUN }], iceTransportPolicy: 'all' });
        await rig.provider.hangUp(callId);

        refuse = false;
        rig.clock.advance(TURN_RETRY_MS);
        await waitFor('the problem cleared', () => problems.length === 2);
        expect(problems[1]).toBeUndefined();
        expect(fetched).toBe(2);
    });

    it('reports a TURN server that refuses the credentials (401) and fetches fresh ones once', async () => {
        await rig.phone(CALLEE);
        const { connection } = await dialledConnection();
        connection.dispatchEvent(
            Object.assign(new Event('icecandidateerror'), {
                url: TURN,
                errorCode: 401,
                errorText: 'Unauthorized'
            })
        );
        connection.dispatchEvent(
            Object.assign(new Event('icecandidateerror'), {
                url: TURN,
                errorCode: 401,
                errorText: 'Unauthorized'
            })
        );
        expect(problems).toEqual([
            {
                kind: 'turn-refused',
                url: TURN,
                detail: `The TURN server ${TURN} refused the softphone's credentials (401 Unauthorized).`
            }
        ]);
        expect(fetched).toBe(2);
        expect(rig.provider.registrationState).toBe('registered');
        expect(rig.warnings).toContain(problems[0]?.detail);
    });
});
