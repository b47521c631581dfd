import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { PROJECT_NAMES } from '../org/project-names';
import { planSetup } from '../org/setup';
import type { SetupOptions } from '../org/setup-step';
import { parseSetupArgs } from '../org/setup-options';
import { OMNI_PACKAGE_DIRECTORY, VOICE_PACKAGE_DIRECTORY } from '../org/step-deploy';
import type { Check, Problem } from './problem';
import { hasComponent, projectComponents } from './project-components';
import { packageDirectories } from './project-files';

const CHECK = 'org-setup';

/** The metadata each name of org:setup must match, and where that name is defined. */
interface RequiredComponent {
    readonly type: string;
    readonly fullName: string;
    readonly why: string;
}

const REQUIRED_COMPONENTS: readonly RequiredComponent[] = [
    { type: 'PermissionSet', fullName: PROJECT_NAMES.agentPermissionSet, why: 'assigned to every agent' },
    { type: 'PermissionSet', fullName: PROJECT_NAMES.adminPermissionSet, why: 'assigned to the admin' },
    {
        type: 'CallCenter',
        fullName: PROJECT_NAMES.callCenterInternalName,
        why: 'looked up as CallCenter.InternalName to set User.CallCenterId'
    },
    { type: 'CustomApplication', fullName: PROJECT_NAMES.consoleApp, why: 'opened at the end of org:setup' },
    {
        type: 'PermissionSet',
        fullName: PROJECT_NAMES.examplePhoneSystemPermissionSet,
        why: 'assigned by org:setup --phone-system in the admin guide'
    }
];

/** What `org:setup --voice` adds, checked when the project has the Salesforce Voice package directory. */
const OMNI_COMPONENTS: readonly RequiredComponent[] = [
    {
        type: 'PermissionSet',
        fullName: PROJECT_NAMES.omniSyncPermissionSet,
        why: 'assigned by org:setup --omni'
    }
];

const VOICE_COMPONENTS: readonly RequiredComponent[] = [
    {
        type: 'PermissionSet',
        fullName: PROJECT_NAMES.voiceAgentPermissionSet,
        why: 'assigned by org:setup --voice'
    },
    {
        type: 'CallCenter',
        fullName: PROJECT_NAMES.voiceContactCenterInternalName,
        why: 'the contact center org:setup --voice adds the admin to'
    },
    {
        type: 'CustomApplication',
        fullName: PROJECT_NAMES.voiceConsoleApp,
        why: 'opened at the end of org:setup --voice'
    }
];

/** The scratch org feature Salesforce Voice with Partner Telephony needs (a quantity of 1 to 50 follows). */
const VOICE_SCRATCH_FEATURE = /^ServiceCloudVoicePartnerTelephony(:([1-9]|[1-4]\d|50))?$/;

/** A scratch definition org:setup passes to `sf org create scratch`: present, JSON, an edition, the features asked. */
function checkScratchDefinition(root: string, file: string, feature?: RegExp): Problem[] {
    const definition = path.join(root, file);
    if (!existsSync(definition)) {
        return [
            {
                check: CHECK,
                file,
                message: 'the scratch org definition org:setup passes to sf org create scratch does not exist'
            }
        ];
    }
    let parsed: { edition?: unknown; features?: unknown };
    try {
        parsed = JSON.parse(readFileSync(definition, 'utf8')) as { edition?: unknown; features?: unknown };
    } catch (error) {
        return [
            {
                check: CHECK,
                file,
                message: `not valid JSON: ${error instanceof Error ? error.message : String(error)}`
            }
        ];
    }
    const problems: Problem[] = [];
    if (typeof parsed.edition !== 'string') {
        problems.push({ check: CHECK, file, message: 'a scratch org definition needs an "edition"' });
    }
    const features = Array.isArray(parsed.features) ? parsed.features : [];
    if (feature && !features.some((name) => typeof name === 'string' && feature.test(name))) {
        problems.push({
            check: CHECK,
            file,
            message: `the Salesforce Voice scratch org needs the feature ServiceCloudVoicePartnerTelephony:<1-50>`
        });
    }
    return problems;
}

/**
 * Proves offline what `npm run org:setup -- --dry-run` relies on: every name it uses (permission sets, the call
 * center's internal name, the console app) is a component in the project, the files it passes to `sf` exist,
 * each `--source-dir` it deploys is a package directory, and the dry run itself builds from the real project.
 */
export const checkOrgSetup: Check = (root) => {
    const problems: Problem[] = [];
    const components = projectComponents(root);
    const voice = packageDirectories(root).includes(VOICE_PACKAGE_DIRECTORY);
    const omni = packageDirectories(root).includes(OMNI_PACKAGE_DIRECTORY);
    for (const required of [
        ...REQUIRED_COMPONENTS,
        ...(voice ? VOICE_COMPONENTS : []),
        ...(omni ? OMNI_COMPONENTS : [])
    ]) {
        if (!hasComponent(components, required.type, required.fullName)) {
            problems.push({
                check: CHECK,
                file: 'scripts/org/project-names.ts',
                message: `org:setup uses the ${required.type} ${required.fullName} (${required.why}), but no such component is in the package directories`
            });
        }
    }
    problems.push(...checkScratchDefinition(root, PROJECT_NAMES.scratchDefinitionFile));
    if (voice) {
        problems.push(
            ...checkScratchDefinition(root, PROJECT_NAMES.voiceScratchDefinitionFile, VOICE_SCRATCH_FEATURE)
        );
    }
    let lines: string[] = [];
    for (const args of voice ? [[], ['--voice']] : [[]]) {
        try {
            const options: SetupOptions = parseSetupArgs(args).options;
            lines = lines.concat(planSetup(root, options));
        } catch (error) {
            problems.push({
                check: CHECK,
                file: 'scripts/org/setup.ts',
                message: `the dry run${args.length > 0 ? ` with ${args.join(' ')}` : ''} does not build: ${error instanceof Error ? error.message : String(error)}`
            });
        }
    }
    const directories = new Set(packageDirectories(root));
    for (const line of lines.filter((text) => text.includes('--source-dir'))) {
        for (const match of line.matchAll(/--source-dir (\S+)/g)) {
            const dir = match[1] ?? '';
            if (!directories.has(dir) || !existsSync(path.join(root, dir))) {
                problems.push({
                    check: CHECK,
                    file: 'sfdx-project.json',
                    message: `the dry run deploys ${dir}, which is not an existing package directory`
                });
            }
        }
    }
    for (const line of lines.filter(
        (text) => text.includes('--plan ') || text.includes('--definition-file ')
    )) {
        for (const match of line.matchAll(/--(?:plan|definition-file) (\S+)/g)) {
            const file = match[1] ?? '';
            if (!existsSync(path.join(root, file))) {
                problems.push({
                    check: CHECK,
                    file,
                    message: 'the dry run passes this file to sf, but it does not exist'
                });
            }
        }
    }
    return Promise.resolve(problems);
};
