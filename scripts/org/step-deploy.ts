import { packageDirectories } from '../validate/project-files';
import { OrgSetupError } from './org-setup-error';
import { sfCommands } from './sf-commands';
import { isRecord } from './sf-json';
import type { SetupStep } from './setup-step';

/**
 * The Salesforce Voice package directory: deployed only with `--voice`, since its metadata needs the Salesforce
 * Voice (Partner Telephony) license, which an org without it refuses.
 */
export const VOICE_PACKAGE_DIRECTORY = 'force-app-voice';

/**
 * The Omni-Channel sync package directory: deployed only with `--omni`, since a presence status and Apex that
 * reads presence statuses need Omni-Channel on, which an org without it refuses.
 */
export const OMNI_PACKAGE_DIRECTORY = 'force-app-omni';

/** The package directories a setup deploys: all of them, the Voice and Omni-Channel ones only when asked for. */
export function deployedDirectories(root: string, voice: boolean, omni = false): string[] {
    return packageDirectories(root).filter(
        (directory) =>
            (voice || directory !== VOICE_PACKAGE_DIRECTORY) && (omni || directory !== OMNI_PACKAGE_DIRECTORY)
    );
}

/** Minutes `sf project deploy start` waits (its own default is 33). */
export const DEPLOY_WAIT_MINUTES = 30;

/** The component failures of a deploy result: `details.componentFailures` is an object or a list. */
function componentFailures(result: unknown): string[] {
    const details = isRecord(result) ? result['details'] : undefined;
    const failures = isRecord(details) ? details['componentFailures'] : undefined;
    const list: unknown[] = Array.isArray(failures) ? failures : failures === undefined ? [] : [failures];
    return list.filter(isRecord).map((failure) => {
        const where = [failure['componentType'], failure['fullName']].filter(
            (part) => typeof part === 'string'
        );
        const line = typeof failure['lineNumber'] === 'number' ? ` (line ${failure['lineNumber']})` : '';
        return `${where.join(' ')}${line}: ${String(failure['problem'] ?? 'failed')}`;
    });
}

/**
 * Deploys the package directories of sfdx-project.json (force-app: the whole integration, the CSP Trusted Site
 * included; with `--voice`, force-app-voice too) in one `sf project deploy start`. Deploying the same source
 * again changes nothing, so the step is safe to repeat. A failure lists each component the org refused and why.
 */
export const deployStep: SetupStep = {
    title: 'Deploy the source',
    plan: (root, options) => [
        {
            args: sfCommands.deploy(
                options.alias,
                deployedDirectories(root, options.voice === true, options.omni === true),
                DEPLOY_WAIT_MINUTES
            )
        }
    ],
    run: async ({ client, root, options }) => {
        const directories = deployedDirectories(root, options.voice === true, options.omni === true);
        const envelope = await client.envelope(
            sfCommands.deploy(options.alias, directories, DEPLOY_WAIT_MINUTES)
        );
        const result = envelope.result;
        const succeeded = isRecord(result) && result['success'] === true && envelope.status === 0;
        if (!succeeded) {
            const failures = componentFailures(result);
            throw new OrgSetupError(
                `The deploy failed: ${envelope.message ?? (isRecord(result) ? String(result['status']) : 'no result')}` +
                    (failures.length > 0 ? `\n  ${failures.slice(0, 20).join('\n  ')}` : '')
            );
        }
        const files = isRecord(result) && Array.isArray(result['files']) ? result['files'].length : 0;
        return `deployed ${directories.join(', ')} (${files} files)`;
    }
};
