/**
 * Hostile text in every field the agent reads, rendered through the whole softphone UI: it must show as the
 * literal text, and never become markup, a link or a script. Add a row when a new kind of input appears.
 */
import { createElement } from 'lwc';
import Softphone from 'c/softphone';
import { BRIDGE_MAX_TEXT_LENGTH, serializeBridgeMessage, stateMessage } from 'c/softphoneBridgeProtocol';
import type { CallView, EngineSnapshot } from 'c/softphoneBridgeProtocol';
import connected from './data/connected.json';
import ringing from './data/ringing.json';
import wrapUp from './data/wrapUp.json';

const HOSTILE_TEXT: readonly (readonly [name: string, text: string])[] = [
    ['markup', '<b>Ada</b>'],
    ['a script element', '<script>window.hacked = true</script>'],
    ['an image with onerror', '"><img src=x onerror="window.hacked = true">'],
    ['an SVG with onload', '<svg onload="window.hacked = true"></svg>'],
    ['a script URL', ['javascript', 'window.hacked = true'].join(':')],
    ['an LWC/Visualforce expression', '{!$User.Id} {call.id} ${window.hacked}'],
    ['SOSL and SOQL characters', "?&|!{}[]()^~*:\\\"'+- ' OR Name LIKE '%"],
    ['a kilobyte', 'A'.repeat(1_024)],
    ['control characters', 'Ada\u0000\u0007\u001b[31m\r\nX-Evil: 1'],
    ['a right-to-left override', '+1 415 \u202e0010 555'],
    ['emoji', '📞 Ada 👩🏽‍💻'],
    ['empty', ''],
    ['HTML entities', '&lt;script&gt; &amp;amp; &#x3C;'],
    ['prototype names', '__proto__ constructor']
];

/** Every element in the component and in the shadow trees of its children. */
function allElements(root: ShadowRoot | null | undefined): Element[] {
    if (!root) return [];
    const found: Element[] = [];
    for (const element of root.querySelectorAll('*')) {
        found.push(element);
        found.push(...allElements(element.shadowRoot));
    }
    return found;
}

/** All the text the agent sees, across shadow trees. */
function allText(root: ShadowRoot | null | undefined): string {
    return allElements(root)
        .map((element) =>
            [...element.childNodes]
                .filter((node) => node.nodeType === 3)
                .map((node) => node.textContent)
                .join('')
        )
        .join('\n');
}

function render(snapshot: EngineSnapshot): HTMLElement {
    const element = createElement('c-softphone', { is: Softphone });
    document.body.appendChild(element);
    window.dispatchEvent(
        new MessageEvent('message', {
            data: serializeBridgeMessage(stateMessage(snapshot)),
            origin: window.location.origin
        })
    );
    return element;
}

function expectNothingExecutable(element: HTMLElement): void {
    for (const node of allElements(element.shadowRoot)) {
        expect(['SCRIPT', 'IMG', 'SVG', 'IFRAME', 'OBJECT', 'B']).not.toContain(node.tagName.toUpperCase());
        for (const attribute of [...node.attributes]) {
            expect(attribute.name.startsWith('on')).toBe(false);
            if (['href', 'src', 'action', 'formaction', 'xlink:href'].includes(attribute.name))
                expect(attribute.value.trim().toLowerCase().startsWith(['javascript', ''].join(':'))).toBe(
                    false
                );
        }
    }
    expect((window as unknown as { hacked?: boolean }).hacked).toBeUndefined();
}

/** The snapshot with `text` in every field the agent reads, cut to what the protocol allows. */
function everywhere(base: EngineSnapshot, text: string): EngineSnapshot {
    const short = text.slice(0, 1_024);
    const call = base.call as CallView;
    return {
        ...base,
        callCenterName: short,
        registrationDetail: short,
        call: {
            ...call,
            displayName: short,
            number: short,
            displayNumber: short,
            matches: [{ id: '003000000000001AAA', name: short, objectType: short }],
            relatedRecord: { id: '003000000000001AAA', name: short },
            notes: text.slice(0, BRIDGE_MAX_TEXT_LENGTH),
            ...(call.state === 'wrap-up' ? { disposition: short } : {})
        },
        recentCalls: [
            {
                id: 'r1',
                direction: 'inbound',
                state: 'missed',
                number: short,
                displayNumber: short,
                displayName: short,
                startedAt: 0,
                talkSeconds: 0
            }
        ],
        pendingLogs: [{ callId: short, attempts: 3, lastError: short }],
        logStorageProblem: short,
        settingsProblems: [{ setting: short, message: short }],
        connectionProblems: [{ kind: 'csp-blocked', origin: short, directive: short }],
        dispositions: [short],
        notice: { kind: 'error', key: 'command-failed', detail: text.slice(0, 4_000) }
    };
}

describe('c-softphone renders hostile text as text', () => {
    afterEach(() => {
        while (document.body.firstChild) {
            document.body.removeChild(document.body.firstChild);
        }
        delete (window as unknown as { hacked?: boolean }).hacked;
        jest.restoreAllMocks();
    });

    describe.each(HOSTILE_TEXT)('%s', (_name, text) => {
        it.each([
            ['ringing', ringing as EngineSnapshot],
            ['connected', connected as EngineSnapshot],
            ['in wrap-up', wrapUp as EngineSnapshot]
        ])('while a call is %s', async (_state, base) => {
            const warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined);
            const element = render(everywhere(base, text));
            await Promise.resolve();
            expect(warn).not.toHaveBeenCalled();
            expectNothingExecutable(element);
            // Printable text reads back literally (control characters and long runs are not compared).
            const visible = text.replace(/\s+/g, ' ').trim();
            const readable = /^[\x20-\x7e]{1,200}$/.test(visible) ? visible : '';
            expect(allText(element.shadowRoot).replace(/\s+/g, ' ')).toContain(readable);
        });
    });

    it('keeps the last good snapshot when one is over the protocol limits, and says so in the console', async () => {
        const warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined);
        const element = render(connected as EngineSnapshot);
        await Promise.resolve();
        window.dispatchEvent(
            new MessageEvent('message', {
                data: serializeBridgeMessage(
                    stateMessage({ ...(connected as EngineSnapshot), callCenterName: 'x'.repeat(10_240) })
                ),
                origin: window.location.origin
            })
        );
        await Promise.resolve();
        expect(warn).toHaveBeenCalledWith(expect.stringContaining('callCenterName is longer than 1024'));
        expect(element.shadowRoot?.querySelector('c-softphone-active-call')).not.toBeNull();
    });
});
