import { createElement } from 'lwc';
import SoftphoneWrapUp, { NOTES_DEBOUNCE_MS } from 'c/softphoneWrapUp';
import { TICK_MS } from 'c/softphoneFormat';
import type { CallView, UiCommand } from 'c/softphoneBridgeProtocol';
import connected from './data/connected.json';
import wrapUp from './data/wrapUp.json';
import dispositions from './data/dispositions.json';

jest.mock('@salesforce/label/c.Softphone_WrapUpEndsIn', () => ({ default: 'Wrap-up ends in {0}' }), {
    virtual: true
});

const CONNECTED = connected as CallView;
const WRAP_UP = wrapUp as CallView;
/** wrapUpEndsAt of the wrap-up fixture. */
const WRAP_UP_ENDS_AT = 1767225960000;

function flushPromises(): Promise<void> {
    return Promise.resolve();
}

function mount(
    call: CallView,
    list: string[] = dispositions
): { element: HTMLElement; commands: UiCommand[] } {
    const element = createElement('c-softphone-wrap-up', { is: SoftphoneWrapUp });
    Object.assign(element, { call, dispositions: list });
    const commands: UiCommand[] = [];
    element.addEventListener('command', (event) => commands.push((event as CustomEvent<UiCommand>).detail));
    document.body.appendChild(element);
    return { element, commands };
}

function field(element: HTMLElement, id: string): HTMLElement {
    return element.shadowRoot!.querySelector<HTMLElement>(`[data-id="${id}"]`)!;
}

/** A public property of a component or base-component stub. */
function prop(element: Element | null | undefined, name: string): unknown {
    return element ? Reflect.get(element, name) : undefined;
}

function text(element: HTMLElement, selector: string): string | undefined {
    return element.shadowRoot?.querySelector(selector)?.textContent?.trim();
}

/** The combobox options of plain values. */
function options(values: string[]): { label: string; value: string }[] {
    return values.map((value) => ({ label: value, value }));
}

/** Types into the notes as lightning-textarea reports it. */
function type(element: HTMLElement, value: string): void {
    const notes = field(element, 'notes');
    Object.assign(notes, { value });
    notes.dispatchEvent(new CustomEvent('change', { detail: { value } }));
}

function choose(element: HTMLElement, id: string, value: string): void {
    field(element, id).dispatchEvent(new CustomEvent('change', { detail: { value } }));
}

