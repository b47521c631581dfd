import path from 'node:path';
import { readDataPlan, planRecords } from './data-plan';
import { PROJECT_NAMES } from './project-names';
import { sfCommands, soql } from './sf-commands';
import { formatCommand } from './sf-runner';
import { planSetup, runSetup, setupSteps, SetupStoppedError } from './setup';
import { parseSetupArgs } from './setup-options';
import type { SetupOptions } from './setup-step';
import { CONSOLE_APP_PATH } from './step-open-console';
import { sampleAccountNames } from './step-sample-data';
import { SCRATCH_ORG_WAIT_MINUTES } from './step-scratch-org';
import { failure, ok, records, ScriptedSf } from './test-support/scripted-sf';
import type { ScriptedCall } from './test-support/scripted-sf';

const ROOT = path.resolve(__dirname, '..', '..');
const ALIAS = 'softphone';
const USERNAME = 'test-abc@example.com';
const USER_ID = '005000000000001AAA';
const CALL_CENTER_ID = '04v000000000001AAA';
const OTHER_CALL_CENTER_ID = '04v000000000002AAA';
const PERMISSION_SETS = [PROJECT_NAMES.agentPermissionSet, PROJECT_NAMES.adminPermissionSet];

const OPTIONS: SetupOptions = {
    alias: ALIAS,
    devHub: 'DevHub',
    durationDays: 7,
    force: false,
    loadData: true,
    open: true
};

const plan = readDataPlan(ROOT, PROJECT_NAMES.dataPlanFile);
const ACCOUNT_NAMES = sampleAccountNames(plan);
const RECORD_COUNT = planRecords(plan).length;

const createArgs = sfCommands.createScratchOrg({
    definitionFile: PROJECT_NAMES.scratchDefinitionFile,
    alias: ALIAS,
    durationDays: 7,
    waitMinutes: SCRATCH_ORG_WAIT_MINUTES,
    devHub: 'DevHub'
});
const deployArgs = sfCommands.deploy(ALIAS, ['force-app'], 30);
const userQuery = sfCommands.query(ALIAS, soql.usersByUsername([USERNAME]));
const user = (callCenterId?: string, internalName?: string): Record<string, unknown> => ({
    attributes: { type: 'User' },
    Id: USER_ID,
    Username: USERNAME,
    IsActive: true,
    CallCenterId: callCenterId ?? null,
    CallCenter: internalName === undefined ? null : { InternalName: internalName }
});

