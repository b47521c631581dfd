import { transform } from 'esbuild';
import { minify } from 'terser';
import { terserOptions } from '../minify';

/**
 * Minifies a classic script or one ES module, as Lightning serves its framework and base components in
 * production: whitespace, comments and local names go, dead branches behind constants such as
 * `process.env.NODE_ENV` go, and a module's imports, exports and `import()` calls stay as they are. No syntax
 * is lowered; license comments move to the end of the file. esbuild minifies first, then terser goes over the
 * result with the engine bundle's safe options (5 KB gzip off the UI resource, docs/performance.md).
 *
 * @param code - the source
 * @param file - its name, for error messages
 * @param kind - `script` (e.g. an IIFE) or `module`
 */
export async function minifyCode(code: string, file: string, kind: 'script' | 'module'): Promise<string> {
    const result = await transform(code, {
        loader: 'js',
        ...(kind === 'module' ? { format: 'esm' as const } : {}),
        minify: true,
        legalComments: 'eof',
        charset: 'utf8',
        sourcefile: file,
        logLevel: 'silent'
    });
    const minified = await minify(result.code, { ...terserOptions(), module: kind === 'module' });
    if (minified.code === undefined) throw new Error(`terser produced no output for ${file}`);
    return `${minified.code}\n`;
}
