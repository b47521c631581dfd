import type { ConnectionProblemView } from '../bridge';
import { ConnectivityDiagnostics } from './connectivity-diagnostics';
import type { CspViolation } from './connectivity-diagnostics';
import { originOf } from './trusted-site-advice';
import { watchWebSockets } from './watch-web-sockets';
import type { WatchedSocket } from './watch-web-sockets';

function rig() {
    const changes: (readonly ConnectionProblemView[])[] = [];
    const warnings: string[] = [];
    const diagnostics = new ConnectivityDiagnostics({
        onChange: (problems) => changes.push(problems),
        log: { warn: (message) => warnings.push(message) }
    });
    return { diagnostics, changes, warnings };
}

/** A page whose Content Security Policy blocks a WebSocket, as Chrome reports it. */
const BLOCKED_PBX: CspViolation = {
    blockedURI: 'wss://pbx.acme.com:8089/ws',
    effectiveDirective: 'connect-src',
    violatedDirective: 'connect-src',
    disposition: 'enforce'
};

describe('ConnectivityDiagnostics', () => {
    it('names the origin CSP blocked and says which Trusted Site (context and directive) to add', () => {
        const { diagnostics, warnings } = rig();
        diagnostics.cspViolation(BLOCKED_PBX);
        expect(diagnostics.problems()).toEqual([
            { kind: 'csp-blocked', origin: 'wss://pbx.acme.com:8089', directive: 'connect-src' }
        ]);
        expect(warnings).toEqual([
            expect.stringMatching(
                /wss:\/\/pbx\.acme\.com:8089.*Trusted URLs.*URL wss:\/\/pbx\.acme\.com:8089, CSP context VisualForce.*connect-src/
            )
        ]);
    });

    it('reads the directive of older browsers from violatedDirective', () => {
        const { diagnostics } = rig();
        diagnostics.cspViolation({
            blockedURI: 'https://media.acme.com/ring.mp3',
            violatedDirective: 'media-src self'
        });
        expect(diagnostics.problems()).toEqual([
            { kind: 'csp-blocked', origin: 'https://media.acme.com', directive: 'media-src' }
        ]);
    });

    it.each<[string, CspViolation]>([
        ['a report-only policy', { ...BLOCKED_PBX, disposition: 'report' }],
        ['an inline script', { blockedURI: 'inline', effectiveDirective: 'script-src-elem' }],
        ['eval', { blockedURI: 'eval', effectiveDirective: 'script-src' }],
        [
            'a script from elsewhere (no Trusted Site allows it)',
            { blockedURI: 'https://x.com/a.js', effectiveDirective: 'script-src' }
        ],
        ['a data: URL', { blockedURI: 'data', effectiveDirective: 'img-src' }],
        ['no fields at all', {}],
        ['fields of the wrong type', { blockedURI: 42, effectiveDirective: ['connect-src'] }],
        ['a 10 KB URL', { blockedURI: `wss://${'a'.repeat(10_000)}.com`, effectiveDirective: 'connect-src' }],
        [
            'markup in the directive',
            { blockedURI: 'wss://a.com', effectiveDirective: '<img src=x onerror=alert(1)>' }
        ]
    ])('ignores %s', (_name, event) => {
        const { diagnostics, changes } = rig();
        diagnostics.cspViolation(event);
        expect(diagnostics.problems()).toEqual([]);
        expect(changes).toEqual([]);
    });

    it('reports each blocked origin once', () => {
        const { diagnostics, changes, warnings } = rig();
        diagnostics.cspViolation(BLOCKED_PBX);
        diagnostics.cspViolation({ ...BLOCKED_PBX, blockedURI: 'wss://pbx.acme.com:8089/other' });
        expect(changes).toHaveLength(1);
        expect(warnings).toHaveLength(1);
    });

    it('names a socket that failed before it opened, and forgets it once one opens', () => {
        const { diagnostics, warnings } = rig();
        diagnostics.socketFailedBeforeOpen('wss://pbx.acme.com:8089/ws');
        expect(diagnostics.problems()).toEqual([
            { kind: 'socket-failed', origin: 'wss://pbx.acme.com:8089' }
        ]);
        expect(warnings[0]).toMatch(/PBX WebSocket URL.*https:\/\/pbx\.acme\.com:8089/);
        diagnostics.socketOpened('wss://pbx.acme.com:8089/ws');
        expect(diagnostics.problems()).toEqual([]);
    });

    it('explains a failed socket by the CSP block of its origin, in either order', () => {
        const first = rig();
        first.diagnostics.socketFailedBeforeOpen('wss://pbx.acme.com:8089/ws');
        first.diagnostics.cspViolation(BLOCKED_PBX);
        const second = rig();
        second.diagnostics.cspViolation(BLOCKED_PBX);
        second.diagnostics.socketFailedBeforeOpen('wss://pbx.acme.com:8089/ws');
        for (const { diagnostics } of [first, second]) {
            expect(diagnostics.problems()).toEqual([
                { kind: 'csp-blocked', origin: 'wss://pbx.acme.com:8089', directive: 'connect-src' }
            ]);
        }
    });

    it('keeps the ten newest problems', () => {
        const { diagnostics } = rig();
        for (let index = 0; index < 30; index++)
            diagnostics.socketFailedBeforeOpen(`wss://pbx${index}.acme.com`);
        expect(diagnostics.problems()).toHaveLength(10);
        expect(diagnostics.problems().at(-1)?.origin).toBe('wss://pbx29.acme.com');
    });

    it('listens for securitypolicyviolation events until told to stop', () => {
        const { diagnostics } = rig();
        const target = new EventTarget();
        const stop = diagnostics.watch(target as unknown as Parameters<ConnectivityDiagnostics['watch']>[0]);
        target.dispatchEvent(Object.assign(new Event('securitypolicyviolation'), BLOCKED_PBX));
        expect(diagnostics.problems()).toHaveLength(1);
        stop();
        target.dispatchEvent(
            Object.assign(new Event('securitypolicyviolation'), { ...BLOCKED_PBX, blockedURI: 'wss://b.com' })
        );
        expect(diagnostics.problems()).toHaveLength(1);
    });
});

