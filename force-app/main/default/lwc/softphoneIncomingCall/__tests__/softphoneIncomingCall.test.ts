import { createElement } from 'lwc';
import SoftphoneIncomingCall from 'c/softphoneIncomingCall';
import type { CallView, UiCommand } from 'c/softphoneBridgeProtocol';
import ringingKnownCaller from './data/ringingKnownCaller.json';
import ringingSeveralMatches from './data/ringingSeveralMatches.json';
import ringingUnknownCaller from './data/ringingUnknownCaller.json';

jest.mock('@salesforce/label/c.Softphone_IncomingCallFrom', () => ({ default: 'Incoming call from {0}' }), {
    virtual: true
});
jest.mock('@salesforce/label/c.Softphone_MatchCount', () => ({ default: '{0} matching records' }), {
    virtual: true
});

const KNOWN = ringingKnownCaller as CallView;
const SEVERAL = ringingSeveralMatches as CallView;
const UNKNOWN = ringingUnknownCaller as CallView;

function flushPromises(): Promise<void> {
    return Promise.resolve();
}

function mount(call: CallView): { element: HTMLElement; commands: UiCommand[] } {
    const element = createElement('c-softphone-incoming-call', { is: SoftphoneIncomingCall });
    Object.assign(element, { call });
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

function button(element: HTMLElement, id: string): HTMLElement {
    return element.shadowRoot!.querySelector<HTMLElement>(`[data-id="${id}"]`)!;
}

describe('c-softphone-incoming-call', () => {
    afterEach(() => {
        while (document.body.firstChild) {
            document.body.removeChild(document.body.firstChild);
        }
        jest.clearAllMocks();
        jest.restoreAllMocks();
    });

    it('shows the matched name and the number', () => {
        const { element } = mount(KNOWN);
        expect(text(element, 'h2')).toBe('c.Softphone_IncomingCall');
        expect(text(element, '.softphone-incoming-call__name')).toBe('Ada Lovelace');
        expect(text(element, '.softphone-incoming-call__number')).toBe('(415) 555-0100');
        expect(element.shadowRoot?.querySelector('.softphone-incoming-call__matches')).toBeNull();
    });

    it('says "Unknown caller" when no record matches', () => {
        const { element } = mount(UNKNOWN);
        expect(text(element, '.softphone-incoming-call__name')).toBe('c.Softphone_UnknownCaller');
        expect(text(element, '.softphone-incoming-call__number')).toBe('(312) 555-0199');
    });

    it('counts the matches when several records match', () => {
        const { element } = mount(SEVERAL);
        expect(element.shadowRoot?.querySelector('.softphone-incoming-call__name')).toBeNull();
        expect(text(element, '.softphone-incoming-call__matches')).toBe('3 matching records');
    });

    it('prefers the signalled name to "Unknown caller"', () => {
        const { element } = mount({ ...UNKNOWN, displayName: 'Front Desk' });
        expect(text(element, '.softphone-incoming-call__name')).toBe('Front Desk');
    });

    it('announces the caller in an assertive live region that was on the page first', async () => {
        const { element } = mount(KNOWN);
        const region = element.shadowRoot?.querySelector('.softphone-incoming-call__announcement');
        expect(region?.getAttribute('role')).toBe('status');
        expect(region?.getAttribute('aria-live')).toBe('assertive');
        expect(region?.getAttribute('aria-atomic')).toBe('true');
        expect(region?.textContent?.trim()).toBe('');
        await flushPromises();
        expect(region?.textContent?.trim()).toBe('Incoming call from Ada Lovelace, (415) 555-0100');
    });

    it('shows the number as received until it is formatted, and announces the caller once it is', async () => {
        const { element } = mount({ ...KNOWN, displayNumber: '' });
        await flushPromises();
        expect(text(element, '.softphone-incoming-call__number')).toBe(KNOWN.number);
        expect(text(element, '.softphone-incoming-call__announcement')).toBe('');

        Object.assign(element, { call: KNOWN });
        await flushPromises();
        await flushPromises();
        expect(text(element, '.softphone-incoming-call__number')).toBe('(415) 555-0100');
        expect(text(element, '.softphone-incoming-call__announcement')).toBe(
            'Incoming call from Ada Lovelace, (415) 555-0100'
        );
    });

    it('announces an unknown caller and several matches in words', async () => {
        const unknown = mount(UNKNOWN).element;
        const several = mount(SEVERAL).element;
        await flushPromises();
        expect(text(unknown, '.softphone-incoming-call__announcement')).toBe(
            'Incoming call from c.Softphone_UnknownCaller, (312) 555-0199'
        );
        expect(text(several, '.softphone-incoming-call__announcement')).toBe(
            'Incoming call from +44 20 7946 0000, 3 matching records'
        );
    });

    it('announces each call once, not again when its snapshot changes', async () => {
        const { element } = mount(UNKNOWN);
        await flushPromises();
        Object.assign(element, { call: { ...UNKNOWN, matches: KNOWN.matches } });
        await flushPromises();
        expect(text(element, '.softphone-incoming-call__name')).toBe('Ada Lovelace');
        expect(text(element, '.softphone-incoming-call__announcement')).toBe(
            'Incoming call from c.Softphone_UnknownCaller, (312) 555-0199'
        );
    });

    it('empties its live region between calls, so the next call is announced even in the same words', async () => {
        const { element } = mount(KNOWN);
        await flushPromises();
        expect(text(element, '.softphone-incoming-call__announcement')).toBe(
            'Incoming call from Ada Lovelace, (415) 555-0100'
        );

        Object.assign(element, { call: undefined });
        await flushPromises();
        expect(text(element, '.softphone-incoming-call__announcement')).toBe('');
        expect(text(element, '.softphone-incoming-call__number')).toBe('');

        const region = element.shadowRoot?.querySelector('.softphone-incoming-call__announcement');
        const written: string[] = [];
        new MutationObserver(() => written.push(region?.textContent?.trim() ?? '')).observe(region!, {
            childList: true,
            characterData: true,
            subtree: true
        });
        Object.assign(element, { call: { ...KNOWN, id: 'call-in-2' } });
        await flushPromises();
        await flushPromises();
        await flushPromises();
        expect(element.shadowRoot?.querySelector('.softphone-incoming-call__announcement')).toBe(region);
        expect(text(element, '.softphone-incoming-call__announcement')).toBe(
            'Incoming call from Ada Lovelace, (415) 555-0100'
        );
        expect(written).toContain('Incoming call from Ada Lovelace, (415) 555-0100');
    });

    it('offers Answer and Decline', () => {
        const { element } = mount(KNOWN);
        expect(prop(button(element, 'answer'), 'label')).toBe('c.Softphone_Answer');
        expect(prop(button(element, 'answer'), 'variant')).toBe('success');
        expect(prop(button(element, 'decline'), 'label')).toBe('c.Softphone_Decline');
        expect(prop(button(element, 'decline'), 'variant')).toBe('destructive');
    });

    it('sends answer with the call id', () => {
        const { element, commands } = mount(KNOWN);
        button(element, 'answer').click();
        expect(commands).toEqual([{ type: 'answer', callId: 'call-in-1' }]);
    });

    it('sends decline with the call id', () => {
        const { element, commands } = mount(KNOWN);
        button(element, 'decline').click();
        expect(commands).toEqual([{ type: 'decline', callId: 'call-in-1' }]);
    });

    it('moves focus to Answer when asked', () => {
        const focus = jest.spyOn(HTMLElement.prototype, 'focus');
        const { element } = mount(KNOWN);
        element.focus();
        expect(focus.mock.contexts).toContain(button(element, 'answer'));
    });

    it('is accessible with a known caller', async () => {
        const { element } = mount(KNOWN);
        await flushPromises();
        await expect(element).toBeAccessible();
    });

    it('is accessible with several matches', async () => {
        const { element } = mount(SEVERAL);
        await flushPromises();
        await expect(element).toBeAccessible();
    });
});
