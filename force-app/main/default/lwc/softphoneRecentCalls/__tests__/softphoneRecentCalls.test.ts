import { createElement } from 'lwc';
import SoftphoneRecentCalls from 'c/softphoneRecentCalls';
import type { RecentCallView, UiCommand } from 'c/softphoneBridgeProtocol';
import recentCalls from './data/recentCalls.json';

jest.mock('@salesforce/label/c.Softphone_CallAgain', () => ({ default: 'Call {0} again' }), {
    virtual: true
});

const CALLS = recentCalls as RecentCallView[];

function flushPromises(): Promise<void> {
    return Promise.resolve();
}

function mount(
    calls: readonly RecentCallView[],
    disabled = false
): { element: HTMLElement; commands: UiCommand[] } {
    const element = createElement('c-softphone-recent-calls', { is: SoftphoneRecentCalls });
    Object.assign(element, { calls, disabled });
    const commands: UiCommand[] = [];
    element.addEventListener('command', (event) => commands.push((event as CustomEvent<UiCommand>).detail));
    document.body.appendChild(element);
    return { element, commands };
}

function rows(element: HTMLElement): HTMLElement[] {
    return [...element.shadowRoot!.querySelectorAll<HTMLElement>('.softphone-recent-calls__item')];
}

/** A public property of a component or base-component stub. */
function prop(element: Element | null | undefined, name: string): unknown {
    return element ? Reflect.get(element, name) : undefined;
}

function text(row: Element, selector: string): string | undefined {
    return row.querySelector(selector)?.textContent?.trim();
}

function redial(row: Element | undefined): HTMLElement {
    return row!.querySelector<HTMLElement>('lightning-button-icon')!;
}

describe('c-softphone-recent-calls', () => {
    afterEach(() => {
        while (document.body.firstChild) {
            document.body.removeChild(document.body.firstChild);
        }
        jest.clearAllMocks();
    });

    it('says there are no calls yet', () => {
        const { element } = mount([]);
        expect(element.shadowRoot?.querySelector('h2')?.textContent?.trim()).toBe('c.Softphone_RecentCalls');
        expect(element.shadowRoot?.querySelector('.softphone-recent-calls__empty')?.textContent?.trim()).toBe(
            'c.Softphone_NoRecentCalls'
        );
        expect(rows(element)).toHaveLength(0);
    });

    it('lists each call with direction, name or number, outcome and talk time', () => {
        const { element } = mount(CALLS);
        const [answered, missed, declined, failed] = rows(element);

        const icon = (row: Element | undefined): HTMLElement =>
            row!.querySelector<HTMLElement>('lightning-icon')!;
        expect(prop(icon(answered), 'iconName')).toBe('utility:outbound_call');
        expect(prop(icon(answered), 'alternativeText')).toBe('c.Softphone_DirectionOutbound');
        expect(text(answered!, '.softphone-recent-calls__name')).toBe('Ada Lovelace');
        expect(text(answered!, '.softphone-recent-calls__number')).toBe('(415) 555-0100');
        expect(text(answered!, '.softphone-recent-calls__outcome')).toBe('c.Softphone_OutcomeCompleted');
        expect(text(answered!, '.softphone-recent-calls__talk-time')).toBe('12:34');

        expect(prop(icon(missed), 'iconName')).toBe('utility:missed_call');
        expect(prop(icon(missed), 'alternativeText')).toBe('c.Softphone_DirectionInbound');
        expect(missed!.querySelector('.softphone-recent-calls__name')).toBeNull();
        expect(text(missed!, '.softphone-recent-calls__outcome')).toBe('c.Softphone_OutcomeMissed');
        expect(missed!.querySelector('.softphone-recent-calls__talk-time')).toBeNull();

        expect(prop(icon(declined), 'iconName')).toBe('utility:incoming_call');
        expect(text(declined!, '.softphone-recent-calls__outcome')).toBe('c.Softphone_OutcomeDeclined');
        expect(text(failed!, '.softphone-recent-calls__outcome')).toBe('c.Softphone_OutcomeFailed');
    });

    it("shows when each call started in the agent's time zone, with the moment machine-readable", () => {
        const { element } = mount(CALLS);
        const [first] = rows(element);
        const time = first!.querySelector('time');
        const format = new Intl.DateTimeFormat(undefined, { hour: 'numeric', minute: '2-digit' });
        expect(time?.getAttribute('datetime')).toBe(new Date(CALLS[0]!.startedAt).toISOString());
        expect(time?.textContent).toBe(format.format(CALLS[0]!.startedAt));
    });

    it('names each redial button after the call it repeats', () => {
        const { element } = mount(CALLS);
        expect(rows(element).map((row) => prop(redial(row), 'alternativeText'))).toEqual([
            'Call Ada Lovelace again',
            'Call (312) 555-0199 again',
            'Call Grace Hopper again',
            'Call +33 1 42 68 53 00 again'
        ]);
    });

    it('redials the number of the call', () => {
        const { element, commands } = mount(CALLS);
        redial(rows(element)[1]).click();
        expect(commands).toEqual([{ type: 'dial', number: '+13125550199' }]);
    });

    it('waits for the live call to end before it redials', async () => {
        const { element, commands } = mount(CALLS, true);
        await flushPromises();
        expect(rows(element).every((row) => prop(redial(row), 'disabled'))).toBe(true);
        redial(rows(element)[0]).click();
        expect(commands).toEqual([]);
    });

    it('is accessible with calls', async () => {
        const { element } = mount(CALLS);
        await expect(element).toBeAccessible();
    });

    it('is accessible without calls', async () => {
        const { element } = mount([]);
        await expect(element).toBeAccessible();
    });
});
