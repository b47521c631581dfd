import { createElement } from 'lwc';
import SoftphoneActiveCall from 'c/softphoneActiveCall';
import { TICK_MS } from 'c/softphoneFormat';
import type { CallView, UiCommand } from 'c/softphoneBridgeProtocol';
import dialing from './data/dialing.json';
import connected from './data/connected.json';
import held from './data/held.json';

jest.mock('@salesforce/label/c.Softphone_MatchCount', () => ({ default: '{0} matching records' }), {
    virtual: true
});
jest.mock(
    '@salesforce/label/c.Softphone_CallQualityAnnouncement',
    () => ({ default: 'Poor call quality: {0}' }),
    { virtual: true }
);

const DIALING = dialing as CallView;
const CONNECTED = connected as CallView;
const HELD = held as CallView;
/** connectedAt of the fixtures. */
const CONNECTED_AT = 1767225610000;
/** holdStartedAt of the held fixture. */
const HOLD_STARTED_AT = 1767225700000;

function flushPromises(): Promise<void> {
    return Promise.resolve();
}

function mount(call: CallView): { element: HTMLElement; commands: UiCommand[] } {
    const element = createElement('c-softphone-active-call', { is: SoftphoneActiveCall });
    Object.assign(element, { call });
    const commands: UiCommand[] = [];
    element.addEventListener('command', (event) => commands.push((event as CustomEvent<UiCommand>).detail));
    document.body.appendChild(element);
    return { element, commands };
}

/** A public property of a component or base-component stub. */
function prop(element: Element | null | undefined, name: string): unknown {
    return element ? Reflect.get(element, name) : undefined;
}

function text(element: HTMLElement, selector: string): string | undefined {
    return element.shadowRoot?.querySelector(selector)?.textContent?.trim();
}

function button(element: HTMLElement, id: string): HTMLElement {
    return element.shadowRoot!.querySelector<HTMLElement>(`[data-id="${id}"]`)!;
}

