import { accessSync, constants, statSync } from 'node:fs';
import * as path from 'node:path';

/** What to tell a developer whose machine cannot run PMD. */
export const JAVA_REQUIRED_MESSAGE = 'PMD needs Java 11+ on PATH; install openjdk-17-jre-headless';

/**
 * Finds the `java` executable the way a shell would: the first executable file named `java` (or `java.exe`
 * on Windows) in the folders of `PATH`, in order.
 *
 * @param searchPath - the `PATH` value to search; defaults to this process's `PATH`
 * @returns the absolute path of `java`, or `undefined` when no folder of `PATH` has one
 */
export function findJavaOnPath(searchPath: string | undefined = process.env['PATH']): string | undefined {
    const names = process.platform === 'win32' ? ['java.exe', 'java'] : ['java'];
    for (const folder of (searchPath ?? '').split(path.delimiter)) {
        if (folder === '') {
            continue;
        }
        for (const name of names) {
            const candidate = path.resolve(folder, name);
            if (isExecutableFile(candidate)) {
                return candidate;
            }
        }
    }
    return undefined;
}

function isExecutableFile(candidate: string): boolean {
    try {
        accessSync(candidate, constants.X_OK);
        return statSync(candidate).isFile();
    } catch {
        return false;
    }
}
