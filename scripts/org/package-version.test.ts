import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import {
    createPackageVersion,
    formatCreatedVersion,
    parsePackageVersionArgs,
    planPackageVersion,
    readPackageDefinition
} from './package-version';
import { orgSpecificComponents } from './package-staging';
import { failure, ok, ScriptedSf } from './test-support/scripted-sf';

const ROOT = path.resolve(__dirname, '..', '..');
const CREATE = [
    'package',
    'version',
    'create',
    '--package',
    'Softphone for Salesforce',
    '--code-coverage',
    '--installation-key-bypass',
    '--wait',
    '60',
    '--target-dev-hub',
    'DevHub',
    '--json'
];
const OPTIONS = { devHub: 'DevHub', waitMinutes: 60, dryRun: false, help: false };

describe('package:version', () => {
    let dir: string;

    beforeEach(() => {
        dir = mkdtempSync(path.join(tmpdir(), 'package-version-'));
        cpSync(path.join(ROOT, 'sfdx-project.json'), path.join(dir, 'sfdx-project.json'));
    });

    afterEach(() => rmSync(dir, { recursive: true, force: true }));

    function withAlias(): void {
        const file = path.join(dir, 'sfdx-project.json');
        const project = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
        project['packageAliases'] = { 'Softphone for Salesforce': '0Ho000000000001AAA' };
        writeFileSync(file, JSON.stringify(project));
    }

    it('reads the one packaged directory of the real sfdx-project.json', () => {
        expect(readPackageDefinition(ROOT)).toEqual(
            expect.objectContaining({
                packageName: 'Softphone for Salesforce',
                path: 'force-app',
                versionNumber: '0.1.0.NEXT'
            })
        );
    });

    it('prints the one-time sf package create before the first version', () => {
        expect(planPackageVersion(readPackageDefinition(dir), OPTIONS)).toEqual([
            'package:version dry run: nothing is run.',
            '# once per Dev Hub, because sfdx-project.json has no packageAliases entry for "Softphone for Salesforce":',
            'sf package create --name "Softphone for Salesforce" --package-type Unlocked --path force-app --no-namespace --target-dev-hub DevHub',
            'sf package version create --package "Softphone for Salesforce" --code-coverage --installation-key-bypass --wait 60 --target-dev-hub DevHub --json'
        ]);
    });

    it('says which org-specific components of the real project the version leaves out, and why', () => {
        withAlias();
        const leftOut = orgSpecificComponents(ROOT, 'force-app');

        expect(planPackageVersion(readPackageDefinition(dir), OPTIONS, leftOut)).toEqual([
            'package:version dry run: nothing is run.',
            '# built from a temporary copy of the project without the org-specific metadata a deploy provisions:',
            "#   CspTrustedSite Softphone_PBX_WebSocket (force-app/main/default/cspTrustedSites/Softphone_PBX_WebSocket.cspTrustedSite-meta.xml): its endpoint URL is each org's own PBX; a package upgrade would reset it to the placeholder",
            'sf package version create --package "Softphone for Salesforce" --code-coverage --installation-key-bypass --wait 60 --target-dev-hub DevHub --json'
        ]);
    });

    it('stops before running anything when the package was never created', async () => {
        const sf = new ScriptedSf([]);

        await expect(
            createPackageVersion(readPackageDefinition(dir), OPTIONS, sf.runner, () => undefined)
        ).rejects.toThrow(
            /no packageAliases entry.*\n {2}sf package create --name "Softphone for Salesforce"/
        );
        expect(sf.calls).toEqual([]);
    });

    it('creates a version with code coverage and reports the subscriber install URLs', async () => {
        withAlias();
        const sf = new ScriptedSf([
            {
                args: CREATE,
                json: ok({
                    Id: '08c000000000001AAA',
                    Status: 'Success',
                    SubscriberPackageVersionId: '04t000000000001AAA',
                    VersionNumber: '0.1.0.1',
                    CodeCoverage: 96,
                    HasPassedCodeCoverageCheck: true,
                    Error: []
                })
            }
        ]);

        const version = await createPackageVersion(
            readPackageDefinition(dir),
            OPTIONS,
            sf.runner,
            () => undefined
        );

        expect(formatCreatedVersion(version)).toEqual([
            'Package version 0.1.0.1 created: 04t000000000001AAA',
            'Apex code coverage: 96%',
            'Install in production or Developer Edition: https://login.salesforce.com/packaging/installPackage.apexp?p0=04t000000000001AAA',
            'Install in a sandbox:                       https://test.salesforce.com/packaging/installPackage.apexp?p0=04t000000000001AAA',
            'Or: sf package install --package 04t000000000001AAA --target-org "<org alias>" --wait 10',
            'Release it (after testing): sf package version promote --package 04t000000000001AAA'
        ]);
    });

    it('stops with the errors of a failed version request', async () => {
        withAlias();
        const sf = new ScriptedSf([
            {
                args: CREATE,
                json: failure('MultipleErrors', 'Multiple errors occurred: (1) CallCenter: not supported')
            }
        ]);

        await expect(
            createPackageVersion(readPackageDefinition(dir), OPTIONS, sf.runner, () => undefined)
        ).rejects.toThrow(
            'Could not create the package version: Multiple errors occurred: (1) CallCenter: not supported'
        );
    });

    it('stops when the request did not end in Success', async () => {
        withAlias();
        const sf = new ScriptedSf([
            { args: CREATE, json: ok({ Status: 'InProgress', SubscriberPackageVersionId: null }) }
        ]);

        await expect(
            createPackageVersion(readPackageDefinition(dir), OPTIONS, sf.runner, () => undefined)
        ).rejects.toThrow(/ended with status InProgress/);
    });

    it('checks its arguments', () => {
        expect(parsePackageVersionArgs(['--wait', '30']).waitMinutes).toBe(30);
        expect(() => parsePackageVersionArgs(['--wait', 'soon'])).toThrow(/--wait must be a whole number/);
    });
});