const calls = {
    displayUnknown: {
        args: sfCommands.orgDisplay(ALIAS),
        json: failure('NamedOrgNotFoundError', `No authorization information found for ${ALIAS}.`)
    },
    displayActive: {
        args: sfCommands.orgDisplay(ALIAS),
        json: ok({
            username: USERNAME,
            status: 'Active',
            expirationDate: '2026-09-01',
            devHubId: 'hub@example.com'
        })
    },
    create: { args: createArgs, json: ok({ username: USERNAME, orgId: '00D000000000001', warnings: [] }) },
    deploy: { args: deployArgs, json: ok({ success: true, status: 'Succeeded', files: [{}, {}, {}] }) },
    permissionSetsNone: {
        args: sfCommands.query(ALIAS, soql.permissionSetAssignments(USERNAME, PERMISSION_SETS)),
        json: records()
    },
    permissionSetsBoth: {
        args: sfCommands.query(ALIAS, soql.permissionSetAssignments(USERNAME, PERMISSION_SETS)),
        json: records(...PERMISSION_SETS.map((Name) => ({ PermissionSet: { Name } })))
    },
    assign: {
        args: sfCommands.assignPermissionSets(ALIAS, PERMISSION_SETS),
        json: ok({ successes: PERMISSION_SETS.map((value) => ({ name: USERNAME, value })), failures: [] })
    },
    callCenter: {
        args: sfCommands.query(ALIAS, soql.callCenterByInternalName(PROJECT_NAMES.callCenterInternalName)),
        json: records({
            Id: CALL_CENTER_ID,
            Name: 'Softphone for Salesforce',
            InternalName: 'SoftphoneCallCenter'
        })
    },
    userWithout: { args: userQuery, json: records(user()) },
    userWith: { args: userQuery, json: records(user(CALL_CENTER_ID, 'SoftphoneCallCenter')) },
    userElsewhere: { args: userQuery, json: records(user(OTHER_CALL_CENTER_ID, 'LegacyPbx')) },
    setCallCenter: {
        args: sfCommands.setUserCallCenter(ALIAS, USER_ID, CALL_CENTER_ID),
        json: ok({ id: USER_ID, success: true, errors: [] })
    },
    countNone: {
        args: sfCommands.query(ALIAS, soql.countAccountsByName(ACCOUNT_NAMES)),
        json: ok({ records: [], totalSize: 0, done: true })
    },
    countAll: {
        args: sfCommands.query(ALIAS, soql.countAccountsByName(ACCOUNT_NAMES)),
        json: ok({ records: [], totalSize: ACCOUNT_NAMES.length, done: true })
    },
    importTree: {
        args: sfCommands.importTree(ALIAS, PROJECT_NAMES.dataPlanFile),
        json: ok(
            planRecords(plan).map((record, index) => ({
                refId: record.referenceId,
                type: record.type,
                id: `a${index}`
            }))
        )
    },
    open: {
        args: sfCommands.openPath(ALIAS, CONSOLE_APP_PATH),
        json: ok({
            url: 'https://example.my.salesforce.com/secur/frontdoor.jsp',
            username: USERNAME,
            orgId: '00D'
        })
    }
} satisfies Record<string, ScriptedCall>;

async function setup(script: readonly ScriptedCall[], options: SetupOptions = OPTIONS) {
    const sf = new ScriptedSf(script);
    const log: string[] = [];
    const outcome = await runSetup(ROOT, options, sf.runner, (line) => log.push(line)).then(
        () => undefined,
        (error: unknown) => error
    );
    return { sf, log, error: outcome };
}

