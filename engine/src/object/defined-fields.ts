/** The keys of `T` whose value may be undefined. */
type UndefinedKeys<T> = { [K in keyof T]-?: undefined extends T[K] ? K : never }[keyof T];

/** `T` with the keys whose value may be undefined made optional, and never undefined when present. */
export type DefinedFields<T> = { [K in Exclude<keyof T, UndefinedKeys<T>>]: T[K] } & {
    [K in UndefinedKeys<T>]?: Exclude<T[K], undefined>;
};

/**
 * `fields` without the keys whose value is undefined: spread into an object whose optional properties must be
 * absent rather than undefined (`exactOptionalPropertyTypes`, and JSON that carries no empty keys), as in
 * `{ id: record.id, ...definedFields({ name: record.name, objectType: record.objectType }) }`.
 */
export function definedFields<T extends object>(fields: T): DefinedFields<T> {
    const defined: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(fields)) if (value !== undefined) defined[key] = value;
    return defined as DefinedFields<T>;
}
