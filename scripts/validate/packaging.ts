import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ORG_SPECIFIC_TYPES, stagePackageProject } from '../org/package-staging';
import type { Check, Problem } from './problem';
import { projectComponents } from './project-components';
import type { ProjectComponent } from './project-components';

const CHECK = 'packaging';
const FILE = 'sfdx-project.json';

const key = (component: ProjectComponent): string => `${component.type} ${component.fullName}`;

/**
 * Stages the package as `npm run package:version` does and compares the staged components with the packaged
 * directory's: every org-specific one must be gone, every other one present.
 */
function checkStagedPackage(root: string, directory: string, definitionFile: unknown): string[] {
    const staging = mkdtempSync(path.join(tmpdir(), 'packaging-check-'));
    try {
        stagePackageProject(
            root,
            staging,
            directory,
            typeof definitionFile === 'string' ? definitionFile : undefined
        );
        const staged = new Set(projectComponents(staging).map(key));
        return projectComponents(root)
            .filter((component) => component.directory === directory)
            .flatMap((component) => {
                const reason = ORG_SPECIFIC_TYPES[component.type];
                const inPackage = staged.has(key(component));
                if (reason !== undefined && inPackage)
                    return [
                        `${key(component)} would be packaged, but the package must leave it out: ${reason}`
                    ];
                if (reason === undefined && !inPackage)
                    return [`${key(component)} is in ${directory} but would be left out of the package`];
                return [];
            });
    } finally {
        rmSync(staging, { recursive: true, force: true });
    }
}

/** `major.minor.patch.build`, where the build is a number or NEXT (sf package version create). */
const VERSION_NUMBER = /^\d+\.\d+\.\d+\.(NEXT|\d+)$/;

/**
 * Checks the unlocked package definition in sfdx-project.json offline: one packaged directory with a name,
 * a `versionName` and a `versionNumber` of the form the CLI accepts, an existing `definitionFile`, every package
 * directory present on disk, package aliases that are package (0Ho) or version (04t) Ids, and that the copy
 * `npm run package:version` builds the package from holds every component of the packaged directory except
 * the org-specific ones of {@link ORG_SPECIFIC_TYPES}.
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
        if (existsSync(path.join(root, String(main['path'])))) {
            for (const message of checkStagedPackage(root, String(main['path']), main['definitionFile']))
                report(message);
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
