/** Whether a value read from outside (storage, a message, an Open CTI answer) is an object with fields: not null, not an array. */
export function isRecord(value: unknown): value is Record<string, unknown> {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
