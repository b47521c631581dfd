// Scoped modules that the Lightning platform (and sfdx-lwc-jest) resolve at build time.
declare module '@salesforce/label/*' {
    const label: string;
    export default label;
}

declare module '@salesforce/apex/*' {
    const apexMethod: (params?: Record<string, unknown>) => Promise<unknown>;
    export default apexMethod;
}

declare module '@salesforce/resourceUrl/*' {
    const url: string;
    export default url;
}

declare module '@salesforce/messageChannel/*' {
    const channel: unknown;
    export default channel;
}

// Lightning Message Service (https://developer.salesforce.com/docs/platform/lwc/guide/use-message-channel.html).
declare module 'lightning/messageService' {
    import type { WireAdapterConstructor } from 'lwc';
    export const APPLICATION_SCOPE: unknown;
    export const MessageContext: WireAdapterConstructor;
    export interface MessageSubscription {
        readonly __brand?: 'MessageSubscription';
    }
    export function publish(context: unknown, channel: unknown, message?: Record<string, unknown>): void;
    export function subscribe(
        context: unknown,
        channel: unknown,
        listener: (message: unknown) => void,
        options?: { scope?: unknown }
    ): MessageSubscription;
    export function unsubscribe(subscription: MessageSubscription): void;
}

// Lightning Data Service: the record a record-page component sits on.
declare module 'lightning/uiRecordApi' {
    import type { WireAdapterConstructor } from 'lwc';
    export const getRecord: WireAdapterConstructor;
    export function getFieldValue(record: unknown, field: string): unknown;
}
