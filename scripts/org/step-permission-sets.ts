import { OrgSetupError } from './org-setup-error';
import { PROJECT_NAMES } from './project-names';
import { parentText, queryRecords } from './records';
import { sfCommands, soql } from './sf-commands';
import { isRecord } from './sf-json';
import { placeholder, requireUsername } from './setup-step';
import type { SetupOptions, SetupStep } from './setup-step';

/** The admin who runs the setup is an agent too (to try the phone) and the call center's admin. */
export const SETUP_PERMISSION_SETS = [PROJECT_NAMES.agentPermissionSet, PROJECT_NAMES.adminPermissionSet];

/**
 * The permission sets a setup assigns: with `--voice`, the Voice agent's too; with `--phone-system`, that
 * phone-system profile's; with `--omni`, the Omni-Channel sync's.
 */
export function setupPermissionSets(options: SetupOptions): string[] {
    return [
        ...SETUP_PERMISSION_SETS,
        ...(options.voice === true ? [PROJECT_NAMES.voiceAgentPermissionSet] : []),
        ...(options.phoneSystemPermissionSet === undefined ? [] : [options.phoneSystemPermissionSet]),
        ...(options.omni === true ? [PROJECT_NAMES.omniSyncPermissionSet] : [])
    ];
}

/** Failure messages of `sf org assign permset` for an assignment that already exists. */
const DUPLICATE = /duplicate/i;

/**
 * Assigns Softphone_Agent and Softphone_Admin to the scratch org's admin. Assignments that already exist are
 * found first (PermissionSetAssignment) and skipped, so a second run assigns nothing; the CLI's per-name
 * `failures` are checked, and a "duplicate" failure counts as already assigned.
 */
export const permissionSetsStep: SetupStep = {
    title: 'Permission sets',
    plan: (_root, options) => [
        {
            args: sfCommands.query(
                options.alias,
                soql.permissionSetAssignments(placeholder('admin username'), setupPermissionSets(options))
            )
        },
        {
            args: sfCommands.assignPermissionSets(options.alias, setupPermissionSets(options)),
            when: 'with only the permission sets the admin does not hold yet'
        }
    ],
    run: async (context) => {
        const { client, options } = context;
        const username = requireUsername(context);
        const held = new Set(
            queryRecords(
                await client.result(
                    sfCommands.query(
                        options.alias,
                        soql.permissionSetAssignments(username, setupPermissionSets(options))
                    ),
                    'read the permission set assignments'
                )
            ).flatMap((record) => parentText(record, 'PermissionSet', 'Name') ?? [])
        );
        const wanted = setupPermissionSets(options);
        const missing = wanted.filter((name) => !held.has(name));
        if (missing.length === 0) return `${username} already has ${wanted.join(' and ')}`;

        const envelope = await client.envelope(sfCommands.assignPermissionSets(options.alias, missing));
        const result = isRecord(envelope.result) ? envelope.result : {};
        const failures = (Array.isArray(result['failures']) ? result['failures'] : [])
            .filter(isRecord)
            .map((failure) => String(failure['message'] ?? 'failed'))
            .filter((message) => !DUPLICATE.test(message));
        if (failures.length > 0 || (envelope.status !== 0 && !isRecord(envelope.result))) {
            const reasons = failures.length > 0 ? failures : [envelope.message ?? 'unknown error'];
            throw new OrgSetupError(`Could not assign ${missing.join(', ')}: ${reasons.join('; ')}`);
        }
        return `assigned ${missing.join(' and ')} to ${username}`;
    }
};
