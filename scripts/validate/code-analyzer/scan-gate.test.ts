import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { checkInlineSuppressions, findInlineSuppressions } from './inline-suppressions';
import type { ScanViolation } from './run-scan';
import { applyScanGate } from './scan-gate';
import { scanWorkspacePaths } from './scan-workspace';
import { loadSuppressions, SUPPRESSIONS_FILE } from './suppressions';
import type { Suppression } from './suppressions';

const REPO = path.resolve(__dirname, '..', '..', '..');
const INLINE = path.join(__dirname, '..', '__fixtures__', 'code-analyzer', 'inline-suppressions');

const CLASS = 'force-app/main/default/classes/TurnCredentials.cls';

function violation(rule: string, severity: ScanViolation['severity'], line: number): ScanViolation {
    const [engine = '', name = ''] = rule.split(':');
    return { engine, rule: name, severity, file: CLASS, line, column: 9, message: `${name} found` };
}

const REASON =
    'The TURN secret is read in system mode and only a derived, short-lived credential leaves the method.';
const NO_ENGINE_TROUBLE = { engineErrors: [], missingEngines: [] };

describe('applyScanGate', () => {
    it('fails on every Critical and High finding, and on Moderate findings nobody accepted', () => {
        const violations = [
            violation('pmd:AvoidHardcodedCredentialsInSetPassword', 1, 3),
            violation('sfge:ApexFlsViolation', 2, 7),
            violation('pmd:ApexSharingViolations', 3, 1)
        ];

        const gate = applyScanGate({ violations, ...NO_ENGINE_TROUBLE }, []);

        expect(gate.problems.map((problem) => `${problem.line} ${problem.message}`)).toEqual([
            '3 pmd:AvoidHardcodedCredentialsInSetPassword (Critical): AvoidHardcodedCredentialsInSetPassword found',
            '7 sfge:ApexFlsViolation (High): ApexFlsViolation found',
            `1 pmd:ApexSharingViolations (Moderate): ApexSharingViolations found (fix it, or accept it in ${SUPPRESSIONS_FILE} with the reason)`
        ]);
        expect(gate.accepted).toEqual([]);
    });

    it('accepts a Moderate finding listed with its rule, file, count and reason', () => {
        const moderate = violation('pmd:AvoidHardcodedCredentialsInVarAssign', 3, 12);
        const suppression: Suppression = {
            rule: 'pmd:AvoidHardcodedCredentialsInVarAssign',
            file: CLASS,
            violations: 1,
            reason: REASON
        };

        const gate = applyScanGate({ violations: [moderate], ...NO_ENGINE_TROUBLE }, [suppression]);

        expect(gate.problems).toEqual([]);
        expect(gate.accepted).toEqual([moderate]);
    });

    it('never accepts a High finding, even when it is listed', () => {
        const high = violation('sfge:ApexFlsViolation', 2, 7);
        const gate = applyScanGate({ violations: [high], ...NO_ENGINE_TROUBLE }, [
            { rule: 'sfge:ApexFlsViolation', file: CLASS, violations: 1, reason: REASON }
        ]);

        expect(gate.problems.map((problem) => [problem.file, problem.message])).toEqual([
            [
                SUPPRESSIONS_FILE,
                `suppressions[0] (sfge:ApexFlsViolation in ${CLASS}): High findings cannot be accepted; fix the code`
            ],
            [CLASS, 'sfge:ApexFlsViolation (High): ApexFlsViolation found']
        ]);
        expect(gate.accepted).toEqual([]);
    });

    it('fails when a listed file gains or loses a violation of the rule, so a new one is never waved through', () => {
        const twice = [
            violation('pmd:ApexSharingViolations', 3, 1),
            violation('pmd:ApexSharingViolations', 3, 40)
        ];
        const gate = applyScanGate({ violations: twice, ...NO_ENGINE_TROUBLE }, [
            { rule: 'pmd:ApexSharingViolations', file: CLASS, violations: 1, reason: REASON }
        ]);

        expect(gate.problems[0]?.message).toBe(
            `suppressions[0] (pmd:ApexSharingViolations in ${CLASS}): accepts 1 violation(s) but the scan finds 2; ` +
                'review the new or fixed ones, then update the count'
        );
        expect(gate.problems).toHaveLength(3);
        expect(gate.accepted).toEqual([]);
    });

    it('fails on an entry the scan no longer needs, and on the same rule and file listed twice', () => {
        const entry: Suppression = {
            rule: 'pmd:ApexSharingViolations',
            file: CLASS,
            violations: 1,
            reason: REASON
        };
        const gate = applyScanGate({ violations: [], ...NO_ENGINE_TROUBLE }, [entry, entry]);

        expect(gate.problems.map((problem) => problem.message)).toEqual([
            `suppressions[0] (pmd:ApexSharingViolations in ${CLASS}): the scan no longer finds this; remove the entry`,
            `suppressions[1] (pmd:ApexSharingViolations in ${CLASS}): listed twice; keep one entry per rule and file`
        ]);
    });

    it('reports Low and Info findings as warnings only', () => {
        const low = violation('retire-js:LibraryWithKnownLowSeverityVulnerability', 4, 1);
        const gate = applyScanGate({ violations: [low], ...NO_ENGINE_TROUBLE }, []);

        expect(gate.problems).toEqual([]);
        expect(gate.warnings.map((warning) => warning.message)).toEqual([
            'retire-js:LibraryWithKnownLowSeverityVulnerability (Low): LibraryWithKnownLowSeverityVulnerability found'
        ]);
    });

    it('fails when an engine could not start or could not analyse a file, since its rules did not run there', () => {
        const gate = applyScanGate(
            {
                violations: [],
                engineErrors: [{ engine: 'eslint', message: 'Parsing error in\n  force-app/x.js' }],
                missingEngines: [{ engine: 'flow', reason: 'python3 3.10 or later not found' }]
            },
            []
        );

        expect(gate.problems.map((problem) => problem.message)).toEqual([
            'engine flow could not start, so none of its rules ran: python3 3.10 or later not found',
            'engine eslint reported an error, so its rules did not run everywhere: Parsing error in force-app/x.js'
        ]);
    });
});

