/** The part of a WebSocket the watcher listens to. */
export interface WatchedSocket {
    addEventListener(type: 'open' | 'error' | 'close', listener: () => void): void;
}

/** A `WebSocket` constructor (the browser's, or a fake). */
export type WebSocketConstructor = new (url: string | URL, protocols?: string | string[]) => WatchedSocket;

/** A window whose `WebSocket` can be watched. */
export interface WebSocketWindow {
    WebSocket?: WebSocketConstructor;
}

/** What the watcher reports. */
export interface SocketObserver {
    socketOpened(url: string): void;
    socketFailedBeforeOpen(url: string): void;
}

/**
 * Watches every WebSocket the page opens (the SIP library opens its own, so there is no other hook): a socket
 * that errors or closes before `open`, or whose constructor throws (some browsers throw when CSP blocks it),
 * is reported with its URL. The page's `WebSocket` is replaced by a subclass that behaves exactly the same;
 * the returned function puts the original back.
 *
 * @public
 */
export function watchWebSockets(window: WebSocketWindow, observer: SocketObserver): () => void {
    const Original = window.WebSocket;
    if (typeof Original !== 'function') return () => undefined;
    const report = (action: () => void): void => {
        try {
            action();
        } catch {
            // Diagnostics never break a connection.
        }
    };
    const Watched = class extends Original {
        constructor(url: string | URL, protocols?: string | string[]) {
            const address = String(url);
            try {
                super(url, protocols);
            } catch (error) {
                report(() => observer.socketFailedBeforeOpen(address));
                throw error;
            }
            let opened = false;
            this.addEventListener('open', () => {
                opened = true;
                report(() => observer.socketOpened(address));
            });
            const failed = (): void => {
                if (!opened) report(() => observer.socketFailedBeforeOpen(address));
                opened = true;
            };
            this.addEventListener('error', failed);
            this.addEventListener('close', failed);
        }
    };
    // Keep the constants (CONNECTING, OPEN, ...) and the name that code may read.
    Object.defineProperty(Watched, 'name', { value: Original.name });
    window.WebSocket = Watched;
    return () => {
        if (window.WebSocket === Watched) window.WebSocket = Original;
    };
}
