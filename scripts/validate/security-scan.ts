import path from 'node:path';
import type { Check, Problem } from './problem';
import { checkInlineSuppressions, findInlineSuppressions } from './code-analyzer/inline-suppressions';
import { runSecurityScan, writeScanReports } from './code-analyzer/run-scan';
import type { ScanOutcome, ScanViolation } from './code-analyzer/run-scan';
import { applyScanGate } from './code-analyzer/scan-gate';
import { scanWorkspacePaths } from './code-analyzer/scan-workspace';
import { loadSuppressions } from './code-analyzer/suppressions';

export { SCAN_RULE_SELECTORS } from './code-analyzer/run-scan';
export { SUPPRESSIONS_FILE } from './code-analyzer/suppressions';

/** Where `npm run scan` and `npm run validate` write the report (git-ignored). */
export const SCAN_REPORT_FOLDER = 'reports/code-analyzer';

/** Options for {@link runProjectSecurityScan}. */
export interface ProjectScanOptions {
    /** Folder for the HTML and JSON reports and the engines' logs; `<root>/reports/code-analyzer` by default. */
    readonly reportFolder?: string;
    /** The `PATH` to look for `java` in; defaults to this process's `PATH`. */
    readonly searchPath?: string;
}

/** A scan of the project with the gate applied and the reports written. */
export interface ProjectScan {
    readonly outcome: ScanOutcome;
    /** What fails validation: unaccepted findings, engine failures, suppression file and inline problems. */
    readonly problems: readonly Problem[];
    /** Low and Info findings. */
    readonly warnings: readonly Problem[];
    /** Moderate findings accepted by the suppressions file. */
    readonly accepted: readonly ScanViolation[];
    readonly reports: { readonly html: string; readonly json: string };
}

/**
 * The security review scan: Salesforce Code Analyzer with the AppExchange selectors and the Graph Engine over
 * the project at `root`, its HTML and JSON report written, and the project's gate applied (see `scan-gate.ts`).
 *
 * @public
 */
export async function runProjectSecurityScan(
    root: string,
    options: ProjectScanOptions = {}
): Promise<ProjectScan> {
    const reportFolder = options.reportFolder ?? path.join(root, SCAN_REPORT_FOLDER);
    const outcome = await runSecurityScan(root, {
        logFolder: path.join(reportFolder, 'logs'),
        ...(options.searchPath === undefined ? {} : { searchPath: options.searchPath })
    });
    const reports = writeScanReports(outcome.results, reportFolder);
    const loaded = loadSuppressions(root);
    const gate = applyScanGate(outcome, loaded.suppressions);
    const inline = checkInlineSuppressions(
        findInlineSuppressions(root, scanWorkspacePaths(root), outcome.selectedRules.keys()),
        loaded.inline
    );
    return {
        outcome,
        problems: [...loaded.problems, ...gate.problems, ...inline],
        warnings: gate.warnings,
        accepted: gate.accepted,
        reports
    };
}

/**
 * Fails on every Critical or High finding of the security review scan, every Moderate one not accepted in
 * `code-analyzer-suppressions.json`, every engine that could not start or could not analyse a file, and every
 * inline suppression that bypasses the file.
 *
 * @public
 */
export const checkSecurityScan: Check = async (root) => [...(await runProjectSecurityScan(root)).problems];
