import { createElement } from 'lwc';
import Softphone, { ENGINE_WAIT_MS } from 'c/softphone';
import {
    BRIDGE_CHANNEL,
    BRIDGE_PROTOCOL_VERSION,
    serializeBridgeMessage,
    stateMessage
} from 'c/softphoneBridgeProtocol';
import type { CallView, EngineSnapshot } from 'c/softphoneBridgeProtocol';
import readyWithCallCenter from './data/readyWithCallCenter.json';
import ringing from './data/ringing.json';
import connected from './data/connected.json';
import wrapUp from './data/wrapUp.json';
import degraded from './data/degraded.json';
import signedOut from './data/signedOut.json';
import sipSignIn from './data/sipSignIn.json';

const READY = readyWithCallCenter as EngineSnapshot;
const RINGING = ringing as EngineSnapshot;
const CONNECTED = connected as EngineSnapshot;
const WRAP_UP = wrapUp as EngineSnapshot;
const DEGRADED = degraded as EngineSnapshot;
const SIGNED_OUT = signedOut as EngineSnapshot;

/** The same snapshot with its call in another state. */
function withCall(snapshot: EngineSnapshot, changes: Partial<CallView>): EngineSnapshot {
    return { ...snapshot, call: { ...(snapshot.call as CallView), ...changes } };
}

/** Delivers a message to the component as the engine in the same window would. */
function postFromEngine(data: unknown, origin: string = window.location.origin): void {
    window.dispatchEvent(new MessageEvent('message', { data, origin }));
}

function sendSnapshot(snapshot: EngineSnapshot): void {
    postFromEngine(serializeBridgeMessage(stateMessage(snapshot)));
}

function flushPromises(): Promise<void> {
    return Promise.resolve();
}

/** Waits for the next frame and the task after it, when the softphone moves focus. */
async function afterNextPaint(): Promise<void> {
    await flushPromises();
    // eslint-disable-next-line @lwc/lwc/no-async-operation -- waits for the frame the component waits for
    await new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
}

/** Records what the UI posts to the engine: the bridge messages, parsed. */
function spyOnBridge(): { posted: Record<string, unknown>[]; targets: unknown[] } {
    const posted: Record<string, unknown>[] = [];
    const targets: unknown[] = [];
    jest.spyOn(window, 'postMessage').mockImplementation((message: unknown, target?: unknown) => {
        const parsed: Record<string, unknown> = JSON.parse(String(message));
        posted.push(parsed);
        targets.push(target);
    });
    return { posted, targets };
}

/** The commands posted after ui-ready, without their envelope. */
function commandsOf(posted: Record<string, unknown>[]): unknown[] {
    return posted
        .filter((message) => message.type !== 'ui-ready')
        .map(({ channel: _channel, version: _version, source: _source, ...command }) => command);
}

function mount(): HTMLElement {
    const element = createElement('c-softphone', { is: Softphone });
    document.body.appendChild(element);
    return element;
}

async function mountWith(snapshot: EngineSnapshot): Promise<HTMLElement> {
    const element = mount();
    sendSnapshot(snapshot);
    await flushPromises();
    return element;
}

function child(element: HTMLElement, tag: string): HTMLElement | null {
    return element.shadowRoot?.querySelector<HTMLElement>(tag) ?? null;
}

/** The ringing card when it is shown: the panel keeps it between calls, hidden. */
function ringingCard(element: HTMLElement): HTMLElement | null {
    const card = child(element, 'c-softphone-incoming-call');
    return card && !card.closest<HTMLElement>('.softphone__ringing-card')?.hidden ? card : null;
}

/** An element inside a child component's shadow tree. */
function inChild(element: HTMLElement, tag: string, selector: string): HTMLElement | null {
    return child(element, tag)?.shadowRoot?.querySelector<HTMLElement>(selector) ?? null;
}

/** The caller's name on the ringing card (hidden or shown), or null when the card shows none. */
function ringingCallerName(element: HTMLElement): HTMLElement | null {
    return inChild(element, 'c-softphone-incoming-call', '.softphone-incoming-call__name');
}

/** A public property of a component or base-component stub. */
function prop(element: Element | null | undefined, name: string): unknown {
    return element ? Reflect.get(element, name) : undefined;
}

function text(element: HTMLElement, selector: string): string | undefined {
    return element.shadowRoot?.querySelector(selector)?.textContent?.trim();
}

