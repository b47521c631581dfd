import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { transformSync } from '@lwc/compiler';
import { LWC_DIR } from '../build/index';
import type { Check, Problem } from './problem';

const COMPILED = /\.(js|html|css)$/;
const ERROR_LEVEL = 1;

interface LocatedError {
    message?: string;
    location?: { line?: number; column?: number };
    loc?: { line?: number; column?: number };
    level?: number;
}

function located(file: string, error: LocatedError): Problem {
    const where = error.location ?? error.loc;
    return {
        check: 'lwc-compile',
        file,
        ...(where?.line === undefined ? {} : { line: where.line }),
        ...(where?.column === undefined ? {} : { column: where.column }),
        message: (error.message ?? String(error)).split('\n')[0] ?? 'compilation failed'
    };
}

/** Compiles one file of an LWC bundle as the platform does; errors and error-level diagnostics are problems. */
export function compileLwcFile(file: string, source: string, bundle: string): Problem[] {
    try {
        const result = transformSync(source, path.basename(file), {
            name: bundle,
            namespace: 'c',
            enableDynamicComponents: false
        });
        return (result.warnings ?? [])
            .filter((warning) => (warning.level ?? ERROR_LEVEL) <= ERROR_LEVEL)
            .map((warning) => located(file, warning as LocatedError));
    } catch (error) {
        return [located(file, error as LocatedError)];
    }
}

/** Every `.js`, `.html` and `.css` of every LWC bundle compiles with Salesforce's LWC compiler. */
export const checkLwcCompile: Check = async (root) => {
    const lwcDir = path.join(root, LWC_DIR);
    if (!existsSync(lwcDir)) return [];
    const problems: Problem[] = [];
    for (const bundle of readdirSync(lwcDir, { withFileTypes: true })) {
        if (!bundle.isDirectory()) continue;
        for (const file of readdirSync(path.join(lwcDir, bundle.name))) {
            if (!COMPILED.test(file)) continue;
            const relative = path.posix.join(LWC_DIR, bundle.name, file);
            problems.push(
                ...compileLwcFile(relative, readFileSync(path.join(root, relative), 'utf8'), bundle.name)
            );
        }
    }
    return problems;
};
