import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Problem } from '../problem';

/** The one file that lists accepted scan findings, at the project root. */
export const SUPPRESSIONS_FILE = 'code-analyzer-suppressions.json';

/** Reasons shorter than this say nothing a reviewer can check. */
const MIN_REASON_LENGTH = 20;

/**
 * One accepted finding: every violation of `rule` in `file`, exactly `violations` of them, for `reason`.
 * Only Moderate (severity 3) findings can be accepted; Critical and High ones must be fixed.
 */
export interface Suppression {
    /** `engine:rule`, as the report names it, e.g. `pmd:AvoidHardcodedCredentialsInVarAssign`. */
    readonly rule: string;
    /** Path relative to the project root, with `/` separators. */
    readonly file: string;
    /** How many violations of the rule the file has; a new one, or one fewer, needs the entry looked at again. */
    readonly violations: number;
    /** Why the code must be so, or why the finding is false, in words a security reviewer can check. */
    readonly reason: string;
}

/**
 * A rule-specific suppression written in the code (`@SuppressWarnings('PMD.Rule')`, `eslint-disable-next-line
 * rule`), listed here with its reason so that this file names every finding the project accepts. It is how a
 * Critical or High false positive is accepted: at the line, for one rule, and here.
 */
export interface InlineSuppressionEntry {
    /** `engine:rule`, e.g. `pmd:ApexSuggestUsingNamedCred`. */
    readonly rule: string;
    /** Path relative to the project root, with `/` separators. */
    readonly file: string;
    /** Why the code must be so, or why the finding is false, in words a security reviewer can check. */
    readonly reason: string;
}

/** The suppressions of the project at `root`, and what is wrong with the file. */
export interface LoadedSuppressions {
    readonly suppressions: readonly Suppression[];
    readonly inline: readonly InlineSuppressionEntry[];
    readonly problems: readonly Problem[];
}

/**
 * Reads {@link SUPPRESSIONS_FILE} at `root` (none is the same as empty lists) and checks each entry: an
 * `engine:rule`, a project file, a reason, and for `suppressions` a whole number of violations of 1 or more.
 */
export function loadSuppressions(root: string): LoadedSuppressions {
    const file = path.join(root, SUPPRESSIONS_FILE);
    if (!existsSync(file)) return { suppressions: [], inline: [], problems: [] };
    const problem = (message: string): Problem => ({
        check: 'code-analyzer',
        file: SUPPRESSIONS_FILE,
        message
    });
    let parsed: unknown;
    try {
        parsed = JSON.parse(readFileSync(file, 'utf8'));
    } catch (error) {
        return {
            suppressions: [],
            inline: [],
            problems: [problem(`not valid JSON: ${(error as Error).message}`)]
        };
    }
    const lists = isObject(parsed) ? parsed : {};
    const entries = lists['suppressions'];
    const inlineEntries = lists['inline'] ?? [];
    const unknownLists = Object.keys(lists).filter((key) => !['suppressions', 'inline'].includes(key));
    if (!Array.isArray(entries) || !Array.isArray(inlineEntries) || unknownLists.length > 0) {
        return {
            suppressions: [],
            inline: [],
            problems: [
                problem('must be an object with a "suppressions" array and, if needed, an "inline" array')
            ]
        };
    }
    const problems: Problem[] = [];
    const valid = <T>(list: string, items: unknown[], counted: boolean): T[] =>
        items.filter((entry, index) => {
            const wrong = entryProblem(root, entry, counted);
            if (wrong !== undefined) problems.push(problem(`${list}[${index}]: ${wrong}`));
            return wrong === undefined;
        }) as T[];
    return {
        suppressions: valid<Suppression>('suppressions', entries, true),
        inline: valid<InlineSuppressionEntry>('inline', inlineEntries, false),
        problems
    };
}

function entryProblem(root: string, entry: unknown, counted: boolean): string | undefined {
    const fields = counted ? ['rule', 'file', 'violations', 'reason'] : ['rule', 'file', 'reason'];
    if (!isObject(entry)) return `must be an object with ${fields.join(', ')}`;
    const unknownKeys = Object.keys(entry).filter((key) => !fields.includes(key));
    if (unknownKeys.length > 0) return `unknown field(s) ${unknownKeys.join(', ')}`;
    const { rule, file, violations, reason } = entry;
    if (typeof rule !== 'string' || !/^[\w-]+:[\w@/.-]+$/.test(rule)) {
        return 'rule must be one rule as engine:rule (for example pmd:ApexSharingViolations), never a tag or an engine';
    }
    if (
        typeof file !== 'string' ||
        file === '' ||
        path.isAbsolute(file) ||
        file.includes('\\') ||
        file.includes('*')
    ) {
        return 'file must be one project file, relative to the root with / separators (no wildcards)';
    }
    if (!existsSync(path.join(root, file))) return `file ${file} does not exist`;
    if (counted && (typeof violations !== 'number' || !Number.isInteger(violations) || violations < 1)) {
        return 'violations must be the whole number of violations the entry accepts (1 or more)';
    }
    if (typeof reason !== 'string' || reason.trim().length < MIN_REASON_LENGTH) {
        return `reason must say why the finding is accepted (at least ${MIN_REASON_LENGTH} characters)`;
    }
    return undefined;
}

function isObject(value: unknown): value is Record<string, unknown> {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
