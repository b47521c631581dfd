import type { OpenCtiHost } from '../cti';
import type { MessageChannelTransport } from './channel-link';

/**
 * The softphone's message channel in the Open CTI adapter page: Open CTI's own Lightning Message Service
 * methods (`sforce.opencti.subscribe` / `publish` / `unsubscribe`, API 47.0+), which the Open CTI guide
 * documents for softphones in their iframe, unlike Visualforce's `sforce.one` (see docs/message-channel.md).
 */
export function openCtiChannelTransport(host: OpenCtiHost, channelName: string): MessageChannelTransport {
    let subscription: { readonly value: unknown } | undefined;
    return {
        async subscribe(listener) {
            if (subscription) return;
            subscription = { value: await host.subscribeToChannel(channelName, listener) };
        },
        publish: (message) => host.publishToChannel(channelName, message),
        async unsubscribe() {
            if (!subscription) return;
            const { value } = subscription;
            subscription = undefined;
            await host.unsubscribeFromChannel(value);
        }
    };
}
