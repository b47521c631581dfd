/**
 * The console's Lightning Message Service: channels by API name, each with its subscribers. Everything on the
 * console page shares it: the softphone (through `sforce.opencti.subscribe` / `publish`), record-page
 * components and utility items. A message is a plain JSON object, delivered to every subscriber of its channel
 * (the publisher too) as a copy, later (a macrotask), never synchronously, as LMS delivers.
 */
export interface ConsoleMessageService {
    /** Starts delivering the channel's messages to `listener`; returns the subscription's id. */
    subscribe(channelName: string, listener: (message: Readonly<Record<string, unknown>>) => void): number;
    /** Ends a subscription; false when there is none with that id. */
    unsubscribe(subscription: number): boolean;
    /** Publishes `message` on the channel; throws when it is not a plain JSON object. */
    publish(channelName: string, message: unknown): void;
    /** Every message published on the channel so far, oldest first (the last 1000). */
    messages(channelName: string): readonly Readonly<Record<string, unknown>>[];
    /** How many subscriptions listen on the channel now. */
    subscriberCount(channelName: string): number;
}

const KEPT_MESSAGES = 1000;

/** Creates the console's message service; `schedule` runs deliveries later (`setTimeout(task, 0)` by default). */
export function createConsoleMessageService(
    schedule: (task: () => void) => void = (task) => void setTimeout(task, 0)
): ConsoleMessageService {
    const subscribers = new Map<
        number,
        { channelName: string; listener: (message: Readonly<Record<string, unknown>>) => void }
    >();
    const published = new Map<string, Readonly<Record<string, unknown>>[]>();
    let nextId = 1;
    return {
        subscribe(channelName, listener) {
            const id = nextId++;
            subscribers.set(id, { channelName, listener });
            return id;
        },
        unsubscribe: (subscription) => subscribers.delete(subscription),
        publish(channelName, message) {
            if (typeof message !== 'object' || message === null || Array.isArray(message)) {
                throw new TypeError('a Lightning message must be a plain object');
            }
            const copy = JSON.parse(JSON.stringify(message)) as Record<string, unknown>;
            const log = published.get(channelName) ?? [];
            log.push(copy);
            if (log.length > KEPT_MESSAGES) log.shift();
            published.set(channelName, log);
            for (const [id, entry] of subscribers) {
                if (entry.channelName !== channelName) continue;
                schedule(() => {
                    if (subscribers.has(id)) entry.listener(JSON.parse(JSON.stringify(copy)));
                });
            }
        },
        messages: (channelName) => [...(published.get(channelName) ?? [])],
        subscriberCount: (channelName) =>
            [...subscribers.values()].filter((entry) => entry.channelName === channelName).length
    };
}
