import { readSettings } from '../settings';
import { createSipRig, registerAgent } from '../telephony/sip/test-support/sip-rig';
import type { SipRig } from '../telephony/sip/test-support/sip-rig';
import { TEST_DOMAIN, TEST_PBX_URL } from '../telephony/sip/test-support/in-memory-sip-network';
import {
    FakeMicrophoneDevices,
    FakePeerConnection,
    installFakeWebRtc
} from '../telephony/sip/test-support/fake-webrtc';
import { remotingTurnCredentials } from './remoting-turn-credentials';
import type { RemotingEvent, RemotingManager } from './remoting-voice-call-records';
import { voiceSipProvider } from './voice-sip-provider';

const ACTION = 'SoftphoneVoiceCallService.issueTurnCredentials';
const TURN = 'turn:turn.example.com:3478?transport=udp';
const EXPIRES_AT = 1_767_229_200;
/** What `SoftphoneTurnCredentials.issue` answers (JSON text) for the test user, expiring at `expiresAt`. */
function issued(expiresAt: number): string {
    return JSON.stringify({
        version: 1,
        username: `${expiresAt}:005000000000001AAA`,
        credential: 'n0QwzLTvXzsUEtmYJUcjFbv1J0A=',
        ttlSeconds: 3600,
        expiresAt
    });
}
const ISSUED = issued(EXPIRES_AT);

/** Visualforce remoting answering every call with `result` and `event`; records what was invoked. */
function remoting(result: unknown, event: RemotingEvent, calls: unknown[][] = []): RemotingManager {
    return {
        invokeAction: (action, payload, callback, options) => {
            calls.push([action, payload, options]);
            callback(result, event);
        }
    };
}

describe('remotingTurnCredentials (Salesforce Voice connector)', () => {
    it('asks the remote action and reads its answer as the Open CTI path reads runApex', async () => {
        const calls: unknown[][] = [];
        const fetch = remotingTurnCredentials(remoting(ISSUED, { status: true }, calls), ACTION);
        await expect(fetch()).resolves.toEqual({
            username: `${EXPIRES_AT}:005000000000001AAA`,
            credential: 'n0QwzLTvXzsUEtmYJUcjFbv1J0A=',
            expiresAtMs: EXPIRES_AT * 1000
        });
        expect(calls).toEqual([[ACTION, '{}', { escape: false, timeout: 30_000 }]]);
    });

    it("rejects with Apex's own words when it refuses, and an answer that is not credentials", async () => {
        const refusal =
            'TURN credentials refused: this user does not have the Softphone_Turn_Credentials permission ' +
            '(assign the Softphone Agent permission set).';
        await expect(
            remotingTurnCredentials(remoting(null, { status: false, message: refusal }), ACTION)()
        ).rejects.toThrow(refusal);
        await expect(
            remotingTurnCredentials(remoting('{"version":1,"username":"x"}', { status: true }), ACTION)()
        ).rejects.toThrow(/no user name of the form <expiry>:<user id>/);
    });
});

describe('voiceSipProvider', () => {
    let uninstall: () => void;
    let rig: SipRig | undefined;
    let voiceProvider: { dispose(): Promise<void> } | undefined;

    beforeEach(() => {
        uninstall = installFakeWebRtc();
    });

    afterEach(async () => {
        // The rig's close() disposes its own provider; the connector's is disposed here.
        await voiceProvider?.dispose();
        voiceProvider = undefined;
        await rig?.close();
        rig = undefined;
        uninstall();
    });

    it('gives each call the TURN server with the credentials Apex issued, relay only as configured', async () => {
        const { settings } = readSettings({
            '/softphoneSettings/telephonyMode': 'sip',
            '/softphoneSettings/pbxWebSocketUrl': TEST_PBX_URL,
            '/softphoneSettings/sipDomain': TEST_DOMAIN,
            '/softphoneSettings/iceServers': TURN,
            '/softphoneSettings/iceTransportPolicy': 'relay'
        });
        const calls: unknown[][] = [];
        const devices = new FakeMicrophoneDevices();
        // The rig's in-memory PBX and fake WebRTC under the provider the connector makes.
        const base = createSipRig({}, 'webrtc');
        await base.provider.dispose();
        const expiresAt = Math.floor(base.clock.now() / 1000) + 3600;
        const provider = voiceSipProvider(settings, {
            clock: base.clock,
            log: { info: () => undefined, warn: () => undefined },
            turnCredentials: remotingTurnCredentials(
                remoting(issued(expiresAt), { status: true }, calls),
                ACTION
            ),
            overrides: {
                transportConstructor: base.network.transport,
                mediaDevices: () => devices,
                iceGatheringTimeoutMs: 20,
                random: () => 0.5
            }
        });
        if (!provider) throw new Error('no provider');
        voiceProvider = provider;
        rig = { ...base, provider: provider as SipRig['provider'] };
        provider.delegate = base.events;
        await registerAgent(rig);
        await rig.phone('+14155550199');
        await provider.dial('+14155550199');

        expect(calls).toHaveLength(1);
        expect(FakePeerConnection.last.configuration).toEqual({
            iceServers: [
                {
                    urls: TURN,
                    username: `${expiresAt}:005000000000001AAA`,
                    credential: 'n0QwzLTvXzsUEtmYJUcjFbv1J0A='
                }
            ],
            iceTransportPolicy: 'relay'
        });
    });

    it('makes no phone line for another telephony mode, and says why', () => {
        const warnings: string[] = [];
        const { settings } = readSettings({ '/softphoneSettings/telephonyMode': 'demo' });
        const provider = voiceSipProvider(settings, {
            clock: { now: () => 0, setTimer: () => 0, clearTimer: () => undefined },
            log: { info: () => undefined, warn: (message) => warnings.push(message) }
        });
        expect(provider).toBeUndefined();
        expect(warnings).toEqual([
            expect.stringMatching(/^Telephony mode demo cannot carry Salesforce Voice calls/)
        ]);
    });
});