describe('org:setup', () => {
    it('sets up a new scratch org, each step checking its result', async () => {
        const { sf, log, error } = await setup([
            calls.displayUnknown,
            calls.create,
            calls.deploy,
            calls.permissionSetsNone,
            calls.assign,
            calls.callCenter,
            calls.userWithout,
            calls.setCallCenter,
            calls.userWith,
            calls.countNone,
            calls.importTree,
            calls.open
        ]);

        expect(error).toBeUndefined();
        expect(sf.done).toBe(true);
        expect(log).toEqual(
            expect.arrayContaining([
                `      created scratch org ${ALIAS} (${USERNAME}) for 7 days`,
                '      deployed force-app (3 files)',
                `      assigned Softphone_Agent and Softphone_Admin to ${USERNAME}`,
                `      added ${USERNAME} to SoftphoneCallCenter`,
                `      loaded ${RECORD_COUNT} sample records (Account, Contact, Case, Lead)`,
                '      opened the Softphone Console app in the browser',
                `org:setup done: scratch org ${ALIAS} is ready.`
            ])
        );
    });

    it('runs again without creating, assigning, updating or importing anything', async () => {
        const { sf, log, error } = await setup([
            calls.displayActive,
            calls.deploy,
            calls.permissionSetsBoth,
            calls.callCenter,
            calls.userWith,
            calls.countAll,
            calls.open
        ]);

        expect(error).toBeUndefined();
        expect(sf.done).toBe(true);
        const verbs = sf.calls.map((args) => args.slice(0, 3).join(' '));
        expect(verbs).not.toContain('org create scratch');
        expect(verbs).not.toContain('org assign permset');
        expect(verbs).not.toContain('data update record');
        expect(verbs).not.toContain('data import tree');
        expect(log).toEqual(
            expect.arrayContaining([
                `      reusing scratch org ${ALIAS} (${USERNAME}, expires 2026-09-01)`,
                `      ${USERNAME} already has Softphone_Agent and Softphone_Admin`,
                `      ${USERNAME} is already in SoftphoneCallCenter`,
                `      sample data already loaded (${ACCOUNT_NAMES.length} sample Accounts found)`
            ])
        );
    });

    it('replaces an expired scratch org that still has the alias', async () => {
        const { sf, error } = await setup(
            [
                {
                    args: sfCommands.orgDisplay(ALIAS),
                    json: ok({ username: 'old@example.com', status: 'Expired', expirationDate: '2026-01-01' })
                },
                calls.create,
                calls.deploy
            ],
            { ...OPTIONS, loadData: false, open: false }
        );

        expect(sf.calls[1]).toEqual(createArgs);
        // The script ends after the deploy: the next step's command is unscripted.
        expect(error).toBeInstanceOf(SetupStoppedError);
        expect((error as SetupStoppedError).step).toBe(3);
    });

    it('refuses an alias that points to an org that is not a scratch org', async () => {
        const { sf, error } = await setup([
            {
                args: sfCommands.orgDisplay(ALIAS),
                json: ok({ username: 'admin@acme.com', instanceUrl: 'https://acme.my.salesforce.com' })
            }
        ]);

        expect(sf.calls).toHaveLength(1);
        expect((error as Error).message).toMatch(
            /step 1 \(Scratch org\): The alias softphone points to admin@acme\.com, which is not a scratch org/
        );
    });

    it('stops when the Dev Hub refuses the scratch org, with the CLI message', async () => {
        const { error } = await setup([
            calls.displayUnknown,
            { args: createArgs, json: failure('NoDefaultDevHubError', 'No default dev hub found.') }
        ]);

        expect((error as Error).message).toBe(
            'org:setup stopped at step 1 (Scratch org): Could not create the scratch org: No default dev hub found.'
        );
    });

    it('lists every component the org refused when the deploy fails', async () => {
        const { error } = await setup([
            calls.displayActive,
            {
                args: deployArgs,
                json: {
                    status: 1,
                    name: 'FailedDeploy',
                    message: 'Deploy failed.',
                    result: {
                        success: false,
                        status: 'Failed',
                        details: {
                            componentFailures: {
                                componentType: 'CallCenter',
                                fullName: 'SoftphoneCallCenter',
                                problem: 'Call Center is not enabled for this organization',
                                lineNumber: 3
                            }
                        }
                    }
                }
            }
        ]);

        expect((error as Error).message).toBe(
            'org:setup stopped at step 2 (Deploy the source): The deploy failed: Deploy failed.\n' +
                '  CallCenter SoftphoneCallCenter (line 3): Call Center is not enabled for this organization'
        );
    });

    it('assigns only the permission set that is missing, and accepts a duplicate as assigned', async () => {
        const { sf, log, error } = await setup(
            [
                calls.displayActive,
                calls.deploy,
                {
                    args: calls.permissionSetsNone.args,
                    json: records({ PermissionSet: { Name: 'Softphone_Agent' } })
                },
                {
                    args: sfCommands.assignPermissionSets(ALIAS, ['Softphone_Admin']),
                    json: {
                        status: 1,
                        result: {
                            successes: [],
                            failures: [
                                {
                                    name: USERNAME,
                                    message: 'Duplicate PermissionSetAssignment. Assignee: 005'
                                }
                            ]
                        }
                    }
                },
                calls.callCenter,
                calls.userWith
            ],
            { ...OPTIONS, loadData: false, open: false }
        );

        expect(error).toBeUndefined();
        expect(sf.done).toBe(true);
        expect(log).toContain(`      assigned Softphone_Admin to ${USERNAME}`);
    });

    it('stops on a permission set assignment the org refuses', async () => {
        const { error } = await setup([
            calls.displayActive,
            calls.deploy,
            calls.permissionSetsNone,
            {
                args: calls.assign.args,
                json: {
                    status: 1,
                    result: {
                        successes: [],
                        failures: [
                            {
                                name: USERNAME,
                                message: 'Permission set "Softphone_Admin" not found in target org.'
                            }
                        ]
                    }
                }
            }
        ]);

        expect((error as Error).message).toMatch(
            /step 3 \(Permission sets\): Could not assign Softphone_Agent, Softphone_Admin: Permission set "Softphone_Admin" not found/
        );
    });

    it('leaves an admin who is in another call center there, and says how to move them', async () => {
        const { sf, error } = await setup([
            calls.displayActive,
            calls.deploy,
            calls.permissionSetsBoth,
            calls.callCenter,
            calls.userElsewhere
        ]);

        expect(sf.calls.map((args) => args.slice(0, 3).join(' '))).not.toContain('data update record');
        expect((error as Error).message).toBe(
            'org:setup stopped at step 4 (Call center user): test-abc@example.com (in call center LegacyPbx). ' +
                'A user belongs to one call center at a time; run again with --force to move them to SoftphoneCallCenter.'
        );
    });

    it('moves the admin from another call center with --force', async () => {
        const { sf, error } = await setup(
            [
                calls.displayActive,
                calls.deploy,
                calls.permissionSetsBoth,
                calls.callCenter,
                calls.userElsewhere,
                calls.setCallCenter,
                calls.userWith
            ],
            { ...OPTIONS, force: true, loadData: false, open: false }
        );

        expect(error).toBeUndefined();
        expect(sf.done).toBe(true);
    });

    it('stops when the call center is not in the org', async () => {
        const { error } = await setup([
            calls.displayActive,
            calls.deploy,
            calls.permissionSetsBoth,
            { args: calls.callCenter.args, json: records() }
        ]);

        expect((error as Error).message).toMatch(
            /step 4 .*no call center with the internal name SoftphoneCallCenter/
        );
    });

    it('stops when the update did not change User.CallCenterId', async () => {
        const { error } = await setup([
            calls.displayActive,
            calls.deploy,
            calls.permissionSetsBoth,
            calls.callCenter,
            calls.userWithout,
            calls.setCallCenter,
            calls.userWithout
        ]);

        expect((error as Error).message).toMatch(
            /User\.CallCenterId is still empty; add the user in Setup > Call Centers/
        );
    });

    it('refuses to import again over a half-finished import', async () => {
        const { sf, error } = await setup([
            calls.displayActive,
            calls.deploy,
            calls.permissionSetsBoth,
            calls.callCenter,
            calls.userWith,
            { args: calls.countNone.args, json: ok({ records: [], totalSize: 1, done: true }) }
        ]);

        expect(sf.calls.map((args) => args.slice(0, 3).join(' '))).not.toContain('data import tree');
        expect((error as Error).message).toMatch(
            /step 5 \(Sample data\): 1 of the 3 sample Accounts are in the org/
        );
    });

    it('stops when the import reports fewer records than the plan holds', async () => {
        const { error } = await setup([
            calls.displayActive,
            calls.deploy,
            calls.permissionSetsBoth,
            calls.callCenter,
            calls.userWith,
            calls.countNone,
            { args: calls.importTree.args, json: ok([{ refId: 'AccountRef1', type: 'Account', id: '001' }]) }
        ]);

        expect((error as Error).message).toMatch(
            new RegExp(`reported 1 records, but the plan has ${RECORD_COUNT}`)
        );
    });

    it('stops with the output when a command does not print the CLI JSON', async () => {
        const sf = {
            runner: () => Promise.resolve({ exitCode: 127, stdout: '', stderr: 'sf: command not found' })
        };
        const error = await runSetup(ROOT, OPTIONS, sf.runner, () => undefined).catch((e: unknown) => e);

        expect((error as Error).message).toMatch(
            /did not print the CLI's JSON \(exit code 127\): sf: command not found/
        );
    });
});

