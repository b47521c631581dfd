import { createElement } from 'lwc';
import Softphone, { ENGINE_WAIT_MS } from 'c/softphone';
import { BRIDGE_CHANNEL, serializeBridgeMessage, stateMessage } from 'c/softphoneBridgeProtocol';
import type { EngineSnapshot } from 'c/softphoneBridgeProtocol';
import readyWithCallCenter from './data/readyWithCallCenter.json';

/** Delivers a message to the component as the engine in the same window would. */
function postFromEngine(data: unknown, origin: string = window.location.origin): void {
    window.dispatchEvent(new MessageEvent('message', { data, origin }));
}

function sendSnapshot(snapshot: EngineSnapshot): void {
    postFromEngine(serializeBridgeMessage(stateMessage(snapshot)));
}

function flushPromises(): Promise<void> {
    return Promise.resolve();
}

function mount(): HTMLElement {
    const element = createElement('c-softphone', { is: Softphone });
    document.body.appendChild(element);
    return element;
}

function text(element: HTMLElement, selector: string): string | undefined {
    return element.shadowRoot?.querySelector(selector)?.textContent?.trim();
}

describe('c-softphone', () => {
    afterEach(() => {
        while (document.body.firstChild) {
            document.body.removeChild(document.body.firstChild);
        }
        jest.clearAllMocks();
        jest.useRealTimers();
    });

    it('asks the engine for its state when it connects', () => {
        const posted: unknown[] = [];
        jest.spyOn(window, 'postMessage').mockImplementation((message: unknown) => {
            posted.push(message);
        });
        mount();
        expect(posted).toHaveLength(1);
        expect(JSON.parse(String(posted[0]))).toEqual({
            channel: BRIDGE_CHANNEL,
            version: 1,
            source: 'ui',
            type: 'ui-ready'
        });
    });

    it('shows the starting state until the engine answers', () => {
        const element = mount();
        expect(text(element, '.softphone__status')).toBe('c.Softphone_Starting');
        expect(element.shadowRoot?.querySelector('lightning-spinner')).not.toBeNull();
    });

    it('renders the ready snapshot with the call center it runs under', async () => {
        const element = mount();
        sendSnapshot(readyWithCallCenter as EngineSnapshot);
        await flushPromises();
        expect(text(element, '.softphone__status')).toBe('c.Softphone_Ready');
        expect(text(element, '.softphone__call-center')).toBe('Softphone for Salesforce');
    });

    it('explains why it is signed out when Open CTI did not load', async () => {
        const element = mount();
        sendSnapshot({
            status: 'signed-out',
            reason: 'open-cti-missing',
            detail: 'sforce.opencti is undefined'
        });
        await flushPromises();
        expect(text(element, '.softphone__reason')).toBe('c.Softphone_OpenCtiMissing');
        expect(text(element, '.softphone__detail')).toBe('sforce.opencti is undefined');
        expect(element.shadowRoot?.querySelector('[role="alert"]')).not.toBeNull();
    });

    it('renders hostile text from a snapshot as inert text', async () => {
        const element = mount();
        const hostile = '<img src=x onerror="window.hacked=1">';
        sendSnapshot({ status: 'ready', callCenterName: hostile });
        await flushPromises();
        expect(text(element, '.softphone__call-center')).toBe(hostile);
        expect(element.shadowRoot?.querySelector('img')).toBeNull();
    });

    it('ignores malformed messages, messages from other origins and its own messages', async () => {
        const warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined);
        const element = mount();
        postFromEngine(
            JSON.stringify({ channel: BRIDGE_CHANNEL, version: 1, source: 'engine', type: 'state' })
        );
        postFromEngine(serializeBridgeMessage(stateMessage({ status: 'ready' })), 'https://evil.example.com');
        postFromEngine('not json');
        await flushPromises();
        expect(text(element, '.softphone__status')).toBe('c.Softphone_Starting');
        expect(warn).toHaveBeenCalledWith(expect.stringContaining('snapshot is not an object'));
    });

    it('says the engine is missing when no snapshot arrives in time', async () => {
        jest.useFakeTimers();
        const element = mount();
        jest.advanceTimersByTime(ENGINE_WAIT_MS);
        await flushPromises();
        expect(text(element, '.softphone__reason')).toBe('c.Softphone_EngineMissing');
    });

    it('stops listening when removed from the page', () => {
        const addListener = jest.spyOn(window, 'addEventListener');
        const removeListener = jest.spyOn(window, 'removeEventListener');
        const element = mount();
        const added = addListener.mock.calls.find(([type]) => type === 'message')?.[1];
        expect(added).toBeInstanceOf(Function);
        document.body.removeChild(element);
        expect(removeListener).toHaveBeenCalledWith('message', added);
    });

    it('is accessible in the ready state', async () => {
        const element = mount();
        sendSnapshot(readyWithCallCenter as EngineSnapshot);
        await flushPromises();
        await expect(element).toBeAccessible();
    });

    it('is accessible in the signed-out state', async () => {
        const element = mount();
        sendSnapshot({ status: 'signed-out', reason: 'open-cti-failed', detail: 'No call center' });
        await flushPromises();
        await expect(element).toBeAccessible();
    });
});
