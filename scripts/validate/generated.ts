import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { generateAll, LWC_DIR } from '../build/index';
import type { GeneratedFile } from '../build/index';
import type { Check, Problem } from './problem';

/** Compares committed generated files with what a fresh build produces. */
export function compareGenerated(root: string, fresh: readonly GeneratedFile[]): Problem[] {
    const problems: Problem[] = [];
    for (const file of fresh) {
        const target = path.join(root, file.path);
        if (!existsSync(target)) {
            problems.push({
                check: 'generated',
                file: file.path,
                message: `missing: it is generated from ${file.source}; run \`npm run build\` and commit it`
            });
        } else if (readFileSync(target, 'utf8') !== file.contents) {
            problems.push({
                check: 'generated',
                file: file.path,
                message: `stale: it differs from a fresh build of ${file.source}; run \`npm run build\` and commit it`
            });
        }
    }
    return problems.concat(handWrittenLwcJavaScript(root, fresh));
}

/** LWC `.js` files that no TypeScript source produces: LWC here are written in TypeScript. */
function handWrittenLwcJavaScript(root: string, fresh: readonly GeneratedFile[]): Problem[] {
    const generated = new Set(fresh.map((file) => file.path));
    const lwcDir = path.join(root, LWC_DIR);
    if (!existsSync(lwcDir)) return [];
    const problems: Problem[] = [];
    for (const bundle of readdirSync(lwcDir, { withFileTypes: true })) {
        if (!bundle.isDirectory()) continue;
        for (const file of readdirSync(path.join(lwcDir, bundle.name))) {
            const relative = path.posix.join(LWC_DIR, bundle.name, file);
            if (file.endsWith('.js') && !generated.has(relative)) {
                problems.push({
                    check: 'generated',
                    file: relative,
                    message:
                        'no TypeScript source generates this file: write it as .ts next to it and run `npm run build`'
                });
            }
        }
    }
    return problems;
}

/** Generated files (compiled LWC `.js`, the engine static resource) equal a fresh build. */
export const checkGenerated: Check = async (root) => compareGenerated(root, await generateAll(root));
