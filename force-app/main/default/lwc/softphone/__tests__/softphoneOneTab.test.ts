import { createElement } from 'lwc';
import Softphone from 'c/softphone';
import { serializeBridgeMessage, stateMessage } from 'c/softphoneBridgeProtocol';
import type { EngineSnapshot, UiCommand } from 'c/softphoneBridgeProtocol';
import standby from './data/standby.json';
import readyWithCallCenter from './data/readyWithCallCenter.json';
import connected from './data/connected.json';

const STANDBY = standby as EngineSnapshot;
const READY = readyWithCallCenter as EngineSnapshot;
const CONNECTED = connected as EngineSnapshot;

function flushPromises(): Promise<void> {
    return Promise.resolve();
}

/** Records the commands the UI posts to the engine, without their envelope. */
function spyOnCommands(): unknown[] {
    const commands: unknown[] = [];
    jest.spyOn(window, 'postMessage').mockImplementation((message: unknown) => {
        const {
            channel: _c,
            version: _v,
            source: _s,
            ...command
        } = JSON.parse(String(message)) as Record<string, unknown>;
        if (command.type !== 'ui-ready') commands.push(command);
    });
    return commands;
}

async function mountWith(snapshot: EngineSnapshot): Promise<HTMLElement> {
    const element = createElement('c-softphone', { is: Softphone });
    document.body.appendChild(element);
    window.dispatchEvent(
        new MessageEvent('message', {
            data: serializeBridgeMessage(stateMessage(snapshot)),
            origin: window.location.origin
        })
    );
    await flushPromises();
    return element;
}

function child(element: HTMLElement, tag: string): HTMLElement | null {
    return element.shadowRoot?.querySelector<HTMLElement>(tag) ?? null;
}

/** A public property of a component. */
function prop(element: Element | null | undefined, name: string): unknown {
    return element ? Reflect.get(element, name) : undefined;
}

describe('c-softphone: one softphone per agent, connections, desk phone', () => {
    afterEach(() => {
        while (document.body.firstChild) {
            document.body.removeChild(document.body.firstChild);
        }
        jest.clearAllMocks();
        jest.restoreAllMocks();
    });

    it('says the softphone is active in another tab, offers Take over, and nothing else', async () => {
        const element = await mountWith(STANDBY);
        const standbyCard = child(element, 'c-softphone-tab-standby');
        expect(standbyCard).not.toBeNull();
        expect(prop(standbyCard, 'role')).toBe('standby');
        expect(element.shadowRoot?.textContent).toContain('Softphone for Salesforce');
        for (const tag of ['c-softphone-dial-pad', 'c-softphone-status-bar', 'c-softphone-recent-calls']) {
            expect(child(element, tag)).toBeNull();
        }
    });

    it('sends take-over from the standby card to the engine', async () => {
        const commands = spyOnCommands();
        const element = await mountWith(STANDBY);
        child(element, 'c-softphone-tab-standby')?.dispatchEvent(
            new CustomEvent<UiCommand>('command', { detail: { type: 'take-over' } })
        );
        expect(commands).toEqual([{ type: 'take-over' }]);
    });

    it('passes the refusal and the taking-over state to the card', async () => {
        const element = await mountWith({ ...STANDBY, tab: { role: 'taking-over' } });
        expect(prop(child(element, 'c-softphone-tab-standby'), 'role')).toBe('taking-over');
        const refused = await mountWith({
            ...STANDBY,
            tab: { role: 'standby', refusal: 'call-in-progress' }
        });
        expect(prop(child(refused, 'c-softphone-tab-standby'), 'refusal')).toBe('call-in-progress');
    });

    it('is the whole softphone in the tab that owns the line', async () => {
        const element = await mountWith({ ...READY, tab: { role: 'owner' } });
        expect(child(element, 'c-softphone-tab-standby')).toBeNull();
        expect(child(element, 'c-softphone-dial-pad')).not.toBeNull();
    });

    it('lists blocked connections, in the owner tab and the standby one', async () => {
        const problems = [
            { kind: 'csp-blocked', origin: 'wss://pbx.acme.com', directive: 'connect-src' }
        ] as const;
        const owner = await mountWith({ ...READY, connectionProblems: problems });
        expect(prop(child(owner, 'c-softphone-connection-problems'), 'problems')).toEqual(problems);
        const standing = await mountWith({ ...STANDBY, connectionProblems: problems });
        expect(prop(child(standing, 'c-softphone-connection-problems'), 'problems')).toEqual(problems);
        const none = await mountWith(READY);
        expect(child(none, 'c-softphone-connection-problems')).toBeNull();
    });

    it('shows a call on the desk phone as such in click-to-dial-only mode', async () => {
        const desk = await mountWith({ ...CONNECTED, telephonyMode: 'click-to-dial-only' });
        expect(prop(child(desk, 'c-softphone-active-call'), 'deskPhone')).toBe(true);
        const sip = await mountWith(CONNECTED);
        expect(prop(child(sip, 'c-softphone-active-call'), 'deskPhone')).toBe(false);
    });

    it('tells the pending logs why browser storage refused them', async () => {
        const element = await mountWith({
            ...READY,
            pendingLogs: [{ callId: 'call-1', attempts: 1 }],
            logStorageProblem: 'Browser storage is full.'
        });
        expect(prop(child(element, 'c-softphone-pending-logs'), 'storageProblem')).toBe(
            'Browser storage is full.'
        );
    });

    it('is accessible in a tab that stands by', async () => {
        const element = await mountWith({ ...STANDBY, tab: { role: 'standby', refusal: 'no-answer' } });
        await expect(element).toBeAccessible();
    });
});
