import type { Problem } from '../problem';
import type { EngineError, MissingEngine, ScanViolation, Severity } from './run-scan';
import { SUPPRESSIONS_FILE } from './suppressions';
import type { Suppression } from './suppressions';

/** Names Code Analyzer gives its severities. */
export const SEVERITY_NAMES: Readonly<Record<Severity, string>> = {
    1: 'Critical',
    2: 'High',
    3: 'Moderate',
    4: 'Low',
    5: 'Info'
};

/** Severities 1 and 2 always fail; severity 3 fails unless accepted in the suppressions file; 4 and 5 warn. */
export const MAX_ACCEPTABLE_SEVERITY: Severity = 3;

/** What the gate decided about one scan. */
export interface GateResult {
    /** Findings that fail validation. */
    readonly problems: readonly Problem[];
    /** Low and Info findings: printed by `npm run scan`, never failing. */
    readonly warnings: readonly Problem[];
    /** Moderate findings accepted by the suppressions file. */
    readonly accepted: readonly ScanViolation[];
}

/** The parts of a scan the gate reads. */
export interface GateInput {
    readonly violations: readonly ScanViolation[];
    readonly engineErrors: readonly EngineError[];
    readonly missingEngines: readonly MissingEngine[];
}

/**
 * Decides which findings of a scan fail validation: every Critical or High violation, every Moderate one that
 * no suppression accepts, every engine error (a file the engine could not analyse) and every engine that could
 * not start. A suppression that matches nothing, the wrong number of violations, or a Critical or High
 * violation is itself a problem, so the file never hides more than it says.
 */
export function applyScanGate(scan: GateInput, suppressions: readonly Suppression[]): GateResult {
    const problems: Problem[] = [];
    const warnings: Problem[] = [];
    const accepted: ScanViolation[] = [];

    for (const missing of scan.missingEngines) {
        problems.push({
            check: 'code-analyzer',
            file: '(code analyzer)',
            message: `engine ${missing.engine} could not start, so none of its rules ran: ${missing.reason}`
        });
    }
    for (const error of scan.engineErrors) {
        problems.push({
            check: 'code-analyzer',
            file: '(code analyzer)',
            message: `engine ${error.engine} reported an error, so its rules did not run everywhere: ${oneLine(error.message)}`
        });
    }

    const acceptedKeys = new Set<string>();
    const seen = new Set<string>();
    suppressions.forEach((suppression, index) => {
        const key = keyOf(suppression.rule, suppression.file);
        const where = `suppressions[${index}] (${suppression.rule} in ${suppression.file})`;
        const suppressionProblem = (message: string): void => {
            problems.push({
                check: 'code-analyzer',
                file: SUPPRESSIONS_FILE,
                message: `${where}: ${message}`
            });
        };
        if (seen.has(key)) {
            suppressionProblem('listed twice; keep one entry per rule and file');
            return;
        }
        seen.add(key);
        const matched = scan.violations.filter(
            (violation) => keyOf(ruleOf(violation), violation.file) === key
        );
        const severities = [...new Set(matched.map((violation) => violation.severity))];
        if (matched.length === 0) {
            suppressionProblem('the scan no longer finds this; remove the entry');
        } else if (severities.some((severity) => severity < MAX_ACCEPTABLE_SEVERITY)) {
            suppressionProblem(
                `${SEVERITY_NAMES[Math.min(...severities) as Severity]} findings cannot be accepted; fix the code`
            );
        } else if (severities.every((severity) => severity > MAX_ACCEPTABLE_SEVERITY)) {
            suppressionProblem('Low and Info findings never fail the scan; remove the entry');
        } else if (matched.length !== suppression.violations) {
            suppressionProblem(
                `accepts ${suppression.violations} violation(s) but the scan finds ${matched.length}; ` +
                    'review the new or fixed ones, then update the count'
            );
        } else {
            acceptedKeys.add(key);
        }
    });

    for (const violation of scan.violations) {
        const finding = toProblem(violation);
        if (violation.severity > MAX_ACCEPTABLE_SEVERITY) {
            warnings.push(finding);
        } else if (
            violation.severity === MAX_ACCEPTABLE_SEVERITY &&
            acceptedKeys.has(keyOf(ruleOf(violation), violation.file))
        ) {
            accepted.push(violation);
        } else {
            problems.push(
                violation.severity === MAX_ACCEPTABLE_SEVERITY
                    ? {
                          ...finding,
                          message: `${finding.message} (fix it, or accept it in ${SUPPRESSIONS_FILE} with the reason)`
                      }
                    : finding
            );
        }
    }
    return { problems, warnings, accepted };
}

function toProblem(violation: ScanViolation): Problem {
    return {
        check: 'code-analyzer',
        file: violation.file ?? '(code analyzer)',
        ...(violation.line === undefined ? {} : { line: violation.line }),
        ...(violation.column === undefined ? {} : { column: violation.column }),
        message: `${ruleOf(violation)} (${SEVERITY_NAMES[violation.severity]}): ${oneLine(violation.message)}`
    };
}

function ruleOf(violation: ScanViolation): string {
    return `${violation.engine}:${violation.rule}`;
}

function keyOf(rule: string, file: string | undefined): string {
    return `${rule}\u0000${file ?? ''}`;
}

function oneLine(text: string): string {
    return text.replace(/\s+/g, ' ').trim();
}
