import { createElement } from 'lwc';
import CallWithSoftphone from 'c/callWithSoftphone';
import { getRecord } from 'lightning/uiRecordApi';
import { publish, subscribe } from 'lightning/messageService';
import { channelResult, SOFTPHONE_CHANNEL_VERSION } from 'c/softphoneChannelProtocol';
import type { ChannelCall, ChannelStateMessage } from 'c/softphoneChannelProtocol';

interface WireAdapterMock {
    emit(value: unknown): void;
}

const RECORD_ID = '003000000000001AAA';
const record = (phone: string | null) => ({
    apiName: 'Contact',
    id: RECORD_ID,
    fields: { Phone: { value: phone }, Name: { value: 'Ada Lovelace' } }
});

const publishMock = publish as unknown as jest.Mock;
const subscribeMock = subscribe as unknown as jest.Mock;

/** Lets the component re-render after a change (LWC renders in a microtask). */
async function flush(): Promise<void> {
    await Promise.resolve();
    await Promise.resolve();
}

async function mount(phone: string | null = '+1 415 555 0100'): Promise<HTMLElement> {
    const element = createElement('c-call-with-softphone', { is: CallWithSoftphone });
    Object.assign(element, { recordId: RECORD_ID, objectApiName: 'Contact' });
    document.body.appendChild(element);
    (getRecord as unknown as WireAdapterMock).emit(record(phone));
    await flush();
    return element;
}

/** The listener the component subscribed to the channel with: what the softphone's messages reach. */
function softphoneSays(message: unknown): Promise<void> {
    const listener = subscribeMock.mock.calls.at(-1)?.[2] as (payload: unknown) => void;
    listener(JSON.parse(JSON.stringify(message)));
    return flush();
}

function state(
    call?: Partial<ChannelCall>,
    phone: ChannelStateMessage['phone'] = 'ready'
): ChannelStateMessage {
    return {
        version: SOFTPHONE_CHANNEL_VERSION,
        source: 'softphone',
        type: 'state',
        phone,
        status: 'available',
        ...(call
            ? {
                  call: {
                      id: 'call-1',
                      state: 'dialing',
                      direction: 'outbound',
                      number: '+14155550100',
                      startedAt: 1,
                      ...call
                  } as ChannelCall
              }
            : {})
    };
}

function button(element: HTMLElement): HTMLElement & { disabled: boolean; label: string } {
    const found = element.shadowRoot?.querySelector('lightning-button[data-id="call"]');
    if (!found) throw new Error('no call button');
    return found as HTMLElement & { disabled: boolean; label: string };
}

function text(element: HTMLElement, dataId: string): string {
    return element.shadowRoot?.querySelector(`[data-id="${dataId}"]`)?.textContent?.trim() ?? '';
}

/** The payloads the component published, in order. */
function published(): Record<string, unknown>[] {
    return publishMock.mock.calls.map((call) => call[2] as Record<string, unknown>);
}

