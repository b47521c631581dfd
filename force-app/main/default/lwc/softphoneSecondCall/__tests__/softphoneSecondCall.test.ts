import { createElement } from 'lwc';
import SoftphoneSecondCall from 'c/softphoneSecondCall';
import type { CallView, LineView, UiCommand } from 'c/softphoneBridgeProtocol';

jest.mock('@salesforce/label/c.Softphone_CallWaitingFrom', () => ({ default: 'Call waiting from {0}' }), {
    virtual: true
});

const FIRST: CallView = {
    id: 'caller',
    direction: 'inbound',
    state: 'held',
    number: '+14155550123',
    displayNumber: '(415) 555-0123',
    displayName: 'Ada Lovelace',
    muted: false,
    startedAt: 1767225600000,
    connectedAt: 1767225610000,
    heldTotalMs: 0,
    matches: [],
    notes: ''
};
const CONSULT: CallView = {
    ...FIRST,
    id: 'consult',
    direction: 'outbound',
    state: 'connected',
    number: '+14155550188',
    displayNumber: '(415) 555-0188',
    displayName: 'Grace Hopper'
};
const WAITING: CallView = {
    ...FIRST,
    id: 'waiting',
    state: 'ringing',
    number: '+14155550177',
    displayNumber: '(415) 555-0177',
    displayName: 'Alan Turing'
};

function mount(call: CallView, line: LineView): { element: HTMLElement; commands: UiCommand[] } {
    const element = createElement('c-softphone-second-call', { is: SoftphoneSecondCall });
    Object.assign(element, { call, first: FIRST, line });
    const commands: UiCommand[] = [];
    element.addEventListener('command', (event) => commands.push((event as CustomEvent<UiCommand>).detail));
    document.body.appendChild(element);
    return { element, commands };
}

function text(element: HTMLElement, selector: string): string | undefined {
    return element.shadowRoot?.querySelector(selector)?.textContent?.trim();
}

function buttons(element: HTMLElement): { id: string | undefined; label: unknown }[] {
    return [...(element.shadowRoot?.querySelectorAll('lightning-button') ?? [])].map((node) => ({
        id: (node as HTMLElement).dataset.id,
        label: Reflect.get(node, 'label')
    }));
}

function click(element: HTMLElement, id: string): void {
    element.shadowRoot?.querySelector<HTMLElement>(`[data-id="${id}"]`)?.click();
}

describe('c-softphone-second-call', () => {
    afterEach(() => {
        while (document.body.firstChild) document.body.removeChild(document.body.firstChild);
        jest.clearAllMocks();
    });

    describe('call waiting', () => {
        it('shows the waiting caller, announces it politely, and offers Answer & hold and Decline', async () => {
            const { element, commands } = mount(WAITING, { mode: 'call-waiting' });
            await Promise.resolve();
            expect(text(element, 'h2')).toBe('c.Softphone_CallWaiting');
            expect(text(element, '.softphone-second-call__name')).toBe('Alan Turing');
            expect(text(element, '.softphone-second-call__number')).toBe('(415) 555-0177');
            expect(element.shadowRoot?.querySelector('.softphone-second-call__state')).toBeNull();
            expect(text(element, '[role="status"]')).toBe('Call waiting from Alan Turing');
            expect(element.shadowRoot?.querySelector('[role="status"]')?.getAttribute('aria-live')).toBe(
                'polite'
            );
            expect(buttons(element)).toEqual([
                { id: 'answer', label: 'c.Softphone_AnswerAndHold' },
                { id: 'decline', label: 'c.Softphone_Decline' }
            ]);
            click(element, 'answer');
            click(element, 'decline');
            expect(commands).toEqual([
                { type: 'answer', callId: 'waiting' },
                { type: 'decline', callId: 'waiting' }
            ]);
        });

        it('is accessible', async () => {
            const { element } = mount(WAITING, { mode: 'call-waiting' });
            await expect(element).toBeAccessible();
        });
    });

    describe('consultation (warm transfer)', () => {
        it('while the colleague rings, offers only Cancel transfer', async () => {
            const { element, commands } = mount(
                { ...CONSULT, state: 'dialing' },
                { mode: 'two-calls', talking: 'consult' }
            );
            await Promise.resolve();
            expect(text(element, 'h2')).toBe('c.Softphone_Consultation');
            expect(text(element, '.softphone-second-call__state')).toBe('c.Softphone_CallProgressRinging');
            expect(buttons(element)).toEqual([{ id: 'hang-up', label: 'c.Softphone_CancelTransfer' }]);
            click(element, 'hang-up');
            expect(commands).toEqual([{ type: 'hang-up', callId: 'consult' }]);
        });

        it('once answered: swap to the caller, complete the transfer, conference, cancel', async () => {
            const { element, commands } = mount(CONSULT, { mode: 'two-calls', talking: 'consult' });
            await Promise.resolve();
            expect(text(element, '.softphone-second-call__state')).toBe('c.Softphone_Talking');
            expect(buttons(element).map((button) => button.id)).toEqual([
                'swap',
                'complete-transfer',
                'merge',
                'hang-up'
            ]);
            for (const id of ['swap', 'complete-transfer', 'merge', 'hang-up']) click(element, id);
            expect(commands).toEqual([
                { type: 'swap', callId: 'caller' },
                { type: 'complete-transfer', callId: 'caller' },
                { type: 'merge', callId: 'caller' },
                { type: 'hang-up', callId: 'consult' }
            ]);
        });

        it('after a swap back to the caller: the consultation is on hold, swap talks to it, hang up is plain', async () => {
            const { element, commands } = mount(
                { ...CONSULT, state: 'held' },
                { mode: 'two-calls', talking: 'caller' }
            );
            await Promise.resolve();
            expect(text(element, '.softphone-second-call__state')).toBe('c.Softphone_CallOnHold');
            expect(buttons(element).find((button) => button.id === 'hang-up')?.label).toBe(
                'c.Softphone_HangUp'
            );
            click(element, 'swap');
            expect(commands).toEqual([{ type: 'swap', callId: 'consult' }]);
        });

        it('names an answered waiting call a second call', async () => {
            const { element } = mount(
                { ...WAITING, state: 'connected' },
                { mode: 'two-calls', talking: 'waiting' }
            );
            await Promise.resolve();
            expect(text(element, 'h2')).toBe('c.Softphone_SecondCall');
        });

        it('is accessible', async () => {
            const { element } = mount(CONSULT, { mode: 'two-calls', talking: 'consult' });
            await expect(element).toBeAccessible();
        });
    });

    describe('conference', () => {
        it('shows the other party in the conference and offers Drop', async () => {
            const { element, commands } = mount(CONSULT, { mode: 'conference' });
            await Promise.resolve();
            expect(text(element, 'h2')).toBe('c.Softphone_Conference');
            expect(text(element, '.softphone-second-call__state')).toBe('c.Softphone_InConference');
            expect(buttons(element)).toEqual([{ id: 'hang-up', label: 'c.Softphone_Drop' }]);
            click(element, 'hang-up');
            expect(commands).toEqual([{ type: 'hang-up', callId: 'consult' }]);
        });

        it('is accessible', async () => {
            const { element } = mount(CONSULT, { mode: 'conference' });
            await expect(element).toBeAccessible();
        });
    });
});
