import { readdirSync } from 'node:fs';
import path from 'node:path';

/** Folders skipped wherever they are: dependencies, and test fixtures that break the rules on purpose. */
const SKIPPED_FOLDER_NAMES: ReadonlySet<string> = new Set(['node_modules', '__fixtures__']);

/** Output folders under the root (git-ignored): reports, coverage, test and bench results, scratch files. */
const SKIPPED_ROOT_FOLDERS: ReadonlySet<string> = new Set([
    'tmp',
    'reports',
    'coverage',
    'test-results',
    'bench/results'
]);

/**
 * The files and folders that make up the scanned workspace of the project at `root`: everything except
 * dot-entries, dependencies, git-ignored output and test fixtures. A folder with nothing skipped inside is
 * given whole, so the list stays short.
 *
 * The list is the workspace itself, not a filter on it: the Graph Engine builds its graph from every Apex file
 * of the workspace whatever Code Analyzer's `ignores` say, and one deliberately broken fixture class stops its
 * whole analysis.
 *
 * @param root - the project folder
 * @returns absolute paths, sorted
 */
export function scanWorkspacePaths(root: string): string[] {
    const collected = collect(root, root);
    return collected.whole ? [root] : collected.paths;
}

interface Collected {
    /** True when nothing under the folder was skipped, so the folder itself can stand for its content. */
    readonly whole: boolean;
    readonly paths: string[];
}

function collect(root: string, folder: string): Collected {
    const paths: string[] = [];
    let whole = true;
    const entries = readdirSync(folder, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name));
    for (const entry of entries) {
        const full = path.join(folder, entry.name);
        if (isSkipped(root, full, entry.name, entry.isDirectory())) {
            whole = false;
            continue;
        }
        if (!entry.isDirectory()) {
            if (entry.isFile()) paths.push(full);
            continue;
        }
        const inner = collect(root, full);
        if (inner.whole) {
            paths.push(full);
        } else {
            whole = false;
            paths.push(...inner.paths);
        }
    }
    return { whole, paths };
}

function isSkipped(root: string, full: string, name: string, isDirectory: boolean): boolean {
    if (name.startsWith('.')) return true;
    if (!isDirectory) return false;
    const relative = path.relative(root, full).split(path.sep).join('/');
    return SKIPPED_FOLDER_NAMES.has(name) || SKIPPED_ROOT_FOLDERS.has(relative);
}
