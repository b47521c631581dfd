import { createElement } from 'lwc';
import SoftphoneStatusBar from 'c/softphoneStatusBar';
import type { UiCommand } from 'c/softphoneBridgeProtocol';

jest.mock('@salesforce/label/c.Softphone_PhoneSystemInUse', () => ({ default: 'Phone system: {0}' }), {
    virtual: true
});

function flushPromises(): Promise<void> {
    return Promise.resolve();
}

function mount(props: Record<string, string>): { element: HTMLElement; commands: UiCommand[] } {
    const element = createElement('c-softphone-status-bar', { is: SoftphoneStatusBar });
    Object.assign(element, props);
    const commands: UiCommand[] = [];
    element.addEventListener('command', (event) => commands.push((event as CustomEvent<UiCommand>).detail));
    document.body.appendChild(element);
    return { element, commands };
}

function text(element: HTMLElement, selector: string): string | undefined {
    return element.shadowRoot?.querySelector(selector)?.textContent?.trim();
}

/** A public property of a component or base-component stub. */
function prop(element: Element | null | undefined, name: string): unknown {
    return element ? Reflect.get(element, name) : undefined;
}

function combobox(element: HTMLElement): HTMLElement {
    return element.shadowRoot!.querySelector<HTMLElement>('lightning-combobox')!;
}

describe('c-softphone-status-bar', () => {
    afterEach(() => {
        while (document.body.firstChild) {
            document.body.removeChild(document.body.firstChild);
        }
        jest.clearAllMocks();
    });

    it('shows the call center and the agent status', () => {
        const { element } = mount({
            callCenterName: 'Support EMEA',
            agentStatus: 'available',
            registration: 'registered',
            telephonyMode: 'sip'
        });
        expect(text(element, '.softphone-status-bar__call-center')).toBe('Support EMEA');
        const status = combobox(element);
        expect(prop(status, 'value')).toBe('available');
        expect(prop(status, 'options')).toEqual([
            { label: 'c.Softphone_Available', value: 'available' },
            { label: 'c.Softphone_Busy', value: 'busy' },
            { label: 'c.Softphone_Offline', value: 'offline' }
        ]);
        expect(prop(status, 'label')).toBe('c.Softphone_AgentStatus');
        expect(text(element, '.softphone-status-bar__registration')).toBe('c.Softphone_Ready');
    });

    it('says which phone-system profile is in use, and nothing when the call center applies', () => {
        const { element } = mount({
            callCenterName: 'Support EMEA',
            phoneSystem: 'Branch office',
            agentStatus: 'available',
            registration: 'registered',
            telephonyMode: 'sip'
        });
        expect(text(element, '.softphone-status-bar__phone-system')).toBe('Phone system: Branch office');
        const none = mount({
            callCenterName: 'Support EMEA',
            agentStatus: 'available',
            registration: 'registered'
        });
        expect(none.element.shadowRoot?.querySelector('.softphone-status-bar__phone-system')).toBeNull();
    });

    it('sends set-agent-status when the agent picks another status', () => {
        const { element, commands } = mount({ agentStatus: 'available', registration: 'registered' });
        Object.assign(combobox(element), { value: 'busy' });
        combobox(element).dispatchEvent(new CustomEvent('change', { detail: { value: 'busy' } }));
        expect(commands).toEqual([{ type: 'set-agent-status', status: 'busy' }]);
    });

    it("shows the engine's status until a snapshot confirms the agent's choice", async () => {
        const { element } = mount({ agentStatus: 'available', registration: 'registered' });
        Object.assign(combobox(element), { value: 'busy' });
        combobox(element).dispatchEvent(new CustomEvent('change', { detail: { value: 'busy' } }));
        expect(prop(combobox(element), 'value')).toBe('available');
        Object.assign(element, { agentStatus: 'busy' });
        await flushPromises();
        expect(prop(combobox(element), 'value')).toBe('busy');
    });

    it('does not resend the status the agent already has', () => {
        const { element, commands } = mount({ agentStatus: 'offline', registration: 'registered' });
        combobox(element).dispatchEvent(new CustomEvent('change', { detail: { value: 'offline' } }));
        expect(commands).toEqual([]);
    });

    it.each([
        ['registering', 'c.Softphone_Registering'],
        ['unregistered', 'c.Softphone_SignedOut'],
        ['registered', 'c.Softphone_Ready']
    ])('says in words that registration is %s', (registration, label) => {
        const { element } = mount({ registration, telephonyMode: 'sip' });
        const line = element.shadowRoot?.querySelector('.softphone-status-bar__registration');
        expect(line?.textContent?.trim()).toBe(label);
        expect(line?.getAttribute('role')).toBe('status');
        expect(element.shadowRoot?.querySelector('.softphone-status-bar__registration-detail')).toBeNull();
    });

    it('explains a failed registration with its detail', () => {
        const { element } = mount({
            registration: 'failed',
            registrationDetail: '403 Forbidden from sip.example.com',
            telephonyMode: 'sip'
        });
        const line = element.shadowRoot?.querySelector('.softphone-status-bar__registration');
        expect(line?.textContent?.trim()).toBe('c.Softphone_RegistrationFailed');
        expect(line?.classList.contains('slds-text-color_error')).toBe(true);
        expect(text(element, '.softphone-status-bar__registration-detail')).toBe(
            '403 Forbidden from sip.example.com'
        );
    });

    it("says the phone can't start, not that it can't connect, when a setting stops it, naming the setting", () => {
        const { element } = mount({ registration: 'not-started', registrationDetail: 'telephonyMode' });
        const line = element.shadowRoot?.querySelector('.softphone-status-bar__registration');
        expect(line?.textContent?.trim()).toBe('c.Softphone_PhoneCannotStart');
        expect(line?.classList.contains('slds-text-color_error')).toBe(true);
        // The label's {0} gets the setting names (the stub label is its name, so only the name shows here).
        expect(text(element, '.softphone-status-bar__registration-detail')).toBe(
            'c.Softphone_PhoneCannotStartDetail'
        );
        expect(text(element, '.softphone-status-bar__mode')).toBeUndefined();
    });

    it('updates when the registration changes', async () => {
        const { element } = mount({ registration: 'registering', telephonyMode: 'sip' });
        Object.assign(element, { registration: 'registered' });
        await flushPromises();
        expect(text(element, '.softphone-status-bar__registration')).toBe('c.Softphone_Ready');
    });

    it('says when calls are simulated', () => {
        const { element } = mount({ registration: 'registered', telephonyMode: 'demo' });
        expect(text(element, '.softphone-status-bar__mode')).toBe('c.Softphone_TelephonyModeDemo');
    });

    it('reports no registration for a desk phone (click-to-dial only)', () => {
        const { element } = mount({ registration: 'unregistered', telephonyMode: 'click-to-dial-only' });
        expect(element.shadowRoot?.querySelector('.softphone-status-bar__registration')).toBeNull();
        expect(text(element, '.softphone-status-bar__mode')).toBe('c.Softphone_TelephonyModeClickToDial');
    });

    it('is accessible when registered', async () => {
        const { element } = mount({
            callCenterName: 'Support EMEA',
            agentStatus: 'available',
            registration: 'registered',
            telephonyMode: 'sip'
        });
        await expect(element).toBeAccessible();
    });

    it('is accessible when registration failed', async () => {
        const { element } = mount({
            agentStatus: 'offline',
            registration: 'failed',
            registrationDetail: 'WebSocket closed',
            telephonyMode: 'sip'
        });
        await expect(element).toBeAccessible();
    });
});
