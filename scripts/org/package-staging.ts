import { cpSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { ComponentSet } from '@salesforce/source-deploy-retrieve';
import { isRecord } from './sf-json';

/**
 * Metadata that `sf project deploy start` deploys with the rest of force-app but the unlocked package leaves
 * out, with the reason. Its value differs in every org, and a package upgrade overwrites a packaged component
 * with the packaged version, so a packaged placeholder would undo the admin's edit at every upgrade.
 */
export const ORG_SPECIFIC_TYPES: Readonly<Record<string, string>> = {
    CspTrustedSite:
        "its endpoint URL is each org's own PBX; a package upgrade would reset it to the placeholder"
};

/** A component the package leaves out: its type, name and files (relative to the root, forward slashes). */
export interface LeftOutComponent {
    readonly type: string;
    readonly fullName: string;
    readonly files: readonly string[];
}

function relative(root: string, file: string): string {
    return path.relative(root, file).split(path.sep).join('/');
}

/**
 * The components of `directory` (a package directory, relative to the root) whose type is in
 * {@link ORG_SPECIFIC_TYPES}, resolved by the Salesforce CLI's own library, with every file each one has.
 */
export function orgSpecificComponents(root: string, directory: string): LeftOutComponent[] {
    const absolute = path.join(root, directory);
    if (!existsSync(absolute)) return [];
    return ComponentSet.fromSource(absolute)
        .getSourceComponents()
        .toArray()
        .filter((component) => ORG_SPECIFIC_TYPES[component.type.name] !== undefined)
        .map((component) => ({
            type: component.type.name,
            fullName: component.fullName,
            files: [
                ...(component.xml === undefined ? [] : [component.xml]),
                ...(component.content === undefined ? [] : component.walkContent())
            ].map((file) => relative(root, file))
        }));
}

/**
 * Copies what `sf package version create` reads into `staging`: sfdx-project.json, .forceignore, the scratch
 * org definition and the packaged directory, without the files of its org-specific components. The CLI run
 * in `staging` then builds the package exactly from the project, less those components.
 *
 * @param packagedDirectory - the package directory with a `package` name, relative to the root
 * @param definitionFile - the scratch org definition the version is built against, relative to the root
 * @returns the components left out
 */
export function stagePackageProject(
    root: string,
    staging: string,
    packagedDirectory: string,
    definitionFile: string | undefined
): LeftOutComponent[] {
    const leftOut = orgSpecificComponents(root, packagedDirectory);
    const skipped = new Set(leftOut.flatMap((component) => component.files));
    for (const file of ['sfdx-project.json', '.forceignore', definitionFile]) {
        if (file === undefined || !existsSync(path.join(root, file))) continue;
        cpSync(path.join(root, file), path.join(staging, file));
    }
    cpSync(path.join(root, packagedDirectory), path.join(staging, packagedDirectory), {
        recursive: true,
        filter: (source) => !skipped.has(relative(root, source))
    });
    return leftOut;
}

/**
 * Brings the package aliases the CLI wrote into the staged sfdx-project.json (the new version's `04t` Id)
 * back into the project's own, keeping everything else of the project's file. Returns the aliases added.
 */
export function copyNewPackageAliases(staging: string, root: string): string[] {
    const read = (dir: string): Record<string, unknown> => {
        const parsed = JSON.parse(readFileSync(path.join(dir, 'sfdx-project.json'), 'utf8')) as unknown;
        return isRecord(parsed) ? parsed : {};
    };
    const staged = read(staging);
    const project = read(root);
    const stagedAliases = isRecord(staged['packageAliases']) ? staged['packageAliases'] : {};
    const aliases = isRecord(project['packageAliases']) ? { ...project['packageAliases'] } : {};
    const added = Object.keys(stagedAliases).filter((alias) => aliases[alias] !== stagedAliases[alias]);
    if (added.length === 0) return [];
    for (const alias of added) aliases[alias] = stagedAliases[alias];
    writeFileSync(
        path.join(root, 'sfdx-project.json'),
        `${JSON.stringify({ ...project, packageAliases: aliases }, null, 4)}\n`
    );
    return added;
}
