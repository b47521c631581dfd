import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Problem } from '../problem';
import { listFiles } from '../project-files';
import { SUPPRESSIONS_FILE } from './suppressions';
import type { InlineSuppressionEntry } from './suppressions';

const APEX_AND_VISUALFORCE = new Set(['.cls', '.trigger', '.page', '.component']);
const SCRIPT_AND_MARKUP = new Set(['.js', '.mjs', '.cjs', '.ts', '.html']);

/** A comment or annotation in the code that keeps an engine from reporting a finding. */
export interface InlineSuppression {
    /** Path relative to the project root, with `/` separators. */
    readonly file: string;
    readonly line: number;
    /** The one scan rule it silences, as `engine:rule`; undefined for a blanket suppression. */
    readonly rule: string | undefined;
    /** What it is and what it silences, in words. */
    readonly description: string;
}

/**
 * Finds inline comments and annotations that keep the engines from reporting scan findings: blanket ones
 * (`NOPMD`, `@SuppressWarnings('PMD')`, an `eslint-disable` without rule names, any Graph Engine `sfge-disable`
 * directive, since every Graph Engine rule of the scan is a security rule), and rule-specific ones of a rule
 * the scan selects (`@SuppressWarnings('PMD.ApexCRUDViolation')`, `eslint-disable-next-line
 * @lwc/lwc/no-inner-html`). Rule-specific suppressions of rules the scan does not run
 * (`@SuppressWarnings('PMD.AvoidGlobalModifier')`) are not its business. Code Analyzer's own suppression
 * markers need no search: the scan turns them off.
 *
 * @param root - the project folder
 * @param paths - the scanned workspace: files and folders, absolute
 * @param selectedRules - the `engine:rule` names the scan runs
 */
export function findInlineSuppressions(
    root: string,
    paths: readonly string[],
    selectedRules: Iterable<string>
): InlineSuppression[] {
    const selected = new Map([...selectedRules].map((rule) => [rule.toLowerCase(), rule]));
    const found: InlineSuppression[] = [];
    for (const file of paths.flatMap((entry) =>
        statSync(entry).isDirectory() ? listFiles(entry) : [entry]
    )) {
        const extension = path.extname(file).toLowerCase();
        const apex = APEX_AND_VISUALFORCE.has(extension);
        if (!apex && !SCRIPT_AND_MARKUP.has(extension)) continue;
        const relative = path.relative(root, file).split(path.sep).join('/');
        readFileSync(file, 'utf8')
            .split('\n')
            .forEach((text, index) => {
                const onLine = apex ? apexSuppressions(text, selected) : scriptSuppressions(text, selected);
                for (const { rule, description } of onLine) {
                    found.push({ file: relative, line: index + 1, rule, description });
                }
            });
    }
    return found;
}

/**
 * Blanket inline suppressions always fail. A rule-specific one passes only when {@link SUPPRESSIONS_FILE} lists it
 * under `inline` with its reason, so that one file names every finding the project accepts; an `inline` entry
 * that matches no suppression in the code fails too.
 */
export function checkInlineSuppressions(
    found: readonly InlineSuppression[],
    listed: readonly InlineSuppressionEntry[]
): Problem[] {
    const problems: Problem[] = [];
    for (const suppression of found) {
        const isListed =
            suppression.rule !== undefined &&
            listed.some((entry) => entry.file === suppression.file && sameRule(entry.rule, suppression.rule));
        if (isListed) continue;
        problems.push({
            check: 'code-analyzer',
            file: suppression.file,
            line: suppression.line,
            message:
                suppression.rule === undefined
                    ? `inline suppression: ${suppression.description}; name the one rule it is for, or fix the finding`
                    : `inline suppression: ${suppression.description}; fix the finding, or list it under "inline" ` +
                      `in ${SUPPRESSIONS_FILE} with the reason`
        });
    }
    listed.forEach((entry, index) => {
        const inCode = found.some(
            (suppression) => suppression.file === entry.file && sameRule(entry.rule, suppression.rule)
        );
        if (!inCode) {
            problems.push({
                check: 'code-analyzer',
                file: SUPPRESSIONS_FILE,
                message: `inline[${index}] (${entry.rule} in ${entry.file}): no such inline suppression in the file; remove the entry`
            });
        }
    });
    return problems;
}

function sameRule(a: string, b: string | undefined): boolean {
    return a.toLowerCase() === b?.toLowerCase();
}

interface Found {
    readonly rule: string | undefined;
    readonly description: string;
}

function apexSuppressions(line: string, selected: ReadonlyMap<string, string>): Found[] {
    const found: Found[] = [];
    if (/\bNOPMD\b/.test(line))
        found.push({ rule: undefined, description: 'NOPMD silences every PMD rule on its line' });
    if (/sfge-disable/.test(line)) {
        found.push({ rule: undefined, description: 'sfge-disable hides Graph Engine security findings' });
    }
    for (const match of line.matchAll(/@SuppressWarnings\s*\(\s*'([^']*)'\s*\)/gi)) {
        for (const name of (match[1] ?? '').split(',').map((part) => part.trim())) {
            if (/^pmd$/i.test(name)) {
                found.push({
                    rule: undefined,
                    description: `@SuppressWarnings('${name}') silences every PMD rule`
                });
                continue;
            }
            const rule = /^pmd\./i.test(name)
                ? selected.get(`pmd:${name.slice(4)}`.toLowerCase())
                : undefined;
            if (rule !== undefined) {
                found.push({
                    rule,
                    description: `@SuppressWarnings('${name}') silences ${rule}, a rule of the security scan`
                });
            }
        }
    }
    return found;
}

function scriptSuppressions(line: string, selected: ReadonlyMap<string, string>): Found[] {
    const found: Found[] = [];
    for (const match of line.matchAll(
        /(?:\/\/|\/\*)\s*(eslint-disable(?:-next-line|-line)?)(?=\s|\*\/|$)(.*)/g
    )) {
        const directive = match[1] ?? 'eslint-disable';
        const [ruleList = ''] = (match[2] ?? '').split('*/');
        const [names = ''] = ruleList.split('--');
        const rules = names
            .split(',')
            .map((rule) => rule.trim())
            .filter((rule) => rule !== '');
        if (rules.length === 0) {
            found.push({
                rule: undefined,
                description: `${directive} without rule names silences every ESLint rule`
            });
            continue;
        }
        for (const name of rules) {
            const rule = selected.get(`eslint:${name}`.toLowerCase());
            if (rule !== undefined) {
                found.push({
                    rule,
                    description: `${directive} ${name} silences ${rule}, a rule of the security scan`
                });
            }
        }
    }
    return found;
}
