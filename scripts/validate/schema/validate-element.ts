import { nearestName } from './nearest-name';
import { isOpaqueField } from './opaque-fields';
import { complexType, enumType } from './schema-model';
import type { ComplexTypeDef, FieldDef, MetadataSchema, ValueType } from './schema-model';
import type { XmlElement } from './xml-document';

/** Something wrong at a place in the source, before it is turned into a `Problem`. */
export interface Finding {
    /** Offset in the source text of the element the finding is about. */
    readonly offset: number;
    readonly message: string;
}

const XSI_PREFIX = 'xsi';
const XSD_NAMESPACE = 'http://www.w3.org/2001/XMLSchema';
const NUMBER_PATTERN = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;
const LISTED_NAMES = 12;

/** The XML Schema built-in types an `xsi:type` may name, as the value kinds this check knows. */
const XSD_VALUE_KINDS: Readonly<Record<string, 'string' | 'number' | 'boolean'>> = {
    string: 'string',
    anyURI: 'string',
    base64Binary: 'string',
    date: 'string',
    dateTime: 'string',
    time: 'string',
    boolean: 'boolean',
    int: 'number',
    integer: 'number',
    long: 'number',
    short: 'number',
    byte: 'number',
    decimal: 'number',
    double: 'number',
    float: 'number'
};

/** Namespace prefixes declared on an element and its ancestors (`xmlns:p="uri"`). */
export type NamespaceScope = ReadonlyMap<string, string>;

/**
 * Namespace scope after `element`'s own `xmlns:*` declarations.
 *
 * @param element - The element whose attributes may declare prefixes.
 * @param outer - The scope of its parent.
 */
export function enterScope(element: XmlElement, outer: NamespaceScope): NamespaceScope {
    let scope: Map<string, string> | undefined;
    for (const [attribute, value] of Object.entries(element.attributes)) {
        if (attribute.startsWith('xmlns:')) {
            scope ??= new Map(outer);
            scope.set(attribute.slice('xmlns:'.length), value);
        }
    }
    return scope ?? outer;
}

/**
 * Checks a document's root element (already known to be of `type`): namespace prefixes, stray text, and
 * everything below it.
 *
 * @param root - The root element.
 * @param type - The complex type the root stands for.
 * @param schema - The whole schema.
 * @returns What is wrong, in document order.
 */
export function validateRootElement(
    root: XmlElement,
    type: ComplexTypeDef,
    schema: MetadataSchema
): Finding[] {
    const findings: Finding[] = [];
    const scope = enterScope(root, new Map());
    checkPrefixes(root, scope, findings);
    const text = root.text.trim();
    if (text !== '') {
        findings.push({
            offset: root.offset,
            message: `root element \`<${root.name}>\` takes elements, not text; found \`${abbreviate(text)}\``
        });
    }
    validateComplexContent(root, type, schema, scope, findings);
    return findings;
}

/**
 * Checks the children of an element of a complex type against the type's fields: unknown names (with the
 * nearest valid name), single-valued fields given twice, and each child's content by its declared type.
 *
 * @param element - An element already known to be of `type`.
 * @param type - Its complex type.
 * @param schema - The whole schema, for field types.
 * @param scope - Namespace prefixes in scope at `element`.
 * @param findings - Receives what is wrong.
 */
export function validateComplexContent(
    element: XmlElement,
    type: ComplexTypeDef,
    schema: MetadataSchema,
    scope: NamespaceScope,
    findings: Finding[]
): void {
    const seen = new Set<string>();
    for (const child of element.children) {
        const childScope = enterScope(child, scope);
        checkPrefixes(child, childScope, findings);
        const field = type.fields.get(child.name);
        if (!field) {
            findings.push({ offset: child.offset, message: unknownElementMessage(child.name, type) });
            continue;
        }
        if (seen.has(child.name) && !field.isList) {
            findings.push({
                offset: child.offset,
                message:
                    `\`<${child.name}>\` appears more than once in ${type.name}, ` +
                    'but it holds a single value, not a list'
            });
        }
        seen.add(child.name);
        validateValue(child, field, type, schema, childScope, findings);
    }
}

function validateValue(
    element: XmlElement,
    field: FieldDef,
    owner: ComplexTypeDef,
    schema: MetadataSchema,
    scope: NamespaceScope,
    findings: Finding[]
): void {
    const where = `\`<${element.name}>\` of ${owner.name}`;
    const text = element.text.trim();
    if (isNil(element)) {
        if (element.children.length > 0 || text !== '') {
            findings.push({
                offset: element.offset,
                message: `${where} has xsi:nil="true" but is not empty`
            });
        }
        return;
    }
    const type = declaredOrXsiType(element, field.type, schema, scope, where, findings);
    if (
        !type ||
        type.kind === 'any' ||
        isOpaqueField(owner.name, field.name) ||
        isOpaqueField(field.declaredIn, field.name)
    ) {
        return;
    }
    if (type.kind === 'complex') {
        const complex = complexType(schema, type.name);
        if (text !== '') {
            findings.push({
                offset: element.offset,
                message: `${where} holds ${type.name} elements, not text; found \`${abbreviate(text)}\``
            });
        }
        if (complex) {
            validateComplexContent(element, complex, schema, scope, findings);
        }
        return;
    }
    const firstChild = element.children[0];
    if (firstChild) {
        findings.push({
            offset: firstChild.offset,
            message:
                `${where} is a ${describeKind(type)} and takes text, not child elements; ` +
                `found \`<${firstChild.name}>\``
        });
        return;
    }
    const problem = valueProblem(text, type, schema);
    if (problem) {
        findings.push({ offset: element.offset, message: `${where} ${problem}` });
    }
}

