import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** The package directories named in `sfdx-project.json`, relative to the root. */
export function packageDirectories(root: string): string[] {
    const project = JSON.parse(readFileSync(path.join(root, 'sfdx-project.json'), 'utf8')) as {
        packageDirectories?: { path?: unknown }[];
    };
    return (project.packageDirectories ?? [])
        .map((directory) => directory.path)
        .filter((directoryPath): directoryPath is string => typeof directoryPath === 'string');
}

/** Every file under `dir` (absolute paths), skipping `node_modules` and dot-folders, sorted. */
export function listFiles(dir: string): string[] {
    const files: string[] = [];
    const walk = (current: string): void => {
        for (const entry of readdirSync(current, { withFileTypes: true })) {
            if (entry.name === 'node_modules' || entry.name.startsWith('.')) continue;
            const full = path.join(current, entry.name);
            if (entry.isDirectory()) walk(full);
            else if (entry.isFile()) files.push(full);
        }
    };
    walk(dir);
    return files.sort();
}

/** Every file of every package directory, as paths relative to the root with forward slashes. */
export function packageFiles(root: string): string[] {
    return packageDirectories(root).flatMap((directory) =>
        listFiles(path.join(root, directory)).map((file) =>
            path.relative(root, file).split(path.sep).join('/')
        )
    );
}
