import { existsSync } from 'node:fs';
import path from 'node:path';
import { ComponentSet } from '@salesforce/source-deploy-retrieve';
import { packageDirectories } from './project-files';

/** A metadata component of the project: its type, full name and package directory. */
export interface ProjectComponent {
    readonly type: string;
    readonly fullName: string;
    /** The package directory it is in, as written in sfdx-project.json. */
    readonly directory: string;
}

/**
 * Every metadata component in the package directories of sfdx-project.json, resolved by the Salesforce CLI's
 * own library (source-deploy-retrieve), honouring .forceignore.
 */
export function projectComponents(root: string): ProjectComponent[] {
    return packageDirectories(root).flatMap((directory) => {
        const absolute = path.join(root, directory);
        if (!existsSync(absolute)) return [];
        return ComponentSet.fromSource(absolute)
            .getSourceComponents()
            .toArray()
            .map((component) => ({ type: component.type.name, fullName: component.fullName, directory }));
    });
}

/** Whether a component of this type and full name is in the list. */
export function hasComponent(
    components: readonly ProjectComponent[],
    type: string,
    fullName: string
): boolean {
    return components.some((component) => component.type === type && component.fullName === fullName);
}
