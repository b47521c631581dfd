import { readFile } from 'node:fs/promises';
import * as path from 'node:path';
import type { Check, Problem } from './problem';
import { findApexSources } from './apex/apex-sources';
import { findApexSyntaxProblems } from './apex/apex-syntax';
import { findJavaOnPath, JAVA_REQUIRED_MESSAGE } from './apex/java-command';
import { PMD_SEVERITY_NAMES, runPmd } from './apex/pmd-runner';
import type { PmdProcessingError, PmdSeverity, PmdViolation } from './apex/pmd-runner';

export { JAVA_REQUIRED_MESSAGE } from './apex/java-command';
export { PMD_RULE_SELECTOR } from './apex/pmd-runner';
export type { PmdSeverity } from './apex/pmd-runner';

/** PMD violations of this severity or more urgent (1 Critical, 2 High) fail the check; the rest are warnings. */
export const PMD_BLOCKING_SEVERITY: PmdSeverity = 2;

/**
 * Parses every `.cls` and `.trigger` under the package directories of `root/sfdx-project.json` with
 * `@apexdevtools/apex-parser`. Each syntax error becomes a problem with check `apex-parse` at its line and
 * column (both counted from 1).
 *
 * @public
 */
export const checkApexSyntax: Check = async (root) => {
    const problems: Problem[] = [];
    for (const file of findApexSources(root)) {
        const kind = path.extname(file) === '.trigger' ? 'trigger' : 'class';
        for (const error of findApexSyntaxProblems(await readFile(file, 'utf8'), kind)) {
            problems.push({
                check: 'apex-parse',
                file: toProjectPath(root, file),
                line: error.line,
                column: error.column,
                message: `Apex syntax error: ${error.message}`
            });
        }
    }
    return problems;
};

/** A PMD finding as a {@link Problem}, with the severity Code Analyzer gave its rule. */
export interface PmdFinding {
    readonly severity: PmdSeverity;
    readonly rule: string;
    readonly problem: Problem;
}

/** What one PMD run over a project found, already split by what the caller should do with it. */
export interface ApexPmdReport {
    /** Critical and High violations, and files PMD could not analyse: these fail validation. */
    readonly problems: readonly Problem[];
    /** Moderate, Low and Info violations (severity 3 to 5): print them, but do not fail. */
    readonly warnings: readonly Problem[];
    /** Every violation with its severity and rule, for callers that want their own split. */
    readonly findings: readonly PmdFinding[];
}

/** Options for {@link runApexPmd}. */
export interface ApexPmdOptions {
    /** The `PATH` to look for `java` in; defaults to this process's `PATH`. */
    readonly searchPath?: string;
}

/**
 * Runs Salesforce Code Analyzer's PMD engine, with its `Recommended` Apex rules, over every `.cls` and
 * `.trigger` under the package directories of `root/sfdx-project.json`, and splits the violations by
 * severity. Use this rather than {@link checkApexPmd} when warnings are wanted too, so PMD runs once.
 *
 * @param root - folder that holds `sfdx-project.json`
 * @param options - where to look for `java`
 * @returns blocking problems, warnings, and every finding with its severity
 * @throws Error with {@link JAVA_REQUIRED_MESSAGE} when `java` is not on `PATH` or is older than Java 11
 * @public
 */
export async function runApexPmd(root: string, options: ApexPmdOptions = {}): Promise<ApexPmdReport> {
    const files = findApexSources(root);
    if (files.length === 0) {
        return { problems: [], warnings: [], findings: [] };
    }
    const javaCommand = findJavaOnPath(options.searchPath);
    if (javaCommand === undefined) {
        throw new Error(JAVA_REQUIRED_MESSAGE);
    }
    const result = await runPmd(files, { javaCommand, startFailureHint: JAVA_REQUIRED_MESSAGE });
    const findings = result.violations.map((violation) => toFinding(root, violation));
    const blocking = findings.filter((finding) => finding.severity <= PMD_BLOCKING_SEVERITY);
    return {
        problems: [
            ...result.processingErrors.map((error) => processingErrorToProblem(root, error)),
            ...blocking.map((finding) => finding.problem)
        ],
        warnings: findings
            .filter((finding) => finding.severity > PMD_BLOCKING_SEVERITY)
            .map((finding) => finding.problem),
        findings
    };
}

/**
 * Runs PMD like {@link runApexPmd} and resolves to the problems that fail validation: every Critical (1) or
 * High (2) violation as a problem with check `pmd`, its rule name and severity leading the message, plus
 * every file PMD could not analyse.
 *
 * @public
 */
export const checkApexPmd: Check = async (root) => [...(await runApexPmd(root)).problems];

function toFinding(root: string, violation: PmdViolation): PmdFinding {
    return {
        severity: violation.severity,
        rule: violation.rule,
        problem: {
            check: 'pmd',
            file: toProjectPath(root, violation.file),
            line: violation.line,
            column: violation.column,
            message: `${violation.rule} (${PMD_SEVERITY_NAMES[violation.severity]}): ${violation.message}`
        }
    };
}

function processingErrorToProblem(root: string, error: PmdProcessingError): Problem {
    const file = error.file === undefined ? 'sfdx-project.json' : toProjectPath(root, error.file);
    // PMD's reason is a Java exception text that repeats the absolute path over several lines.
    const reason = (error.file === undefined ? error.message : error.message.split(error.file).join(file))
        .replace(/\s+/g, ' ')
        .trim();
    return {
        check: 'pmd',
        file,
        message: `PMD could not analyse this file, so none of its rules ran: ${reason}`
    };
}

/** A path relative to the project root, with `/` separators, so output reads the same on every machine. */
function toProjectPath(root: string, file: string): string {
    return path.relative(root, file).split(path.sep).join('/');
}
