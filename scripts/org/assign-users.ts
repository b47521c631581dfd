import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describeUser, findCallCenter, planCallCenter, queryUsers, sameId } from './call-center';
import type { CallCenterPlan, OrgUser } from './call-center';
import type { AssignUsersOptions } from './assign-users-options';
import { OrgSetupError } from './org-setup-error';
import { SfClient } from './sf-client';
import type { Log } from './sf-client';
import { sfCommands, soql } from './sf-commands';
import { isRecord } from './sf-json';
import { formatCommand } from './sf-runner';
import type { SfRunner } from './sf-runner';

/** Minutes `sf data update bulk` waits for the Bulk API job. */
export const BULK_WAIT_MINUTES = 10;

/** What happened to the requested users. */
export interface AssignUsersReport {
    readonly plan: CallCenterPlan;
    /** Usernames that match no user in the org. */
    readonly unknown: readonly string[];
    /** Users the update should have assigned but that are still not in the call center afterwards. */
    readonly failed: readonly OrgUser[];
    /** Users now in the call center because of this run. */
    readonly assigned: readonly OrgUser[];
}

function usersQuery(options: AssignUsersOptions): string {
    return options.permissionSet === undefined
        ? soql.usersByUsername(options.usernames)
        : soql.usersByPermissionSet(options.permissionSet);
}

/** The CSV `sf data update bulk` reads: the record Id first, then the field to set. */
export function callCenterCsv(users: readonly OrgUser[], callCenterId: string): string {
    return ['Id,CallCenterId', ...users.map((user) => `${user.id},${callCenterId}`)].join('\n') + '\n';
}

/** The dry run of `org:assign-users`: the commands, in order, with placeholders for what only a run learns. */
export function planAssignUsers(options: AssignUsersOptions): string[] {
    const org = options.targetOrg;
    const query = usersQuery(options);
    return [
        'org:assign-users dry run: nothing is run. A real run executes these commands in this order:',
        formatCommand(sfCommands.query(org, soql.callCenterByInternalName(options.callCenter))),
        formatCommand(sfCommands.query(org, query)),
        `#    (only when some users are not in ${options.callCenter} yet; the CSV holds Id,CallCenterId)`,
        formatCommand(sfCommands.bulkUpdate(org, 'User', '<temporary users.csv>', BULK_WAIT_MINUTES)),
        '#    (after the update, to check every user)',
        formatCommand(sfCommands.query(org, query))
    ];
}

/**
 * Adds many users to the call center at once: looks the call center up by internal name, reads the users (by
 * username, or every active holder of a permission set), writes the ones to assign (and, with --force, to move)
 * to a CSV and updates `User.CallCenterId` in one Bulk API 2.0 job, then reads the users again so the report says
 * what is true in the org, not what the job claimed.
 */
export async function assignUsers(
    options: AssignUsersOptions,
    runner: SfRunner,
    log: Log
): Promise<AssignUsersReport> {
    const client = new SfClient(runner, log);
    const org = options.targetOrg;
    const callCenter = await findCallCenter(client, org, options.callCenter);
    const users = await queryUsers(client, org, usersQuery(options));
    const found = new Set(users.map((user) => user.username.toLowerCase()));
    const unknown = options.usernames.filter((username) => !found.has(username.toLowerCase()));
    if (options.permissionSet !== undefined && users.length === 0) {
        throw new OrgSetupError(`No active user holds the permission set ${options.permissionSet}.`);
    }
    const plan = planCallCenter(users, callCenter, options.force);
    const toWrite = [...plan.toAssign, ...plan.toMove];
    if (toWrite.length === 0) return { plan, unknown, failed: [], assigned: [] };

    const dir = mkdtempSync(path.join(tmpdir(), 'softphone-users-'));
    const csv = path.join(dir, 'users.csv');
    try {
        writeFileSync(csv, callCenterCsv(toWrite, callCenter.id));
        const envelope = await client.envelope(sfCommands.bulkUpdate(org, 'User', csv, BULK_WAIT_MINUTES));
        const result = isRecord(envelope.result) ? envelope.result : {};
        if (envelope.status !== 0) {
            log(
                `The bulk update reported a problem (${envelope.message ?? 'no message'}); ` +
                    `job ${String(result['jobId'] ?? (isRecord(envelope.data) ? envelope.data['jobId'] : 'unknown'))}.`
            );
        }
    } finally {
        rmSync(dir, { recursive: true, force: true });
    }
    const after = await queryUsers(client, org, usersQuery(options));
    const nowIn = new Set(
        after.filter((user) => sameId(user.callCenterId, callCenter.id)).map((user) => user.id)
    );
    return {
        plan,
        unknown,
        assigned: toWrite.filter((user) => nowIn.has(user.id)),
        failed: toWrite.filter((user) => !nowIn.has(user.id))
    };
}

/** The report as lines for a person; `ok` is false when a requested user did not end up in the call center. */
export function formatAssignUsersReport(
    report: AssignUsersReport,
    callCenter: string
): { lines: string[]; ok: boolean } {
    const lines: string[] = [];
    const section = (title: string, users: readonly string[]): void => {
        if (users.length === 0) return;
        lines.push(`${title} (${users.length}):`, ...users.map((user) => `  ${user}`));
    };
    section(
        `Added to ${callCenter}`,
        report.assigned.filter((user) => user.callCenterId === undefined).map((user) => user.username)
    );
    section(
        `Moved to ${callCenter} (--force)`,
        report.assigned.filter((user) => user.callCenterId !== undefined).map(describeUser)
    );
    section(
        `Already in ${callCenter}`,
        report.plan.alreadyAssigned.map((user) => user.username)
    );
    section(
        'In another call center, not moved (use --force to move them)',
        report.plan.inOtherCallCenter.map(describeUser)
    );
    section(
        'Inactive, left alone',
        report.plan.inactive.map((user) => user.username)
    );
    section('Not found in the org', [...report.unknown]);
    section(
        'Update failed (see the bulk job above)',
        report.failed.map((user) => user.username)
    );
    const ok =
        report.unknown.length === 0 &&
        report.failed.length === 0 &&
        report.plan.inOtherCallCenter.length === 0 &&
        report.plan.inactive.length === 0;
    return { lines, ok };
}
