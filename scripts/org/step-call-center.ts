import { describeUser, findCallCenter, planCallCenter, queryUsers, sameId } from './call-center';
import { OrgSetupError } from './org-setup-error';
import { PROJECT_NAMES } from './project-names';
import { sfCommands, soql } from './sf-commands';
import { placeholder, requireUsername } from './setup-step';
import type { SetupOptions, SetupStep } from './setup-step';

/** The call center the admin joins: the Open CTI one, or with `--voice` the Salesforce Voice contact center. */
export function setupCallCenter(options: SetupOptions): string {
    return options.voice === true
        ? PROJECT_NAMES.voiceContactCenterInternalName
        : PROJECT_NAMES.callCenterInternalName;
}

/**
 * Adds the admin to the SoftphoneCallCenter call center, the "Manage Call Center Users" step: sets
 * `User.CallCenterId` to the Id of the CallCenter whose InternalName is SoftphoneCallCenter, with
 * `sf data update record`, then reads the user again to prove it. A user already in it is left alone; a user in
 * another call center (one call center per user) is moved only with --force.
 */
export const callCenterStep: SetupStep = {
    title: 'Call center user',
    plan: (_root, options) => [
        {
            args: sfCommands.query(options.alias, soql.callCenterByInternalName(setupCallCenter(options)))
        },
        { args: sfCommands.query(options.alias, soql.usersByUsername([placeholder('admin username')])) },
        {
            args: sfCommands.setUserCallCenter(
                options.alias,
                placeholder('User Id'),
                placeholder('CallCenter Id')
            ),
            when: options.force
                ? 'only when the admin is not in the call center yet (moved from another with --force)'
                : 'only when the admin is in no call center yet'
        },
        {
            args: sfCommands.query(options.alias, soql.usersByUsername([placeholder('admin username')])),
            when: 'after the update, to check it'
        }
    ],
    run: async (context) => {
        const { client, options } = context;
        const username = requireUsername(context);
        const callCenter = await findCallCenter(client, options.alias, setupCallCenter(options));
        const users = await queryUsers(client, options.alias, soql.usersByUsername([username]));
        const plan = planCallCenter(users, callCenter, options.force);
        if (plan.alreadyAssigned.length > 0) return `${username} is already in ${callCenter.internalName}`;
        if (plan.inOtherCallCenter[0] !== undefined) {
            throw new OrgSetupError(
                `${describeUser(plan.inOtherCallCenter[0])}. A user belongs to one call center at a time; run ` +
                    'again with --force to move them to ' +
                    `${callCenter.internalName}.`
            );
        }
        const user = plan.toAssign[0] ?? plan.toMove[0];
        if (user === undefined) {
            throw new OrgSetupError(`The user ${username} was not found in the org, or is inactive.`);
        }
        await client.result(
            sfCommands.setUserCallCenter(options.alias, user.id, callCenter.id),
            `add ${username} to the call center ${callCenter.internalName}`
        );
        const [after] = await queryUsers(client, options.alias, soql.usersByUsername([username]));
        if (!sameId(after?.callCenterId, callCenter.id)) {
            throw new OrgSetupError(
                `The update of ${username} succeeded, but User.CallCenterId is still ` +
                    `${after?.callCenterId ?? 'empty'}; add the user in Setup > Call Centers > ` +
                    `${callCenter.name} > Manage Call Center Users.`
            );
        }
        return `added ${username} to ${callCenter.internalName}`;
    }
};
