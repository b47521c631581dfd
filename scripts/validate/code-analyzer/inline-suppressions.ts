import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Problem } from '../problem';
import { listFiles } from '../project-files';
import { SUPPRESSIONS_FILE } from './suppressions';

const APEX_AND_VISUALFORCE = new Set(['.cls', '.trigger', '.page', '.component']);
const SCRIPT_AND_MARKUP = new Set(['.js', '.mjs', '.cjs', '.ts', '.html']);

/**
 * Finds inline comments and annotations that would hide scan findings from the report without a reason
 * anyone reviews: blanket suppressions (`NOPMD`, `@SuppressWarnings('PMD')`, a rule-less `eslint-disable`),
 * inline suppressions of a rule the scan selects, and Graph Engine `sfge-disable` directives (all its selected
 * rules are security rules). Code Analyzer's own suppression markers need no check: the scan turns them off.
 * Accepted findings belong in {@link SUPPRESSIONS_FILE}, with the reason.
 * Rule-specific suppressions of other rules (`@SuppressWarnings('PMD.AvoidGlobalModifier')`) are left alone.
 *
 * @param root - the project folder
 * @param paths - the scanned workspace: files and folders, absolute
 * @param selectedRules - the `engine:rule` names the scan runs
 */
export function findInlineSuppressions(
    root: string,
    paths: readonly string[],
    selectedRules: Iterable<string>
): Problem[] {
    const selected = new Set([...selectedRules].map((rule) => rule.toLowerCase()));
    const problems: Problem[] = [];
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
                const reasons = apex ? apexReasons(text, selected) : scriptReasons(text, selected);
                for (const reason of reasons) {
                    problems.push({
                        check: 'code-analyzer',
                        file: relative,
                        line: index + 1,
                        message: `inline suppression: ${reason}; fix the finding, or accept it in ${SUPPRESSIONS_FILE} with the reason`
                    });
                }
            });
    }
    return problems;
}

function apexReasons(line: string, selected: ReadonlySet<string>): string[] {
    const reasons: string[] = [];
    if (/\bNOPMD\b/.test(line)) reasons.push('NOPMD silences every PMD rule on its line');
    if (/sfge-disable/.test(line)) reasons.push('sfge-disable hides Graph Engine security findings');
    for (const match of line.matchAll(/@SuppressWarnings\s*\(\s*'([^']*)'\s*\)/gi)) {
        for (const name of (match[1] ?? '').split(',').map((part) => part.trim())) {
            if (/^pmd$/i.test(name)) {
                reasons.push(`@SuppressWarnings('${name}') silences every PMD rule`);
            } else if (/^pmd\./i.test(name) && selected.has(`pmd:${name.slice(4)}`.toLowerCase())) {
                reasons.push(`@SuppressWarnings('${name}') silences a rule of the security scan`);
            }
        }
    }
    return reasons;
}

function scriptReasons(line: string, selected: ReadonlySet<string>): string[] {
    const reasons: string[] = [];
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
            reasons.push(`${directive} without rule names silences every ESLint rule`);
        } else {
            for (const rule of rules.filter((name) => selected.has(`eslint:${name}`.toLowerCase()))) {
                reasons.push(`${directive} ${rule} silences a rule of the security scan`);
            }
        }
    }
    return reasons;
}
