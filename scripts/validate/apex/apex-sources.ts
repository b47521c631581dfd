import * as path from 'node:path';
import { packageFiles } from '../project-files';

/** File endings of the Apex sources the checks read: classes and triggers. */
export const APEX_SOURCE_EXTENSIONS: readonly string[] = ['.cls', '.trigger'];

/**
 * Lists every Apex class and trigger under the package directories of `root/sfdx-project.json`, skipping
 * `node_modules` and dot-folders as the other checks do.
 *
 * @param root - folder that holds `sfdx-project.json`
 * @returns absolute paths, sorted so that output is stable from run to run
 */
export function findApexSources(root: string): string[] {
    return packageFiles(root)
        .filter((file) => APEX_SOURCE_EXTENSIONS.includes(path.extname(file)))
        .map((file) => path.resolve(root, file))
        .sort();
}
