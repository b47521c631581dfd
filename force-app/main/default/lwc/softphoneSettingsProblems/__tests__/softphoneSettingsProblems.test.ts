import { createElement } from 'lwc';
import SoftphoneSettingsProblems from 'c/softphoneSettingsProblems';
import type { SettingsProblemView } from 'c/softphoneBridgeProtocol';
import settingsProblems from './data/settingsProblems.json';

jest.mock(
    '@salesforce/label/c.Softphone_SettingsProblemsTitle',
    () => ({ default: 'Call center settings to fix ({0})' }),
    { virtual: true }
);

function flushPromises(): Promise<void> {
    return Promise.resolve();
}

function mount(problems: readonly SettingsProblemView[]): HTMLElement {
    const element = createElement('c-softphone-settings-problems', { is: SoftphoneSettingsProblems });
    Object.assign(element, { problems });
    document.body.appendChild(element);
    return element;
}

function toggle(element: HTMLElement): HTMLButtonElement {
    return element.shadowRoot!.querySelector(
        'button.softphone-settings-problems__toggle'
    ) as HTMLButtonElement;
}

function content(element: HTMLElement): HTMLElement {
    return element.shadowRoot!.querySelector('.slds-section__content') as HTMLElement;
}

describe('c-softphone-settings-problems', () => {
    afterEach(() => {
        while (document.body.firstChild) {
            document.body.removeChild(document.body.firstChild);
        }
        jest.clearAllMocks();
    });

    it('starts closed with the number of settings to fix', () => {
        const element = mount(settingsProblems);
        expect(
            element.shadowRoot?.querySelector('.softphone-settings-problems__title')?.textContent?.trim()
        ).toBe('Call center settings to fix (2)');
        expect(toggle(element).getAttribute('aria-expanded')).toBe('false');
        expect(content(element).hidden).toBe(true);
    });

    it('starts open when a setting stops the phone, and still closes on demand', async () => {
        const element = mount([
            {
                setting: 'telephonyMode',
                message: 'telephonyMode must be sip, demo or click-to-dial-only (got bogus)',
                stopsPhone: true
            }
        ]);
        expect(toggle(element).getAttribute('aria-expanded')).toBe('true');
        expect(content(element).hidden).toBe(false);
        expect(content(element).textContent).toContain('(got bogus)');
        toggle(element).click();
        await flushPromises();
        expect(content(element).hidden).toBe(true);
    });

    it('opens (a native button: click, Enter or Space) to list each setting and its message', async () => {
        const element = mount(settingsProblems);
        toggle(element).click();
        await flushPromises();
        expect(toggle(element).getAttribute('aria-expanded')).toBe('true');
        expect(content(element).hidden).toBe(false);
        expect(element.shadowRoot?.querySelector('.slds-section')?.classList.contains('slds-is-open')).toBe(
            true
        );
        const settings = [...element.shadowRoot!.querySelectorAll('.softphone-settings-problems__setting')];
        const messages = [...element.shadowRoot!.querySelectorAll('.softphone-settings-problems__message')];
        expect(settings.map((node) => node.textContent?.trim())).toEqual([
            'pbxWebSocketUrl',
            'wrapUpSeconds'
        ]);
        expect(messages.map((node) => node.textContent?.trim())).toEqual(
            settingsProblems.map((problem) => problem.message)
        );

        toggle(element).click();
        await flushPromises();
        expect(content(element).hidden).toBe(true);
    });

    it('points the toggle at the content it opens', () => {
        const element = mount(settingsProblems);
        const controls = toggle(element).getAttribute('aria-controls');
        expect(controls).toBeTruthy();
        expect(content(element).id).toBe(controls);
    });

    it('is accessible when closed', async () => {
        const element = mount(settingsProblems);
        await expect(element).toBeAccessible();
    });

    it('is accessible when open', async () => {
        const element = mount(settingsProblems);
        toggle(element).click();
        await flushPromises();
        await expect(element).toBeAccessible();
    });
});
