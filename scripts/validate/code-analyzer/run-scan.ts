import { mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import {
    CodeAnalyzerConfig,
    EventType,
    LogLevel,
    OutputFormat,
    RunResultsFormatter
} from '@salesforce/code-analyzer-core';
import type {
    EngineLogEvent,
    EngineResultsEvent,
    LogEvent,
    RunResults
} from '@salesforce/code-analyzer-core';
import { findJavaOnPath } from '../apex/java-command';
import { createAnalyzer } from './create-analyzer';
import { SCAN_ENGINES, scanEnginePlugins } from './engines';
import { scanWorkspacePaths } from './scan-workspace';

/**
 * The rules of the scan. `AppExchange` and `Recommended:Security` are the selectors Salesforce's "Produce Code
 * Analyzer Reports for AppExchange Security Review" prescribes. The Graph Engine's rules are tagged
 * `DevPreview`, not `Recommended`, so they need their own selector: `sfge:Security` adds its data-flow rules
 * (CRUD/FLS along every path, and DML in classes without sharing).
 */
export const SCAN_RULE_SELECTORS: readonly string[] = [
    'AppExchange',
    'Recommended:Security',
    'sfge:Security'
];

/** What the ESLint engine leaves out (the static resource bundles); see the file. */
const ESLINT_ENGINE_CONFIG = path.join(__dirname, 'eslint-engine.config.mjs');

/** Code Analyzer severities: 1 Critical, 2 High, 3 Moderate, 4 Low, 5 Info. */
export type Severity = 1 | 2 | 3 | 4 | 5;

/**
 * Graph Engine limits, for a machine whose two cores are shared: two analysis threads, a bounded heap, and a
 * per-path time limit well above what our classes take (a few seconds) so that a loaded machine does not turn
 * into a Timeout violation, yet stops a runaway path.
 */
export const SFGE_LIMITS = {
    java_thread_count: 2,
    java_thread_timeout: 90_000,
    java_max_heap_size: '1g'
} as const;

/** One violation, at its primary location. */
export interface ScanViolation {
    readonly engine: string;
    readonly rule: string;
    readonly severity: Severity;
    /** Path relative to the scanned root with `/` separators; undefined for an engine failure. */
    readonly file: string | undefined;
    readonly line?: number;
    readonly column?: number;
    readonly message: string;
}

/** What an engine did in the run. */
export interface EngineSummary {
    readonly engine: string;
    /** Empty when no selected rule applied to the workspace, so the engine did not run (Flow without flows). */
    readonly version: string;
    readonly selectedRules: number;
    readonly violations: number;
    /** Seconds from the start of the run until the engine's results came in (engines run side by side). */
    readonly seconds: number;
}

/** An error an engine logged while running: a file it could not analyse, so its rules did not run there. */
export interface EngineError {
    readonly engine: string;
    readonly message: string;
}

/** An engine that could not start, and why. */
export interface MissingEngine {
    readonly engine: string;
    readonly reason: string;
}

/** Everything one scan found. */
export interface ScanOutcome {
    readonly violations: readonly ScanViolation[];
    readonly engineErrors: readonly EngineError[];
    readonly missingEngines: readonly MissingEngine[];
    /** Severity of every selected rule, keyed `engine:rule`. */
    readonly selectedRules: ReadonlyMap<string, Severity>;
    readonly engines: readonly EngineSummary[];
    /** Code Analyzer's own results, for its report formats. */
    readonly results: RunResults;
    readonly seconds: number;
}

/** Options for {@link runSecurityScan}. */
export interface ScanOptions {
    /** Where the engines write their log files; a temporary folder when absent. */
    readonly logFolder?: string;
    /** The `PATH` to look for `java` in; defaults to this process's `PATH`. */
    readonly searchPath?: string;
}

/**
 * Runs Salesforce Code Analyzer over the project at `root` with {@link SCAN_RULE_SELECTORS} and every engine
 * of {@link SCAN_ENGINES}, in process, through `@salesforce/code-analyzer-core`. Inline suppression markers are
 * turned off: what is accepted is listed, with its reason, in the suppressions file (see `suppressions.ts`).
 *
 * @param root - the project folder (holds `sfdx-project.json`)
 * @param options - log folder and `PATH`
 * @returns every violation of every severity, engine errors, and engines that could not start
 */
export async function runSecurityScan(root: string, options: ScanOptions = {}): Promise<ScanOutcome> {
    const started = performance.now();
    const logFolder = options.logFolder ?? path.join(tmpdir(), 'softphone-code-analyzer-logs');
    mkdirSync(logFolder, { recursive: true });
    const javaCommand = findJavaOnPath(options.searchPath);
    const java = javaCommand === undefined ? {} : { java_command: javaCommand };
    const config = CodeAnalyzerConfig.fromObject(
        {
            log_folder: logFolder,
            log_level: LogLevel.Error,
            suppressions: { disable_suppressions: true },
            engines: {
                pmd: { ...java },
                cpd: { disable_engine: true },
                // The TypeScript base config adds only style and type rules (none selected) and asks every .ts
                // file to be in a tsconfig.json project; its parser still reads TypeScript without it.
                eslint: { disable_typescript_base_config: true, eslint_config_file: ESLINT_ENGINE_CONFIG },
                sfge: { ...java, ...SFGE_LIMITS }
            }
        },
        root
    );
    const analyzer = createAnalyzer(config);
    const coreErrors: string[] = [];
    analyzer.onEvent(EventType.LogEvent, (event: LogEvent) => {
        if (event.logLevel === LogLevel.Error) coreErrors.push(event.message);
    });
    const engineErrors: EngineError[] = [];
    analyzer.onEvent(EventType.EngineLogEvent, (event: EngineLogEvent) => {
        if (event.logLevel === LogLevel.Error) {
            engineErrors.push({ engine: event.engineName, message: relativeTo(root, event.message) });
        }
    });

    for (const plugin of scanEnginePlugins()) {
        await analyzer.addEnginePlugin(plugin);
    }
    const missingEngines = SCAN_ENGINES.filter((engine) => !analyzer.getEngineNames().includes(engine)).map(
        (engine) => ({ engine, reason: reasonFor(engine, coreErrors) })
    );

    const workspace = await analyzer.createWorkspace(scanWorkspacePaths(root));
    const selection = await analyzer.selectRules([...SCAN_RULE_SELECTORS], { workspace });
    const selectedRules = new Map<string, Severity>();
    for (const engine of selection.getEngineNames()) {
        for (const rule of selection.getRulesFor(engine)) {
            selectedRules.set(`${engine}:${rule.getName()}`, rule.getSeverityLevel() as Severity);
        }
    }

    const runStarted = performance.now();
    const secondsByEngine = new Map<string, number>();
    analyzer.onEvent(EventType.EngineResultsEvent, (event: EngineResultsEvent) => {
        secondsByEngine.set(event.results.getEngineName(), seconds(performance.now() - runStarted));
    });
    const results = await analyzer.run(selection, { workspace });

    const violations = results
        .getViolations()
        .map((violation): ScanViolation => {
            const rule = violation.getRule();
            const location = violation.getPrimaryLocation();
            const file = location.getFile();
            const line = location.getStartLine();
            const column = location.getStartColumn();
            return {
                engine: rule.getEngineName(),
                rule: rule.getName(),
                severity: rule.getSeverityLevel() as Severity,
                file: file === undefined ? undefined : toProjectPath(root, file),
                ...(line === undefined ? {} : { line }),
                ...(column === undefined ? {} : { column }),
                message: relativeTo(root, violation.getMessage())
            };
        })
        .sort(byLocation);
    const engines = SCAN_ENGINES.filter(
        (engine) => !missingEngines.some((missing) => missing.engine === engine)
    ).map((engine): EngineSummary => {
        const ran = results.getEngineNames().includes(engine);
        return {
            engine,
            version: ran ? results.getEngineRunResults(engine).getEngineVersion() : '',
            selectedRules: selection.getEngineNames().includes(engine)
                ? selection.getRulesFor(engine).length
                : 0,
            violations: ran ? results.getEngineRunResults(engine).getViolationCount() : 0,
            seconds: secondsByEngine.get(engine) ?? 0
        };
    });
    return {
        violations,
        engineErrors,
        missingEngines,
        selectedRules,
        engines,
        results,
        seconds: seconds(performance.now() - started)
    };
}

/** File names of the reports {@link writeScanReports} writes. */
export const REPORT_FILES = { html: 'CodeAnalyzerReport.html', json: 'CodeAnalyzerReport.json' } as const;

/**
 * Writes Code Analyzer's HTML report (the one the AppExchange Security Review Wizard takes) and its JSON
 * form into `folder`.
 *
 * @returns the absolute paths written
 */
export function writeScanReports(results: RunResults, folder: string): { html: string; json: string } {
    mkdirSync(folder, { recursive: true });
    const html = path.join(folder, REPORT_FILES.html);
    const json = path.join(folder, REPORT_FILES.json);
    writeFileSync(html, RunResultsFormatter.forFormat(OutputFormat.HTML).format(results));
    writeFileSync(json, RunResultsFormatter.forFormat(OutputFormat.JSON).format(results));
    return { html, json };
}

/** The first paragraph of core's error about the engine (the rest tells CLI users how to turn it off). */
function reasonFor(engine: string, coreErrors: readonly string[]): string {
    const message = coreErrors.find(
        (error) => error.includes(`'${engine}'`) || error.includes(`"${engine}"`)
    );
    if (message === undefined) return 'Code Analyzer did not add the engine and logged no reason';
    return (message.split('\n\n')[0] ?? message).trim();
}

function seconds(ms: number): number {
    return Math.round(ms / 100) / 10;
}

function toProjectPath(root: string, file: string): string {
    return path.relative(root, file).split(path.sep).join('/');
}

/** Engine messages repeat absolute paths; print them relative to the project so output reads the same anywhere. */
function relativeTo(root: string, message: string): string {
    return message.split(root + path.sep).join('');
}

function byLocation(a: ScanViolation, b: ScanViolation): number {
    return (
        (a.file ?? '').localeCompare(b.file ?? '') ||
        (a.line ?? 0) - (b.line ?? 0) ||
        (a.column ?? 0) - (b.column ?? 0) ||
        `${a.engine}:${a.rule}`.localeCompare(`${b.engine}:${b.rule}`)
    );
}
