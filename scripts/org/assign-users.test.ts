import { readFileSync } from 'node:fs';
import { parseAssignUsersArgs } from './assign-users-options';
import { assignUsers, callCenterCsv, formatAssignUsersReport, planAssignUsers } from './assign-users';
import type { AssignUsersOptions } from './assign-users-options';
import { sfCommands, soql } from './sf-commands';
import { failure, ok, records, ScriptedSf } from './test-support/scripted-sf';
import type { ScriptedCall } from './test-support/scripted-sf';

const ORG = 'softphone';
const CALL_CENTER_ID = '04v000000000001AAA';
const OTHER_ID = '04v000000000002AAA';

const user = (
    n: number,
    callCenterId?: string,
    internalName?: string,
    isActive = true
): Record<string, unknown> => ({
    Id: `00500000000000${n}AAA`,
    Username: `agent${n}@example.com`,
    IsActive: isActive,
    CallCenterId: callCenterId ?? null,
    CallCenter: internalName === undefined ? null : { InternalName: internalName }
});

const options = (overrides: Partial<AssignUsersOptions> = {}): AssignUsersOptions => ({
    usernames: [
        'agent1@example.com',
        'agent2@example.com',
        'agent3@example.com',
        'agent4@example.com',
        'nobody@example.com'
    ],
    permissionSet: undefined,
    targetOrg: ORG,
    callCenter: 'SoftphoneCallCenter',
    force: false,
    dryRun: false,
    help: false,
    ...overrides
});

const callCenterCall: ScriptedCall = {
    args: sfCommands.query(ORG, soql.callCenterByInternalName('SoftphoneCallCenter')),
    json: records({
        Id: CALL_CENTER_ID,
        Name: 'Softphone for Salesforce',
        InternalName: 'SoftphoneCallCenter'
    })
};