describe('org:setup --dry-run', () => {
    it('prints, in order, the commands a first run executes', async () => {
        const { sf } = await setup([
            calls.displayUnknown,
            calls.create,
            calls.deploy,
            calls.permissionSetsNone,
            calls.assign,
            calls.callCenter,
            calls.userWithout,
            calls.setCallCenter,
            calls.userWith,
            calls.countNone,
            calls.importTree,
            calls.open
        ]);
        const planned = setupSteps(OPTIONS).flatMap((step) => step.plan(ROOT, OPTIONS));
        const fill = (arg: string): string =>
            arg
                .replace(/<admin username>/g, USERNAME)
                .replace('<User Id>', USER_ID)
                .replace('<CallCenter Id>', CALL_CENTER_ID);

        expect(planned.map((command) => command.args.map(fill))).toEqual(sf.calls);
        expect(planSetup(ROOT, OPTIONS).filter((line) => line.startsWith('sf '))).toEqual(
            planned.map((command) => formatCommand(command.args))
        );
    });

    it('with --voice, plans the Partner Telephony scratch org, force-app-voice, the Voice agent and contact center', () => {
        const plain = planSetup(ROOT, OPTIONS).filter((line) => line.startsWith('sf '));
        const voice = planSetup(ROOT, parseSetupArgs(['--voice']).options).filter((line) =>
            line.startsWith('sf ')
        );

        expect(plain.join('\n')).not.toMatch(/force-app-voice|Voice/);
        expect(voice).toEqual([
            'sf org display --target-org softphone --json',
            'sf org create scratch --definition-file config/project-scratch-def-voice.json --alias softphone --duration-days 7 --wait 15 --set-default --json',
            'sf project deploy start --source-dir force-app --source-dir force-app-voice --target-org softphone --wait 30 --json',
            expect.stringContaining(
                "PermissionSet.Name IN ('Softphone_Agent', 'Softphone_Admin', 'Softphone_Voice_Agent')"
            ),
            'sf org assign permset --name Softphone_Agent --name Softphone_Admin --name Softphone_Voice_Agent --target-org softphone --json',
            expect.stringContaining("FROM CallCenter WHERE InternalName = 'SoftphoneVoiceContactCenter'"),
            expect.stringContaining('FROM User WHERE Username'),
            expect.stringContaining('--sobject User'),
            expect.stringContaining('FROM User WHERE Username'),
            expect.stringContaining('SELECT COUNT() FROM Account'),
            'sf data import tree --plan data/sample-data-plan.json --target-org softphone --json',
            'sf org open --path /lightning/app/c__Softphone_Voice_Console --target-org softphone --json'
        ]);
    });

    it("with --phone-system, also assigns that phone-system profile's permission set", () => {
        const planned = planSetup(
            ROOT,
            parseSetupArgs(['--phone-system', 'Softphone_Phone_System_Example']).options
        ).filter((line) => line.startsWith('sf '));

        expect(planned).toContain(
            'sf org assign permset --name Softphone_Agent --name Softphone_Admin --name Softphone_Phone_System_Example --target-org softphone --json'
        );
        expect(planned.join('\n')).toContain(
            "PermissionSet.Name IN ('Softphone_Agent', 'Softphone_Admin', 'Softphone_Phone_System_Example')"
        );
    });

    it('with --omni, deploys force-app-omni too and assigns the Omni-Channel sync permission set', () => {
        const plain = planSetup(ROOT, OPTIONS).filter((line) => line.startsWith('sf '));
        const omni = planSetup(ROOT, parseSetupArgs(['--omni']).options).filter((line) =>
            line.startsWith('sf ')
        );

        expect(plain.join('\n')).not.toMatch(/force-app-omni|Softphone_Omni_Sync/);
        expect(omni).toContain(
            'sf project deploy start --source-dir force-app --source-dir force-app-omni --target-org softphone --wait 30 --json'
        );
        expect(omni).toContain(
            'sf org assign permset --name Softphone_Agent --name Softphone_Admin --name Softphone_Omni_Sync --target-org softphone --json'
        );
    });

    it('leaves out the sample data and the browser when asked', () => {
        const printed = planSetup(ROOT, { ...OPTIONS, loadData: false, open: false }).join('\n');

        expect(printed).not.toContain('data import tree');
        expect(printed).not.toContain('org open');
        expect(printed).toContain('# 4. Call center user');
    });
});
