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

    it('knows its own snapshots when they reach the page without parsing them: the UI parses each once', async () => {
        const page = new FakeBridgeWindow();
        const bridge = new WindowBridge(page, jest.fn(), jest.fn());
        const delivered = jest.fn();
        bridge.onNextDelivery(delivered);
        const parse = jest.spyOn(JSON, 'parse');
        try {
            bridge.send(initialSnapshot());
            await flushMicrotasks();
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
        await flushMicrotasks();
        expect(delivered).not.toHaveBeenCalled();
    });
});