describe('c-softphone-active-call', () => {
    afterEach(() => {
        while (document.body.firstChild) {
            document.body.removeChild(document.body.firstChild);
        }
        jest.clearAllMocks();
        jest.restoreAllMocks();
        jest.useRealTimers();
    });

    describe('while dialing', () => {
        const progressLabels: [NonNullable<CallView['progress']>, string][] = [
            ['trying', 'c.Softphone_CallProgressTrying'],
            ['ringing', 'c.Softphone_CallProgressRinging'],
            ['early-media', 'c.Softphone_CallProgressEarlyMedia']
        ];
        it.each(progressLabels)('shows the %s progress', (progress, label) => {
            const { element } = mount({ ...DIALING, progress });
            expect(text(element, '.softphone-active-call__state')).toBe(label);
        });

        it('shows "calling" before any progress', () => {
            const { progress: _progress, ...withoutProgress } = DIALING;
            const { element } = mount(withoutProgress);
            expect(text(element, '.softphone-active-call__state')).toBe('c.Softphone_CallProgressTrying');
        });

        it('shows who is called and offers only Hang up', () => {
            const { element } = mount(DIALING);
            expect(text(element, '.softphone-active-call__name')).toBe('Ada Lovelace');
            expect(text(element, '.softphone-active-call__number')).toBe('(415) 555-0100');
            expect(element.shadowRoot?.querySelector('[role="timer"]')).toBeNull();
            const ids = [...element.shadowRoot!.querySelectorAll('lightning-button')].map(
                (node) => (node as HTMLElement).dataset.id
            );
            expect(ids).toEqual(['hang-up']);
        });

        it('sends hang-up to cancel the call', () => {
            const { element, commands } = mount(DIALING);
            button(element, 'hang-up').click();
            expect(commands).toEqual([{ type: 'hang-up', callId: 'call-out-1' }]);
        });

        it('does not tick before the call connects', () => {
            jest.useFakeTimers();
            mount(DIALING);
            expect(jest.getTimerCount()).toBe(0);
        });

        it('is accessible', async () => {
            const { element } = mount(DIALING);
            await expect(element).toBeAccessible();
        });
    });

    describe('when connected', () => {
        it('shows the state, the caller and the talk time without past holds', () => {
            jest.useFakeTimers({ now: CONNECTED_AT + 20_000 + 65_000 });
            const { element } = mount(CONNECTED);
            expect(text(element, '.softphone-active-call__state')).toBe('c.Softphone_CallConnected');
            expect(text(element, '.softphone-active-call__name')).toBe('Ada Lovelace');
            const timer = element.shadowRoot?.querySelector('.softphone-active-call__talk-time');
            expect(timer?.getAttribute('role')).toBe('timer');
            expect(timer?.textContent).toBe('1:05');
            expect(element.shadowRoot?.querySelector('.softphone-active-call__hold-time')).toBeNull();
        });

        it('ticks the talk time every second', async () => {
            jest.useFakeTimers({ now: CONNECTED_AT + 20_000 + 59_000 });
            const { element } = mount(CONNECTED);
            expect(text(element, '.softphone-active-call__talk-time')).toBe('0:59');
            jest.advanceTimersByTime(TICK_MS);
            await flushPromises();
            expect(text(element, '.softphone-active-call__talk-time')).toBe('1:00');
            jest.advanceTimersByTime(3600 * TICK_MS);
            await flushPromises();
            expect(text(element, '.softphone-active-call__talk-time')).toBe('1:01:00');
        });

        it('stops ticking when removed from the page', () => {
            jest.useFakeTimers({ now: CONNECTED_AT });
            const { element } = mount(CONNECTED);
            expect(jest.getTimerCount()).toBe(1);
            document.body.removeChild(element);
            expect(jest.getTimerCount()).toBe(0);
        });

        it('offers Mute (not pressed), Hold, Keypad, Transfer and Hang up', () => {
            const { element } = mount(CONNECTED);
            const mute = button(element, 'mute');
            expect(prop(mute, 'label')).toBe('c.Softphone_Mute');
            expect(prop(mute, 'ariaPressed')).toBe('false');
            expect(prop(mute, 'variant')).toBe('neutral');
            expect(prop(button(element, 'hold'), 'label')).toBe('c.Softphone_Hold');
            expect(prop(button(element, 'keypad'), 'label')).toBe('c.Softphone_Keypad');
            expect(prop(button(element, 'keypad'), 'ariaExpanded')).toBe('false');
            expect(prop(button(element, 'keypad'), 'disabled')).toBe(false);
            expect(prop(button(element, 'transfer-toggle'), 'label')).toBe('c.Softphone_Transfer');
            expect(prop(button(element, 'transfer-toggle'), 'ariaExpanded')).toBe('false');
            expect(prop(button(element, 'hang-up'), 'label')).toBe('c.Softphone_HangUp');
        });

        it('sends mute, hold and hang-up for the call', () => {
            const { element, commands } = mount(CONNECTED);
            button(element, 'mute').click();
            button(element, 'hold').click();
            button(element, 'hang-up').click();
            expect(commands).toEqual([
                { type: 'mute', callId: 'call-out-1' },
                { type: 'hold', callId: 'call-out-1' },
                { type: 'hang-up', callId: 'call-out-1' }
            ]);
        });

        it('shows a pressed Mute and sends unmute when muted', async () => {
            const { element, commands } = mount({ ...CONNECTED, muted: true });
            await flushPromises();
            expect(prop(button(element, 'mute'), 'ariaPressed')).toBe('true');
            expect(prop(button(element, 'mute'), 'variant')).toBe('brand');
            expect(prop(button(element, 'mute'), 'iconName')).toBe('utility:muted');
            button(element, 'mute').click();
            expect(commands).toEqual([{ type: 'unmute', callId: 'call-out-1' }]);
        });

        it('opens the keypad and sends each key as DTMF', async () => {
            const { element, commands } = mount(CONNECTED);
            expect(element.shadowRoot?.querySelector('c-softphone-keypad')).toBeNull();
            button(element, 'keypad').click();
            await flushPromises();
            expect(prop(button(element, 'keypad'), 'ariaExpanded')).toBe('true');
            const keypad = element.shadowRoot!.querySelector<HTMLElement>('c-softphone-keypad')!;
            keypad.dispatchEvent(new CustomEvent('digit', { detail: '1' }));
            keypad.dispatchEvent(new CustomEvent('digit', { detail: '#' }));
            expect(commands).toEqual([
                { type: 'send-dtmf', callId: 'call-out-1', digits: '1' },
                { type: 'send-dtmf', callId: 'call-out-1', digits: '#' }
            ]);
            button(element, 'keypad').click();
            await flushPromises();
            expect(element.shadowRoot?.querySelector('c-softphone-keypad')).toBeNull();
        });

        it('transfers to the number entered, by button or Enter', async () => {
            const { element, commands } = mount(CONNECTED);
            button(element, 'transfer-toggle').click();
            await flushPromises();
            expect(prop(button(element, 'transfer-toggle'), 'ariaExpanded')).toBe('true');
            const target = element.shadowRoot!.querySelector<HTMLElement>('[data-id="transfer-target"]')!;
            expect(prop(target, 'label')).toBe('c.Softphone_TransferTo');
            expect(prop(target, 'type')).toBe('tel');
            expect(prop(target, 'maxLength')).toBe(64);
            expect(prop(button(element, 'transfer'), 'label')).toBe('c.Softphone_TransferCall');
            expect(prop(button(element, 'transfer'), 'disabled')).toBe(true);

            target.dispatchEvent(new CustomEvent('change', { detail: { value: ' 2001 ' } }));
            await flushPromises();
            expect(prop(button(element, 'transfer'), 'disabled')).toBe(false);
            button(element, 'transfer').click();
            target.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter' }));
            expect(commands).toEqual([
                { type: 'blind-transfer', callId: 'call-out-1', target: '2001' },
                { type: 'blind-transfer', callId: 'call-out-1', target: '2001' }
            ]);
        });

        it('consults the number entered first (warm transfer): the caller waits on hold, the panel closes', async () => {
            const { element, commands } = mount(CONNECTED);
            button(element, 'transfer-toggle').click();
            await flushPromises();
            expect(prop(button(element, 'consult'), 'label')).toBe('c.Softphone_Consult');
            expect(prop(button(element, 'consult'), 'title')).toBe('c.Softphone_ConsultHelp');
            expect(prop(button(element, 'consult'), 'disabled')).toBe(true);
            const target = element.shadowRoot!.querySelector<HTMLElement>('[data-id="transfer-target"]')!;
            target.dispatchEvent(new CustomEvent('change', { detail: { value: ' +14155550188 ' } }));
            await flushPromises();
            button(element, 'consult').click();
            await flushPromises();
            expect(commands).toEqual([{ type: 'consult', callId: 'call-out-1', target: '+14155550188' }]);
            expect(element.shadowRoot?.querySelector('[data-id="transfer-target"]')).toBeNull();
        });

        it('leaves hold and transfer to the line while a second call is on it', async () => {
            const { element } = mount(CONNECTED);
            Object.assign(element, { secondCall: true });
            await flushPromises();
            const ids = [...element.shadowRoot!.querySelectorAll('lightning-button')].map(
                (node) => (node as HTMLElement).dataset.id
            );
            expect(ids).toEqual(['mute', 'keypad', 'hang-up']);
            await expect(element).toBeAccessible();
        });

        it('does not transfer to nothing', async () => {
            const { element, commands } = mount(CONNECTED);
            button(element, 'transfer-toggle').click();
            await flushPromises();
            const target = element.shadowRoot!.querySelector<HTMLElement>('[data-id="transfer-target"]')!;
            target.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter' }));
            expect(commands).toEqual([]);
        });

        it('names an unknown caller and several matches', async () => {
            const { element } = mount({ ...CONNECTED, matches: [] });
            expect(text(element, '.softphone-active-call__name')).toBe('c.Softphone_UnknownCaller');
            Object.assign(element, {
                call: {
                    ...CONNECTED,
                    matches: [
                        { id: '003000000000001AAA', name: 'Ada Lovelace' },
                        { id: '003000000000002AAA', name: 'Ada King' }
                    ]
                }
            });
            await flushPromises();
            expect(text(element, '.softphone-active-call__name')).toBe('2 matching records');
        });

        it('moves focus to the call summary, not to Hang up, when asked', () => {
            const focus = jest.spyOn(HTMLElement.prototype, 'focus');
            const { element } = mount(CONNECTED);
            element.focus();
            const summary = element.shadowRoot?.querySelector('h2[data-id="summary"]');
            expect(focus.mock.contexts).toEqual([summary]);
            expect(summary?.getAttribute('tabindex')).toBe('-1');
            expect(summary?.textContent?.replace(/\s+/g, ' ').trim()).toBe(
                'c.Softphone_CallConnected, Ada Lovelace'
            );
        });

        it('is accessible', async () => {
            const { element } = mount(CONNECTED);
            await expect(element).toBeAccessible();
        });

        it('is accessible with the keypad and transfer open', async () => {
            const { element } = mount(CONNECTED);
            button(element, 'keypad').click();
            button(element, 'transfer-toggle').click();
            await flushPromises();
            await expect(element).toBeAccessible();
        });
    });

    describe('on hold', () => {
        it('shows the hold time running and the talk time standing still', async () => {
            jest.useFakeTimers({ now: HOLD_STARTED_AT + 42_000 });
            const { element } = mount(HELD);
            expect(text(element, '.softphone-active-call__state')).toBe('c.Softphone_CallOnHold');
            // Talk: from connection to the hold (90 s) less the 20 s held before.
            expect(text(element, '.softphone-active-call__talk-time')).toBe('1:10');
            expect(text(element, '.softphone-active-call__hold-time')).toBe('0:42');
            jest.advanceTimersByTime(5 * TICK_MS);
            await flushPromises();
            expect(text(element, '.softphone-active-call__talk-time')).toBe('1:10');
            expect(text(element, '.softphone-active-call__hold-time')).toBe('0:47');
        });

        it('offers Resume and sends resume', () => {
            const { element, commands } = mount(HELD);
            expect(prop(button(element, 'hold'), 'label')).toBe('c.Softphone_Resume');
            button(element, 'hold').click();
            expect(commands).toEqual([{ type: 'resume', callId: 'call-out-1' }]);
        });

        it('keeps Mute and disables the keypad', async () => {
            const { element } = mount(CONNECTED);
            button(element, 'keypad').click();
            await flushPromises();
            Object.assign(element, { call: HELD });
            await flushPromises();
            expect(prop(button(element, 'mute'), 'ariaPressed')).toBe('true');
            expect(prop(button(element, 'keypad'), 'disabled')).toBe(true);
            expect(prop(button(element, 'keypad'), 'ariaExpanded')).toBe('false');
            expect(element.shadowRoot?.querySelector('c-softphone-keypad')).toBeNull();
        });

        it('resumes the talk time where it stopped', async () => {
            jest.useFakeTimers({ now: HOLD_STARTED_AT + 60_000 });
            const { element } = mount(HELD);
            Object.assign(element, { call: { ...CONNECTED, heldTotalMs: 80_000 } });
            await flushPromises();
            expect(text(element, '.softphone-active-call__talk-time')).toBe('1:10');
            expect(element.shadowRoot?.querySelector('.softphone-active-call__hold-time')).toBeNull();
            jest.advanceTimersByTime(TICK_MS);
            await flushPromises();
            expect(text(element, '.softphone-active-call__talk-time')).toBe('1:11');
        });

        it('is accessible', async () => {
            const { element } = mount(HELD);
            await expect(element).toBeAccessible();
        });
    });
});

