import type { BroadcastChannelConstructor, BroadcastChannelLike } from '../src/tabs';
import type { LockManagerLike, LockRequestOptions } from '../src/tabs';

function abortError(message: string): Error {
    return new DOMException(message, 'AbortError');
}

interface Grant {
    readonly tab: string;
    readonly release: () => void;
    readonly steal: () => void;
}

interface Queued {
    readonly tab: string;
    readonly grant: () => void;
    readonly cancel: (error: Error) => void;
}

/**
 * The browser's Web Locks for one origin, shared by fake tabs: exclusive locks by name, waiting requests
 * granted in order, `ifAvailable`, `steal` (the robbed request rejects with `AbortError`), `signal`, and a
 * tab that closes losing what it holds and what it waits for, as the spec says.
 */
export class FakeLockBroker {
    private readonly holders = new Map<string, Grant>();
    private readonly queues = new Map<string, Queued[]>();

    /** `navigator.locks` of one tab. */
    manager(tab: string): LockManagerLike {
        return {
            request: (name, options, callback) => this.request(tab, name, options, callback)
        };
    }

    /** Which tab holds `name`, if any. */
    holder(name: string): string | undefined {
        return this.holders.get(name)?.tab;
    }

    /** Names of the locks held now. */
    heldNames(): string[] {
        return [...this.holders.keys()];
    }

    /** The tab closed or crashed: its locks are released and its waiting requests dropped. */
    closeTab(tab: string): void {
        for (const [name, queue] of this.queues) {
            this.queues.set(
                name,
                queue.filter((entry) => entry.tab !== tab)
            );
        }
        for (const [, grant] of [...this.holders]) if (grant.tab === tab) grant.release();
    }

    private request(
        tab: string,
        name: string,
        options: LockRequestOptions,
        callback: (lock: unknown) => unknown
    ): Promise<unknown> {
        if (options.steal && options.ifAvailable) {
            return Promise.reject(new DOMException('steal and ifAvailable', 'NotSupportedError'));
        }
        return new Promise((resolve, reject) => {
            const run = (): void => {
                let settled = false;
                const release = (): void => {
                    if (settled) return;
                    settled = true;
                    if (this.holders.get(name) === grant) this.holders.delete(name);
                    this.grantNext(name);
                };
                const grant: Grant = {
                    tab,
                    release,
                    steal: () => {
                        if (settled) return;
                        settled = true;
                        reject(abortError('The lock was stolen.'));
                    }
                };
                // The lock is the tab's from now on; its callback runs a microtask later, as in browsers.
                this.holders.set(name, grant);
                queueMicrotask(() => {
                    if (settled) return;
                    let result: unknown;
                    try {
                        result = callback({ name, mode: 'exclusive' });
                    } catch (error) {
                        release();
                        reject(error instanceof Error ? error : new Error(String(error)));
                        return;
                    }
                    Promise.resolve(result).then(
                        (value) => {
                            if (settled) return;
                            release();
                            resolve(value);
                        },
                        (error: unknown) => {
                            if (settled) return;
                            release();
                            reject(error instanceof Error ? error : new Error(String(error)));
                        }
                    );
                });
            };
            const held = this.holders.get(name);
            if (options.steal) {
                if (held) {
                    this.holders.delete(name);
                    held.steal();
                }
                run();
                return;
            }
            if (!held && (this.queues.get(name) ?? []).length === 0) {
                run();
                return;
            }
            if (options.ifAvailable) {
                queueMicrotask(() => {
                    Promise.resolve(callback(null)).then(resolve, reject);
                });
                return;
            }
            if (options.signal?.aborted) {
                reject(abortError('Aborted before the request.'));
                return;
            }
            const entry: Queued = {
                tab,
                grant: run,
                cancel: (error) => reject(error)
            };
            options.signal?.addEventListener('abort', () => {
                const queue = this.queues.get(name) ?? [];
                if (!queue.includes(entry)) return;
                this.queues.set(
                    name,
                    queue.filter((candidate) => candidate !== entry)
                );
                entry.cancel(abortError('The request was aborted.'));
            });
            this.queues.set(name, [...(this.queues.get(name) ?? []), entry]);
        });
    }

    private grantNext(name: string): void {
        if (this.holders.has(name)) return;
        const queue = this.queues.get(name) ?? [];
        const next = queue.shift();
        this.queues.set(name, queue);
        next?.grant();
    }
}

/**
 * BroadcastChannel for fake tabs of one origin: a message reaches every other open channel of the same name
 * (never the sender), asynchronously and in order, as structured clones (here: JSON copies).
 */
export class FakeBroadcastHub {
    private readonly open = new Set<{ name: string; tab: string; deliver: (data: unknown) => void }>();
    /** Every message posted, in order, for assertions. */
    readonly posted: { readonly tab: string; readonly name: string; readonly data: unknown }[] = [];

    /** The `BroadcastChannel` constructor of one tab. */
    channelClass(tab: string): BroadcastChannelConstructor {
        // eslint-disable-next-line @typescript-eslint/no-this-alias
        const hub = this;
        return class implements BroadcastChannelLike {
            private readonly listeners = new Set<(event: { readonly data: unknown }) => void>();
            private readonly entry: { name: string; tab: string; deliver: (data: unknown) => void };
            private closed = false;

            constructor(readonly name: string) {
                this.entry = {
                    name,
                    tab,
                    deliver: (data) => {
                        for (const listener of [...this.listeners]) listener({ data });
                    }
                };
                hub.open.add(this.entry);
            }

            postMessage(message: unknown): void {
                if (this.closed) throw new DOMException('Channel is closed', 'InvalidStateError');
                hub.send(this.entry, message);
            }

            addEventListener(_type: 'message', listener: (event: { readonly data: unknown }) => void): void {
                this.listeners.add(listener);
            }

            removeEventListener(
                _type: 'message',
                listener: (event: { readonly data: unknown }) => void
            ): void {
                this.listeners.delete(listener);
            }

            close(): void {
                this.closed = true;
                hub.open.delete(this.entry);
            }
        };
    }

    /** Posts raw data on a channel name as if from another script of the origin (hostile-input tests). */
    inject(name: string, data: unknown): void {
        this.send({ name, tab: '(script)', deliver: () => undefined }, data);
    }

    /** The tab closed: its channels stop hearing. */
    closeTab(tab: string): void {
        for (const entry of [...this.open]) if (entry.tab === tab) this.open.delete(entry);
    }

    /** One channel of the tab stops hearing (its listener hangs), the others go on. */
    closeChannel(tab: string, name: string): void {
        for (const entry of [...this.open])
            if (entry.tab === tab && entry.name === name) this.open.delete(entry);
    }

    /** How many channels are open (leak checks). */
    get openCount(): number {
        return this.open.size;
    }

    private send(
        from: { name: string; tab: string; deliver: (data: unknown) => void },
        message: unknown
    ): void {
        const data: unknown = message === undefined ? undefined : JSON.parse(JSON.stringify(message));
        this.posted.push({ tab: from.tab, name: from.name, data });
        for (const entry of [...this.open]) {
            if (entry === from || entry.name !== from.name) continue;
            queueMicrotask(() => {
                if (this.open.has(entry)) entry.deliver(data);
            });
        }
    }
}
