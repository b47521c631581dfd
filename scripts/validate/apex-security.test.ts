import path from 'node:path';
import { findApexSources } from './apex/apex-sources';
import { findJavaOnPath, JAVA_REQUIRED_MESSAGE } from './apex/java-command';
import { runPmd } from './apex/pmd-runner';
import { blankCommentsAndStrings, checkApexSecurity, findApexSecurityProblems } from './apex-security';

const FIXTURES = path.join(__dirname, '__fixtures__', 'apex-security');
const REPO = path.resolve(__dirname, '..', '..');

describe('checkApexSecurity', () => {
    it('passes the project: with sharing, user mode, DML as user, no dynamic SOQL', async () => {
        await expect(checkApexSecurity(REPO)).resolves.toEqual([]);
    });

    it('passes a class that follows every rule, whatever its comments and strings say', async () => {
        await expect(checkApexSecurity(path.join(FIXTURES, 'secure'))).resolves.toEqual([]);
    });

    it('names every rule a class breaks, at its line', async () => {
        const problems = await checkApexSecurity(path.join(FIXTURES, 'insecure'));
        const file = 'force-app/main/default/classes/InsecureService.cls';
        expect(problems.map(({ file: where, line, message }) => [where, line, message])).toEqual([
            [file, 1, expect.stringContaining('must declare `with sharing`')],
            [file, 3, expect.stringContaining('No dynamic SOQL or SOSL (Database.query)')],
            [file, 7, expect.stringContaining('must run `WITH USER_MODE`')],
            [file, 11, expect.stringContaining('needs a reason in its method ApexDoc')],
            [file, 15, expect.stringContaining('insert as user')],
            [file, 16, expect.stringContaining('Database.update must pass AccessLevel.USER_MODE')],
            [file, 19, expect.stringContaining('`without sharing`')]
        ]);
    });

    it('leaves test classes their system-mode setup data, but not without sharing', () => {
        const test = [
            '@IsTest',
            'private inherited sharing class ServiceTests {',
            "    static void setup() { insert new Account(Name = 'A'); Integer n = [SELECT COUNT() FROM Task]; }",
            '}'
        ].join('\n');
        expect(findApexSecurityProblems(test)).toEqual([]);
        expect(findApexSecurityProblems(test.replace('inherited sharing', 'without sharing'))).toEqual([
            expect.objectContaining({ message: expect.stringContaining('must declare') }),
            expect.objectContaining({ message: expect.stringContaining('`without sharing`') })
        ]);
    });

    it('blanks comments and strings but keeps lines', () => {
        const source = "a // x\n/* y\n z */ b = 'c\\'d';";
        const blanked = blankCommentsAndStrings(source);
        expect(blanked.split('\n')).toHaveLength(3);
        expect(blanked).not.toMatch(/[xyzcd]/);
        expect(blanked).toContain("b = '");
    });
});

describe("PMD's Security rules", () => {
    it('find nothing in the project at any severity, AppExchange security rules included', async () => {
        const javaCommand = findJavaOnPath();
        if (javaCommand === undefined) throw new Error(JAVA_REQUIRED_MESSAGE);
        const result = await runPmd(findApexSources(REPO), {
            javaCommand,
            startFailureHint: JAVA_REQUIRED_MESSAGE,
            ruleSelectors: ['pmd:Security']
        });
        expect(result.processingErrors).toEqual([]);
        expect(result.violations.map(({ rule, file, line }) => `${rule} ${file}:${line}`)).toEqual([]);
    }, 120_000);

    it('find an injectable query in a class built to have one (the rules run)', async () => {
        const javaCommand = findJavaOnPath();
        if (javaCommand === undefined) throw new Error(JAVA_REQUIRED_MESSAGE);
        const result = await runPmd(findApexSources(path.join(FIXTURES, 'insecure')), {
            javaCommand,
            startFailureHint: JAVA_REQUIRED_MESSAGE,
            ruleSelectors: ['pmd:Security']
        });
        expect(result.violations.map((violation) => violation.rule)).toEqual(
            expect.arrayContaining(['ApexSOQLInjection', 'ApexSharingViolations', 'ApexCRUDViolation'])
        );
    }, 120_000);
});