describe('org:assign-users', () => {
    const usernames = options().usernames;
    const usersQuery = sfCommands.query(ORG, soql.usersByUsername(usernames));
    const before = records(
        user(1),
        user(2, CALL_CENTER_ID, 'SoftphoneCallCenter'),
        user(3, OTHER_ID, 'LegacyPbx'),
        user(4, undefined, undefined, false)
    );

    /** A runner that checks the bulk CSV, since its file name is a fresh temporary path. */
    function runnerWithBulk(script: ScriptedCall[], bulkJson: Record<string, unknown>, csvSeen: string[]) {
        const sf = new ScriptedSf(script);
        const calls: string[][] = [];
        return {
            calls,
            sf,
            runner: (args: readonly string[]) => {
                calls.push([...args]);
                if (args.slice(0, 3).join(' ') === 'data update bulk') {
                    const file = args[args.indexOf('--file') + 1] ?? '';
                    csvSeen.push(readFileSync(file, 'utf8'));
                    expect(args).toEqual(sfCommands.bulkUpdate(ORG, 'User', file, 10));
                    return Promise.resolve({ exitCode: 0, stdout: JSON.stringify(bulkJson), stderr: '' });
                }
                return sf.runner(args);
            }
        };
    }

    it('assigns the users in no call center in one bulk update, and reports the others', async () => {
        const csv: string[] = [];
        const { runner, sf } = runnerWithBulk(
            [
                callCenterCall,
                { args: usersQuery, json: before },
                {
                    args: usersQuery,
                    json: records(
                        user(1, CALL_CENTER_ID, 'SoftphoneCallCenter'),
                        user(2, CALL_CENTER_ID, 'SoftphoneCallCenter'),
                        user(3, OTHER_ID, 'LegacyPbx'),
                        user(4, undefined, undefined, false)
                    )
                }
            ],
            ok({ jobId: '750000000000001', processedRecords: 1, successfulRecords: 1, failedRecords: 0 }),
            csv
        );

        const report = await assignUsers(options(), runner, () => undefined);
        const { lines, ok: allAssigned } = formatAssignUsersReport(report, 'SoftphoneCallCenter');

        expect(sf.done).toBe(true);
        expect(csv).toEqual([`Id,CallCenterId\n005000000000001AAA,${CALL_CENTER_ID}\n`]);
        expect(lines).toEqual([
            'Added to SoftphoneCallCenter (1):',
            '  agent1@example.com',
            'Already in SoftphoneCallCenter (1):',
            '  agent2@example.com',
            'In another call center, not moved (use --force to move them) (1):',
            '  agent3@example.com (in call center LegacyPbx)',
            'Inactive, left alone (1):',
            '  agent4@example.com',
            'Not found in the org (1):',
            '  nobody@example.com'
        ]);
        expect(allAssigned).toBe(false);
    });

    it('moves users out of another call center with --force', async () => {
        const csv: string[] = [];
        const { runner } = runnerWithBulk(
            [
                callCenterCall,
                { args: usersQuery, json: before },
                {
                    args: usersQuery,
                    json: records(
                        user(1, CALL_CENTER_ID, 'SoftphoneCallCenter'),
                        user(2, CALL_CENTER_ID, 'SoftphoneCallCenter'),
                        user(3, CALL_CENTER_ID, 'SoftphoneCallCenter')
                    )
                }
            ],
            ok({ jobId: '750', processedRecords: 2, successfulRecords: 2, failedRecords: 0 }),
            csv
        );

        const report = await assignUsers(options({ force: true }), runner, () => undefined);

        expect(csv[0]).toBe(
            `Id,CallCenterId\n005000000000001AAA,${CALL_CENTER_ID}\n005000000000003AAA,${CALL_CENTER_ID}\n`
        );
        expect(report.assigned.map((u) => u.username)).toEqual(['agent1@example.com', 'agent3@example.com']);
        expect(formatAssignUsersReport(report, 'SoftphoneCallCenter').lines).toContain(
            '  agent3@example.com (in call center LegacyPbx)'
        );
    });

    it('reports users the bulk job did not update, checked by reading them again', async () => {
        const csv: string[] = [];
        const log: string[] = [];
        const { runner } = runnerWithBulk(
            [callCenterCall, { args: usersQuery, json: before }, { args: usersQuery, json: before }],
            failure('FailedRecordDetailsError', 'Job finished with 1 failed record.', {
                data: { jobId: '750000000000009', state: 'JobComplete' }
            }),
            csv
        );

        const report = await assignUsers(options(), runner, (line) => log.push(line));

        expect(report.failed.map((u) => u.username)).toEqual(['agent1@example.com']);
        expect(log.join('\n')).toMatch(/Job finished with 1 failed record.*job 750000000000009/);
        expect(formatAssignUsersReport(report, 'SoftphoneCallCenter').ok).toBe(false);
    });

    it('runs no update when everyone is already in the call center', async () => {
        const sf = new ScriptedSf([
            callCenterCall,
            {
                args: sfCommands.query(ORG, soql.usersByPermissionSet('Softphone_Agent')),
                json: records(user(2, CALL_CENTER_ID, 'SoftphoneCallCenter'))
            }
        ]);

        const report = await assignUsers(
            options({ usernames: [], permissionSet: 'Softphone_Agent' }),
            sf.runner,
            () => undefined
        );

        expect(sf.done).toBe(true);
        expect(formatAssignUsersReport(report, 'SoftphoneCallCenter')).toEqual({
            lines: ['Already in SoftphoneCallCenter (1):', '  agent2@example.com'],
            ok: true
        });
    });

    it('uses the CLI default org when no --target-org is given', () => {
        const printed = planAssignUsers(options({ targetOrg: undefined }));

        expect(printed.filter((line) => line.startsWith('sf '))).toHaveLength(4);
        expect(printed.join('\n')).not.toContain('--target-org');
    });

    it('writes the CSV the Bulk API expects: the Id first', () => {
        expect(callCenterCsv([], CALL_CENTER_ID)).toBe('Id,CallCenterId\n');
    });
});

describe('org:assign-users arguments', () => {
    it('takes usernames or a permission set, not both', () => {
        expect(parseAssignUsersArgs(['a@example.com', 'b@example.com', 'a@example.com']).usernames).toEqual([
            'a@example.com',
            'b@example.com'
        ]);
        expect(parseAssignUsersArgs(['--permission-set', 'Softphone_Agent']).permissionSet).toBe(
            'Softphone_Agent'
        );
        expect(() => parseAssignUsersArgs([])).toThrow(/either usernames or --permission-set/);
        expect(() => parseAssignUsersArgs(['a@example.com', '--permission-set', 'X'])).toThrow(/not both/);
        expect(() => parseAssignUsersArgs(['--bogus'])).toThrow(/Unknown option '--bogus'/);
    });
});
