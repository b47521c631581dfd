import { FakeBridgeWindow } from '../test-support/fake-bridge-window';
import { FakeOpenCti } from '../test-support/fake-open-cti';
import { startEngine } from './engine';

const quiet = { info: jest.fn(), warn: jest.fn() };

function sipCallCenter(items: Record<string, string>): FakeOpenCti {
    const api = new FakeOpenCti();
    api.settingsAnswer = {
        success: true,
        returnValue: { '/reqGeneralInfo/reqDisplayName': 'Softphone for Salesforce', ...items },
        errors: null
    };
    return api;
}

describe('startEngine in sip mode', () => {
    afterEach(() => jest.clearAllMocks());

    it('starts the SIP provider and asks the agent to sign in, without connecting yet', async () => {
        const window = new FakeBridgeWindow(
            sipCallCenter({
                '/softphoneSettings/telephonyMode': 'sip',
                '/softphoneSettings/pbxWebSocketUrl': 'wss://pbx.example.com:8089/ws',
                '/softphoneSettings/sipDomain': 'pbx.example.com'
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

    it('says what is missing when the PBX URL or the SIP domain is not set', async () => {
        const window = new FakeBridgeWindow(sipCallCenter({ '/softphoneSettings/telephonyMode': 'sip' }));
        const engine = startEngine({ window, log: quiet });
        const snapshot = await engine.started;
        expect(snapshot).toMatchObject({
            registration: 'failed',
            registrationDetail: expect.stringMatching(/PBX WebSocket URL and the SIP domain/)
        });
        expect(snapshot).not.toHaveProperty('credentials');
        expect(snapshot.settingsProblems.map((problem) => problem.setting)).toEqual([
            'pbxWebSocketUrl',
            'sipDomain'
        ]);
        await engine.stop();
    });
});