describe('c-softphone-active-call on a desk phone (click-to-dial-only)', () => {
    afterEach(() => {
        while (document.body.firstChild) {
            document.body.removeChild(document.body.firstChild);
        }
        jest.clearAllMocks();
    });

    function mountDesk(call: CallView): { element: HTMLElement; commands: UiCommand[] } {
        const element = createElement('c-softphone-active-call', { is: SoftphoneActiveCall });
        Object.assign(element, { call, deskPhone: true });
        const commands: UiCommand[] = [];
        element.addEventListener('command', (event) =>
            commands.push((event as CustomEvent<UiCommand>).detail)
        );
        document.body.appendChild(element);
        return { element, commands };
    }

    it('shows the call in progress on the desk phone, a tel: link to dial it, and End call', () => {
        const { element, commands } = mountDesk(CONNECTED);
        expect(text(element, '.softphone-active-call__state')).toBe('c.Softphone_DeskPhoneInProgress');
        const link = element.shadowRoot?.querySelector<HTMLAnchorElement>(
            '.softphone-active-call__dial-link'
        );
        expect(link?.getAttribute('href')).toBe('tel:+14155550100');
        expect(link?.textContent?.trim()).toBe('c.Softphone_DeskPhoneDial');
        expect(text(element, '.softphone-active-call__desk-phone-help')).toBe('c.Softphone_DeskPhoneHelp');
        expect(text(element, '.softphone-active-call__talk-time')).toBeDefined();
        for (const id of ['mute', 'hold', 'keypad', 'transfer-toggle']) {
            expect(element.shadowRoot?.querySelector(`[data-id="${id}"]`)).toBeNull();
        }
        expect(prop(button(element, 'hang-up'), 'label')).toBe('c.Softphone_EndCall');
        button(element, 'hang-up').click();
        expect(commands).toEqual([{ type: 'hang-up', callId: CONNECTED.id }]);
    });

    it.each([['javascript', 'alert(1)'].join(':'), '+1 415 555 0100', '<img src=x>', '', '1'.repeat(20)])(
        'makes no link of the number %j',
        (number) => {
            const { element } = mountDesk({ ...CONNECTED, number });
            expect(element.shadowRoot?.querySelector('a')).toBeNull();
        }
    );

    it('is accessible', async () => {
        const { element } = mountDesk(CONNECTED);
        await expect(element).toBeAccessible();
    });
});

