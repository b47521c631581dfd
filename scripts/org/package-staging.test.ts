import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { listFiles } from '../validate/project-files';
import { copyNewPackageAliases, orgSpecificComponents, stagePackageProject } from './package-staging';

const VALID = path.join(__dirname, '..', 'validate', '__fixtures__', 'org-project', 'valid');
const TRUSTED_SITE = 'force-app/main/default/cspTrustedSites/Softphone_PBX_WebSocket.cspTrustedSite-meta.xml';

describe('package staging', () => {
    let root: string;
    let staging: string;
    const relativeFiles = (dir: string): string[] =>
        listFiles(dir).map((file) => path.relative(dir, file).split(path.sep).join('/'));

    beforeEach(() => {
        root = mkdtempSync(path.join(tmpdir(), 'package-root-'));
        staging = mkdtempSync(path.join(tmpdir(), 'package-staging-'));
        cpSync(VALID, root, { recursive: true });
    });

    afterEach(() => {
        rmSync(root, { recursive: true, force: true });
        rmSync(staging, { recursive: true, force: true });
    });

    it('finds the CSP Trusted Site in force-app as org-specific, with its file', () => {
        expect(orgSpecificComponents(root, 'force-app')).toEqual([
            { type: 'CspTrustedSite', fullName: 'Softphone_PBX_WebSocket', files: [TRUSTED_SITE] }
        ]);
    });

    it('copies the project without the CSP Trusted Site, and keeps everything else the CLI reads', () => {
        const leftOut = stagePackageProject(root, staging, 'force-app', 'config/project-scratch-def.json');

        expect(leftOut.map((component) => component.fullName)).toEqual(['Softphone_PBX_WebSocket']);
        expect(existsSync(path.join(root, TRUSTED_SITE))).toBe(true);
        const expected = relativeFiles(root).filter(
            (file) =>
                file === 'sfdx-project.json' ||
                file === 'config/project-scratch-def.json' ||
                (file.startsWith('force-app/') && file !== TRUSTED_SITE)
        );
        expect(relativeFiles(staging)).toEqual(expected);
        expect(expected).toContain(
            'force-app/main/default/callCenters/SoftphoneCallCenter.callCenter-meta.xml'
        );
    });

    it('brings the aliases the CLI added to the staged sfdx-project.json back, and nothing else', () => {
        stagePackageProject(root, staging, 'force-app', undefined);
        const stagedFile = path.join(staging, 'sfdx-project.json');
        const staged = JSON.parse(readFileSync(stagedFile, 'utf8')) as Record<string, unknown>;
        writeFileSync(
            stagedFile,
            JSON.stringify({
                ...staged,
                sourceApiVersion: '99.0',
                packageAliases: {
                    'Softphone for Salesforce': '0Ho000000000001AAA',
                    'Softphone for Salesforce@0.1.0-1': '04t000000000001AAA'
                }
            })
        );

        expect(copyNewPackageAliases(staging, root)).toEqual([
            'Softphone for Salesforce',
            'Softphone for Salesforce@0.1.0-1'
        ]);
        const project = JSON.parse(readFileSync(path.join(root, 'sfdx-project.json'), 'utf8')) as Record<
            string,
            unknown
        >;
        expect(project['sourceApiVersion']).toBe('66.0');
        expect(project['packageAliases']).toEqual({
            'Softphone for Salesforce': '0Ho000000000001AAA',
            'Softphone for Salesforce@0.1.0-1': '04t000000000001AAA'
        });
        expect(copyNewPackageAliases(staging, root)).toEqual([]);
    });
});
