import type { Plugin } from 'rollup';

function escapeRegExp(text: string): string {
    return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Rollup plugin that replaces whole expressions such as `process.env.NODE_ENV` with constants in the code
 * it transforms, as bundlers do for browser builds: the LWC engine and the base components test these and
 * the browser has neither `process` nor `import.meta.env`.
 *
 * @param constants - expression → replacement source text (e.g. `'"development"'`, `'false'`)
 */
export function definePlugin(constants: Readonly<Record<string, string>>): Plugin {
    const rules = Object.entries(constants).map(
        ([expression, value]) =>
            [new RegExp(`(?<![\\w$.])${escapeRegExp(expression)}(?![\\w$])`, 'g'), value] as const
    );
    return {
        name: 'softphone-sim-define',
        transform(code) {
            let result = code;
            for (const [pattern, value] of rules) result = result.replace(pattern, value);
            return result === code ? null : { code: result, map: null };
        }
    };
}