/** The type to check against: the field's, or the one `xsi:type` names. `undefined` after a finding. */
function declaredOrXsiType(
    element: XmlElement,
    declared: ValueType,
    schema: MetadataSchema,
    scope: NamespaceScope,
    where: string,
    findings: Finding[]
): ValueType | undefined {
    const xsiType = element.attributes[`${XSI_PREFIX}:type`];
    if (xsiType === undefined) {
        return declared;
    }
    const separator = xsiType.indexOf(':');
    const prefix = separator < 0 ? undefined : xsiType.slice(0, separator);
    const local = xsiType.slice(separator + 1);
    const isXsd =
        prefix !== undefined && (scope.get(prefix) === XSD_NAMESPACE || prefix === 'xsd' || prefix === 'xs');
    const xsdKind = isXsd ? XSD_VALUE_KINDS[local] : undefined;
    if (xsdKind) {
        return { kind: xsdKind };
    }
    const named = isXsd ? undefined : schema.types.get(local);
    if (named) {
        return { kind: named.kind, name: named.name };
    }
    findings.push({
        offset: element.offset,
        message: `${where} has xsi:type="${xsiType}", which names no Metadata API or XML Schema type`
    });
    return undefined;
}

function valueProblem(text: string, type: ValueType, schema: MetadataSchema): string | undefined {
    if (type.kind === 'boolean' && text !== 'true' && text !== 'false') {
        return `must be \`true\` or \`false\`; found ${quoted(text)}`;
    }
    if (type.kind === 'number' && !NUMBER_PATTERN.test(text)) {
        return `must be a number; found ${quoted(text)}`;
    }
    if (type.kind === 'enum') {
        const values = enumType(schema, type.name)?.values ?? [];
        if (values.length > 0 && !values.includes(text)) {
            const allowed = values.map((value) => `\`${value}\``).join(', ');
            if (text === '') {
                return `is empty but must be a ${type.name} value. Allowed: ${allowed}`;
            }
            const near = nearestName(text, values);
            const hint = near ? `; did you mean \`${near}\`?` : '.';
            return `has ${quoted(text)}, which is not a ${type.name} value${hint} Allowed: ${allowed}`;
        }
    }
    return undefined;
}

/** Message for an element name the type does not have, with the most useful hint available. */
function unknownElementMessage(name: string, type: ComplexTypeDef): string {
    const fieldNames = [...type.fields.keys()];
    const head = `\`<${name}>\` is not an element of ${type.name}`;
    const near = nearestName(name, fieldNames);
    if (near) {
        return `${head}; did you mean \`<${near}>\`?`;
    }
    if (type.fields.has('name') && type.fields.has('value')) {
        return (
            `${head}; did you mean \`<name>\`? ${type.name} is a name/value pair: ` +
            `write \`<name>${name}</name>\` and give the setting in \`<value>\``
        );
    }
    if (fieldNames.length === 0) {
        return `${head}; ${type.name} has no child elements`;
    }
    const listed = fieldNames.slice(0, LISTED_NAMES).map((field) => `\`<${field}>\``);
    const more = fieldNames.length > LISTED_NAMES ? `, … (${fieldNames.length} in all)` : '';
    return `${head}; it takes ${listed.join(', ')}${more}`;
}

/** Attributes and `xsi:` use need their prefix declared; an undeclared prefix is a namespace error. */
function checkPrefixes(element: XmlElement, scope: NamespaceScope, findings: Finding[]): void {
    for (const attribute of Object.keys(element.attributes)) {
        const separator = attribute.indexOf(':');
        if (separator < 0 || attribute.startsWith('xmlns')) {
            continue;
        }
        const prefix = attribute.slice(0, separator);
        if (prefix !== 'xml' && !scope.has(prefix)) {
            findings.push({
                offset: element.offset,
                message:
                    `\`<${element.name}>\` uses the attribute ${attribute} but the prefix ${prefix}: ` +
                    `is not declared (add xmlns:${prefix}="…" to the root element)`
            });
        }
    }
}

function isNil(element: XmlElement): boolean {
    const nil = element.attributes[`${XSI_PREFIX}:nil`];
    return nil === 'true' || nil === '1';
}

function describeKind(type: ValueType): string {
    return type.kind === 'enum' ? `${type.name} value` : type.kind;
}

function quoted(text: string): string {
    return text === '' ? 'nothing' : `\`${abbreviate(text)}\``;
}

function abbreviate(text: string): string {
    const oneLine = text.replace(/\s+/g, ' ');
    return oneLine.length > 60 ? `${oneLine.slice(0, 57)}...` : oneLine;
}
