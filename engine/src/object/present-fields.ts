/** The keys of `T` whose value may be null or undefined. */
type AbsentKeys<T> = {
    [K in keyof T]-?: null extends T[K] ? K : undefined extends T[K] ? K : never;
}[keyof T];

/** `T` with the keys whose value may be null or undefined made optional, and never null or undefined when present. */
export type PresentFields<T> = { [K in Exclude<keyof T, AbsentKeys<T>>]: T[K] } & {
    [K in AbsentKeys<T>]?: NonNullable<T[K]>;
};

/**
 * `fields` without the keys whose value is null or undefined: for a view or a payload that leaves out what a
 * snapshot holds as null (no end cause yet, no disposition), as in
 * `{ id: call.callId, ...presentFields({ endCause: call.endCause, disposition: call.disposition }) }`.
 * {@link definedFields} keeps null values; use it where null means something.
 */
export function presentFields<T extends object>(fields: T): PresentFields<T> {
    const present: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(fields))
        if (value !== undefined && value !== null) present[key] = value;
    return present as PresentFields<T>;
}
