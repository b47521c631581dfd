import { XMLParser, XMLValidator } from 'fast-xml-parser';

/** One element of a parsed document, children in document order. */
export interface XmlElement {
    readonly name: string;
    readonly attributes: Readonly<Record<string, string>>;
    readonly children: readonly XmlElement[];
    /** Text and CDATA directly inside the element, concatenated, entities decoded, not trimmed. */
    readonly text: string;
    /** Offset of the element's `<` in the source text. */
    readonly offset: number;
}

/** Result of {@link parseXmlDocument}: the top-level elements, or why the text is not well-formed. */
export type XmlDocument =
    | { readonly ok: true; readonly roots: readonly XmlElement[] }
    | { readonly ok: false; readonly message: string; readonly line?: number; readonly column?: number };

type OrderedNode = Record<string, unknown>;

const ATTRIBUTES_KEY = ':@';
const TEXT_KEY = '#text';
const metaDataSymbol = XMLParser.getMetaDataSymbol();

const parser = new XMLParser({
    preserveOrder: true,
    captureMetaData: true,
    ignoreAttributes: false,
    attributeNamePrefix: '',
    parseTagValue: false,
    parseAttributeValue: false,
    trimValues: false,
    ignoreDeclaration: true,
    ignorePiTags: true
});

/**
 * Checks well-formedness with fast-xml-parser's `XMLValidator` (which reports line and column), then parses
 * with `XMLParser` keeping element order and each element's start offset (`captureMetaData`).
 *
 * @param text - The XML source.
 */
export function parseXmlDocument(text: string): XmlDocument {
    const validation = XMLValidator.validate(text, { allowBooleanAttributes: false });
    if (validation !== true) {
        const { msg, line, col } = validation.err;
        return {
            ok: false,
            message: msg,
            ...(typeof line === 'number' ? { line } : {}),
            ...(typeof col === 'number' ? { column: col } : {})
        };
    }
    let parsed: unknown;
    try {
        parsed = parser.parse(text);
    } catch (error) {
        return { ok: false, message: error instanceof Error ? error.message : String(error) };
    }
    return { ok: true, roots: Array.isArray(parsed) ? toElements(parsed as OrderedNode[]) : [] };
}

function toElements(nodes: readonly OrderedNode[]): XmlElement[] {
    const elements: XmlElement[] = [];
    for (const node of nodes) {
        const name = Object.keys(node).find((key) => key !== ATTRIBUTES_KEY && key !== TEXT_KEY);
        const content = name === undefined ? undefined : node[name];
        if (name === undefined || !Array.isArray(content) || name.startsWith('?') || name.startsWith('!')) {
            continue;
        }
        const children = content as OrderedNode[];
        elements.push({
            name,
            attributes: attributesOf(node[ATTRIBUTES_KEY]),
            children: toElements(children),
            text: children.map(textOf).join(''),
            offset: offsetOf(node)
        });
    }
    return elements;
}

/** Text of a text node, or of a CDATA section when the parser keeps one as its own node. */
function textOf(node: OrderedNode): string {
    const value = node[TEXT_KEY];
    return typeof value === 'string' || typeof value === 'number' ? String(value) : '';
}

function attributesOf(value: unknown): Record<string, string> {
    const attributes: Record<string, string> = {};
    if (value && typeof value === 'object') {
        for (const [key, attribute] of Object.entries(value as Record<string, unknown>)) {
            attributes[key] = String(attribute);
        }
    }
    return attributes;
}

function offsetOf(node: OrderedNode): number {
    const meta = (node as Record<symbol, unknown>)[metaDataSymbol as symbol] as
        { startIndex?: unknown } | undefined;
    return typeof meta?.startIndex === 'number' ? meta.startIndex : 0;
}
