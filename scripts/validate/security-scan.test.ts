import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { SCAN_ENGINES } from './code-analyzer/engines';
import type { ScanViolation } from './code-analyzer/run-scan';
import { applyScanGate } from './code-analyzer/scan-gate';
import { runProjectSecurityScan, SUPPRESSIONS_FILE } from './security-scan';
import type { ProjectScan } from './security-scan';

/** A project with one finding per engine; see the comment at the top of each fixture file. */
const VIOLATIONS = path.join(__dirname, '__fixtures__', 'code-analyzer', 'violations');
const CLASSES = 'force-app/main/default/classes';

/** Two JVMs (PMD, Graph Engine), ESLint, Python and RetireJS over a small project: about a minute here. */
const SCAN_TIMEOUT_MS = 300_000;

describe('the security review scan over a project with one violation per engine', () => {
    let reportFolder: string;
    let scan: ProjectScan;

    beforeAll(async () => {
        reportFolder = mkdtempSync(path.join(tmpdir(), 'security-scan-'));
        scan = await runProjectSecurityScan(VIOLATIONS, { reportFolder });
    }, SCAN_TIMEOUT_MS);

    afterAll(() => rmSync(reportFolder, { recursive: true, force: true }));

    const found = (rule: string): ScanViolation[] =>
        scan.outcome.violations.filter((violation) => `${violation.engine}:${violation.rule}` === rule);
    const failing = (rule: string): string[] =>
        scan.problems
            .filter((problem) => problem.message.startsWith(`${rule} `))
            .map((problem) => `${problem.file}:${problem.line}`);

    it('starts every engine and each analyses every file', () => {
        expect(scan.outcome.missingEngines).toEqual([]);
        expect(scan.outcome.engineErrors).toEqual([]);
        expect(scan.outcome.engines.map((engine) => [engine.engine, engine.violations > 0])).toEqual(
            SCAN_ENGINES.map((engine) => [engine, true])
        );
    });

    it('the Graph Engine rejects an Apex query path that reads fields without an FLS check', () => {
        expect(failing('sfge:ApexFlsViolation')).toEqual([`${CLASSES}/AccountDirectory.cls:12`]);
        expect(found('sfge:ApexFlsViolation')[0]?.message).toBe(
            'FLS validation is missing for [READ] operation on [Account] with field(s) [Name,Phone].'
        );
    });

    it('RetireJS rejects a static resource that is a known-vulnerable library', () => {
        expect(failing('retire-js:LibraryWithKnownHighSeverityVulnerability')).toEqual([
            'force-app/main/default/staticresources/MustacheTemplates.js:1'
        ]);
        expect(found('retire-js:LibraryWithKnownHighSeverityVulnerability')[0]?.message).toContain(
            "'mustache.js v2.2.0' contains a known vulnerability"
        );
    });

    it('PMD rejects a hard-coded credential with an AppExchange rule', () => {
        expect(failing('pmd:AvoidHardcodedCredentialsInHttpHeader')).toEqual([`${CLASSES}/PbxClient.cls:9`]);
        const rule = scan.outcome.results
            .getViolations()
            .map((violation) => violation.getRule())
            .find((candidate) => candidate.getName() === 'AvoidHardcodedCredentialsInHttpHeader');
        expect(rule?.getTags()).toContain('AppExchange');
    });

    it('ESLint rejects HTML written into an LWC', () => {
        expect(failing('eslint:@lwc/lwc/no-inner-html')).toEqual([
            'force-app/main/default/lwc/callerNote/callerNote.js:8'
        ]);
    });

    it('the regex engine rejects an API version three or more years old', () => {
        expect(failing('regex:AvoidOldSalesforceApiVersions')).toEqual([
            'force-app/main/default/lwc/callerNote/callerNote.js-meta.xml:4'
        ]);
    });

    it('the Flow engine rejects a system-mode flow whose update the user steers', () => {
        expect(failing('flow:PreventPassingUserDataIntoElementWithoutSharing')).toEqual([
            'force-app/main/default/flows/Rename_Account.flow-meta.xml:11',
            'force-app/main/default/flows/Rename_Account.flow-meta.xml:11'
        ]);
    });

    it('writes the HTML report for the security review wizard, and its JSON form', () => {
        expect(scan.reports).toEqual({
            html: path.join(reportFolder, 'CodeAnalyzerReport.html'),
            json: path.join(reportFolder, 'CodeAnalyzerReport.json')
        });
        const json = JSON.parse(readFileSync(scan.reports.json, 'utf8')) as {
            violations: { rule: string }[];
        };
        expect(json.violations.map((violation) => violation.rule).sort()).toEqual(
            scan.outcome.violations.map((violation) => violation.rule).sort()
        );
        expect(readFileSync(scan.reports.html, 'utf8')).toContain('ApexFlsViolation');
        expect(existsSync(path.join(VIOLATIONS, 'reports'))).toBe(false);
    });

    it('lets the suppressions file accept the Moderate credential finding and nothing Critical or High', () => {
        const header = found('pmd:AvoidHardcodedCredentialsInHttpHeader');
        expect(header.map((violation) => violation.severity)).toEqual([3]);

        const gate = applyScanGate(scan.outcome, [
            {
                rule: 'pmd:AvoidHardcodedCredentialsInHttpHeader',
                file: `${CLASSES}/PbxClient.cls`,
                violations: 1,
                reason: 'Fixture: shows that an accepted Moderate finding stops failing the scan.'
            }
        ]);

        expect(gate.accepted).toEqual(header);
        expect(gate.problems.map((problem) => problem.message.split(' ')[0])).toEqual(
            scan.problems
                .map((problem) => problem.message.split(' ')[0])
                .filter((rule) => rule !== 'pmd:AvoidHardcodedCredentialsInHttpHeader')
        );
        expect(scan.problems.some((problem) => problem.message.includes(SUPPRESSIONS_FILE))).toBe(true);
    });
});