describe('originOf', () => {
    it.each([
        ['wss://pbx.example.com:8089/ws', 'wss://pbx.example.com:8089'],
        ['wss://pbx.example.com:443/ws', 'wss://pbx.example.com'],
        ['https://turn.example.com/x?y', 'https://turn.example.com'],
        ['ws://127.0.0.1:8080', 'ws://127.0.0.1:8080'],
        ['stun:stun.example.com', undefined],
        ['javascript:alert(1)', undefined],
        ['not a url', undefined],
        ['', undefined]
    ])('%s → %s', (url, origin) => {
        expect(originOf(url)).toBe(origin);
    });
});

/** A WebSocket that does what the test says: open, fail, or throw in its constructor. */
class FakeSocket implements WatchedSocket {
    static readonly OPEN = 1;
    static next: 'open' | 'fail' | 'throw' | 'open-then-close' = 'open';
    readonly listeners = new Map<string, (() => void)[]>();

    constructor(readonly url: string | URL) {
        if (FakeSocket.next === 'throw') throw new DOMException('Refused to connect', 'SecurityError');
        const outcome = FakeSocket.next;
        queueMicrotask(() => {
            if (outcome === 'fail') {
                this.fire('error');
                this.fire('close');
            } else {
                this.fire('open');
                if (outcome === 'open-then-close') this.fire('close');
            }
        });
    }

    addEventListener(type: string, listener: () => void): void {
        this.listeners.set(type, [...(this.listeners.get(type) ?? []), listener]);
    }

    private fire(type: string): void {
        for (const listener of this.listeners.get(type) ?? []) listener();
    }
}

describe('watchWebSockets', () => {
    async function open(outcome: typeof FakeSocket.next, url = 'wss://pbx.acme.com:8089/ws') {
        const observed: string[] = [];
        const page: { WebSocket?: typeof FakeSocket } = { WebSocket: FakeSocket };
        const restore = watchWebSockets(page, {
            socketOpened: (address) => observed.push(`opened ${address}`),
            socketFailedBeforeOpen: (address) => observed.push(`failed ${address}`)
        });
        FakeSocket.next = outcome;
        const Socket = page.WebSocket as typeof FakeSocket;
        let thrown: unknown;
        try {
            new Socket(url);
        } catch (error) {
            thrown = error;
        }
        await Promise.resolve();
        await Promise.resolve();
        return { observed, page, restore, thrown, Socket };
    }

    it('reports a socket that fails before it opens, once', async () => {
        const { observed } = await open('fail');
        expect(observed).toEqual(['failed wss://pbx.acme.com:8089/ws']);
    });

    it('reports an open socket, and not its later close', async () => {
        const { observed } = await open('open-then-close');
        expect(observed).toEqual(['opened wss://pbx.acme.com:8089/ws']);
    });

    it('reports a constructor that throws, and still throws', async () => {
        const { observed, thrown } = await open('throw');
        expect(observed).toEqual(['failed wss://pbx.acme.com:8089/ws']);
        expect(thrown).toMatchObject({ name: 'SecurityError' });
    });

    it('keeps the constants and the name, and puts the original back', async () => {
        const { page, restore, Socket } = await open('open');
        expect(Socket.OPEN).toBe(1);
        expect(Socket.name).toBe('FakeSocket');
        restore();
        expect(page.WebSocket).toBe(FakeSocket);
    });

    it('does nothing on a page without WebSocket', () => {
        const page = {};
        const restore = watchWebSockets(page, { socketOpened: jest.fn(), socketFailedBeforeOpen: jest.fn() });
        restore();
        expect(page).toEqual({});
    });
});
