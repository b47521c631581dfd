import { createElement } from 'lwc';
import SoftphoneSignIn from 'c/softphoneSignIn';
import type { UiCommand } from 'c/softphoneBridgeProtocol';

function flushPromises(): Promise<void> {
    return Promise.resolve();
}

function mount(): { element: HTMLElement; commands: UiCommand[] } {
    const element = createElement('c-softphone-sign-in', { is: SoftphoneSignIn });
    const commands: UiCommand[] = [];
    element.addEventListener('command', (event) => commands.push((event as CustomEvent<UiCommand>).detail));
    document.body.appendChild(element);
    return { element, commands };
}

/** A public property of a component or base-component stub. */
function prop(element: Element | null | undefined, name: string): unknown {
    return element ? Reflect.get(element, name) : undefined;
}

function get(element: HTMLElement, selector: string): HTMLElement {
    return element.shadowRoot!.querySelector<HTMLElement>(selector)!;
}

const userInput = (element: HTMLElement): HTMLElement => get(element, '[data-id="user"]');
const passwordInput = (element: HTMLElement): HTMLElement => get(element, '[data-id="password"]');
const signInButton = (element: HTMLElement): HTMLElement => get(element, '[data-id="sign-in"]');

/** Types into a field as lightning-input reports it. */
async function type(input: HTMLElement, value: string): Promise<void> {
    Object.assign(input, { value });
    input.dispatchEvent(new CustomEvent('change', { detail: { value } }));
    await flushPromises();
}

describe('c-softphone-sign-in', () => {
    afterEach(() => {
        while (document.body.firstChild) {
            document.body.removeChild(document.body.firstChild);
        }
        jest.clearAllMocks();
    });

    it('offers a titled form with a user name, a password field and a Sign in button that waits for both', () => {
        const { element } = mount();
        expect(element.shadowRoot?.querySelector('h2')?.textContent).toBe('c.Softphone_SipSignInTitle');
        expect(element.shadowRoot?.querySelector('.softphone-sign-in__help')?.textContent).toBe(
            'c.Softphone_SipSignInHelp'
        );
        expect(prop(userInput(element), 'label')).toBe('c.Softphone_SipUser');
        expect(prop(userInput(element), 'autocomplete')).toBe('username');
        expect(prop(passwordInput(element), 'label')).toBe('c.Softphone_SipPassword');
        expect(prop(passwordInput(element), 'type')).toBe('password');
        expect(prop(passwordInput(element), 'autocomplete')).toBe('current-password');
        expect(prop(signInButton(element), 'label')).toBe('c.Softphone_SipSignIn');
        expect(prop(signInButton(element), 'disabled')).toBe(true);
    });

    it('sends sign-in with the trimmed user and the password as typed, then clears the password', async () => {
        const { element, commands } = mount();
        await type(userInput(element), ' 1001 ');
        expect(prop(signInButton(element), 'disabled')).toBe(true);
        await type(passwordInput(element), ' s3cret ');
        expect(prop(signInButton(element), 'disabled')).toBe(false);
        signInButton(element).click();
        await flushPromises();
        expect(commands).toEqual([{ type: 'sign-in', user: '1001', password: ' s3cret ' }]);
        expect(prop(passwordInput(element), 'value')).toBe('');
        expect(prop(userInput(element), 'value')).toBe(' 1001 ');
        expect(prop(signInButton(element), 'disabled')).toBe(true);
    });

    it('signs in on Enter in either field, and not before both are filled', async () => {
        const { element, commands } = mount();
        const enter = (input: HTMLElement): KeyboardEvent => {
            const event = new KeyboardEvent('keydown', { key: 'Enter', cancelable: true });
            input.dispatchEvent(event);
            return event;
        };
        await type(userInput(element), '1001');
        enter(userInput(element));
        expect(commands).toEqual([]);
        await type(passwordInput(element), 'pw');
        passwordInput(element).dispatchEvent(new KeyboardEvent('keydown', { key: 'a' }));
        expect(commands).toEqual([]);
        expect(enter(passwordInput(element)).defaultPrevented).toBe(true);
        expect(commands).toEqual([{ type: 'sign-in', user: '1001', password: 'pw' }]);
    });

    it('is accessible when empty', async () => {
        const { element } = mount();
        await expect(element).toBeAccessible();
    });

    it('is accessible when filled in', async () => {
        const { element } = mount();
        await type(userInput(element), '1001');
        await type(passwordInput(element), 'pw');
        await expect(element).toBeAccessible();
    });
});
