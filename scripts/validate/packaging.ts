import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Check, Problem } from './problem';
import { projectComponents } from './project-components';

const CHECK = 'packaging';
const FILE = 'sfdx-project.json';

/**
 * Metadata that differs in every org and must stay out of the unlocked package: an upgrade would replace the
 * admin's value with the packaged placeholder. It lives in an unpackaged package directory (org-config/) that
 * `sf project deploy start` and org:setup deploy.
 */
export const ORG_SPECIFIC_TYPES: Readonly<Record<string, string>> = {
    CspTrustedSite:
        "its endpoint URL is each org's own PBX; a package upgrade would reset it to the placeholder"
};

/** `major.minor.patch.build`, where the build is a number or NEXT (sf package version create). */
const VERSION_NUMBER = /^\d+\.\d+\.\d+\.(NEXT|\d+)$/;

/**
 * Checks the unlocked package definition in sfdx-project.json offline: one packaged directory with a name,
 * a `versionName` and a `versionNumber` of the form the CLI accepts, an existing `definitionFile`, every package
 * directory present on disk, package aliases that are package (0Ho) or version (04t) Ids, and none of the
 * org-specific types of {@link ORG_SPECIFIC_TYPES} inside the packaged directory.
 */
export const checkPackaging: Check = (root) => {
    const problems: Problem[] = [];
    const report = (message: string): void => void problems.push({ check: CHECK, file: FILE, message });
    let project: {
        packageDirectories?: Record<string, unknown>[];
        packageAliases?: Record<string, unknown>;
    };
    try {
        project = JSON.parse(readFileSync(path.join(root, FILE), 'utf8')) as typeof project;
    } catch (error) {
        return Promise.resolve([
            {
                check: CHECK,
                file: FILE,
                message: `cannot read it: ${error instanceof Error ? error.message : String(error)}`
            }
        ]);
    }
    const directories = project.packageDirectories ?? [];
    const packaged = directories.filter((directory) => typeof directory['package'] === 'string');
    if (packaged.length !== 1)
        report(`exactly one package directory must name a "package"; found ${packaged.length}`);
    for (const directory of directories) {
        const dir = String(directory['path']);
        if (!existsSync(path.join(root, dir))) report(`the package directory ${dir} does not exist`);
    }
    const [main] = packaged;
    if (main !== undefined) {
        if (!VERSION_NUMBER.test(String(main['versionNumber']))) {
            report(
                `versionNumber must be major.minor.patch.build with build a number or NEXT, got ${String(main['versionNumber'])}`
            );
        }
        if (typeof main['versionName'] !== 'string') report('the packaged directory needs a versionName');
        if (
            main['definitionFile'] !== undefined &&
            !existsSync(path.join(root, String(main['definitionFile'])))
        ) {
            report(`definitionFile ${String(main['definitionFile'])} does not exist`);
        }
        for (const component of projectComponents(root)) {
            const reason = ORG_SPECIFIC_TYPES[component.type];
            if (reason !== undefined && component.directory === main['path']) {
                report(
                    `${component.type} ${component.fullName} is in the packaged directory ${component.directory}: move it to an unpackaged directory such as org-config/, because ${reason}`
                );
            }
        }
    }
    for (const [alias, id] of Object.entries(project.packageAliases ?? {})) {
        if (typeof id !== 'string' || !/^(0Ho|04t)[A-Za-z0-9]{12}([A-Za-z0-9]{3})?$/.test(id)) {
            report(
                `packageAliases "${alias}" must be a package (0Ho) or package version (04t) Id, got ${String(id)}`
            );
        }
    }
    return Promise.resolve(problems);
};
