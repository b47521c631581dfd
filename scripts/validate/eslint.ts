import path from 'node:path';
import { ESLint } from 'eslint';
import type { Check } from './problem';

/** ESLint with the project's flat config (LWC recommended rules, typescript-eslint); errors are problems. */
export const checkEslint: Check = async (root) => {
    const eslint = new ESLint({ cwd: root, errorOnUnmatchedPattern: false });
    const results = await eslint.lintFiles(['.']);
    return results.flatMap((result) =>
        result.messages
            .filter((message) => message.severity === 2)
            .map((message) => ({
                check: 'eslint',
                file: path.relative(root, result.filePath),
                line: message.line,
                column: message.column,
                message: `${message.message}${message.ruleId ? ` (${message.ruleId})` : ''}`
            }))
    );
};
