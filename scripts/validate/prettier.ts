import { readFileSync } from 'node:fs';
import path from 'node:path';
import prettier from 'prettier';
import type { Check, Problem } from './problem';
import { listFiles } from './project-files';

/** Files Prettier formats here: TypeScript/JavaScript, JSON, Markdown, Apex, LWC templates and CSS, Visualforce, Aura. */
const FORMATTED = /\.(ts|js|mjs|cjs|json|md|cls|trigger|html|css|page|app|cmp)$/;

/** Every formatted file of the repo matches Prettier with the project's `.prettierrc` (Apex through prettier-plugin-apex). */
export const checkPrettier: Check = async (root) => {
    const ignorePath = [path.join(root, '.gitignore'), path.join(root, '.prettierignore')];
    const problems: Problem[] = [];
    for (const file of listFiles(root)) {
        if (!FORMATTED.test(file)) continue;
        const info = await prettier.getFileInfo(file, { ignorePath, withNodeModules: false });
        if (info.ignored || !info.inferredParser) continue;
        const options = (await prettier.resolveConfig(file)) ?? {};
        const relative = path.relative(root, file);
        try {
            if (!(await prettier.check(readFileSync(file, 'utf8'), { ...options, filepath: file }))) {
                problems.push({
                    check: 'prettier',
                    file: relative,
                    message: 'not formatted: run `npm run prettier`'
                });
            }
        } catch (error) {
            const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
            problems.push({ check: 'prettier', file: relative, message: `cannot be parsed: ${message}` });
        }
    }
    return problems;
};
