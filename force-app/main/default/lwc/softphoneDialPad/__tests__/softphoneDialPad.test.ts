import { createElement } from 'lwc';
import SoftphoneDialPad from 'c/softphoneDialPad';
import type { UiCommand } from 'c/softphoneBridgeProtocol';

function flushPromises(): Promise<void> {
    return Promise.resolve();
}

function mount(disabled = false): { element: HTMLElement; commands: UiCommand[] } {
    const element = createElement('c-softphone-dial-pad', { is: SoftphoneDialPad });
    Object.assign(element, { disabled });
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

const numberInput = (element: HTMLElement): HTMLElement => get(element, '[data-id="number"]');
const callButton = (element: HTMLElement): HTMLElement => get(element, '[data-id="call"]');
const deleteButton = (element: HTMLElement): HTMLElement => get(element, '[data-id="delete"]');
const keypad = (element: HTMLElement): HTMLElement => get(element, 'c-softphone-keypad');

/** Types or pastes into the number field as lightning-input reports it. */
async function enter(element: HTMLElement, value: string): Promise<void> {
    const input = numberInput(element);
    Object.assign(input, { value });
    input.dispatchEvent(new CustomEvent('change', { detail: { value } }));
    await flushPromises();
}

function pressKey(element: HTMLElement, digit: string): void {
    keypad(element).dispatchEvent(new CustomEvent('digit', { detail: digit }));
}

function pressEnter(element: HTMLElement): KeyboardEvent {
    const event = new KeyboardEvent('keydown', { key: 'Enter', cancelable: true });
    numberInput(element).dispatchEvent(event);
    return event;
}

describe('c-softphone-dial-pad', () => {
    afterEach(() => {
        while (document.body.firstChild) {
            document.body.removeChild(document.body.firstChild);
        }
        jest.clearAllMocks();
        jest.restoreAllMocks();
    });

    it('offers a labelled phone number field and a Call button that waits for a number', () => {
        const { element } = mount();
        const input = numberInput(element);
        expect(prop(input, 'label')).toBe('c.Softphone_NumberToDial');
        expect(prop(input, 'type')).toBe('tel');
        expect(prop(input, 'maxLength')).toBe(64);
        expect(prop(callButton(element), 'label')).toBe('c.Softphone_Call');
        expect(prop(callButton(element), 'disabled')).toBe(true);
        expect(prop(deleteButton(element), 'alternativeText')).toBe('c.Softphone_DeleteDigit');
        expect(prop(deleteButton(element), 'disabled')).toBe(true);
        expect(prop(keypad(element), 'label')).toBe('c.Softphone_Keypad');
    });

    it('dials a pasted number exactly as the agent entered it', async () => {
        const { element, commands } = mount();
        await enter(element, '+1 (415) 555-0100 ext. 12');
        expect(prop(callButton(element), 'disabled')).toBe(false);
        callButton(element).click();
        expect(commands).toEqual([{ type: 'dial', number: '+1 (415) 555-0100 ext. 12' }]);
        expect(prop(numberInput(element), 'value')).toBe('+1 (415) 555-0100 ext. 12');
    });

    it('trims only the blanks around the number', async () => {
        const { element, commands } = mount();
        await enter(element, '  415 555 0100 \t');
        callButton(element).click();
        expect(commands).toEqual([{ type: 'dial', number: '415 555 0100' }]);
    });

    it('calls on Enter', async () => {
        const { element, commands } = mount();
        await enter(element, '4155550100');
        const event = pressEnter(element);
        expect(commands).toEqual([{ type: 'dial', number: '4155550100' }]);
        expect(event.defaultPrevented).toBe(true);
    });

    it('ignores other keys and Enter without a number', async () => {
        const { element, commands } = mount();
        pressEnter(element);
        await enter(element, '4');
        numberInput(element).dispatchEvent(new KeyboardEvent('keydown', { key: '1' }));
        await enter(element, '   ');
        pressEnter(element);
        expect(commands).toEqual([]);
    });

    it('adds keypad keys to what was typed and deletes the last one', async () => {
        const { element, commands } = mount();
        await enter(element, '+1415');
        pressKey(element, '5');
        pressKey(element, '*');
        pressKey(element, '#');
        await flushPromises();
        expect(prop(numberInput(element), 'value')).toBe('+14155*#');
        deleteButton(element).click();
        await flushPromises();
        expect(prop(numberInput(element), 'value')).toBe('+14155*');
        callButton(element).click();
        expect(commands).toEqual([{ type: 'dial', number: '+14155*' }]);
    });

    it('stops adding keys at the longest number the bridge accepts', async () => {
        const { element } = mount();
        await enter(element, '1'.repeat(64));
        pressKey(element, '2');
        await flushPromises();
        expect(prop(numberInput(element), 'value')).toBe('1'.repeat(64));
    });

    it('is disabled while a call is live, keeping the number', async () => {
        const { element, commands } = mount();
        await enter(element, '4155550100');
        Object.assign(element, { disabled: true });
        await flushPromises();
        expect(prop(numberInput(element), 'disabled')).toBe(true);
        expect(prop(numberInput(element), 'value')).toBe('4155550100');
        expect(prop(callButton(element), 'disabled')).toBe(true);
        expect(prop(deleteButton(element), 'disabled')).toBe(true);
        expect(prop(keypad(element), 'disabled')).toBe(true);
        pressEnter(element);
        callButton(element).click();
        expect(commands).toEqual([]);
    });

    it('moves focus to the number when asked', () => {
        const focus = jest.spyOn(HTMLElement.prototype, 'focus');
        const { element } = mount();
        element.focus();
        expect(focus.mock.contexts).toContain(numberInput(element));
    });

    it('is accessible when empty', async () => {
        const { element } = mount();
        await expect(element).toBeAccessible();
    });

    it('is accessible with a number', async () => {
        const { element } = mount();
        await enter(element, '4155550100');
        await expect(element).toBeAccessible();
    });

    it('is accessible when disabled', async () => {
        const { element } = mount(true);
        await expect(element).toBeAccessible();
    });
});
