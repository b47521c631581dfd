import { FakeBridgeWindow } from '../../test-support/fake-bridge-window';
import { settle } from '../../test-support/settle';
import { initialSnapshot, serializeBridgeMessage, stateMessage, uiMessage } from './protocol';
import { WindowBridge } from './window-bridge';

describe('WindowBridge', () => {
    it('tells once when the next snapshot it sent reaches the page, not for UI messages', async () => {
        const page = new FakeBridgeWindow();
        const bridge = new WindowBridge(page, jest.fn(), jest.fn());
        const delivered = jest.fn();
        bridge.onNextDelivery(delivered);

        page.postMessage(
            serializeBridgeMessage(uiMessage({ type: 'answer', callId: 'c1' })),
            page.location.origin
        );
        await settle();
        expect(delivered).not.toHaveBeenCalled();

        bridge.send(initialSnapshot());
        expect(delivered).not.toHaveBeenCalled(); // posting is not delivering
        await settle();
        expect(delivered).toHaveBeenCalledTimes(1);

        bridge.send(initialSnapshot());
        await settle();
        expect(delivered).toHaveBeenCalledTimes(1);
    });

    it('knows its own snapshots when they reach the page without parsing them: the UI parses each once', async () => {
        const page = new FakeBridgeWindow();
        const bridge = new WindowBridge(page, jest.fn(), jest.fn());
        const delivered = jest.fn();
        bridge.onNextDelivery(delivered);
        const parse = jest.spyOn(JSON, 'parse');
        try {
            bridge.send(initialSnapshot());
            await settle();
            expect(delivered).toHaveBeenCalledTimes(1);
            expect(parse).not.toHaveBeenCalled();
        } finally {
            parse.mockRestore();
        }
    });

    it('forgets a cancelled wait', async () => {
        const page = new FakeBridgeWindow();
        const bridge = new WindowBridge(page, jest.fn(), jest.fn());
        const delivered = jest.fn();
        bridge.onNextDelivery(delivered)();
        bridge.send(initialSnapshot());
        await settle();
        expect(delivered).not.toHaveBeenCalled();
    });

    it('hands UI commands on, takes a state message it no longer tracks as delivered, and reports only malformed commands', async () => {
        const page = new FakeBridgeWindow();
        const onMessage = jest.fn();
        const onRejected = jest.fn();
        const bridge = new WindowBridge(page, onMessage, onRejected);
        const delivered = jest.fn();
        bridge.onNextDelivery(delivered);

        const hold = uiMessage({ type: 'hold', callId: 'c1' });
        page.postMessage(serializeBridgeMessage(hold), page.location.origin);
        // A state message the bridge did not keep (e.g. one of more than it tracks): not read, and not refused.
        page.postMessage(serializeBridgeMessage(stateMessage(initialSnapshot())), page.location.origin);
        page.postMessage(JSON.stringify({ ...hold, callId: 7 }), page.location.origin);
        await settle();

        expect(onMessage.mock.calls).toEqual([[hold]]);
        expect(delivered).toHaveBeenCalledTimes(1);
        expect(onRejected.mock.calls).toEqual([['hold.callId must be text']]);
    });
});
