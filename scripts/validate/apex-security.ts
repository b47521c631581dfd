import { readFile } from 'node:fs/promises';
import * as path from 'node:path';
import { findApexSources } from './apex/apex-sources';
import type { Check, Problem } from './problem';

/**
 * The project's Apex security rules, which PMD's rules do not enforce all of:
 *
 * - every top-level class declares `with sharing` or `inherited sharing`; nothing runs `without sharing`;
 * - outside tests, every SOQL and SOSL query says `WITH USER_MODE`, or `WITH SYSTEM_MODE` with a reason in
 *   its method's ApexDoc that names SYSTEM_MODE;
 * - outside tests, every DML statement runs `as user`, and `Database` DML passes `AccessLevel.USER_MODE`;
 * - outside tests, no dynamic SOQL or SOSL (`Database.query`, `Search.query` and the like): a query built
 *   from text can be built from input.
 *
 * The rules read the source with comments and string literals blanked out, so text in either never counts.
 *
 * @public
 */
export const checkApexSecurity: Check = async (root) => {
    const problems: Problem[] = [];
    for (const file of findApexSources(root)) {
        if (path.extname(file) !== '.cls') continue;
        const source = await readFile(file, 'utf8');
        const relative = path.relative(root, file).split(path.sep).join('/');
        for (const finding of findApexSecurityProblems(source)) {
            problems.push({
                check: 'apex-security',
                file: relative,
                line: finding.line,
                message: finding.message
            });
        }
    }
    return problems;
};

/** One rule broken, at a line (counted from 1). */
export interface ApexSecurityFinding {
    readonly line: number;
    readonly message: string;
}

/** `source` with comments and string literals replaced by spaces (line breaks kept, so lines still count). */
export function blankCommentsAndStrings(source: string): string {
    let result = '';
    let index = 0;
    const blank = (text: string): string => text.replace(/[^\n]/g, ' ');
    while (index < source.length) {
        const rest = source.slice(index, index + 2);
        if (rest === '//') {
            const end = source.indexOf('\n', index);
            const stop = end === -1 ? source.length : end;
            result += blank(source.slice(index, stop));
            index = stop;
        } else if (rest === '/*') {
            const end = source.indexOf('*/', index + 2);
            const stop = end === -1 ? source.length : end + 2;
            result += blank(source.slice(index, stop));
            index = stop;
        } else if (source[index] === "'") {
            let stop = index + 1;
            while (stop < source.length && source[stop] !== "'") stop += source[stop] === '\\' ? 2 : 1;
            stop = Math.min(stop + 1, source.length);
            result += `'${blank(source.slice(index + 1, stop - 1))}'`;
            index = stop;
        } else {
            result += source[index];
            index += 1;
        }
    }
    return result;
}

function lineAt(text: string, offset: number): number {
    let line = 1;
    for (let index = 0; index < offset; index++) if (text.charCodeAt(index) === 10) line += 1;
    return line;
}

/** The end of the bracketed expression that starts at `open` (`[`), or the end of the text. */
function closingBracket(text: string, open: number): number {
    let depth = 0;
    for (let index = open; index < text.length; index++) {
        if (text[index] === '[') depth += 1;
        else if (text[index] === ']' && --depth === 0) return index;
    }
    return text.length;
}

/** The ApexDoc comment (`/** ... *\/`) nearest before `offset` in the original source, or ''. */
function docBefore(source: string, offset: number): string {
    const start = source.lastIndexOf('/**', offset);
    if (start === -1) return '';
    const end = source.indexOf('*/', start);
    return end === -1 || end > offset ? '' : source.slice(start, end);
}

const DYNAMIC_QUERY =
    /\b(Database\s*\.\s*(query|queryWithBinds|countQuery|countQueryWithBinds|getQueryLocator|getQueryLocatorWithBinds)|Search\s*\.\s*(query|find))\s*\(/gi;
const DML_STATEMENT = /(^|[;{}])\s*(insert|update|upsert|delete|undelete|merge)\b(?!\s*\()/gim;
const DATABASE_DML = /\bDatabase\s*\.\s*(insert|update|upsert|delete|undelete|merge)\s*\(/gi;

/**
 * The security rules `source` (one Apex class) breaks. Exported for tests; {@link checkApexSecurity} runs it
 * on every class of the project.
 */
export function findApexSecurityProblems(source: string): ApexSecurityFinding[] {
    const code = blankCommentsAndStrings(source);
    const findings: ApexSecurityFinding[] = [];
    const at = (offset: number, message: string): void => {
        findings.push({ line: lineAt(code, offset), message });
    };

    const declaration = /\bclass\s+\w+/i.exec(code);
    if (declaration) {
        const modifiers = code.slice(0, declaration.index);
        if (!/\b(with|inherited)\s+sharing\b/i.test(modifiers)) {
            at(declaration.index, 'The class must declare `with sharing` (or `inherited sharing`).');
        }
    }
    for (const match of code.matchAll(/\bwithout\s+sharing\b/gi)) {
        at(match.index, '`without sharing` bypasses record sharing; use `with sharing`.');
    }
    const isTest = declaration !== null && /@\s*isTest\b/i.test(code.slice(0, declaration.index));
    if (isTest) return findings;

    for (const match of code.matchAll(/\[\s*(SELECT|FIND)\b/gi)) {
        const query = code.slice(match.index, closingBracket(code, match.index) + 1);
        if (/\bWITH\s+USER_MODE\b/i.test(query)) continue;
        if (/\bWITH\s+SYSTEM_MODE\b/i.test(query)) {
            if (!/SYSTEM_MODE/.test(docBefore(source, match.index))) {
                at(
                    match.index,
                    'A `WITH SYSTEM_MODE` query needs a reason in its method ApexDoc that names SYSTEM_MODE.'
                );
            }
            continue;
        }
        at(match.index, 'The query must run `WITH USER_MODE` (field and object access of the user).');
    }
    for (const match of code.matchAll(DYNAMIC_QUERY)) {
        at(
            match.index,
            `No dynamic SOQL or SOSL (${match[1]?.replace(/\s+/g, '')}): write the query inline with binds.`
        );
    }
    for (const match of code.matchAll(DML_STATEMENT)) {
        const keyword = match[2] ?? '';
        const statementStart = match.index + match[0].length - keyword.length;
        const after = code.slice(statementStart + keyword.length);
        if (!/^\s*as\s+user\b/i.test(after)) {
            at(statementStart, `DML must run as the user: write \`${match[2]?.toLowerCase()} as user\`.`);
        }
    }
    for (const match of code.matchAll(DATABASE_DML)) {
        const call = code.slice(match.index, code.indexOf(';', match.index));
        if (!/AccessLevel\s*\.\s*USER_MODE/i.test(call)) {
            at(match.index, `Database.${match[1]} must pass AccessLevel.USER_MODE.`);
        }
    }
    return findings.sort((a, b) => a.line - b.line);
}
