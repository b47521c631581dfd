/**
 * The shape of the Metadata API schema as this check sees it: named complex types with fields, and named
 * enumerations. Built from `@salesforce/types` by `build-schema.ts`; nothing here is hand-listed.
 */

/** What an element's content must be, as the schema declares it. */
export type ValueType =
    | { readonly kind: 'string' }
    | { readonly kind: 'number' }
    | { readonly kind: 'boolean' }
    /** Declared `any`/`unknown`, or a reference the declarations do not define: anything goes. */
    | { readonly kind: 'any' }
    | { readonly kind: 'enum'; readonly name: string }
    | { readonly kind: 'complex'; readonly name: string };

/** One element a complex type may contain. */
export interface FieldDef {
    readonly name: string;
    /** True when the declaration is an array (`T[]`), i.e. the element may repeat. */
    readonly isList: boolean;
    /** True when the declaration is optional (`field?: T`). */
    readonly optional: boolean;
    readonly type: ValueType;
    /** The type whose declaration introduced the field (a base type for inherited fields). */
    readonly declaredIn: string;
}

/** A type whose XML form is an element with child elements. */
export interface ComplexTypeDef {
    readonly kind: 'complex';
    readonly name: string;
    /** Every field, inherited ones included, by element name. */
    readonly fields: ReadonlyMap<string, FieldDef>;
    /** Types this one extends, nearest first (from `Base & {...}` intersections and `X = Base` aliases). */
    readonly bases: readonly string[];
    /** True when `Metadata` is among the bases, i.e. the type can be the root of a metadata file. */
    readonly isMetadata: boolean;
}

/** A string enumeration (`'A' | 'B'`). */
export interface EnumTypeDef {
    readonly kind: 'enum';
    readonly name: string;
    readonly values: readonly string[];
}

/** A named type of the schema. */
export type TypeDef = ComplexTypeDef | EnumTypeDef;

/** The whole derived schema. */
export interface MetadataSchema {
    readonly types: ReadonlyMap<string, TypeDef>;
    /** Where the declarations were read from. */
    readonly source: string;
    /** Milliseconds spent reading, parsing and resolving the declarations. */
    readonly deriveMs: number;
}

/** The complex type called `name`, or `undefined` when there is none. */
export function complexType(schema: MetadataSchema, name: string): ComplexTypeDef | undefined {
    const type = schema.types.get(name);
    return type?.kind === 'complex' ? type : undefined;
}

/** The enumeration called `name`, or `undefined` when there is none. */
export function enumType(schema: MetadataSchema, name: string): EnumTypeDef | undefined {
    const type = schema.types.get(name);
    return type?.kind === 'enum' ? type : undefined;
}
