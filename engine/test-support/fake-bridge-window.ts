import type { BridgeWindow } from '../src/bridge';
import type { OpenCtiApi, WindowWithOpenCti } from '../src/cti';

/**
 * A window for the bridge: `postMessage` delivers to every listener like the browser does (asynchronously,
 * with the sender's origin), and every posted message is kept for assertions.
 */
export class FakeBridgeWindow implements BridgeWindow, WindowWithOpenCti {
    readonly location = { origin: 'https://example.vf.force.com' };
    readonly posted: string[] = [];
    sforce?: { opencti?: OpenCtiApi };
    private listeners: ((event: MessageEvent) => void)[] = [];

    constructor(opencti?: OpenCtiApi) {
        if (opencti) this.sforce = { opencti };
    }

    postMessage(message: string, targetOrigin: string): void {
        if (targetOrigin !== this.location.origin)
            throw new Error(`unexpected target origin ${targetOrigin}`);
        this.posted.push(message);
        this.deliver(message, this.location.origin);
    }

    /** A message from somewhere else (another frame, another origin). */
    deliver(data: unknown, origin: string): void {
        const event = { data, origin } as MessageEvent;
        for (const listener of this.listeners.slice()) queueMicrotask(() => listener(event));
    }

    addEventListener(_type: 'message', listener: (event: MessageEvent) => void): void {
        this.listeners.push(listener);
    }

    removeEventListener(_type: 'message', listener: (event: MessageEvent) => void): void {
        this.listeners = this.listeners.filter((candidate) => candidate !== listener);
    }

    get listenerCount(): number {
        return this.listeners.length;
    }

    /** The snapshots the engine has posted so far, in order. */
    snapshots(): unknown[] {
        return this.posted
            .map((raw) => JSON.parse(raw) as { type: string; snapshot?: unknown })
            .filter((message) => message.type === 'state')
            .map((message) => message.snapshot);
    }
}
