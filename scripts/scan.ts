import path from 'node:path';
import { formatProblem } from './validate/problem';
import { SCAN_RULE_SELECTORS, SUPPRESSIONS_FILE, runProjectSecurityScan } from './validate/security-scan';

/**
 * `npm run scan [root]`: the AppExchange security review scan. Writes Code Analyzer's HTML and JSON report to
 * reports/code-analyzer/, prints what each engine did and every finding, and exits 1 when the scan fails the
 * project's gate (the same one `npm run validate` applies).
 */
async function main(): Promise<void> {
    const root = path.resolve(process.argv[2] ?? path.join(__dirname, '..'));
    console.log(`scan: Code Analyzer, --rule-selector ${SCAN_RULE_SELECTORS.join(' --rule-selector ')}`);
    const scan = await runProjectSecurityScan(root);
    const { outcome } = scan;
    console.log('engine      version  rules  violations  finished after');
    for (const engine of outcome.engines) {
        if (engine.version === '') {
            console.log(
                `${engine.engine.padEnd(11)} no rule of the scan applies to the files here, so it did not run`
            );
            continue;
        }
        console.log(
            `${engine.engine.padEnd(11)} ${engine.version.padEnd(8)} ${String(engine.selectedRules).padStart(5)}` +
                `  ${String(engine.violations).padStart(10)}  ${engine.seconds} s`
        );
    }
    console.log(`scan: ${outcome.violations.length} violation(s) in ${outcome.seconds} s`);
    for (const violation of scan.accepted) {
        console.log(
            `     accepted in ${SUPPRESSIONS_FILE}: ${violation.file}:${violation.line ?? 1} ${violation.engine}:${violation.rule}`
        );
    }
    for (const warning of scan.warnings) console.log(`     warning ${formatProblem(warning)}`);
    for (const problem of scan.problems) console.log(`FAIL ${formatProblem(problem)}`);
    console.log(
        `scan: report ${path.relative(root, scan.reports.html)} and ${path.relative(root, scan.reports.json)}`
    );
    console.log(scan.problems.length === 0 ? 'scan: passed' : `scan: ${scan.problems.length} problem(s)`);
    process.exitCode = scan.problems.length === 0 ? 0 : 1;
}

main().catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
});
