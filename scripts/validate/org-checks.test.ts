import {
    cpSync,
    mkdirSync,
    mkdtempSync,
    readFileSync,
    rmSync,
    unlinkSync,
    writeFileSync,
    renameSync
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { checkDataPlan } from './data-plan';
import { checkOrgSetup } from './org-setup';
import { checkPackaging } from './packaging';
import { checkReadmeComponents, findMentions } from './readme-components';

const FIXTURES = path.join(__dirname, '__fixtures__');
const VALID = path.join(FIXTURES, 'org-project', 'valid');
const BROKEN_PLAN = path.join(FIXTURES, 'data-plan', 'broken');
const REPO = path.resolve(__dirname, '..', '..');

describe('org checks', () => {
    let dir: string;
    const file = (relative: string): string => path.join(dir, relative);
    const edit = (relative: string, change: (text: string) => string): void =>
        writeFileSync(file(relative), change(readFileSync(file(relative), 'utf8')));

    beforeEach(() => {
        dir = mkdtempSync(path.join(tmpdir(), 'org-checks-'));
        cpSync(VALID, dir, { recursive: true });
    });

    afterEach(() => rmSync(dir, { recursive: true, force: true }));

    it('accept the valid fixture project', async () => {
        await expect(checkOrgSetup(dir)).resolves.toEqual([]);
        await expect(checkPackaging(dir)).resolves.toEqual([]);
        await expect(checkReadmeComponents(dir)).resolves.toEqual([]);
        await expect(checkDataPlan(dir)).resolves.toEqual([]);
    });

    it('accept the real project', async () => {
        await expect(checkOrgSetup(REPO)).resolves.toEqual([]);
        await expect(checkPackaging(REPO)).resolves.toEqual([]);
        await expect(checkReadmeComponents(REPO)).resolves.toEqual([]);
        await expect(checkDataPlan(REPO)).resolves.toEqual([]);
    });

    describe('checkOrgSetup', () => {
        it('rejects a permission set org:setup assigns that is not in the tree', async () => {
            unlinkSync(file('force-app/main/default/permissionsets/Softphone_Admin.permissionset-meta.xml'));

            await expect(checkOrgSetup(dir)).resolves.toEqual([
                {
                    check: 'org-setup',
                    file: 'scripts/org/project-names.ts',
                    message:
                        'org:setup uses the PermissionSet Softphone_Admin (assigned to the admin), but no such component is in the package directories'
                }
            ]);
        });

        it('rejects a call center whose internal name is not the one org:setup looks up', async () => {
            renameSync(
                file('force-app/main/default/callCenters/SoftphoneCallCenter.callCenter-meta.xml'),
                file('force-app/main/default/callCenters/Softphone.callCenter-meta.xml')
            );

            const problems = await checkOrgSetup(dir);

            expect(problems.map((p) => p.message)).toEqual([
                expect.stringContaining(
                    'CallCenter SoftphoneCallCenter (looked up as CallCenter.InternalName'
                )
            ]);
        });

        it('rejects a package directory that does not exist, and a missing data plan', async () => {
            edit('sfdx-project.json', (text) =>
                text.replace(/\n {4}\],/, ',\n        { "path": "org-extras", "default": false }\n    ],')
            );
            unlinkSync(file('data/sample-data-plan.json'));

            const messages = (await checkOrgSetup(dir)).map((p) => p.message);

            expect(messages).toEqual([
                expect.stringMatching(/^the dry run does not build: The data plan is not valid/)
            ]);
            await expect(checkPackaging(dir)).resolves.toEqual([
                expect.objectContaining({ message: 'the package directory org-extras does not exist' })
            ]);
        });

        it('rejects a scratch org definition without an edition', async () => {
            writeFileSync(file('config/project-scratch-def.json'), '{ "orgName": "x" }');

            await expect(checkOrgSetup(dir)).resolves.toEqual([
                expect.objectContaining({
                    file: 'config/project-scratch-def.json',
                    message: 'a scratch org definition needs an "edition"'
                })
            ]);
        });
    });

    describe('checkPackaging', () => {
        it('rejects a bad version number, a missing definition file and a bad alias', async () => {
            edit('sfdx-project.json', (text) =>
                text
                    .replace('0.1.0.NEXT', '0.1')
                    .replace(
                        '"namespace"',
                        '"packageAliases": { "Softphone for Salesforce": "softphone" }, "namespace"'
                    )
            );
            unlinkSync(file('config/project-scratch-def.json'));

            const messages = (await checkPackaging(dir)).map((p) => p.message);

            expect(messages).toEqual([
                'versionNumber must be major.minor.patch.build with build a number or NEXT, got 0.1',
                'definitionFile config/project-scratch-def.json does not exist',
                'packageAliases "Softphone for Salesforce" must be a package (0Ho) or package version (04t) Id, got softphone'
            ]);
        });
    });

    describe('checkReadmeComponents', () => {
        it('rejects a component the README names that is not in the tree, at its line and column', async () => {
            edit(
                'README.md',
                (text) =>
                    `${text}\nThe page \`/apex/SoftphoneLegacy\` and the \`Softphone_Supervisor\` permission set.\n`
            );

            await expect(checkReadmeComponents(dir)).resolves.toEqual([
                expect.objectContaining({
                    line: 11,
                    column: 11,
                    message: expect.stringMatching(/^README.md names SoftphoneLegacy, but no ApexPage/)
                }),
                expect.objectContaining({
                    line: 11,
                    column: 43,
                    message: expect.stringMatching(
                        /^README.md names Softphone_Supervisor, but no metadata component/
                    )
                })
            ]);
        });

        it('rejects a layout folder with no component of its type', async () => {
            edit('README.md', (text) =>
                text.replace('  permissionsets/', '  lwc/                components\n  permissionsets/')
            );

            await expect(checkReadmeComponents(dir)).resolves.toEqual([
                expect.objectContaining({
                    file: 'README.md',
                    line: 8,
                    message:
                        'the layout in README.md lists lwc/, but the project has no LightningComponentBundle component'
                })
            ]);
        });

        it('rejects a component a guide in docs/ names that is not in the tree, with the guide as its file', async () => {
            mkdirSync(file('docs/admin'), { recursive: true });
            writeFileSync(
                file('docs/admin/permissions.md'),
                '# Permissions\n\nAssign `Softphone_Agent`, then `Softphone_Supervisor`.\n'
            );

            await expect(checkReadmeComponents(dir)).resolves.toEqual([
                {
                    check: 'readme-components',
                    file: 'docs/admin/permissions.md',
                    line: 3,
                    column: 33,
                    message: expect.stringMatching(
                        /^docs\/admin\/permissions.md names Softphone_Supervisor, but no metadata component/
                    )
                }
            ]);
        });

        it('reads the ways the README names components', () => {
            const names = findMentions(
                'The `c-softphone` LWC, `c/softphoneBridgeProtocol`, `c:SoftphoneOutApp`, `Softphone.page` and SoftphoneEngine.js.'
            ).map((mention) => `${mention.name}:${mention.types.join('|')}`);

            expect(names).toEqual([
                'Softphone:ApexPage',
                'SoftphoneOutApp:AuraDefinitionBundle',
                'softphoneBridgeProtocol:LightningComponentBundle',
                'softphone:LightningComponentBundle',
                'SoftphoneEngine:'
            ]);
        });
    });

    describe('checkDataPlan', () => {
        it('reports every fault of the broken fixture plan', async () => {
            const problems = await checkDataPlan(BROKEN_PLAN);

            expect(problems.map((p) => `${p.file}: ${p.message}`)).toEqual([
                'data/sample-data-plan.json: plan entry 1 (Account) has an unknown key "refs"',
                'data/Contact.json: record ContactRef1 is of type Lead, but the plan loads this file as Contact',
                'data/Missing.json: the plan lists this file, but it does not exist',
                'data/Account.json: record acme is of type Account, but the plan loads this file as Opportunity',
                'data/Account.json: referenceId "acme" must look like AccountRef1: the CLI resolves only @<Name>Ref<n> references',
                'data/Account.json: acme: Account.Phone "555-CALL-NOW" is not a valid phone number (write it in international form, +1 415 555 0100)',
                'data/Account.json: acme: Account.Rating__c is not a standard field the sample data may set',
                expect.stringMatching(
                    /^data\/Account.json: acme: Account.Type "Friend" is not one of the standard values: Prospect, /
                ),
                'data/Contact.json: ContactRef1: Contact.Email "not-an-address" is not an email address',
                'data/Contact.json: ContactRef1: Contact.AccountId refers to @AccountRef9, which no earlier record of the plan defines',
                'data/Contact.json: referenceId ContactRef1 is used twice in the plan',
                'data/Account.json: Opportunity is not an object the sample data may load (Account, Contact, Case, Lead)'
            ]);
        });

        it('rejects a reference to a record of the wrong object', async () => {
            edit('data/Contact.json', (text) => text.replace('"@AccountRef1"', '"@ContactRef1"'));

            await expect(checkDataPlan(dir)).resolves.toEqual([
                expect.objectContaining({
                    message:
                        'ContactRef1: Contact.AccountId refers to @ContactRef1, which no earlier record of the plan defines'
                })
            ]);
        });

        it('rejects a plan that is not a JSON array', async () => {
            writeFileSync(file('data/sample-data-plan.json'), '{ "sobject": "Account" }');

            await expect(checkDataPlan(dir)).resolves.toEqual([
                {
                    check: 'data-plan',
                    file: 'data/sample-data-plan.json',
                    message: 'a data plan is a JSON array of sObject entries'
                }
            ]);
        });
    });
});
