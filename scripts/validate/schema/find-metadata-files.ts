import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { ForceIgnore } from '@salesforce/source-deploy-retrieve';

const META_SUFFIX = '-meta.xml';
const DEFAULT_PACKAGE_DIRECTORY = 'force-app';
const SKIPPED_DIRECTORIES: ReadonlySet<string> = new Set(['node_modules']);

/**
 * Package directories of the project, from `packageDirectories` in `sfdx-project.json`; `force-app` when
 * the file is missing or lists none.
 *
 * @param root - The project root.
 * @returns Paths relative to `root`, posix separators.
 */
export async function packageDirectories(root: string): Promise<string[]> {
    let listed: string[] = [];
    try {
        const project: unknown = JSON.parse(await readFile(path.join(root, 'sfdx-project.json'), 'utf8'));
        const directories = (project as { packageDirectories?: unknown }).packageDirectories;
        if (Array.isArray(directories)) {
            listed = directories
                .map((entry: unknown) => (entry as { path?: unknown } | null)?.path)
                .filter((entry): entry is string => typeof entry === 'string' && entry !== '')
                .map((entry) => path.posix.normalize(entry.split(path.sep).join('/')).replace(/\/$/, ''));
        }
    } catch {
        // No readable sfdx-project.json: fall back to the conventional directory.
    }
    return listed.length > 0 ? [...new Set(listed)] : [DEFAULT_PACKAGE_DIRECTORY];
}

/**
 * Every `*-meta.xml` file under the project's package directories that `.forceignore` does not exclude.
 *
 * @param root - The project root.
 * @returns Paths relative to `root`, posix separators, sorted, each once.
 */
export async function findMetadataFiles(root: string): Promise<string[]> {
    const forceIgnore = ForceIgnore.findAndCreate(root);
    const found = new Set<string>();
    for (const directory of await packageDirectories(root)) {
        for (const file of await walk(path.resolve(root, directory))) {
            if (!forceIgnore.denies(file)) {
                found.add(path.relative(root, file).split(path.sep).join('/'));
            }
        }
    }
    return [...found].sort();
}

/** Files ending in `-meta.xml` below `directory`; a directory that vanishes mid-walk just yields nothing. */
async function walk(directory: string): Promise<string[]> {
    let entries;
    try {
        entries = await readdir(directory, { withFileTypes: true });
    } catch {
        return [];
    }
    const files: string[] = [];
    for (const entry of entries) {
        const full = path.join(directory, entry.name);
        if (entry.isDirectory()) {
            if (!SKIPPED_DIRECTORIES.has(entry.name) && !entry.name.startsWith('.')) {
                files.push(...(await walk(full)));
            }
        } else if (entry.isFile() && entry.name.endsWith(META_SUFFIX)) {
            files.push(full);
        }
    }
    return files;
}
