import { createElement } from 'lwc';
import SoftphoneTabStandby from 'c/softphoneTabStandby';
import type { TabRole, TakeOverRefusal, UiCommand } from 'c/softphoneBridgeProtocol';

function mount(role: TabRole, refusal?: TakeOverRefusal): { element: HTMLElement; commands: UiCommand[] } {
    const element = createElement('c-softphone-tab-standby', { is: SoftphoneTabStandby });
    Object.assign(element, { role, refusal });
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

function button(element: HTMLElement): HTMLElement {
    const found = element.shadowRoot?.querySelector<HTMLElement>('[data-id="take-over"]');
    if (!found) throw new Error('no Take over button');
    return found;
}

describe('c-softphone-tab-standby', () => {
    afterEach(() => {
        while (document.body.firstChild) {
            document.body.removeChild(document.body.firstChild);
        }
        jest.clearAllMocks();
    });

    it('says the softphone is active in another tab and sends take-over on Take over', () => {
        const { element, commands } = mount('standby');
        expect(text(element, '.softphone-tab-standby__title')).toBe('c.Softphone_ActiveInAnotherTab');
        expect(text(element, '.softphone-tab-standby__help')).toBe('c.Softphone_ActiveInAnotherTabHelp');
        expect(prop(button(element), 'label')).toBe('c.Softphone_TakeOver');
        button(element).click();
        expect(commands).toEqual([{ type: 'take-over' }]);
        expect(element.shadowRoot?.querySelector('.softphone-tab-standby__refusal')).toBeNull();
    });

    it('waits while taking over, and sends nothing more', () => {
        const { element, commands } = mount('taking-over');
        expect(prop(button(element), 'label')).toBe('c.Softphone_TakingOver');
        expect(prop(button(element), 'disabled')).toBe(true);
        button(element).click();
        expect(commands).toEqual([]);
    });

    it.each([
        ['call-in-progress', 'c.Softphone_TakeOverRefusedOnCall'],
        ['no-answer', 'c.Softphone_TakeOverRefusedNoAnswer']
    ] as [TakeOverRefusal, string][])('says why a take-over was refused (%s)', (refusal, label) => {
        const { element } = mount('standby', refusal);
        expect(text(element, '.softphone-tab-standby__refusal')).toBe(label);
        expect(element.shadowRoot?.querySelector('[role="alert"]')).not.toBeNull();
    });

    it('ignores a refusal it has no words for', () => {
        const { element } = mount('standby', 'toString' as TakeOverRefusal);
        expect(element.shadowRoot?.querySelector('.softphone-tab-standby__refusal')).toBeNull();
    });

    it('is accessible', async () => {
        const { element } = mount('standby', 'call-in-progress');
        await expect(element).toBeAccessible();
    });
});
