import { callCenterWith } from '../test-support/call-center-with';
import { FakeBridgeWindow } from '../test-support/fake-bridge-window';
import { serializeBridgeMessage, uiMessage } from './bridge';
import { startEngine } from './engine';
import { FakeMicrophoneDevices } from './telephony/sip/test-support/fake-webrtc';
import { waitFor } from './telephony/sip/test-support/wait-for';
import { ManualClock } from './time';

const quiet = { info: jest.fn(), warn: jest.fn() };

describe('startEngine in sip mode', () => {
    afterEach(() => jest.clearAllMocks());

    it('starts the SIP provider and asks the agent to sign in, without connecting yet', async () => {
        const window = new FakeBridgeWindow(
            callCenterWith({
                '/softphoneSettings/telephonyMode': 'sip',
                '/softphoneSettings/pbxWebSocketUrl': 'wss://pbx.acme.com:8089/ws',
                '/softphoneSettings/sipDomain': 'pbx.acme.com'
            })
        );
        const engine = startEngine({ window, log: quiet });
        await expect(engine.started).resolves.toMatchObject({
            status: 'ready',
            telephonyMode: 'sip',
            registration: 'unregistered',
            credentials: 'needed'
        });
        expect(engine.demo()).toBeUndefined();
        await engine.stop();
    });

    it("says the phone can't start (not that it can't connect) when the PBX URL or SIP domain is not set", async () => {
        const window = new FakeBridgeWindow(callCenterWith({ '/softphoneSettings/telephonyMode': 'sip' }));
        const engine = startEngine({ window, log: quiet });
        const snapshot = await engine.started;
        expect(snapshot).toMatchObject({
            registration: 'not-started',
            registrationDetail: 'pbxWebSocketUrl, sipDomain',
            settingsProblems: [
                expect.objectContaining({ setting: 'pbxWebSocketUrl', stopsPhone: true }),
                expect.objectContaining({ setting: 'sipDomain', stopsPhone: true })
            ]
        });
        expect(snapshot).not.toHaveProperty('credentials');
        expect(snapshot.settingsProblems.map((problem) => problem.setting)).toEqual([
            'pbxWebSocketUrl',
            'sipDomain'
        ]);
        await engine.stop();
    });
});

/** A WebSocket to a PBX that is not there: the connection fails at once, as a refused one does. */
class RefusedWebSocket extends EventTarget {
    binaryType = 'blob';
    readyState = 0;

    constructor(readonly url: string) {
        super();
        setTimeout(() => {
            this.readyState = 3;
            this.dispatchEvent(new Event('error'));
            this.dispatchEvent(
                Object.assign(new Event('close'), { code: 1006, reason: '', wasClean: false })
            );
        }, 0);
    }

    send(): void {}

    close(): void {}
}

describe('startEngine in sip mode: the microphone between calls', () => {
    const scope = globalThis as Record<string, unknown>;
    const navigatorBefore = Object.getOwnPropertyDescriptor(globalThis, 'navigator');
    const webSocketBefore = scope.WebSocket;
    let devices: FakeMicrophoneDevices;

    beforeEach(() => {
        devices = new FakeMicrophoneDevices();
        Object.defineProperty(globalThis, 'navigator', {
            value: { mediaDevices: devices },
            configurable: true
        });
        scope.WebSocket = RefusedWebSocket;
    });

    afterEach(() => {
        if (navigatorBefore) Object.defineProperty(globalThis, 'navigator', navigatorBefore);
        else delete scope.navigator;
        scope.WebSocket = webSocketBefore;
        jest.clearAllMocks();
    });

    it.each([
        ['not set', 'opens', 1, {}],
        ['open', 'opens', 1, { '/softphoneSettings/microphoneBetweenCalls': 'open' }],
        ['closed', 'does not open', 0, { '/softphoneSettings/microphoneBetweenCalls': 'closed' }]
    ])(
        'with microphoneBetweenCalls %s, %s the microphone as the agent registers',
        async (_setting, _opens, opened, item) => {
            const window = new FakeBridgeWindow(
                callCenterWith({
                    '/softphoneSettings/telephonyMode': 'sip',
                    '/softphoneSettings/pbxWebSocketUrl': 'ws://127.0.0.1:5080/ws',
                    '/softphoneSettings/sipDomain': 'pbx.test',
                    ...item
                })
            );
            const engine = startEngine({ window, log: quiet, clock: new ManualClock() });
            await engine.started;
            window.deliver(
                serializeBridgeMessage(uiMessage({ type: 'sign-in', user: '1001', password: 'secret' })),
                window.location.origin
            );
            // The PBX is not there: registration fails, after the provider had its chance to open the microphone.
            await waitFor('the registration to fail', () => engine.snapshot().registration === 'failed');
            expect(devices.asked).toHaveLength(opened);
            await engine.stop();
            expect(devices.live).toEqual([]);
        }
    );
});
