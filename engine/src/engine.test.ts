import { FakeBridgeWindow, flushMicrotasks } from '../test-support/fake-bridge-window';
import { FakeOpenCti } from '../test-support/fake-open-cti';
import { serializeBridgeMessage, uiReadyMessage } from './bridge';
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
        expect(window.snapshots()).toEqual([
            { status: 'starting' },
            expect.objectContaining({ status: 'signed-out', reason: 'open-cti-missing' })
        ]);
        engine.stop();
    });

    it('reads the call center, tells Salesforce it started, and publishes ready', async () => {
        const api = new FakeOpenCti();
        api.settingsAnswer = {
            success: true,
            returnValue: { '/reqGeneralInfo/reqDisplayName': 'Softphone for Salesforce' },
            errors: null
        };
        const window = new FakeBridgeWindow(api);
        const engine = startEngine({ window, log: quiet });
        await expect(engine.started).resolves.toEqual({
            status: 'ready',
            callCenterName: 'Softphone for Salesforce'
        });
        expect(api.calls).toEqual(['getCallCenterSettings', 'notifyInitializationComplete']);
        expect(engine.snapshot()).toEqual(window.snapshots().at(-1));
        engine.stop();
    });

    it('still notifies Salesforce and shows the reason when the settings cannot be read', async () => {
        const api = new FakeOpenCti();
        api.settingsAnswer = { success: false, returnValue: null, errors: ['User has no call center'] };
        const engine = startEngine({ window: new FakeBridgeWindow(api), log: quiet });
        await expect(engine.started).resolves.toEqual({
            status: 'signed-out',
            reason: 'open-cti-failed',
            detail: 'Open CTI getCallCenterSettings failed: User has no call center'
        });
        expect(api.calls).toContain('notifyInitializationComplete');
        expect(quiet.warn).toHaveBeenCalledWith(expect.stringContaining('User has no call center'));
        engine.stop();
    });

    it('answers a UI ready message with the current snapshot', async () => {
        const window = new FakeBridgeWindow(new FakeOpenCti());
        const engine = startEngine({ window, log: quiet });
        await engine.started;
        await flushMicrotasks();
        const before = window.snapshots().length;
        window.deliver(serializeBridgeMessage(uiReadyMessage()), window.location.origin);
        await flushMicrotasks();
        expect(window.snapshots()).toHaveLength(before + 1);
        expect(window.snapshots().at(-1)).toEqual({ status: 'ready' });
        engine.stop();
    });

    it('ignores UI messages from another origin and logs malformed ones of ours', async () => {
        const window = new FakeBridgeWindow(new FakeOpenCti());
        const engine = startEngine({ window, log: quiet });
        await engine.started;
        await flushMicrotasks();
        const before = window.posted.length;
        window.deliver(serializeBridgeMessage(uiReadyMessage()), 'https://evil.example.com');
        window.deliver(
            JSON.stringify({ channel: 'softphone-bridge', version: 9, source: 'ui', type: 'ui-ready' }),
            window.location.origin
        );
        await flushMicrotasks();
        expect(window.posted).toHaveLength(before);
        expect(quiet.warn).toHaveBeenCalledWith(expect.stringContaining('protocol version 9'));
        engine.stop();
    });

    it('stops listening to the bridge when stopped', () => {
        const window = new FakeBridgeWindow();
        const engine = startEngine({ window, log: quiet });
        expect(window.listenerCount).toBe(1);
        engine.stop();
        expect(window.listenerCount).toBe(0);
    });
});
