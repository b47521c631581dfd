/**
 * A message channel between the tabs of one browser profile (BroadcastChannel in the browser, a fake in
 * tests). A tab never hears its own messages. Everything received is untrusted: another tab may run another
 * version of the softphone, or a script of the same origin may post anything, so readers check every field.
 *
 * @public
 */
export interface TabChannel {
    post(message: Readonly<Record<string, unknown>>): void;
    /** @returns a function that unsubscribes */
    subscribe(listener: (message: unknown) => void): () => void;
    close(): void;
}

/** The slice of `BroadcastChannel` the softphone uses. */
export interface BroadcastChannelLike {
    postMessage(message: unknown): void;
    addEventListener(type: 'message', listener: (event: { readonly data: unknown }) => void): void;
    removeEventListener(type: 'message', listener: (event: { readonly data: unknown }) => void): void;
    close(): void;
}

/** `BroadcastChannel` itself, or a stand-in. */
export type BroadcastChannelConstructor = new (name: string) => BroadcastChannelLike;

/**
 * A {@link TabChannel} over a `BroadcastChannel` of that name.
 *
 * @public
 */
export function broadcastTabChannel(Channel: BroadcastChannelConstructor, name: string): TabChannel {
    const channel = new Channel(name);
    const listeners = new Set<(message: unknown) => void>();
    const receive = (event: { readonly data: unknown }): void => {
        for (const listener of [...listeners]) listener(event.data);
    };
    channel.addEventListener('message', receive);
    return {
        post: (message) => channel.postMessage(message),
        subscribe: (listener) => {
            listeners.add(listener);
            return () => {
                listeners.delete(listener);
            };
        },
        close: () => {
            listeners.clear();
            channel.removeEventListener('message', receive);
            channel.close();
        }
    };
}

/** Reads a string field of an untrusted message: short, non-empty text, else undefined. */
export function textField(message: unknown, key: string, max = 200): string | undefined {
    if (typeof message !== 'object' || message === null || Array.isArray(message)) return undefined;
    const value = (message as Record<string, unknown>)[key];
    return typeof value === 'string' && value !== '' && value.length <= max ? value : undefined;
}

/** Reads a finite number field of an untrusted message, else undefined. */
export function numberField(message: unknown, key: string): number | undefined {
    if (typeof message !== 'object' || message === null || Array.isArray(message)) return undefined;
    const value = (message as Record<string, unknown>)[key];
    return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}
