import type { RawDeclaration, RawMember, RawType } from './parse-type-declarations';
import type { ComplexTypeDef, EnumTypeDef, FieldDef, TypeDef, ValueType } from './schema-model';

/** Name of the base type every top-level metadata type extends in `@salesforce/types`. */
export const METADATA_BASE_TYPE = 'Metadata';

/** Built-in TypeScript types the declarations use for values written as text in XML (dates, times). */
const BUILT_IN_TEXT_TYPES: ReadonlySet<string> = new Set(['Date']);

type Classification =
    | { readonly kind: 'complex' }
    | { readonly kind: 'enum'; readonly values: readonly string[] }
    | { readonly kind: 'string' | 'number' | 'boolean' | 'any' };

interface Shape {
    readonly fields: Map<string, FieldDef>;
    readonly bases: string[];
}

/**
 * Resolves raw declarations into named complex types and enumerations: follows `Base & {...}`
 * intersections and `X = Y` aliases so each complex type lists its inherited fields, and turns each
 * field's declared type into a {@link ValueType}. Aliases of primitives (`X = string`) are not types of
 * their own; fields that use them get the primitive.
 *
 * @param declarations - Output of `parseTypeDeclarations`.
 * @returns Every complex type and enumeration, by name.
 */
export function buildSchemaTypes(declarations: readonly RawDeclaration[]): Map<string, TypeDef> {
    return new SchemaBuilder(declarations).build();
}

class SchemaBuilder {
    private readonly declared = new Map<string, RawType>();
    private readonly classifications = new Map<string, Classification>();
    private readonly shapes = new Map<string, Shape>();
    private readonly types = new Map<string, TypeDef>();

    public constructor(declarations: readonly RawDeclaration[]) {
        for (const declaration of declarations) {
            this.declared.set(declaration.name, declaration.type);
        }
    }

    public build(): Map<string, TypeDef> {
        for (const name of this.declared.keys()) {
            const classification = this.classify(name, new Set());
            if (classification.kind === 'enum') {
                this.types.set(name, { kind: 'enum', name, values: classification.values });
            } else if (classification.kind === 'complex') {
                this.types.set(name, this.complexTypeDef(name));
            }
        }
        return this.types;
    }

    private complexTypeDef(name: string): ComplexTypeDef {
        const shape = this.shapeOf(name, new Set());
        return {
            kind: 'complex',
            name,
            fields: shape.fields,
            bases: shape.bases,
            isMetadata: name === METADATA_BASE_TYPE || shape.bases.includes(METADATA_BASE_TYPE)
        };
    }

    /** What a declared name stands for, following aliases; undeclared or circular names are `any`
     * (`Date` is text). */
    private classify(name: string, visiting: Set<string>): Classification {
        const known = this.classifications.get(name);
        if (known) {
            return known;
        }
        const raw = this.declared.get(name);
        if (!raw || visiting.has(name)) {
            return { kind: BUILT_IN_TEXT_TYPES.has(name) ? 'string' : 'any' };
        }
        visiting.add(name);
        const classification = this.classifyRaw(raw, visiting);
        visiting.delete(name);
        this.classifications.set(name, classification);
        return classification;
    }

    private classifyRaw(raw: RawType, visiting: Set<string>): Classification {
        switch (raw.kind) {
            case 'primitive':
                return { kind: raw.primitive };
            case 'literals':
                return { kind: 'enum', values: raw.values };
            case 'reference':
                return this.classify(raw.name, visiting);
            case 'object':
            case 'intersection':
                return { kind: 'complex' };
            default:
                return { kind: 'any' };
        }
    }

    /** Fields and bases of a complex declared type, inherited fields first. */
    private shapeOf(name: string, visiting: Set<string>): Shape {
        const known = this.shapes.get(name);
        if (known) {
            return known;
        }
        const shape: Shape = { fields: new Map(), bases: [] };
        const raw = this.declared.get(name);
        if (raw && !visiting.has(name)) {
            visiting.add(name);
            this.addToShape(shape, raw, name, visiting);
            visiting.delete(name);
        }
        this.shapes.set(name, shape);
        return shape;
    }

    private addToShape(shape: Shape, raw: RawType, owner: string, visiting: Set<string>): void {
        if (raw.kind === 'reference') {
            if (this.classify(raw.name, new Set()).kind !== 'complex') {
                return;
            }
            const base = this.shapeOf(raw.name, visiting);
            for (const name of [raw.name, ...base.bases]) {
                if (!shape.bases.includes(name)) {
                    shape.bases.push(name);
                }
            }
            for (const [fieldName, field] of base.fields) {
                shape.fields.set(fieldName, field);
            }
        } else if (raw.kind === 'intersection') {
            for (const part of raw.parts) {
                this.addToShape(shape, part, owner, visiting);
            }
        } else if (raw.kind === 'object') {
            for (const member of raw.members) {
                shape.fields.set(member.name, this.fieldDef(member, owner));
            }
        }
    }

    private fieldDef(member: RawMember, owner: string): FieldDef {
        return {
            name: member.name,
            isList: member.isList,
            optional: member.optional,
            type: this.valueType(member.type, `${owner}.${member.name}`),
            declaredIn: owner
        };
    }

    /** The value type of a field; inline enums and inline object types become types named `Owner.field`. */
    private valueType(raw: RawType, inlineName: string): ValueType {
        switch (raw.kind) {
            case 'primitive':
                return { kind: raw.primitive };
            case 'literals': {
                const inline: EnumTypeDef = { kind: 'enum', name: inlineName, values: raw.values };
                this.types.set(inlineName, inline);
                return { kind: 'enum', name: inlineName };
            }
            case 'reference': {
                const classification = this.classify(raw.name, new Set());
                if (classification.kind === 'complex' || classification.kind === 'enum') {
                    return { kind: classification.kind, name: raw.name };
                }
                return { kind: classification.kind };
            }
            case 'object':
            case 'intersection': {
                this.declared.set(inlineName, raw);
                this.classifications.set(inlineName, { kind: 'complex' });
                this.types.set(inlineName, this.complexTypeDef(inlineName));
                return { kind: 'complex', name: inlineName };
            }
            default:
                return { kind: 'any' };
        }
    }
}
