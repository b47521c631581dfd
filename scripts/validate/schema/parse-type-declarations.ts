import * as ts from 'typescript';

/**
 * A type expression from the declarations file, reduced to the forms `@salesforce/types` uses:
 * keywords, string-literal unions, references, object literals and intersections of those.
 */
export type RawType =
    | { readonly kind: 'primitive'; readonly primitive: 'string' | 'number' | 'boolean' | 'any' }
    | { readonly kind: 'literals'; readonly values: readonly string[] }
    | { readonly kind: 'reference'; readonly name: string }
    | { readonly kind: 'object'; readonly members: readonly RawMember[] }
    | { readonly kind: 'intersection'; readonly parts: readonly RawType[] }
    | { readonly kind: 'unsupported'; readonly text: string };

/** One property of an object literal type. */
export interface RawMember {
    readonly name: string;
    readonly optional: boolean;
    /** True for `T[]`, `Array<T>` and `ReadonlyArray<T>`. */
    readonly isList: boolean;
    readonly type: RawType;
}

/** `export type Name = ...` (or an interface) as found in the file. */
export interface RawDeclaration {
    readonly name: string;
    readonly type: RawType;
}

/**
 * Reads every type alias and interface of a TypeScript declarations file with the TypeScript compiler API
 * (syntax only; no type checker, so it is fast and needs no compiler host).
 *
 * @param fileName - Name used in diagnostics; the text is not read from disk here.
 * @param text - The `.d.ts` source.
 * @returns The declarations in source order.
 */
export function parseTypeDeclarations(fileName: string, text: string): RawDeclaration[] {
    const sourceFile = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, false, ts.ScriptKind.TS);
    const declarations: RawDeclaration[] = [];
    for (const statement of sourceFile.statements) {
        if (ts.isTypeAliasDeclaration(statement)) {
            declarations.push({ name: statement.name.text, type: toRawType(statement.type, sourceFile) });
        } else if (ts.isInterfaceDeclaration(statement)) {
            declarations.push({ name: statement.name.text, type: interfaceType(statement, sourceFile) });
        }
    }
    return declarations;
}

function interfaceType(node: ts.InterfaceDeclaration, sourceFile: ts.SourceFile): RawType {
    const own: RawType = { kind: 'object', members: membersOf(node.members, sourceFile) };
    const bases: RawType[] = [];
    for (const clause of node.heritageClauses ?? []) {
        for (const base of clause.types) {
            bases.push(
                ts.isIdentifier(base.expression)
                    ? { kind: 'reference', name: base.expression.text }
                    : { kind: 'unsupported', text: base.getText(sourceFile) }
            );
        }
    }
    return bases.length === 0 ? own : { kind: 'intersection', parts: [...bases, own] };
}

function toRawType(node: ts.TypeNode, sourceFile: ts.SourceFile): RawType {
    if (ts.isParenthesizedTypeNode(node)) {
        return toRawType(node.type, sourceFile);
    }
    switch (node.kind) {
        case ts.SyntaxKind.StringKeyword:
            return { kind: 'primitive', primitive: 'string' };
        case ts.SyntaxKind.NumberKeyword:
        case ts.SyntaxKind.BigIntKeyword:
            return { kind: 'primitive', primitive: 'number' };
        case ts.SyntaxKind.BooleanKeyword:
            return { kind: 'primitive', primitive: 'boolean' };
        case ts.SyntaxKind.AnyKeyword:
        case ts.SyntaxKind.UnknownKeyword:
        case ts.SyntaxKind.ObjectKeyword:
            return { kind: 'primitive', primitive: 'any' };
        default:
            break;
    }
    if (ts.isLiteralTypeNode(node) && ts.isStringLiteral(node.literal)) {
        return { kind: 'literals', values: [node.literal.text] };
    }
    if (ts.isTypeReferenceNode(node) && ts.isIdentifier(node.typeName) && !node.typeArguments) {
        return { kind: 'reference', name: node.typeName.text };
    }
    if (ts.isTypeLiteralNode(node)) {
        return { kind: 'object', members: membersOf(node.members, sourceFile) };
    }
    if (ts.isIntersectionTypeNode(node)) {
        return { kind: 'intersection', parts: node.types.map((part) => toRawType(part, sourceFile)) };
    }
    if (ts.isUnionTypeNode(node)) {
        return unionType(node, sourceFile);
    }
    return { kind: 'unsupported', text: node.getText(sourceFile) };
}

/** `'A' | 'B'` becomes literals; `T | null | undefined` becomes `T`; anything else is unsupported. */
function unionType(node: ts.UnionTypeNode, sourceFile: ts.SourceFile): RawType {
    const parts = node.types.filter((part) => !isNullish(part));
    if (parts.length === 1 && parts[0]) {
        return toRawType(parts[0], sourceFile);
    }
    const values: string[] = [];
    for (const part of parts) {
        if (!(ts.isLiteralTypeNode(part) && ts.isStringLiteral(part.literal))) {
            return { kind: 'unsupported', text: node.getText(sourceFile) };
        }
        values.push(part.literal.text);
    }
    return { kind: 'literals', values };
}

function isNullish(node: ts.TypeNode): boolean {
    return (
        node.kind === ts.SyntaxKind.UndefinedKeyword ||
        (ts.isLiteralTypeNode(node) && node.literal.kind === ts.SyntaxKind.NullKeyword)
    );
}

function membersOf(members: ts.NodeArray<ts.TypeElement>, sourceFile: ts.SourceFile): RawMember[] {
    const result: RawMember[] = [];
    for (const member of members) {
        if (!ts.isPropertySignature(member) || !member.type) {
            continue;
        }
        const name = propertyName(member.name);
        if (name === undefined) {
            continue;
        }
        const { element, isList } = unwrapList(member.type);
        result.push({
            name,
            optional: member.questionToken !== undefined,
            isList,
            type: toRawType(element, sourceFile)
        });
    }
    return result;
}

function propertyName(name: ts.PropertyName): string | undefined {
    if (ts.isIdentifier(name) || ts.isStringLiteral(name) || ts.isNumericLiteral(name)) {
        return name.text;
    }
    return undefined;
}

/** Peels `(T[] | null)`, `Array<T>` and `ReadonlyArray<T>` down to the element type. */
function unwrapList(node: ts.TypeNode): { element: ts.TypeNode; isList: boolean } {
    let current = stripNullish(node);
    if (ts.isTypeOperatorNode(current) && current.operator === ts.SyntaxKind.ReadonlyKeyword) {
        current = current.type;
    }
    if (ts.isArrayTypeNode(current)) {
        return { element: current.elementType, isList: true };
    }
    if (
        ts.isTypeReferenceNode(current) &&
        ts.isIdentifier(current.typeName) &&
        (current.typeName.text === 'Array' || current.typeName.text === 'ReadonlyArray') &&
        current.typeArguments?.length === 1 &&
        current.typeArguments[0]
    ) {
        return { element: current.typeArguments[0], isList: true };
    }
    return { element: current, isList: false };
}

function stripNullish(node: ts.TypeNode): ts.TypeNode {
    if (ts.isParenthesizedTypeNode(node)) {
        return stripNullish(node.type);
    }
    if (ts.isUnionTypeNode(node)) {
        const parts = node.types.filter((part) => !isNullish(part));
        if (parts.length === 1 && parts[0]) {
            return stripNullish(parts[0]);
        }
    }
    return node;
}
