import { createElement } from 'lwc';
import SoftphoneNotice from 'c/softphoneNotice';
import type { NoticeKey, NoticeView } from 'c/softphoneBridgeProtocol';

/** A key from a newer engine than this UI knows, as the defensive code must handle it. */
const unknownKey = (key: string): NoticeKey => key as NoticeKey;

function flushPromises(): Promise<void> {
    return Promise.resolve();
}

function mount(notice: NoticeView | undefined): HTMLElement {
    const element = createElement('c-softphone-notice', { is: SoftphoneNotice });
    Object.assign(element, { notice });
    document.body.appendChild(element);
    return element;
}

/** A public property of a component or base-component stub. */
function prop(element: Element | null | undefined, name: string): unknown {
    return element ? Reflect.get(element, name) : undefined;
}

function alert(element: HTMLElement): HTMLElement | null {
    return element.shadowRoot?.querySelector<HTMLElement>('.softphone-notice') ?? null;
}

function text(element: HTMLElement, selector: string): string | undefined {
    return element.shadowRoot?.querySelector(selector)?.textContent?.trim();
}

describe('c-softphone-notice', () => {
    afterEach(() => {
        while (document.body.firstChild) {
            document.body.removeChild(document.body.firstChild);
        }
        jest.clearAllMocks();
    });

    it.each([
        ['invalid-number', 'c.Softphone_NoticeInvalidNumber'],
        ['command-failed', 'c.Softphone_NoticeCommandFailed'],
        ['log-failed', 'c.Softphone_NoticeLogFailed'],
        ['microphone-denied', 'c.Softphone_NoticeMicrophoneDenied'],
        ['screen-pop-failed', 'c.Softphone_NoticeScreenPopFailed'],
        ['invalid-digits', 'c.Softphone_NoticeInvalidDigits'],
        ['busy-on-call', 'c.Softphone_NoticeBusyOnCall'],
        ['registration-failed', 'c.Softphone_NoticeRegistrationFailed'],
        ['unknown-record', 'c.Softphone_NoticeUnknownRecord'],
        ['active-in-another-tab', 'c.Softphone_NoticeActiveInAnotherTab']
    ] as [NoticeKey, string][])('shows the label of the %s notice', (key, label) => {
        const element = mount({ kind: 'error', key });
        expect(text(element, '.softphone-notice__message')).toBe(label);
    });

    it('announces an error at once as an SLDS error alert', () => {
        const element = mount({ kind: 'error', key: 'invalid-number', detail: '12 is too short' });
        const box = alert(element);
        expect(box?.getAttribute('role')).toBe('alert');
        expect(box?.classList.contains('slds-alert_error')).toBe(true);
        expect(text(element, '.slds-assistive-text')).toBe('c.Softphone_NoticeError');
        expect(text(element, '.softphone-notice__detail')).toBe('12 is too short');
    });

    it('shows information politely', () => {
        const element = mount({ kind: 'info', key: 'log-failed' });
        const box = alert(element);
        expect(box?.getAttribute('role')).toBe('status');
        expect(box?.classList.contains('slds-alert_error')).toBe(false);
        expect(text(element, '.slds-assistive-text')).toBe('c.Softphone_NoticeInfo');
        expect(element.shadowRoot?.querySelector('.softphone-notice__detail')).toBeNull();
    });

    it('shows a generic text and the detail for a key it does not know', () => {
        const element = mount({
            kind: 'error',
            key: unknownKey('pbx-on-fire'),
            detail: 'SIP 503 Service Unavailable'
        });
        expect(text(element, '.softphone-notice__message')).toBe('c.Softphone_NoticeGeneric');
        expect(text(element, '.softphone-notice__detail')).toBe('SIP 503 Service Unavailable');
    });

    it('does not take keys from the object prototype for labels', () => {
        const element = mount({ kind: 'error', key: unknownKey('constructor') });
        expect(text(element, '.softphone-notice__message')).toBe('c.Softphone_NoticeGeneric');
    });

    it('closes, and stays closed until another notice arrives', async () => {
        const element = mount({ kind: 'error', key: 'command-failed', detail: 'hold refused' });
        const close = element.shadowRoot!.querySelector<HTMLElement>('lightning-button-icon')!;
        expect(prop(close, 'alternativeText')).toBe('c.Softphone_NoticeClose');
        close.click();
        await flushPromises();
        expect(alert(element)).toBeNull();

        Object.assign(element, { notice: { kind: 'error', key: 'command-failed', detail: 'hold refused' } });
        await flushPromises();
        expect(alert(element)).toBeNull();

        Object.assign(element, { notice: { kind: 'error', key: 'invalid-number' } });
        await flushPromises();
        expect(text(element, '.softphone-notice__message')).toBe('c.Softphone_NoticeInvalidNumber');
    });

    it('renders hostile detail as inert text', () => {
        const hostile = '<img src=x onerror="window.hacked=1">';
        const element = mount({ kind: 'error', key: 'command-failed', detail: hostile });
        expect(text(element, '.softphone-notice__detail')).toBe(hostile);
        expect(element.shadowRoot?.querySelector('img')).toBeNull();
    });

    it('is accessible as an error', async () => {
        const element = mount({ kind: 'error', key: 'microphone-denied', detail: 'NotAllowedError' });
        await expect(element).toBeAccessible();
    });

    it('is accessible as information', async () => {
        const element = mount({ kind: 'info', key: 'log-failed' });
        await expect(element).toBeAccessible();
    });
});
