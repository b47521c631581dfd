import { callCenterWith } from '../test-support/call-center-with';
import { loadDemoLineFromSource } from '../test-support/demo-line-from-source';
import { FakeBridgeWindow } from '../test-support/fake-bridge-window';
import { settle } from '../test-support/settle';
import {
    BRIDGE_CHANNEL,
    BRIDGE_PROTOCOL_VERSION,
    serializeBridgeMessage,
    uiMessage,
    uiReadyMessage
} from './bridge';
import type { EngineSnapshot } from './bridge';
import { startEngine } from './engine';

const quiet = { info: jest.fn(), warn: jest.fn() };

afterEach(() => jest.clearAllMocks());

describe('startEngine', () => {
    it('reports open-cti-missing when opencti_min.js did not load', async () => {
        const window = new FakeBridgeWindow();
        const engine = startEngine({ window, log: quiet });
        await expect(engine.started).resolves.toMatchObject({
            status: 'signed-out',
            reason: 'open-cti-missing'
        });
        expect((window.snapshots() as EngineSnapshot[]).map((snapshot) => snapshot.status)).toEqual([
            'starting',
            'signed-out'
        ]);
        await engine.stop();
    });

    it('reads the call center, starts the demo phone system and publishes ready', async () => {
        const api = callCenterWith({ '/softphoneSettings/telephonyMode': 'demo' });
        const window = new FakeBridgeWindow(api);
        const engine = startEngine({ window, log: quiet, loadDemoLine: loadDemoLineFromSource });
        await expect(engine.started).resolves.toMatchObject({
            status: 'ready',
            callCenterName: 'Softphone for Salesforce',
            telephonyMode: 'demo'
        });
        expect(api.calls).toEqual(
            expect.arrayContaining([
                'getCallCenterSettings',
                'notifyInitializationComplete',
                'enableClickToDial'
            ])
        );
        expect(engine.demo()).toBeDefined();
        expect(engine.snapshot()).toEqual(window.snapshots().at(-1));
        await engine.stop();
    });

    it('answers a UI ready message with the current snapshot', async () => {
        const window = new FakeBridgeWindow(callCenterWith({ '/softphoneSettings/telephonyMode': 'demo' }));
        const engine = startEngine({ window, log: quiet });
        await engine.started;
        await settle();
        const before = window.snapshots().length;
        window.deliver(serializeBridgeMessage(uiReadyMessage()), window.location.origin);
        await settle();
        expect(window.snapshots()).toHaveLength(before + 1);
        expect(window.snapshots().at(-1)).toMatchObject({ status: 'ready' });
        await engine.stop();
    });

    it('runs commands that arrive over the bridge', async () => {
        const window = new FakeBridgeWindow(callCenterWith({ '/softphoneSettings/telephonyMode': 'demo' }));
        const engine = startEngine({ window, log: quiet });
        await engine.started;
        window.deliver(
            serializeBridgeMessage(uiMessage({ type: 'set-agent-status', status: 'busy' })),
            window.location.origin
        );
        await settle();
        expect(engine.snapshot().agentStatus).toBe('busy');
        await engine.stop();
    });

    it('ignores UI messages from another origin and logs malformed ones of ours', async () => {
        const window = new FakeBridgeWindow(callCenterWith({ '/softphoneSettings/telephonyMode': 'demo' }));
        const engine = startEngine({ window, log: quiet });
        await engine.started;
        await settle();
        const before = window.posted.length;
        window.deliver(serializeBridgeMessage(uiReadyMessage()), 'https://evil.example.com');
        window.deliver(
            JSON.stringify({
                channel: BRIDGE_CHANNEL,
                version: BRIDGE_PROTOCOL_VERSION + 7,
                source: 'ui',
                type: 'ui-ready'
            }),
            window.location.origin
        );
        window.deliver(
            JSON.stringify({
                channel: BRIDGE_CHANNEL,
                version: BRIDGE_PROTOCOL_VERSION,
                source: 'ui',
                type: 'dial'
            }),
            window.location.origin
        );
        await settle();
        expect(window.posted).toHaveLength(before);
        expect(quiet.warn).toHaveBeenCalledWith(
            expect.stringContaining(`protocol version ${BRIDGE_PROTOCOL_VERSION + 7}`)
        );
        expect(quiet.warn).toHaveBeenCalledWith(expect.stringContaining('dial.number must be text'));
        await engine.stop();
    });

    it('stops listening to the bridge when stopped', async () => {
        const window = new FakeBridgeWindow();
        const engine = startEngine({ window, log: quiet });
        expect(window.listenerCount).toBe(1);
        await engine.stop();
        expect(window.listenerCount).toBe(0);
    });
});
