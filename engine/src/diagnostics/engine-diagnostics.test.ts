import { DEMO_SETTINGS, FakeBrowserProfile } from '../../test-support/fake-browser';
import { settle } from '../../test-support/settle';
import type { WatchedSocket } from './watch-web-sockets';

/** A WebSocket whose server never answers: error, then close, and never open. */
class RefusedSocket implements WatchedSocket {
    private readonly listeners = new Map<string, (() => void)[]>();

    constructor(readonly url: string | URL) {
        queueMicrotask(() => {
            for (const type of ['error', 'close'])
                for (const listener of this.listeners.get(type) ?? []) listener();
        });
    }

    addEventListener(type: string, listener: () => void): void {
        this.listeners.set(type, [...(this.listeners.get(type) ?? []), listener]);
    }
}

describe('connection diagnostics in the running softphone', () => {
    it('names the origin CSP blocked and the Trusted Site to add, in the snapshot and the log', async () => {
        const profile = new FakeBrowserProfile();
        const tab = await profile.openTab('A', { settings: DEMO_SETTINGS });
        tab.window.document.violate({
            blockedURI: 'wss://pbx.acme.com:8089/ws',
            effectiveDirective: 'connect-src',
            disposition: 'enforce'
        });
        await settle(); // the snapshot goes out once the task's changes are made
        expect(tab.snapshot().connectionProblems).toEqual([
            { kind: 'csp-blocked', origin: 'wss://pbx.acme.com:8089', directive: 'connect-src' }
        ]);
        expect(tab.log.warn).toContainEqual(
            expect.stringMatching(
                /CSP Trusted Site with URL wss:\/\/pbx\.acme\.com:8089, CSP context VisualForce/
            )
        );
        await profile.closeAll();
        expect(tab.window.document.listenerCount('securitypolicyviolation')).toBe(0);
    });

    it('names a WebSocket that failed before it opened, and puts the page WebSocket back on stop', async () => {
        const profile = new FakeBrowserProfile();
        const tab = await profile.openTab('A', { settings: DEMO_SETTINGS, webSocket: RefusedSocket });
        const Socket = tab.window.WebSocket;
        expect(Socket).not.toBe(RefusedSocket);
        if (Socket) new Socket('wss://pbx.acme.com:8089/ws');
        await settle();
        expect(tab.snapshot().connectionProblems).toEqual([
            { kind: 'socket-failed', origin: 'wss://pbx.acme.com:8089' }
        ]);
        await profile.closeAll();
        expect(tab.window.WebSocket).toBe(RefusedSocket);
    });
});
