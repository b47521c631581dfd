import { createElement } from 'lwc';
import SoftphoneOmniSync from 'c/softphoneOmniSync';
import { publish, subscribe } from 'lightning/messageService';
import type { ChannelCall, ChannelStateMessage } from 'c/softphoneChannelProtocol';

const publishMock = publish as unknown as jest.Mock;
const subscribeMock = subscribe as unknown as jest.Mock;

const CONFIGURATION = {
    mappings: [
        { name: 'Available', presenceStatus: 'Available', softphoneStatus: 'available' },
        { name: 'On_A_Call', presenceStatus: 'Softphone_On_A_Call', softphoneStatus: 'on-call' }
    ],
    statuses: [
        { id: '0N5000000000001', apiName: 'Available', label: 'Available' },
        { id: '0N5000000000003', apiName: 'Softphone_On_A_Call', label: 'On a Call' }
    ]
};

async function flush(): Promise<void> {
    await Promise.resolve();
    await Promise.resolve();
}

type SyncElement = HTMLElement & {
    configuration: unknown;
    omniStatusChanged(apiName: string | undefined): void;
    omniStatusSetFailed(apiName: string, detail: string): void;
};

function mount(): { element: SyncElement; presence: { statusId: string; apiName: string }[] } {
    const element = createElement('c-softphone-omni-sync', { is: SoftphoneOmniSync }) as SyncElement;
    const presence: { statusId: string; apiName: string }[] = [];
    element.addEventListener('presencechange', (event) =>
        presence.push((event as CustomEvent<{ statusId: string; apiName: string }>).detail)
    );
    document.body.appendChild(element);
    return { element, presence };
}

function softphoneSays(status: ChannelStateMessage['status'], call?: Partial<ChannelCall>): Promise<void> {
    const listener = subscribeMock.mock.calls.at(-1)?.[2] as (payload: unknown) => void;
    listener({
        version: 1,
        source: 'softphone',
        type: 'state',
        phone: 'ready',
        status,
        ...(call ? { call: { id: 'c1', direction: 'outbound', number: '+1', startedAt: 1, ...call } } : {})
    });
    return flush();
}

const commands = (): Record<string, unknown>[] =>
    publishMock.mock.calls
        .map((call) => call[2] as Record<string, unknown>)
        .filter((m) => m.type === 'set-status');

describe('c-softphone-omni-sync', () => {
    afterEach(() => {
        while (document.body.firstChild) document.body.removeChild(document.body.firstChild);
        jest.clearAllMocks();
    });

    it('sets the softphone’s status from Omni-Channel’s over the channel, and Offline when signed out', async () => {
        const { element } = mount();
        element.omniStatusChanged('Available');
        element.configuration = CONFIGURATION;
        await flush();
        expect(commands()).toEqual([
            expect.objectContaining({ version: 1, status: 'available', source: 'softphoneOmniSync' })
        ]);
        await softphoneSays('available');
        element.omniStatusChanged(undefined);
        expect(commands().at(-1)).toMatchObject({ status: 'offline' });
    });

    it('asks the host to set the on-call status for a call, and the earlier one after its wrap-up', async () => {
        const { element, presence } = mount();
        element.configuration = CONFIGURATION;
        element.omniStatusChanged('Available');
        await softphoneSays('available');
        await softphoneSays('available', { state: 'connected' });
        expect(presence).toEqual([{ statusId: '0N5000000000003', apiName: 'Softphone_On_A_Call' }]);
        element.omniStatusChanged('Softphone_On_A_Call');
        await softphoneSays('available', { state: 'ended', result: 'completed' });
        expect(presence.at(-1)).toEqual({ statusId: '0N5000000000001', apiName: 'Available' });
    });

    it('shows the mapping problems, and a status Omni-Channel refused, accessibly', async () => {
        const { element } = mount();
        element.configuration = {
            ...CONFIGURATION,
            mappings: [
                ...CONFIGURATION.mappings,
                { name: 'Typo', presenceStatus: 'Availabel', softphoneStatus: 'available' }
            ]
        };
        await flush();
        const problems = element.shadowRoot?.querySelector('[data-id="problems"]');
        expect(problems?.textContent).toContain('c.Softphone_OmniSyncProblems');
        expect(problems?.textContent).toContain('"Availabel" does not exist');
        element.omniStatusSetFailed('Softphone_On_A_Call', 'no access');
        await flush();
        expect(element.shadowRoot?.querySelector('[data-id="problems"]')?.textContent).toContain('no access');
        await expect(element).toBeAccessible();
    });

    it('says all is in step when the mapping is clean', async () => {
        const { element } = mount();
        element.configuration = CONFIGURATION;
        await flush();
        expect(element.shadowRoot?.querySelector('[data-id="in-step"]')?.textContent).toBe(
            'c.Softphone_OmniSyncInStep'
        );
        await expect(element).toBeAccessible();
    });
});