describe('c-call-with-softphone', () => {
    afterEach(() => {
        while (document.body.firstChild) document.body.removeChild(document.body.firstChild);
        jest.clearAllMocks();
    });

    it('listens to the softphone in the whole app and asks for its state when it loads', async () => {
        await mount();
        expect(subscribeMock).toHaveBeenCalledTimes(1);
        expect(subscribeMock.mock.calls[0]?.[3]).toHaveProperty('scope');
        expect(published()).toEqual([
            expect.objectContaining({ version: 1, type: 'get-state', source: 'callWithSoftphone' })
        ]);
    });

    it('dials the record’s phone for the record when clicked', async () => {
        const element = await mount();
        await softphoneSays(state());
        expect(button(element).label).toBe('c.Softphone_CallWithSoftphone +1 415 555 0100');
        button(element).click();
        await flush();
        expect(published().at(-1)).toEqual({
            version: 1,
            type: 'dial',
            requestId: expect.any(String),
            source: 'callWithSoftphone',
            number: '+1 415 555 0100',
            recordId: RECORD_ID,
            recordName: 'Ada Lovelace',
            objectType: 'Contact'
        });
        expect(button(element).disabled).toBe(true);
    });

    it('shows the live state of the record’s call, and lets the agent call again once it ended', async () => {
        const element = await mount();
        button(element).click();
        await flush();
        const requestId = published().at(-1)?.requestId as string;
        await softphoneSays(channelResult(requestId, 'dial', { callId: 'call-1' }));
        await softphoneSays(state({ state: 'dialing' }));
        expect(text(element, 'call-state')).toBe('c.Softphone_CwsCalling');
        await softphoneSays(state({ state: 'connected', recordId: RECORD_ID }));
        expect(text(element, 'call-state')).toBe('c.Softphone_CallConnected');
        await softphoneSays(state({ state: 'held', recordId: RECORD_ID }));
        expect(text(element, 'call-state')).toBe('c.Softphone_CallOnHold');
        expect(button(element).disabled).toBe(true);
        await softphoneSays(state({ state: 'ended', result: 'completed', recordId: RECORD_ID }));
        expect(text(element, 'call-state')).toBe('c.Softphone_CwsEnded');
        expect(button(element).disabled).toBe(false);
        await softphoneSays(state());
        expect(text(element, 'call-state')).toBe('c.Softphone_CwsEnded');
    });

    it('shows the record’s call as ended once it has left the softphone, even without its ended state', async () => {
        const element = await mount();
        await softphoneSays(state({ state: 'connected', recordId: RECORD_ID }));
        await softphoneSays(state());
        expect(text(element, 'call-state')).toBe('c.Softphone_CwsEnded');
        expect(button(element).disabled).toBe(false);
    });

    it('shows nothing of a call about another record', async () => {
        const element = await mount();
        await softphoneSays(state({ state: 'connected', recordId: '001000000000001AAA' }));
        expect(text(element, 'call-state')).toBe('');
        expect(button(element).disabled).toBe(false);
    });

    it('says why the softphone refused the dial, in the agent’s words', async () => {
        const element = await mount();
        button(element).click();
        await flush();
        const requestId = published().at(-1)?.requestId as string;
        await softphoneSays(channelResult('someone-else', 'dial', { reason: 'invalid-number' }));
        expect(text(element, 'refusal')).toBe('');
        await softphoneSays(channelResult(requestId, 'dial', { reason: 'busy', detail: 'on a call' }));
        expect(text(element, 'refusal')).toBe('c.Softphone_NoticeBusyOnCall');
        expect(button(element).disabled).toBe(false);
    });

    it('ignores payloads that are not the softphone’s, or of another version', async () => {
        const element = await mount();
        await softphoneSays({ ...state({ state: 'connected', recordId: RECORD_ID }), version: 2 });
        await softphoneSays({ ...state({ state: 'connected', recordId: RECORD_ID }), source: 'someone' });
        await softphoneSays('connected');
        expect(text(element, 'call-state')).toBe('');
    });

    it('cannot call while the softphone is unavailable, and says so', async () => {
        const element = await mount();
        await softphoneSays(state(undefined, 'unavailable'));
        expect(button(element).disabled).toBe(true);
        expect(text(element, 'call-state')).toBe('c.Softphone_CwsUnavailable');
    });

    it('says the record has no number instead of offering a button', async () => {
        const element = await mount(null);
        expect(element.shadowRoot?.querySelector('lightning-button')).toBeNull();
        expect(text(element, 'no-number')).toBe('c.Softphone_CwsNoNumber');
    });

    it('is accessible while idle, during a call and after a refusal', async () => {
        const element = await mount();
        await expect(element).toBeAccessible();
        button(element).click();
        await flush();
        const requestId = published().at(-1)?.requestId as string;
        await softphoneSays(channelResult(requestId, 'dial', { reason: 'not-ready' }));
        await softphoneSays(state({ state: 'connected', recordId: RECORD_ID }));
        await expect(element).toBeAccessible();
    });
});
