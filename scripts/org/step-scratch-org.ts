import { OrgSetupError } from './org-setup-error';
import { PROJECT_NAMES } from './project-names';
import { text } from './records';
import { sfCommands } from './sf-commands';
import { isRecord } from './sf-json';
import type { SfEnvelope } from './sf-json';
import type { SetupOptions, SetupStep } from './setup-step';

/** Minutes `sf org create scratch` waits for the org (the CLI's default is 5; Service Cloud orgs take longer). */
export const SCRATCH_ORG_WAIT_MINUTES = 15;

const createCommand = (options: SetupOptions): string[] =>
    sfCommands.createScratchOrg({
        definitionFile:
            options.voice === true
                ? PROJECT_NAMES.voiceScratchDefinitionFile
                : PROJECT_NAMES.scratchDefinitionFile,
        alias: options.alias,
        durationDays: options.durationDays,
        waitMinutes: SCRATCH_ORG_WAIT_MINUTES,
        devHub: options.devHub
    });

/** `sf org display` failed because no org has this alias (core's NamedOrgNotFoundError). */
function isUnknownAlias(envelope: SfEnvelope): boolean {
    return (
        envelope.name === 'NamedOrgNotFoundError' ||
        /no authorization information found/i.test(envelope.message ?? '')
    );
}

/**
 * Creates the scratch org from config/project-scratch-def.json, or reuses the org the alias already points to
 * when it is an active scratch org. An expired or deleted one is replaced; an alias that names an org that is
 * not a scratch org stops the setup, so sample data never lands in a sandbox or production org.
 */
export const scratchOrgStep: SetupStep = {
    title: 'Scratch org',
    plan: (_root, options) => [
        { args: sfCommands.orgDisplay(options.alias) },
        {
            args: createCommand(options),
            when: `only when no active scratch org has the alias ${options.alias}`
        }
    ],
    run: async ({ client, options, state }) => {
        const display = await client.envelope(sfCommands.orgDisplay(options.alias));
        if (display.status === 0 && isRecord(display.result)) {
            const username = text(display.result, 'username');
            const scratchStatus = text(display.result, 'status');
            const isScratch =
                text(display.result, 'expirationDate') !== undefined || 'devHubId' in display.result;
            if (username !== undefined && !isScratch) {
                throw new OrgSetupError(
                    `The alias ${options.alias} points to ${username}, which is not a scratch org. org:setup only ` +
                        'sets up scratch orgs (it loads sample data); pass another --alias, or deploy to that org ' +
                        'by hand as docs/admin-guide.md describes.'
                );
            }
            if (username !== undefined && scratchStatus !== 'Expired' && scratchStatus !== 'Deleted') {
                state.username = username;
                const expires = text(display.result, 'expirationDate');
                return `reusing scratch org ${options.alias} (${username}${expires ? `, expires ${expires}` : ''})`;
            }
        } else if (display.status !== 0 && !isUnknownAlias(display)) {
            throw new OrgSetupError(
                `Could not check the org alias ${options.alias}: ${display.message ?? display.name ?? 'unknown error'}`
            );
        }
        const created = await client.result(createCommand(options), 'create the scratch org');
        const username = isRecord(created) ? text(created, 'username') : undefined;
        if (username === undefined) {
            throw new OrgSetupError('sf org create scratch succeeded but returned no username.');
        }
        state.username = username;
        return `created scratch org ${options.alias} (${username}) for ${options.durationDays} days`;
    }
};
