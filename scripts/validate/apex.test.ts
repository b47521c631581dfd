import { chmodSync, cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { checkApexPmd, checkApexSyntax, JAVA_REQUIRED_MESSAGE, runApexPmd } from './apex';
import type { ApexPmdReport } from './apex';
import { findApexSources } from './apex/apex-sources';
import { formatProblem } from './problem';

const FIXTURES = path.join(__dirname, '__fixtures__', 'apex');
const VALID = path.join(FIXTURES, 'valid');
const SYNTAX_ERROR = path.join(FIXTURES, 'syntax-error');
const PMD_VIOLATION = path.join(FIXTURES, 'pmd-violation');
const REPO = path.resolve(__dirname, '..', '..');

/** PMD starts a JVM twice per run (about 3 s each time here); leave room for slow CI machines. */
const PMD_TIMEOUT_MS = 120_000;

// The Apex parser (ANTLR in JavaScript) and PMD's JVM take seconds per run, more on a busy 2-core runner.
jest.setTimeout(120_000);

describe('checkApexSyntax', () => {
    let dir: string | undefined;

    afterEach(() => {
        if (dir !== undefined) rmSync(dir, { recursive: true, force: true });
        dir = undefined;
    });

    it('rejects a class with a syntax error at file:line:column', async () => {
        const problems = await checkApexSyntax(SYNTAX_ERROR);

        expect(problems).toEqual([
            {
                check: 'apex-parse',
                file: 'force-app/main/default/classes/Broken.cls',
                line: 8,
                column: 9,
                message: "Apex syntax error: missing ';' at 'return'"
            }
        ]);
        expect(problems.map(formatProblem)).toEqual([
            "force-app/main/default/classes/Broken.cls:8:9: [apex-parse] Apex syntax error: missing ';' at 'return'"
        ]);
    });

    it('accepts a valid class and trigger', async () => {
        await expect(checkApexSyntax(VALID)).resolves.toEqual([]);
    });

    it('parses triggers with the trigger grammar and rejects a broken one', async () => {
        dir = mkdtempSync(path.join(tmpdir(), 'apex-syntax-'));
        cpSync(VALID, dir, { recursive: true });
        const trigger = path.join(dir, 'force-app/main/default/triggers/GreeterContact.trigger');
        writeFileSync(
            trigger,
            'trigger GreeterContact on Contact(before insert) {\n    Greeter.stamp(Trigger.new)\n}\n'
        );

        const problems = await checkApexSyntax(dir);

        expect(problems).toEqual([
            {
                check: 'apex-parse',
                file: 'force-app/main/default/triggers/GreeterContact.trigger',
                line: 3,
                column: 1,
                message: "Apex syntax error: missing ';' at '}'"
            }
        ]);
    });

    it('finds the real classes in force-app and they all parse', async () => {
        const sources = findApexSources(REPO).map((file) =>
            path.relative(REPO, file).split(path.sep).join('/')
        );
        expect(sources).toEqual(
            expect.arrayContaining([
                'force-app/main/default/classes/SoftphoneCallLogService.cls',
                'force-app/tests/SoftphoneCallLogService_Tests.cls'
            ])
        );
        expect(sources.filter((file) => file.includes('__fixtures__'))).toEqual([]);

        await expect(checkApexSyntax(REPO)).resolves.toEqual([]);
        // Parsing every class of the project (force-app-voice too) takes seconds on a busy two-core machine.
    }, 30_000);
});

describe('checkApexPmd', () => {
    describe('on a class with a High and a Moderate violation', () => {
        let report: ApexPmdReport;

        beforeAll(async () => {
            report = await runApexPmd(PMD_VIOLATION);
        }, PMD_TIMEOUT_MS);

        it('reports the High-severity ApexSOQLInjection violation as a problem with its rule name', () => {
            expect(report.problems).toEqual([
                {
                    check: 'pmd',
                    file: 'force-app/main/default/classes/AccountSearch.cls',
                    line: 13,
                    column: 74,
                    message: expect.stringMatching(/^ApexSOQLInjection \(High\): /)
                }
            ]);
        });

        it('returns the Moderate ApexSharingViolations violation as a warning, not a problem', () => {
            expect(report.warnings).toEqual([
                expect.objectContaining({
                    check: 'pmd',
                    file: 'force-app/main/default/classes/AccountSearch.cls',
                    line: 6,
                    message: expect.stringMatching(/^ApexSharingViolations \(Moderate\): /)
                })
            ]);
            expect(report.findings.map(({ rule, severity }) => [rule, severity])).toEqual(
                expect.arrayContaining([
                    ['ApexSOQLInjection', 2],
                    ['ApexSharingViolations', 3]
                ])
            );
        });
    });

    it(
        'accepts a valid class and trigger without a single finding',
        async () => {
            await expect(runApexPmd(VALID)).resolves.toEqual({ problems: [], warnings: [], findings: [] });
        },
        PMD_TIMEOUT_MS
    );

    it(
        'reports a file PMD cannot parse, since none of its rules ran',
        async () => {
            const problems = await checkApexPmd(SYNTAX_ERROR);

            expect(problems).toEqual([
                {
                    check: 'pmd',
                    file: 'force-app/main/default/classes/Broken.cls',
                    message: expect.stringContaining('PMD could not analyse this file')
                }
            ]);
            expect(problems[0]?.message).not.toContain(SYNTAX_ERROR);
        },
        PMD_TIMEOUT_MS
    );

    it(
        'finds no Critical or High violation in the real classes in force-app, within 60 s',
        async () => {
            const start = performance.now();

            await expect(checkApexPmd(REPO)).resolves.toEqual([]);

            expect(performance.now() - start).toBeLessThan(60_000);
        },
        PMD_TIMEOUT_MS
    );

    it('fails with the install hint when java is not on PATH', async () => {
        await expect(runApexPmd(VALID, { searchPath: '' })).rejects.toThrow(JAVA_REQUIRED_MESSAGE);
    });

    // The fake `java` is a shell script, so these need a POSIX shell.
    (process.platform === 'win32' ? describe.skip : describe)('with a fake java on PATH', () => {
        it(
            'fails with the install hint when that java is older than 11',
            async () => {
                const bin = mkdtempSync(path.join(tmpdir(), 'old-java-'));
                try {
                    const java = path.join(bin, 'java');
                    writeFileSync(java, '#!/bin/sh\necho \'java version "1.8.0_402"\' >&2\n');
                    chmodSync(java, 0o755);

                    const run = runApexPmd(VALID, { searchPath: bin });

                    await expect(run).rejects.toThrow(JAVA_REQUIRED_MESSAGE);
                    await expect(run).rejects.toThrow(/below minimum supported version v11/);
                } finally {
                    rmSync(bin, { recursive: true, force: true });
                }
            },
            PMD_TIMEOUT_MS
        );
    });
});