describe('c-softphone-active-call quality indicator', () => {
    const GOOD: CallView = { ...CONNECTED, quality: { level: 'good', mos: 4.39 } };
    const LOSSY: CallView = { ...CONNECTED, quality: { level: 'warning', reason: 'loss', mos: 3.41 } };
    const DELAYED: CallView = { ...CONNECTED, quality: { level: 'warning', reason: 'latency', mos: 3.5 } };

    afterEach(() => {
        while (document.body.firstChild) document.body.removeChild(document.body.firstChild);
    });

    function announcement(element: HTMLElement): string {
        return text(element, '[data-id="quality-announcement"]') ?? '';
    }

    async function update(element: HTMLElement, call: CallView): Promise<void> {
        Object.assign(element, { call });
        await flushPromises();
    }

    it('shows nothing before the first reading', () => {
        const { element } = mount(CONNECTED);
        expect(element.shadowRoot?.querySelector('[data-id="quality"]')).toBeNull();
        expect(announcement(element)).toBe('');
    });

    it('shows Good while the call sounds fine, and says nothing', () => {
        const { element } = mount(GOOD);
        expect(text(element, '.softphone-active-call__quality-text')).toBe('c.Softphone_CallQualityGood');
        expect(prop(element.shadowRoot?.querySelector('[data-id="quality"] lightning-icon'), 'variant')).toBe(
            'success'
        );
        expect(announcement(element)).toBe('');
    });

    it.each([
        ['loss', 'c.Softphone_CallQualityLoss'],
        ['latency', 'c.Softphone_CallQualityLatency'],
        ['jitter', 'c.Softphone_CallQualityJitter']
    ] as const)('turns to a warning with the reason for %s', async (reason, label) => {
        const { element } = mount(GOOD);
        await update(element, { ...CONNECTED, quality: { level: 'warning', reason, mos: 3.2 } });
        expect(text(element, '.softphone-active-call__quality-text')).toBe(
            `c.Softphone_CallQualityPoor: ${label}`
        );
        expect(prop(element.shadowRoot?.querySelector('[data-id="quality"] lightning-icon'), 'variant')).toBe(
            'warning'
        );
        expect(announcement(element)).toBe(`Poor call quality: ${label}`);
    });

    it('announces once per change to a warning, not at every reading', async () => {
        const { element } = mount(GOOD);
        const region = element.shadowRoot!.querySelector('[data-id="quality-announcement"]')!;
        expect(region.getAttribute('aria-live')).toBe('polite');
        const said: string[] = [];
        const observer = new MutationObserver(() => {
            const words = region.textContent?.trim() ?? '';
            if (words !== '' && words !== said.at(-1)) said.push(words);
        });
        observer.observe(region, { childList: true, characterData: true, subtree: true });

        const readings = [LOSSY, LOSSY, DELAYED, LOSSY, GOOD, GOOD, DELAYED, DELAYED];
        // One snapshot after the other, as the engine sends them: each must be rendered before the next.
        await readings.reduce(
            (previous, call) => previous.then(() => update(element, call)),
            Promise.resolve()
        );
        observer.disconnect();

        expect(said).toEqual([
            'Poor call quality: c.Softphone_CallQualityLoss',
            'Poor call quality: c.Softphone_CallQualityLatency'
        ]);
        // The indicator itself follows every reading.
        expect(text(element, '.softphone-active-call__quality-text')).toBe(
            'c.Softphone_CallQualityPoor: c.Softphone_CallQualityLatency'
        );
    });

    it('hides the indicator and clears the announcement while the call is on hold', async () => {
        const { element } = mount(LOSSY);
        await update(element, { ...LOSSY, state: 'held', holdStartedAt: HOLD_STARTED_AT });
        expect(element.shadowRoot?.querySelector('[data-id="quality"]')).toBeNull();
        expect(announcement(element)).toBe('');
    });

    it('is accessible with a warning', async () => {
        const { element } = mount(GOOD);
        await update(element, LOSSY);
        await expect(element).toBeAccessible();
    });
});