describe('loadSuppressions', () => {
    let root: string;

    beforeEach(() => {
        root = mkdtempSync(path.join(tmpdir(), 'scan-suppressions-'));
        mkdirSync(path.join(root, 'force-app/main/default/classes'), { recursive: true });
        writeFileSync(path.join(root, CLASS), 'public with sharing class TurnCredentials {}\n');
    });

    afterEach(() => rmSync(root, { recursive: true, force: true }));

    const write = (content: unknown): void =>
        writeFileSync(path.join(root, SUPPRESSIONS_FILE), JSON.stringify(content));

    it('reads no file as no suppressions', () => {
        expect(loadSuppressions(root)).toEqual({ suppressions: [], inline: [], problems: [] });
    });

    it('reads a complete entry', () => {
        const entry = { rule: 'pmd:ApexSharingViolations', file: CLASS, violations: 2, reason: REASON };
        write({ suppressions: [entry] });

        expect(loadSuppressions(root)).toEqual({ suppressions: [entry], inline: [], problems: [] });
    });

    it('reads inline entries without a count, and rejects one with a count or without a reason', () => {
        const entry = { rule: 'pmd:ApexSuggestUsingNamedCred', file: CLASS, reason: REASON };
        write({ suppressions: [], inline: [entry, { ...entry, violations: 1 }, { ...entry, reason: '' }] });

        expect(loadSuppressions(root)).toEqual({
            suppressions: [],
            inline: [entry],
            problems: [
                expect.objectContaining({ message: 'inline[1]: unknown field(s) violations' }),
                expect.objectContaining({
                    message: 'inline[2]: reason must say why the finding is accepted (at least 20 characters)'
                })
            ]
        });
    });

    it('rejects blanket entries, missing files, counts and reasons, each at its index', () => {
        write({
            suppressions: [
                { rule: 'Security', file: CLASS, violations: 1, reason: REASON },
                {
                    rule: 'pmd:ApexSharingViolations',
                    file: 'force-app/**/*.cls',
                    violations: 1,
                    reason: REASON
                },
                {
                    rule: 'pmd:ApexSharingViolations',
                    file: 'force-app/Gone.cls',
                    violations: 1,
                    reason: REASON
                },
                { rule: 'pmd:ApexSharingViolations', file: CLASS, violations: 0, reason: REASON },
                { rule: 'pmd:ApexSharingViolations', file: CLASS, violations: 1, reason: 'false positive' },
                { rule: 'pmd:ApexSharingViolations', file: CLASS, violations: 1, reason: REASON, line: 3 }
            ]
        });

        const { suppressions, problems } = loadSuppressions(root);

        expect(suppressions).toEqual([]);
        expect(problems.map((problem) => problem.message)).toEqual([
            'suppressions[0]: rule must be one rule as engine:rule (for example pmd:ApexSharingViolations), never a tag or an engine',
            'suppressions[1]: file must be one project file, relative to the root with / separators (no wildcards)',
            'suppressions[2]: file force-app/Gone.cls does not exist',
            'suppressions[3]: violations must be the whole number of violations the entry accepts (1 or more)',
            'suppressions[4]: reason must say why the finding is accepted (at least 20 characters)',
            'suppressions[5]: unknown field(s) line'
        ]);
    });

    it('rejects a file that is not the expected JSON shape', () => {
        write([]);
        expect(loadSuppressions(root).problems.map((problem) => problem.message)).toEqual([
            'must be an object with a "suppressions" array and, if needed, an "inline" array'
        ]);
    });

    it("accepts the project's own file", () => {
        expect(loadSuppressions(REPO).problems).toEqual([]);
    });
});

