/** Marks the simulator's messages between the console window and the utility panel's frame. */
export const SIMULATOR_CHANNEL = 'softphone-simulator';

/** A decoded message: its `type` and its other fields, not yet checked. */
export type FrameMessageFields = Readonly<Record<string, unknown>> & { readonly type: string };

/**
 * Serialises a message for `postMessage` as JSON text on the simulator's channel. Only data crosses the
 * frames, never functions or live objects, as with Open CTI's own cross-frame messages.
 */
export function encodeFrameMessage<M extends { readonly type: string }>(message: M): string {
    return JSON.stringify({ ...message, channel: SIMULATOR_CHANNEL });
}

/** Reads a posted message: its fields, or `undefined` unless it is JSON text on the simulator's channel. */
export function decodeFrameMessage(raw: unknown): FrameMessageFields | undefined {
    if (typeof raw !== 'string') return undefined;
    let data: unknown;
    try {
        data = JSON.parse(raw);
    } catch {
        return undefined;
    }
    if (typeof data !== 'object' || data === null || Array.isArray(data)) return undefined;
    const fields = data as Record<string, unknown>;
    if (fields.channel !== SIMULATOR_CHANNEL || typeof fields.type !== 'string') return undefined;
    return fields as FrameMessageFields;
}

/** A plain object (not null, not an array). */
export function isPlainRecord(value: unknown): value is Readonly<Record<string, unknown>> {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A whole number ≥ 0, as message ids are. */
export function isMessageId(value: unknown): value is number {
    return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;
}
