import { createElement } from 'lwc';
import SoftphoneKeypad from 'c/softphoneKeypad';

function flushPromises(): Promise<void> {
    return Promise.resolve();
}

function mount(props: { label?: string; disabled?: boolean } = {}): {
    element: HTMLElement;
    digits: string[];
} {
    const element = createElement('c-softphone-keypad', { is: SoftphoneKeypad });
    Object.assign(element, props);
    const digits: string[] = [];
    element.addEventListener('digit', (event) => digits.push((event as CustomEvent<string>).detail));
    document.body.appendChild(element);
    return { element, digits };
}

/** A public property of a component or base-component stub. */
function prop(element: Element | null | undefined, name: string): unknown {
    return element ? Reflect.get(element, name) : undefined;
}

function keys(element: HTMLElement): HTMLElement[] {
    return [...element.shadowRoot!.querySelectorAll<HTMLElement>('lightning-button')];
}

function key(element: HTMLElement, label: string): HTMLElement {
    return keys(element).find((button) => prop(button, 'label') === label)!;
}

describe('c-softphone-keypad', () => {
    afterEach(() => {
        while (document.body.firstChild) {
            document.body.removeChild(document.body.firstChild);
        }
        jest.clearAllMocks();
    });

    it('lays out the twelve keys of a phone in order', () => {
        const { element } = mount({ label: 'Dial pad' });
        expect(keys(element).map((button) => prop(button, 'label'))).toEqual([
            '1',
            '2',
            '3',
            '4',
            '5',
            '6',
            '7',
            '8',
            '9',
            '*',
            '0',
            '#'
        ]);
        const group = element.shadowRoot?.querySelector('[role="group"]');
        expect(group?.getAttribute('aria-label')).toBe('Dial pad');
    });

    it('fires digit with the key pressed', () => {
        const { element, digits } = mount();
        key(element, '5').click();
        key(element, '*').click();
        key(element, '#').click();
        key(element, '0').click();
        expect(digits).toEqual(['5', '*', '#', '0']);
    });

    it('disables every key', async () => {
        const { element } = mount();
        expect(keys(element).some((button) => prop(button, 'disabled'))).toBe(false);
        Object.assign(element, { disabled: true });
        await flushPromises();
        expect(keys(element).every((button) => prop(button, 'disabled'))).toBe(true);
    });

    it('is accessible', async () => {
        const { element } = mount({ label: 'Keypad' });
        await expect(element).toBeAccessible();
    });
});