describe('inline suppressions', () => {
    const selected = ['pmd:ApexCRUDViolation', 'eslint:@lwc/lwc/no-inner-html', 'sfge:ApexFlsViolation'];
    const CLASS_WITH_SUPPRESSIONS = 'force-app/main/default/classes/Suppressing.cls';
    const found = findInlineSuppressions(INLINE, [INLINE], selected);

    it('finds blanket suppressions and suppressions of a scan rule, and leaves other rules alone', () => {
        expect(
            found.map(
                (suppression) => `${suppression.file}:${suppression.line} ${suppression.rule ?? 'blanket'}`
            )
        ).toEqual([
            `${CLASS_WITH_SUPPRESSIONS}:2 blanket`,
            `${CLASS_WITH_SUPPRESSIONS}:6 pmd:ApexCRUDViolation`,
            `${CLASS_WITH_SUPPRESSIONS}:8 blanket`,
            `${CLASS_WITH_SUPPRESSIONS}:11 blanket`,
            'force-app/main/default/lwc/noteCard/noteCard.js:1 blanket',
            'force-app/main/default/lwc/noteCard/noteCard.js:8 eslint:@lwc/lwc/no-inner-html',
            'force-app/main/default/lwc/noteCard/noteCard.js:12 blanket'
        ]);
        expect(found.map((suppression) => suppression.description)).toEqual([
            "@SuppressWarnings('PMD') silences every PMD rule",
            "@SuppressWarnings('PMD.ApexCRUDViolation') silences pmd:ApexCRUDViolation, a rule of the security scan",
            'NOPMD silences every PMD rule on its line',
            'sfge-disable hides Graph Engine security findings',
            'eslint-disable without rule names silences every ESLint rule',
            'eslint-disable-next-line @lwc/lwc/no-inner-html silences eslint:@lwc/lwc/no-inner-html, a rule of the security scan',
            'eslint-disable-line without rule names silences every ESLint rule'
        ]);
    });

    it('fails on each of them while the suppressions file lists none', () => {
        const problems = checkInlineSuppressions(found, []);

        expect(problems.map((problem) => `${problem.file}:${problem.line}`)).toEqual(
            found.map((suppression) => `${suppression.file}:${suppression.line}`)
        );
        expect(problems[0]?.message).toBe(
            "inline suppression: @SuppressWarnings('PMD') silences every PMD rule; name the one rule it is for, or fix the finding"
        );
        expect(problems[1]?.message).toContain(
            `list it under "inline" in ${SUPPRESSIONS_FILE} with the reason`
        );
    });

    it('lets a listed rule-specific suppression pass, never a blanket one, and fails on a listed one the code lacks', () => {
        const problems = checkInlineSuppressions(found, [
            { rule: 'pmd:ApexCRUDViolation', file: CLASS_WITH_SUPPRESSIONS, reason: REASON },
            { rule: 'pmd:ApexSharingViolations', file: CLASS_WITH_SUPPRESSIONS, reason: REASON }
        ]);

        expect(problems.map((problem) => `${problem.file}:${problem.line ?? '-'}`)).toEqual([
            `${CLASS_WITH_SUPPRESSIONS}:2`,
            `${CLASS_WITH_SUPPRESSIONS}:8`,
            `${CLASS_WITH_SUPPRESSIONS}:11`,
            'force-app/main/default/lwc/noteCard/noteCard.js:1',
            'force-app/main/default/lwc/noteCard/noteCard.js:8',
            'force-app/main/default/lwc/noteCard/noteCard.js:12',
            `${SUPPRESSIONS_FILE}:-`
        ]);
        expect(problems.at(-1)?.message).toBe(
            `inline[1] (pmd:ApexSharingViolations in ${CLASS_WITH_SUPPRESSIONS}): no such inline suppression in the file; remove the entry`
        );
    });
});

describe('scanWorkspacePaths', () => {
    it('covers the project without dependencies, output folders and the fixtures that break rules on purpose', () => {
        const paths = scanWorkspacePaths(REPO).map((entry) =>
            path.relative(REPO, entry).split(path.sep).join('/')
        );

        expect(paths).toEqual(expect.arrayContaining(['force-app', 'engine', 'sim', 'e2e', 'scripts/build']));
        expect(
            paths.filter((entry) => /(^|\/)(node_modules|__fixtures__|reports|tmp|\.git)(\/|$)/.test(entry))
        ).toEqual([]);
        expect(paths).toContain('scripts/validate/code-analyzer');
    });
});