describe('c-softphone-wrap-up', () => {
    afterEach(() => {
        while (document.body.firstChild) {
            document.body.removeChild(document.body.firstChild);
        }
        jest.clearAllMocks();
        jest.restoreAllMocks();
        jest.useRealTimers();
    });

    describe('during the call', () => {
        it('offers notes, call result and related record, without Save', () => {
            const { element } = mount(CONNECTED);
            expect(text(element, '.softphone-wrap-up__heading')).toBe('c.Softphone_CallNotes');
            expect(prop(field(element, 'notes'), 'label')).toBe('c.Softphone_Notes');
            expect(prop(field(element, 'notes'), 'maxLength')).toBe(32000);
            expect(prop(field(element, 'disposition'), 'label')).toBe('c.Softphone_Disposition');
            expect(prop(field(element, 'disposition'), 'placeholder')).toBe(
                'c.Softphone_DispositionPlaceholder'
            );
            expect(prop(field(element, 'related-record'), 'label')).toBe('c.Softphone_RelatedRecord');
            // Related to nothing yet, and it says so: None is what would be saved.
            expect(prop(field(element, 'related-record'), 'value')).toBe('none');
            expect(field(element, 'save')).toBeNull();
            expect(element.shadowRoot?.querySelector('.softphone-wrap-up__countdown')).toBeNull();
            expect(element.shadowRoot?.querySelector('.softphone-wrap-up__caller')).toBeNull();
        });

        it('sends the notes once typing pauses', () => {
            jest.useFakeTimers();
            const { element, commands } = mount(CONNECTED);
            type(element, 'Call');
            jest.advanceTimersByTime(NOTES_DEBOUNCE_MS - 1);
            type(element, 'Caller asks');
            jest.advanceTimersByTime(NOTES_DEBOUNCE_MS - 1);
            expect(commands).toEqual([]);
            jest.advanceTimersByTime(1);
            expect(commands).toEqual([{ type: 'update-wrap-up', callId: 'call-in-7', notes: 'Caller asks' }]);
        });

        it('sends unsent notes when the field loses focus, and only once', () => {
            jest.useFakeTimers();
            const { element, commands } = mount(CONNECTED);
            type(element, 'Caller asks about the invoice');
            field(element, 'notes').dispatchEvent(new CustomEvent('blur'));
            jest.advanceTimersByTime(NOTES_DEBOUNCE_MS);
            field(element, 'notes').dispatchEvent(new CustomEvent('blur'));
            expect(commands).toEqual([
                { type: 'update-wrap-up', callId: 'call-in-7', notes: 'Caller asks about the invoice' }
            ]);
        });

        it('keeps what the agent typed when an older snapshot arrives', async () => {
            jest.useFakeTimers();
            const { element } = mount(CONNECTED);
            type(element, 'Caller asks about the invoice');
            jest.advanceTimersByTime(NOTES_DEBOUNCE_MS);
            type(element, 'Caller asks about the invoice from May');
            Object.assign(element, {
                call: { ...CONNECTED, notes: 'Caller asks about the invoice', muted: true }
            });
            await flushPromises();
            expect(prop(field(element, 'notes'), 'value')).toBe('Caller asks about the invoice from May');
        });

        it('follows the snapshot once the engine has the notes', async () => {
            jest.useFakeTimers();
            const { element } = mount(CONNECTED);
            type(element, 'Invoice');
            jest.advanceTimersByTime(NOTES_DEBOUNCE_MS);
            Object.assign(element, { call: { ...CONNECTED, notes: 'Invoice' } });
            await flushPromises();
            Object.assign(element, { call: { ...CONNECTED, notes: 'Invoice (from the other tab)' } });
            await flushPromises();
            expect(prop(field(element, 'notes'), 'value')).toBe('Invoice (from the other tab)');
        });

        it('sends the call result and the related record at once', () => {
            const { element, commands } = mount(CONNECTED);
            choose(element, 'disposition', 'Escalated');
            choose(element, 'related-record', '00Q000000000003EAA');
            expect(commands).toEqual([
                { type: 'update-wrap-up', callId: 'call-in-7', disposition: 'Escalated' },
                { type: 'update-wrap-up', callId: 'call-in-7', relatedRecordId: '00Q000000000003EAA' }
            ]);
        });

        it("shows the call's values until a snapshot confirms the agent's choice", async () => {
            const { element } = mount(WRAP_UP);
            Object.assign(field(element, 'disposition'), { value: 'Escalated' });
            choose(element, 'disposition', 'Escalated');
            Object.assign(field(element, 'related-record'), { value: '00Q000000000003EAA' });
            choose(element, 'related-record', '00Q000000000003EAA');
            expect(prop(field(element, 'disposition'), 'value')).toBe('Resolved');
            expect(prop(field(element, 'related-record'), 'value')).toBe('003000000000002AAA');
            Object.assign(element, { call: { ...WRAP_UP, disposition: 'Escalated' } });
            await flushPromises();
            expect(prop(field(element, 'disposition'), 'value')).toBe('Escalated');
        });

        it('lists None, the matching records by name and object, and the record open in the console', () => {
            const { element } = mount({
                ...CONNECTED,
                openRecord: { id: '001000000000004AAA', name: 'Initech', objectType: 'Account' }
            });
            expect(prop(field(element, 'related-record'), 'options')).toEqual([
                { label: 'c.Softphone_RelatedRecordNone', value: 'none' },
                { label: 'Grace Hopper (Contact)', value: '003000000000002AAA' },
                { label: 'Grace Hopper (Lead)', value: '00Q000000000003EAA' },
                { label: 'Initech (Account)', value: '001000000000004AAA' }
            ]);
        });

        it('leaves out the call results when there are none, but always shows the relation (None)', () => {
            const { element } = mount({ ...CONNECTED, matches: [] }, []);
            expect(field(element, 'disposition')).toBeNull();
            expect(prop(field(element, 'related-record'), 'options')).toEqual([
                { label: 'c.Softphone_RelatedRecordNone', value: 'none' }
            ]);
            expect(prop(field(element, 'related-record'), 'value')).toBe('none');
        });

        it('does not tick a countdown', () => {
            jest.useFakeTimers();
            mount(CONNECTED);
            expect(jest.getTimerCount()).toBe(0);
        });

        it('is accessible', async () => {
            const { element } = mount(CONNECTED);
            await expect(element).toBeAccessible();
        });
    });

    describe('in wrap-up', () => {
        it('shows the call, what was entered and Save', () => {
            jest.useFakeTimers({ now: WRAP_UP_ENDS_AT - 42_000 });
            const { element } = mount(WRAP_UP);
            expect(text(element, '.softphone-wrap-up__heading')).toBe('c.Softphone_WrapUp');
            expect(text(element, '.softphone-wrap-up__caller')).toBe(
                'c.Softphone_UnknownCaller · +44 20 7946 0000'
            );
            expect(prop(field(element, 'notes'), 'value')).toBe('Wants a callback on Monday.');
            expect(prop(field(element, 'disposition'), 'value')).toBe('Resolved');
            expect(prop(field(element, 'disposition'), 'options')).toEqual(options(dispositions));
            expect(prop(field(element, 'related-record'), 'value')).toBe('003000000000002AAA');
            expect(prop(field(element, 'save'), 'label')).toBe('c.Softphone_Save');
        });

        it('counts down to the end of wrap-up every second', async () => {
            jest.useFakeTimers({ now: WRAP_UP_ENDS_AT - 42_000 });
            const { element } = mount(WRAP_UP);
            const countdown = element.shadowRoot?.querySelector(
                '.softphone-wrap-up__countdown [role="timer"]'
            );
            expect(countdown?.textContent).toBe('Wrap-up ends in 0:42');
            jest.advanceTimersByTime(2 * TICK_MS);
            await flushPromises();
            expect(countdown?.textContent).toBe('Wrap-up ends in 0:40');
            jest.advanceTimersByTime(60 * TICK_MS);
            await flushPromises();
            expect(countdown?.textContent).toBe('Wrap-up ends in 0:00');
        });

        it('has no countdown when wrap-up has no time limit', () => {
            jest.useFakeTimers();
            const { wrapUpEndsAt: _ends, ...unlimited } = WRAP_UP;
            const { element } = mount(unlimited);
            expect(element.shadowRoot?.querySelector('.softphone-wrap-up__countdown')).toBeNull();
            expect(jest.getTimerCount()).toBe(0);
        });

        it('stops the countdown when removed from the page', () => {
            jest.useFakeTimers({ now: WRAP_UP_ENDS_AT - 42_000 });
            const { element } = mount(WRAP_UP);
            expect(jest.getTimerCount()).toBe(1);
            document.body.removeChild(element);
            expect(jest.getTimerCount()).toBe(0);
        });

        it('saves with save-wrap-up', () => {
            const { element, commands } = mount(WRAP_UP);
            field(element, 'save').click();
            expect(commands).toEqual([{ type: 'save-wrap-up', callId: 'call-in-7' }]);
        });

        it('sends unsent notes before it saves', () => {
            jest.useFakeTimers({ now: WRAP_UP_ENDS_AT - 42_000 });
            const { element, commands } = mount(WRAP_UP);
            type(element, 'Wants a callback on Monday at 10.');
            field(element, 'save').click();
            jest.advanceTimersByTime(NOTES_DEBOUNCE_MS);
            expect(commands).toEqual([
                { type: 'update-wrap-up', callId: 'call-in-7', notes: 'Wants a callback on Monday at 10.' },
                { type: 'save-wrap-up', callId: 'call-in-7' }
            ]);
        });

        it('keeps a chosen value the admin has since removed from the list', () => {
            const { element } = mount({ ...WRAP_UP, disposition: 'Legacy result' });
            expect(prop(field(element, 'disposition'), 'options')).toEqual(
                options([...dispositions, 'Legacy result'])
            );
        });

        it('offers the related record even when it is not among the matches', () => {
            const { element } = mount({
                ...WRAP_UP,
                matches: [],
                relatedRecord: { id: '500000000000009AAA', name: '00001026', objectType: 'Case' }
            });
            expect(prop(field(element, 'related-record'), 'options')).toEqual([
                { label: 'c.Softphone_RelatedRecordNone', value: 'none' },
                { label: '00001026 (Case)', value: '500000000000009AAA' }
            ]);
            expect(prop(field(element, 'related-record'), 'value')).toBe('500000000000009AAA');
        });

        it('clears the relation when the agent picks None', () => {
            const { element, commands } = mount(WRAP_UP);
            choose(element, 'related-record', 'none');
            expect(commands).toEqual([{ type: 'update-wrap-up', callId: 'call-in-7', relatedRecordId: '' }]);
        });

        it('does not resend what the call already has', () => {
            const { element, commands } = mount(WRAP_UP);
            choose(element, 'disposition', 'Resolved');
            choose(element, 'related-record', '003000000000002AAA');
            expect(commands).toEqual([]);
        });

        it('keeps the same form and the typed notes when the call ends while the agent types', async () => {
            jest.useFakeTimers({ now: WRAP_UP_ENDS_AT - 60_000 });
            const { element, commands } = mount(CONNECTED);
            type(element, 'Callback Monday');
            Object.assign(element, { call: { ...WRAP_UP, notes: '' } });
            await flushPromises();
            expect(prop(field(element, 'notes'), 'value')).toBe('Callback Monday');
            jest.advanceTimersByTime(NOTES_DEBOUNCE_MS);
            expect(commands).toEqual([
                { type: 'update-wrap-up', callId: 'call-in-7', notes: 'Callback Monday' }
            ]);
        });

        it('drops a draft of another call', async () => {
            jest.useFakeTimers();
            const { element, commands } = mount(CONNECTED);
            type(element, 'For the first call');
            await flushPromises();
            Object.assign(element, { call: { ...WRAP_UP, id: 'call-in-8', notes: '' } });
            await flushPromises();
            jest.advanceTimersByTime(NOTES_DEBOUNCE_MS);
            expect(prop(field(element, 'notes'), 'value')).toBe('');
            expect(commands).toEqual([]);
        });

        it('moves focus to the notes when asked', () => {
            const focus = jest.spyOn(HTMLElement.prototype, 'focus');
            const { element } = mount(WRAP_UP);
            element.focus();
            expect(focus.mock.contexts).toContain(field(element, 'notes'));
        });

        it('is accessible', async () => {
            const { element } = mount(WRAP_UP);
            await expect(element).toBeAccessible();
        });
    });
});
