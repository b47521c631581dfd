import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { XMLValidator } from 'fast-xml-parser';
import ts from 'typescript';
import type { Check, Problem } from './problem';
import { hasComponent, projectComponents } from './project-components';
import type { ProjectComponent } from './project-components';
import { packageDirectories } from './project-files';

const CHECK = 'aura';

/** The Aura bundles of the package directories: every `aura/<Bundle>/` folder, relative to the root. */
function auraBundles(root: string): string[] {
    const bundles: string[] = [];
    for (const directory of packageDirectories(root)) {
        const absolute = path.join(root, directory);
        if (!existsSync(absolute)) continue;
        for (const entry of readdirSync(absolute, { withFileTypes: true, recursive: true })) {
            if (entry.isDirectory() && path.basename(entry.parentPath) === 'aura') {
                bundles.push(
                    path.relative(root, path.join(entry.parentPath, entry.name)).split(path.sep).join('/')
                );
            }
        }
    }
    return bundles.sort();
}

/** The names of an object literal's properties: the actions of `({ init: function () {...} })`. */
function objectLiteralKeys(file: string, text: string): { keys: string[]; problem?: string } {
    const source = ts.createSourceFile(file, text, ts.ScriptTarget.ES2020, true, ts.ScriptKind.JS);
    const diagnostics = (source as unknown as { parseDiagnostics?: ts.Diagnostic[] }).parseDiagnostics ?? [];
    if (diagnostics.length > 0) {
        return {
            keys: [],
            problem: `does not parse: ${ts.flattenDiagnosticMessageText(diagnostics[0]?.messageText ?? '', ' ')}`
        };
    }
    const [statement, ...rest] = source.statements;
    const expression =
        statement && ts.isExpressionStatement(statement) && ts.isParenthesizedExpression(statement.expression)
            ? statement.expression.expression
            : undefined;
    if (!expression || !ts.isObjectLiteralExpression(expression) || rest.length > 0) {
        return {
            keys: [],
            problem: 'must be one object literal in parentheses, `({ name: function (...) {...} })`'
        };
    }
    return {
        keys: expression.properties.flatMap((property) =>
            property.name && (ts.isIdentifier(property.name) || ts.isStringLiteral(property.name))
                ? [property.name.text]
                : []
        )
    };
}

function lineOf(text: string, index: number): number {
    return text.slice(0, index).split('\n').length;
}

/** The problems of one bundle. */
function checkBundle(root: string, bundle: string, components: readonly ProjectComponent[]): Problem[] {
    const problems: Problem[] = [];
    const name = path.basename(bundle);
    const markupFile = ['.cmp', '.app']
        .map((ext) => `${bundle}/${name}${ext}`)
        .find((file) => existsSync(path.join(root, file)));
    if (!markupFile)
        return [{ check: CHECK, file: bundle, message: `no ${name}.cmp or ${name}.app in the bundle` }];
    const markup = readFileSync(path.join(root, markupFile), 'utf8');
    const valid = XMLValidator.validate(markup);
    if (valid !== true) {
        return [
            {
                check: CHECK,
                file: markupFile,
                line: valid.err.line,
                column: valid.err.col,
                message: `malformed markup: ${valid.err.msg}`
            }
        ];
    }
    const problem = (message: string, index?: number): void => {
        problems.push({
            check: CHECK,
            file: markupFile,
            ...(index === undefined ? {} : { line: lineOf(markup, index) }),
            message
        });
    };
    // Custom components: `<c:name>` is an LWC bundle (camelCase) or an Aura bundle of the project.
    for (const match of markup.matchAll(/<c:(\w+)/g)) {
        const tag = match[1] ?? '';
        if (
            !hasComponent(components, 'LightningComponentBundle', tag) &&
            !hasComponent(components, 'AuraDefinitionBundle', tag)
        ) {
            problem(`<c:${tag}> is neither an LWC nor an Aura bundle of the project`, match.index);
        }
    }
    const controllerClass = /\bcontroller="([\w.]+)"/.exec(markup);
    if (controllerClass?.[1] !== undefined && !hasComponent(components, 'ApexClass', controllerClass[1])) {
        problem(
            `controller="${controllerClass[1]}" is not an Apex class of the project`,
            controllerClass.index
        );
    }
    // Client-side actions: every `{!c.action}` is a function of the controller; the controller and helper parse.
    const actions = new Set<string>();
    for (const part of ['Controller', 'Helper']) {
        const file = `${bundle}/${name}${part}.js`;
        if (!existsSync(path.join(root, file))) continue;
        const { keys, problem: parseProblem } = objectLiteralKeys(
            file,
            readFileSync(path.join(root, file), 'utf8')
        );
        if (parseProblem) problems.push({ check: CHECK, file, message: `${name}${part}.js ${parseProblem}` });
        if (part === 'Controller') for (const key of keys) actions.add(key);
    }
    for (const match of markup.matchAll(/\{!\s*c\.(\w+)\s*\}/g)) {
        const action = match[1] ?? '';
        if (!actions.has(action))
            problem(`{!c.${action}} has no function in ${name}Controller.js`, match.index);
    }
    return problems;
}

/**
 * Aura bundles (the Omni-Channel sync utility item): the platform compiles Aura only in an org, so this checks
 * offline what can break a deploy or a page: well-formed markup, `<c:...>` components and the Apex controller
 * in the project, controller and helper files that parse as the one object literal Aura expects, and a
 * controller function for every `{!c.action}` the markup names.
 */
export const checkAuraBundles: Check = async (root) => {
    const bundles = auraBundles(root);
    if (bundles.length === 0) return [];
    const components = projectComponents(root);
    return bundles.flatMap((bundle) => checkBundle(root, bundle, components));
};