describe('c-softphone', () => {
    afterEach(() => {
        while (document.body.firstChild) {
            document.body.removeChild(document.body.firstChild);
        }
        jest.clearAllMocks();
        jest.restoreAllMocks();
        jest.useRealTimers();
    });

    describe('bridge', () => {
        it('asks the engine for its state when it connects', () => {
            const { posted, targets } = spyOnBridge();
            mount();
            expect(posted).toEqual([
                { channel: BRIDGE_CHANNEL, version: BRIDGE_PROTOCOL_VERSION, source: 'ui', type: 'ui-ready' }
            ]);
            expect(BRIDGE_PROTOCOL_VERSION).toBe(2);
            expect(targets).toEqual([window.location.origin]);
        });

        it('ignores malformed messages, old protocol versions, other origins and its own messages', async () => {
            const warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined);
            const element = mount();
            const envelope = { channel: BRIDGE_CHANNEL, source: 'engine', type: 'state' };
            postFromEngine(JSON.stringify({ ...envelope, version: BRIDGE_PROTOCOL_VERSION }));
            postFromEngine(JSON.stringify({ ...envelope, version: 1, snapshot: { status: 'ready' } }));
            postFromEngine(serializeBridgeMessage(stateMessage(READY)), 'https://evil.example.com');
            postFromEngine(
                JSON.stringify({ channel: BRIDGE_CHANNEL, version: 2, source: 'ui', type: 'ui-ready' })
            );
            postFromEngine('not json');
            await flushPromises();
            expect(text(element, '.softphone__status')).toBe('c.Softphone_Starting');
            expect(warn).toHaveBeenCalledWith(expect.stringContaining('snapshot must be an object'));
            expect(warn).toHaveBeenCalledWith(expect.stringContaining('protocol version 1 is not 2'));
            expect(warn).toHaveBeenCalledTimes(2);
        });

        it('stops listening when removed from the page', () => {
            const addListener = jest.spyOn(window, 'addEventListener');
            const removeListener = jest.spyOn(window, 'removeEventListener');
            const element = mount();
            const added = addListener.mock.calls.find(([type]) => type === 'message')?.[1];
            expect(added).toBeInstanceOf(Function);
            document.body.removeChild(element);
            expect(removeListener).toHaveBeenCalledWith('message', added);
        });

        it('refuses to post a command the protocol would refuse', async () => {
            const { posted } = spyOnBridge();
            const warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined);
            const element = await mountWith(READY);
            child(element, 'c-softphone-dial-pad')?.dispatchEvent(
                new CustomEvent('command', { detail: { type: 'dial', number: '1'.repeat(65) } })
            );
            expect(commandsOf(posted)).toEqual([]);
            expect(warn).toHaveBeenCalledWith(expect.stringContaining('dial.number is longer than 64'));
        });
    });

    describe('start-up and signed out', () => {
        it('shows the starting state until the engine answers', () => {
            const element = mount();
            expect(text(element, '.softphone__status')).toBe('c.Softphone_Starting');
            expect(element.shadowRoot?.querySelector('lightning-spinner')).not.toBeNull();
            expect(child(element, 'c-softphone-dial-pad')).toBeNull();
        });

        it('explains why it is signed out when Open CTI did not load', async () => {
            const element = await mountWith(SIGNED_OUT);
            expect(text(element, '.softphone__reason')).toBe('c.Softphone_OpenCtiMissing');
            expect(text(element, '.softphone__detail')).toBe('sforce.opencti is undefined');
            expect(element.shadowRoot?.querySelector('[role="alert"]')).not.toBeNull();
            expect(child(element, 'c-softphone-dial-pad')).toBeNull();
        });

        it('says the engine is missing when no snapshot arrives in time', async () => {
            jest.useFakeTimers();
            const element = mount();
            jest.advanceTimersByTime(ENGINE_WAIT_MS);
            await flushPromises();
            expect(text(element, '.softphone__reason')).toBe('c.Softphone_EngineMissing');
        });

        it('shows settings problems to the admin while signed out', async () => {
            const element = await mountWith({
                ...SIGNED_OUT,
                reason: 'open-cti-failed',
                callCenterName: 'Softphone for Salesforce',
                settingsProblems: DEGRADED.settingsProblems
            });
            expect(text(element, '.softphone__reason')).toBe('c.Softphone_OpenCtiFailed');
            expect(text(element, '.softphone__call-center')).toBe('Softphone for Salesforce');
            expect(child(element, 'c-softphone-settings-problems')).not.toBeNull();
        });

        it('is accessible while starting', async () => {
            const element = mount();
            await expect(element).toBeAccessible();
        });

        it('is accessible in the signed-out state', async () => {
            const element = await mountWith({
                ...SIGNED_OUT,
                reason: 'open-cti-failed',
                detail: 'No call center'
            });
            await expect(element).toBeAccessible();
        });
    });

    describe('ready without a call', () => {
        it('renders the status bar, the dial pad and recent calls', async () => {
            const element = await mountWith(READY);
            expect(
                inChild(element, 'c-softphone-status-bar', '.softphone-status-bar__call-center')?.textContent
            ).toBe('Softphone for Salesforce');
            expect(prop(inChild(element, 'c-softphone-status-bar', 'lightning-combobox'), 'value')).toBe(
                'available'
            );
            expect(prop(child(element, 'c-softphone-dial-pad'), 'disabled')).toBe(false);
            expect(prop(child(element, 'c-softphone-recent-calls'), 'calls')).toHaveLength(1);
            expect(ringingCard(element)).toBeNull();
            for (const tag of [
                'c-softphone-active-call',
                'c-softphone-wrap-up',
                'c-softphone-notice',
                'c-softphone-pending-logs',
                'c-softphone-settings-problems'
            ]) {
                expect(child(element, tag)).toBeNull();
            }
        });

        it('renders hostile text from a snapshot as inert text', async () => {
            const hostile = '<img src=x onerror="window.hacked=1">';
            const element = await mountWith({ ...READY, callCenterName: hostile });
            expect(
                inChild(element, 'c-softphone-status-bar', '.softphone-status-bar__call-center')?.textContent
            ).toBe(hostile);
            expect(child(element, 'c-softphone-status-bar')?.shadowRoot?.querySelector('img')).toBeNull();
        });

        it('keeps the parts of a snapshot that did not change, so their components do not render again', async () => {
            const history = {
                ...READY,
                recentCalls: [
                    {
                        id: 'call-1',
                        direction: 'inbound',
                        state: 'ended',
                        number: '+14155550100',
                        displayNumber: '(415) 555-0100',
                        startedAt: 1767229200000,
                        talkSeconds: 61
                    }
                ]
            } as EngineSnapshot;
            const element = await mountWith(history);
            const recent = child(element, 'c-softphone-recent-calls');
            const calls = prop(recent, 'calls');
            expect(calls).toHaveLength(1);

            sendSnapshot({ ...history, call: RINGING.call } as EngineSnapshot);
            await flushPromises();
            expect(ringingCard(element)).not.toBeNull();
            expect(prop(recent, 'calls')).toBe(calls);

            sendSnapshot({ ...history, recentCalls: [] } as EngineSnapshot);
            await flushPromises();
            expect(prop(recent, 'calls')).toEqual([]);
        });

        it('does not take focus on the first snapshot', async () => {
            jest.spyOn(document, 'hasFocus').mockReturnValue(true);
            const focus = jest.spyOn(HTMLElement.prototype, 'focus');
            await mountWith(READY);
            await afterNextPaint();
            expect(focus).not.toHaveBeenCalled();
        });

        it('sends the status, dial and redial commands of its children over the bridge', async () => {
            const { posted } = spyOnBridge();
            const element = await mountWith(READY);

            inChild(element, 'c-softphone-status-bar', 'lightning-combobox')?.dispatchEvent(
                new CustomEvent('change', { detail: { value: 'busy' } })
            );
            const number = inChild(element, 'c-softphone-dial-pad', '[data-id="number"]');
            number?.dispatchEvent(new CustomEvent('change', { detail: { value: '(312) 555-0199' } }));
            await flushPromises();
            number?.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter' }));
            inChild(element, 'c-softphone-recent-calls', 'lightning-button-icon')?.click();

            expect(commandsOf(posted)).toEqual([
                { type: 'set-agent-status', status: 'busy' },
                { type: 'dial', number: '(312) 555-0199' },
                { type: 'dial', number: '+14155550100' }
            ]);
            for (const message of posted) {
                expect(message).toMatchObject({
                    channel: BRIDGE_CHANNEL,
                    version: BRIDGE_PROTOCOL_VERSION,
                    source: 'ui'
                });
            }
        });

        it('is accessible', async () => {
            const element = await mountWith(READY);
            await expect(element).toBeAccessible();
        });
    });

    describe('with a second call on the line', () => {
        function waiting(): EngineSnapshot {
            const first = CONNECTED.call as CallView;
            return {
                ...CONNECTED,
                secondCall: {
                    ...first,
                    id: 'waiting-1',
                    state: 'ringing',
                    number: '+14155550177',
                    displayNumber: '(415) 555-0177'
                },
                line: { mode: 'call-waiting' }
            };
        }

        it('shows the waiting call above the call on screen, and its commands reach the engine', async () => {
            const posted = spyOnBridge().posted;
            const element = await mountWith(waiting());
            const cards = [
                ...(element.shadowRoot?.querySelectorAll(
                    'c-softphone-second-call, c-softphone-active-call'
                ) ?? [])
            ];
            expect(cards.map((card) => card.tagName.toLowerCase())).toEqual([
                'c-softphone-second-call',
                'c-softphone-active-call'
            ]);
            expect(prop(child(element, 'c-softphone-active-call'), 'secondCall')).toBe(true);
            inChild(element, 'c-softphone-second-call', '[data-id="answer"]')?.click();
            expect(commandsOf(posted)).toEqual([{ type: 'answer', callId: 'waiting-1' }]);
        });

        it('shows no second card for one call', async () => {
            const element = await mountWith(CONNECTED);
            expect(child(element, 'c-softphone-second-call')).toBeNull();
            expect(prop(child(element, 'c-softphone-active-call'), 'secondCall')).toBe(false);
        });

        it('is accessible', async () => {
            const element = await mountWith(waiting());
            await expect(element).toBeAccessible();
        });
    });

    describe('with problems', () => {
        it('keeps working while it shows the notice, the waiting logs and the settings to fix', async () => {
            const { posted } = spyOnBridge();
            const element = await mountWith(DEGRADED);
            expect(
                inChild(element, 'c-softphone-notice', '.softphone-notice__message')?.textContent?.trim()
            ).toBe('c.Softphone_NoticeMicrophoneDenied');
            expect(
                inChild(
                    element,
                    'c-softphone-status-bar',
                    '.softphone-status-bar__registration-detail'
                )?.textContent?.trim()
            ).toBe('No PBX WebSocket URL: check the call center settings.');
            expect(prop(child(element, 'c-softphone-settings-problems'), 'problems')).toHaveLength(2);
            expect(prop(child(element, 'c-softphone-dial-pad'), 'disabled')).toBe(false);

            inChild(element, 'c-softphone-pending-logs', '[data-id="retry"]')?.click();
            expect(commandsOf(posted)).toEqual([{ type: 'retry-logs' }]);
        });

        it('is accessible', async () => {
            const element = await mountWith(DEGRADED);
            await expect(element).toBeAccessible();
        });
    });

    describe('a call from ring to wrap-up', () => {
        it('shows a ringing call and answers or declines it over the bridge', async () => {
            const { posted } = spyOnBridge();
            const element = await mountWith(RINGING);
            expect(ringingCallerName(element)?.textContent?.trim()).toBe('Grace Hopper');
            expect(child(element, 'c-softphone-active-call')).toBeNull();
            expect(child(element, 'c-softphone-wrap-up')).toBeNull();

            inChild(element, 'c-softphone-incoming-call', '[data-id="answer"]')?.click();
            inChild(element, 'c-softphone-incoming-call', '[data-id="decline"]')?.click();
            expect(commandsOf(posted)).toEqual([
                { type: 'answer', callId: 'call-in-9' },
                { type: 'decline', callId: 'call-in-9' }
            ]);
        });

        it('keeps the ringing card between calls, hidden and empty, and fills it in when the next call rings', async () => {
            const element = await mountWith(READY);
            const card = child(element, 'c-softphone-incoming-call');
            const hidden = (): boolean | undefined =>
                card?.closest<HTMLElement>('.softphone__ringing-card')?.hidden;
            expect(hidden()).toBe(true);
            expect(prop(card, 'call')).toBeUndefined();

            sendSnapshot(RINGING);
            await flushPromises();
            expect(child(element, 'c-softphone-incoming-call')).toBe(card);
            expect(hidden()).toBe(false);
            expect(ringingCallerName(element)?.textContent?.trim()).toBe('Grace Hopper');

            sendSnapshot(withCall(RINGING, { state: 'missed' }));
            await flushPromises();
            expect(child(element, 'c-softphone-incoming-call')).toBe(card);
            expect(hidden()).toBe(true);
            expect(prop(card, 'call')).toBeUndefined();
            expect(ringingCallerName(element)).toBeNull();
        });

        it('disables the dial pad and recent calls of a ringing call after the frame that shows its card', async () => {
            const element = await mountWith(READY);
            sendSnapshot(RINGING);
            await flushPromises();
            expect(ringingCard(element)).not.toBeNull();
            expect(prop(child(element, 'c-softphone-dial-pad'), 'disabled')).toBe(false);
            expect(prop(child(element, 'c-softphone-recent-calls'), 'disabled')).toBe(false);

            await afterNextPaint();
            await flushPromises();
            expect(prop(child(element, 'c-softphone-dial-pad'), 'disabled')).toBe(true);
            expect(prop(child(element, 'c-softphone-recent-calls'), 'disabled')).toBe(true);
        });

        it('moves focus to Answer when a call rings, after the frame that shows it', async () => {
            jest.spyOn(document, 'hasFocus').mockReturnValue(true);
            const focus = jest.spyOn(HTMLElement.prototype, 'focus');
            const element = await mountWith(READY);
            sendSnapshot(RINGING);
            await flushPromises();
            expect(ringingCard(element)).not.toBeNull();
            expect(focus).not.toHaveBeenCalled();

            await afterNextPaint();
            expect(focus.mock.contexts).toEqual([
                inChild(element, 'c-softphone-incoming-call', '[data-id="answer"]')
            ]);
        });

        it('leaves the keyboard where it is when a call rings while the agent works elsewhere', async () => {
            jest.spyOn(document, 'hasFocus').mockReturnValue(false);
            const focus = jest.spyOn(HTMLElement.prototype, 'focus');
            const element = await mountWith(READY);
            sendSnapshot(RINGING);
            await afterNextPaint();
            expect(ringingCard(element)).not.toBeNull();
            expect(focus).not.toHaveBeenCalled();
        });

        it('shows the call controls and the notes once connected', async () => {
            const { posted } = spyOnBridge();
            const element = await mountWith(CONNECTED);
            expect(ringingCard(element)).toBeNull();
            expect(
                inChild(
                    element,
                    'c-softphone-active-call',
                    '.softphone-active-call__state'
                )?.textContent?.trim()
            ).toBe('c.Softphone_CallConnected');
            expect(
                inChild(element, 'c-softphone-wrap-up', '.softphone-wrap-up__heading')?.textContent?.trim()
            ).toBe('c.Softphone_CallNotes');
            expect(prop(child(element, 'c-softphone-dial-pad'), 'disabled')).toBe(true);

            inChild(element, 'c-softphone-active-call', '[data-id="mute"]')?.click();
            inChild(element, 'c-softphone-active-call', '[data-id="hold"]')?.click();
            inChild(element, 'c-softphone-active-call', '[data-id="hang-up"]')?.click();
            inChild(element, 'c-softphone-wrap-up', '[data-id="disposition"]')?.dispatchEvent(
                new CustomEvent('change', { detail: { value: 'Resolved' } })
            );
            expect(commandsOf(posted)).toEqual([
                { type: 'mute', callId: 'call-in-9' },
                { type: 'hold', callId: 'call-in-9' },
                { type: 'hang-up', callId: 'call-in-9' },
                { type: 'update-wrap-up', callId: 'call-in-9', disposition: 'Resolved' }
            ]);
        });

        it('keeps the notes form (and what is typed in it) from the call into wrap-up, then saves', async () => {
            const { posted } = spyOnBridge();
            const element = await mountWith(CONNECTED);
            const form = child(element, 'c-softphone-wrap-up');
            const notes = inChild(element, 'c-softphone-wrap-up', '[data-id="notes"]');
            Object.assign(notes ?? {}, { value: 'Callback Monday' });
            notes?.dispatchEvent(new CustomEvent('change', { detail: { value: 'Callback Monday' } }));
            await flushPromises();

            sendSnapshot(withCall(WRAP_UP, { notes: '' }));
            await flushPromises();
            expect(child(element, 'c-softphone-active-call')).toBeNull();
            expect(child(element, 'c-softphone-wrap-up')).toBe(form);
            expect(prop(inChild(element, 'c-softphone-wrap-up', '[data-id="notes"]'), 'value')).toBe(
                'Callback Monday'
            );

            inChild(element, 'c-softphone-wrap-up', '[data-id="save"]')?.click();
            expect(commandsOf(posted)).toEqual([
                { type: 'update-wrap-up', callId: 'call-in-9', notes: 'Callback Monday' },
                { type: 'save-wrap-up', callId: 'call-in-9' }
            ]);
        });

        it('moves focus with the call: Answer, the call summary, notes, then the number to dial', async () => {
            jest.spyOn(document, 'hasFocus').mockReturnValue(true);
            const focus = jest.spyOn(HTMLElement.prototype, 'focus');
            const element = await mountWith(READY);
            const focused = (): unknown => focus.mock.contexts.at(-1);

            sendSnapshot(RINGING);
            await afterNextPaint();
            expect(focused()).toBe(inChild(element, 'c-softphone-incoming-call', '[data-id="answer"]'));

            sendSnapshot(CONNECTED);
            await afterNextPaint();
            expect(focused()).toBe(inChild(element, 'c-softphone-active-call', '[data-id="summary"]'));

            sendSnapshot(withCall(CONNECTED, { state: 'held', holdStartedAt: 1767229300000 }));
            await afterNextPaint();
            expect(focus).toHaveBeenCalledTimes(2);

            sendSnapshot(WRAP_UP);
            await afterNextPaint();
            expect(focused()).toBe(inChild(element, 'c-softphone-wrap-up', '[data-id="notes"]'));

            sendSnapshot(withCall(WRAP_UP, { state: 'ended' }));
            await afterNextPaint();
            expect(focused()).toBe(inChild(element, 'c-softphone-dial-pad', '[data-id="number"]'));
            expect(focus).toHaveBeenCalledTimes(4);
        });

        const finished: CallView['state'][] = ['ended', 'declined', 'missed', 'failed'];
        it.each(finished)('treats a %s call as no call', async (state) => {
            const element = await mountWith(withCall(RINGING, { state }));
            expect(ringingCard(element)).toBeNull();
            expect(child(element, 'c-softphone-active-call')).toBeNull();
            expect(child(element, 'c-softphone-wrap-up')).toBeNull();
            expect(prop(child(element, 'c-softphone-dial-pad'), 'disabled')).toBe(false);
        });

        it('is accessible while ringing', async () => {
            const element = await mountWith(RINGING);
            await flushPromises();
            await expect(element).toBeAccessible();
        });

        it('is accessible while connected', async () => {
            const element = await mountWith(CONNECTED);
            await expect(element).toBeAccessible();
        });

        it('is accessible in wrap-up', async () => {
            const element = await mountWith(WRAP_UP);
            await expect(element).toBeAccessible();
        });
    });
});

