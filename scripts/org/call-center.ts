import { OrgSetupError } from './org-setup-error';
import { parentText, queryRecords, text } from './records';
import type { SfClient } from './sf-client';
import { sfCommands, soql } from './sf-commands';

/** A call center as `SELECT Id, Name, InternalName FROM CallCenter` returns it. */
export interface CallCenterRecord {
    readonly id: string;
    readonly name: string;
    readonly internalName: string;
}

/** A user and the call center they belong to (one per user: `User.CallCenterId`). */
export interface OrgUser {
    readonly id: string;
    readonly username: string;
    readonly isActive: boolean;
    readonly callCenterId: string | undefined;
    readonly callCenterInternalName: string | undefined;
}

/** What to do with each user, decided before anything is written. */
export interface CallCenterPlan {
    /** Already in the call center: nothing to do. */
    readonly alreadyAssigned: readonly OrgUser[];
    /** In no call center: to assign. */
    readonly toAssign: readonly OrgUser[];
    /** In another call center and moved because `--force` was given. */
    readonly toMove: readonly OrgUser[];
    /** In another call center and left there (no `--force`). */
    readonly inOtherCallCenter: readonly OrgUser[];
    /** Inactive users: left alone. */
    readonly inactive: readonly OrgUser[];
}

/**
 * Looks the call center up by `CallCenter.InternalName` (the Metadata API name of the deployed call center).
 *
 * @throws OrgSetupError when the org has no such call center, with what to deploy
 */
export async function findCallCenter(
    client: SfClient,
    targetOrg: string | undefined,
    internalName: string
): Promise<CallCenterRecord> {
    const result = await client.result(
        sfCommands.query(targetOrg, soql.callCenterByInternalName(internalName)),
        `look up the call center ${internalName}`
    );
    const record = queryRecords(result)[0];
    const id = record === undefined ? undefined : text(record, 'Id');
    if (record === undefined || id === undefined) {
        throw new OrgSetupError(
            `The org has no call center with the internal name ${internalName}. Deploy the project first ` +
                '("sf project deploy start"), or check Setup > Call Centers.'
        );
    }
    return { id, name: text(record, 'Name') ?? internalName, internalName };
}

/** Runs a User query built by {@link soql} and reads each user's call center. */
export async function queryUsers(
    client: SfClient,
    targetOrg: string | undefined,
    query: string
): Promise<OrgUser[]> {
    const result = await client.result(sfCommands.query(targetOrg, query), 'look up the users');
    return queryRecords(result).flatMap((record) => {
        const id = text(record, 'Id');
        const username = text(record, 'Username');
        if (id === undefined || username === undefined) return [];
        return [
            {
                id,
                username,
                isActive: record['IsActive'] !== false,
                callCenterId: text(record, 'CallCenterId') ?? undefined,
                callCenterInternalName: parentText(record, 'CallCenter', 'InternalName')
            }
        ];
    });
}

/** Salesforce returns 18-character Ids from queries, but a 15-character one names the same record. */
export function sameId(a: string | undefined, b: string | undefined): boolean {
    return a !== undefined && b !== undefined && a.slice(0, 15) === b.slice(0, 15);
}

/** Splits users by what assigning them to `callCenter` means; moves nobody out of another one unless `force`. */
export function planCallCenter(
    users: readonly OrgUser[],
    callCenter: CallCenterRecord,
    force: boolean
): CallCenterPlan {
    const plan = { alreadyAssigned: [], toAssign: [], toMove: [], inOtherCallCenter: [], inactive: [] } as {
        [K in keyof CallCenterPlan]: OrgUser[];
    };
    for (const user of users) {
        if (!user.isActive) plan.inactive.push(user);
        else if (sameId(user.callCenterId, callCenter.id)) plan.alreadyAssigned.push(user);
        else if (user.callCenterId === undefined) plan.toAssign.push(user);
        else if (force) plan.toMove.push(user);
        else plan.inOtherCallCenter.push(user);
    }
    return plan;
}

/** How a user appears in reports: the username and, when known, the call center they are in. */
export function describeUser(user: OrgUser): string {
    if (user.callCenterId === undefined) return user.username;
    return `${user.username} (in call center ${user.callCenterInternalName ?? user.callCenterId})`;
}
