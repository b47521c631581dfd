import { FakeOpenCti } from '../../../../sim/test-support/fake-open-cti';

type Listener = (message: unknown) => void;
type Callback = (response: { success: boolean; returnValue: unknown; errors: unknown[] | null }) => void;

/**
 * The fake Open CTI with the Lightning Message Service methods of API 47.0+ (`subscribe`, `publish`,
 * `unsubscribe`): one in-memory bus per channel name that delivers every message to every subscriber, the
 * publisher's own too, asynchronously, as JSON copies (LMS messages are serialisable objects, never live ones).
 */
export class FakeLmsOpenCti extends FakeOpenCti {
    /** Every message published on each channel, in order, by anyone. */
    readonly published = new Map<string, unknown[]>();
    private readonly subscribers = new Map<number, { channelName: string; listener: Listener }>();
    private nextSubscription = 1;

    subscribe(args: { channelName: string; listener: Listener; callback?: Callback }): void {
        const id = this.nextSubscription++;
        this.subscribers.set(id, { channelName: args.channelName, listener: args.listener });
        queueMicrotask(() =>
            args.callback?.({ success: true, returnValue: { subscription: id }, errors: null })
        );
    }

    publish(args: { channelName: string; message: unknown; callback?: Callback }): void {
        this.deliver(args.channelName, args.message);
        queueMicrotask(() => args.callback?.({ success: true, returnValue: null, errors: null }));
    }

    unsubscribe(args: { subscription: unknown; callback?: Callback }): void {
        const id = (args.subscription as { subscription?: number } | null)?.subscription;
        const found = id !== undefined && this.subscribers.delete(id);
        queueMicrotask(() =>
            args.callback?.(
                found
                    ? { success: true, returnValue: null, errors: null }
                    : { success: false, returnValue: null, errors: [{ description: 'no such subscription' }] }
            )
        );
    }

    /** Another component on the page publishes `message` (a record page's button, the Omni utility). */
    publishFromPage(channelName: string, message: unknown): void {
        this.deliver(channelName, message);
    }

    /** How many subscriptions listen on `channelName` now. */
    subscriberCount(channelName: string): number {
        return [...this.subscribers.values()].filter((entry) => entry.channelName === channelName).length;
    }

    private deliver(channelName: string, message: unknown): void {
        const copy: unknown = JSON.parse(JSON.stringify(message));
        this.published.set(channelName, [...(this.published.get(channelName) ?? []), copy]);
        for (const entry of [...this.subscribers.values()]) {
            if (entry.channelName === channelName) queueMicrotask(() => entry.listener(copy));
        }
    }
}