describe('c-softphone signing in to a SIP phone system', () => {
    const SIGN_IN = sipSignIn as EngineSnapshot;

    afterEach(() => {
        while (document.body.firstChild) {
            document.body.removeChild(document.body.firstChild);
        }
        jest.clearAllMocks();
        jest.restoreAllMocks();
    });

    it('shows the sign-in form while the engine needs credentials, and not once they are accepted', async () => {
        const element = await mountWith(SIGN_IN);
        expect(child(element, 'c-softphone-sign-in')).not.toBeNull();
        sendSnapshot({ ...SIGN_IN, credentials: 'ok', registration: 'registered' });
        await flushPromises();
        expect(child(element, 'c-softphone-sign-in')).toBeNull();
        sendSnapshot(READY);
        await flushPromises();
        expect(child(element, 'c-softphone-sign-in')).toBeNull();
    });

    it('sends the sign-in command to the engine', async () => {
        const { posted } = spyOnBridge();
        const element = await mountWith(SIGN_IN);
        child(element, 'c-softphone-sign-in')!.dispatchEvent(
            new CustomEvent('command', { detail: { type: 'sign-in', user: '1001', password: 'pw' } })
        );
        expect(commandsOf(posted)).toEqual([{ type: 'sign-in', user: '1001', password: 'pw' }]);
    });

    it('is accessible with the sign-in form', async () => {
        const element = await mountWith(SIGN_IN);
        await expect(element).toBeAccessible();
    });
});
