import { CodeAnalyzerConfig, EventType, LogLevel } from '@salesforce/code-analyzer-core';
import type { EngineLogEvent, LogEvent } from '@salesforce/code-analyzer-core';
import { createEnginePlugin } from '@salesforce/code-analyzer-pmd-engine';
import { createAnalyzer } from '../code-analyzer/create-analyzer';

/** Code Analyzer's name for the PMD engine. */
const PMD_ENGINE = 'pmd';

/**
 * The rules that run: PMD's Apex rules that Salesforce Code Analyzer tags `Recommended`, the set its CLI runs by
 * default (about 65 rules for PMD 7).
 */
export const PMD_RULE_SELECTOR = `${PMD_ENGINE}:Recommended`;

/** Code Analyzer severities: 1 Critical, 2 High, 3 Moderate, 4 Low, 5 Info. */
export type PmdSeverity = 1 | 2 | 3 | 4 | 5;

/** Names Code Analyzer gives its severities, indexed by severity. */
export const PMD_SEVERITY_NAMES: Readonly<Record<PmdSeverity, string>> = {
    1: 'Critical',
    2: 'High',
    3: 'Moderate',
    4: 'Low',
    5: 'Info'
};

/** One rule violation PMD found, at the violation's primary location. */
export interface PmdViolation {
    readonly rule: string;
    readonly severity: PmdSeverity;
    /** Absolute path of the file. */
    readonly file: string;
    readonly line: number;
    readonly column: number;
    readonly message: string;
}

/** A file PMD could not analyse at all (usually because it does not parse), so none of its rules ran. */
export interface PmdProcessingError {
    /** Absolute path of the file, when PMD's message names one. */
    readonly file: string | undefined;
    readonly message: string;
}

/** Everything one PMD run reported. */
export interface PmdRunResult {
    readonly violations: readonly PmdViolation[];
    readonly processingErrors: readonly PmdProcessingError[];
}

/** Options for {@link runPmd}. */
export interface PmdRunOptions {
    /** Absolute path of the `java` executable to run PMD with. */
    readonly javaCommand: string;
    /** Text to put before the reason when PMD cannot start, such as advice on installing Java. */
    readonly startFailureHint: string;
    /** Code Analyzer rule selectors; defaults to {@link PMD_RULE_SELECTOR}. */
    readonly ruleSelectors?: readonly string[];
}

/**
 * Runs Salesforce Code Analyzer's PMD engine over the given Apex files with the {@link PMD_RULE_SELECTOR} rules,
 * in process, through `@salesforce/code-analyzer-core`. Java starts twice: once to list PMD's rules and once to
 * run them.
 *
 * @param files - absolute paths of the `.cls` and `.trigger` files to analyse
 * @param options - the `java` to use and the hint for start failures
 * @returns every violation, whatever its severity, and every file PMD could not process
 * @throws Error starting with `options.startFailureHint` when the PMD engine cannot start (for example Java is
 * older than 11), and an Error naming the engine failure when PMD crashes during the run
 */
export async function runPmd(files: readonly string[], options: PmdRunOptions): Promise<PmdRunResult> {
    if (files.length === 0) {
        return { violations: [], processingErrors: [] };
    }
    const config = CodeAnalyzerConfig.fromObject({
        log_level: LogLevel.Error,
        engines: {
            [PMD_ENGINE]: { java_command: options.javaCommand, rule_languages: ['apex'] },
            cpd: { disable_engine: true }
        }
    });
    const analyzer = createAnalyzer(config);
    const errors: string[] = [];
    analyzer.onEvent(EventType.LogEvent, (event: LogEvent) => {
        if (event.logLevel === LogLevel.Error) {
            errors.push(event.message);
        }
    });
    const processingErrors: PmdProcessingError[] = [];
    analyzer.onEvent(EventType.EngineLogEvent, (event: EngineLogEvent) => {
        if (event.logLevel === LogLevel.Error) {
            processingErrors.push(toProcessingError(event.message));
        }
    });

    await analyzer.addEnginePlugin(createEnginePlugin());
    if (!analyzer.getEngineNames().includes(PMD_ENGINE)) {
        // Keep each reason's first paragraph; the rest tells Code Analyzer CLI users how to disable the engine.
        const reasons = errors.map((error) => error.split('\n\n')[0] ?? error);
        throw new Error([options.startFailureHint, ...reasons].join('\n'));
    }
    const workspace = await analyzer.createWorkspace([...files]);
    const rules = await analyzer.selectRules([...(options.ruleSelectors ?? [PMD_RULE_SELECTOR])], {
        workspace
    });
    const results = await analyzer.run(rules, { workspace });

    const violations: PmdViolation[] = [];
    for (const violation of results.getViolations()) {
        const location = violation.getPrimaryLocation();
        const file = location.getFile();
        const rule = violation.getRule();
        if (file === undefined || rule.getEngineName() !== PMD_ENGINE) {
            // Code Analyzer reports an engine crash as a violation without a location.
            throw new Error(`PMD failed while analysing Apex: ${violation.getMessage()}`);
        }
        violations.push({
            rule: rule.getName(),
            severity: rule.getSeverityLevel() as PmdSeverity,
            file,
            line: location.getStartLine() ?? 1,
            column: location.getStartColumn() ?? 1,
            message: violation.getMessage()
        });
    }
    return { violations: violations.sort(byLocation), processingErrors };
}

/** PMD's processing errors read `PMD issued a processing error for file '<path>':\n<reason>`. */
function toProcessingError(message: string): PmdProcessingError {
    const match = /processing error for file '([^']+)':\s*([\s\S]*)/.exec(message);
    if (match?.[1] === undefined) {
        return { file: undefined, message };
    }
    return { file: match[1], message: (match[2] ?? '').trim() || message };
}

function byLocation(a: PmdViolation, b: PmdViolation): number {
    return (
        a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column || a.rule.localeCompare(b.rule)
    );
}
