import { FakeBridgeWindow, flushMicrotasks } from '../../test-support/fake-bridge-window';
import { initialSnapshot, serializeBridgeMessage, uiMessage } from './protocol';
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
        await flushMicrotasks();
        expect(delivered).not.toHaveBeenCalled();

        bridge.send(initialSnapshot());
        expect(delivered).not.toHaveBeenCalled(); // posting is not delivering
        await flushMicrotasks();
        expect(delivered).toHaveBeenCalledTimes(1);

        bridge.send(initialSnapshot());
        await flushMicrotasks();
        expect(delivered).toHaveBeenCalledTimes(1);
    });

    it('forgets a cancelled wait', async () => {
        const page = new FakeBridgeWindow();
        const bridge = new WindowBridge(page, jest.fn(), jest.fn());
        const delivered = jest.fn();
        bridge.onNextDelivery(delivered)();
        bridge.send(initialSnapshot());
        await flushMicrotasks();
        expect(delivered).not.toHaveBeenCalled();
    });
});
