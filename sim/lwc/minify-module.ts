import { transform } from 'esbuild';

/**
 * Minifies one ES module, as Lightning serves its framework and base components in production: whitespace,
 * comments and local names go, dead branches behind constants such as `process.env.NODE_ENV` go, and the
 * module's imports, exports and `import()` calls stay as they are. No syntax is lowered; license comments stay.
 *
 * @param code - the module's source
 * @param file - its name, for error messages
 */
export async function minifyModule(code: string, file: string): Promise<string> {
    const result = await transform(code, {
        loader: 'js',
        format: 'esm',
        minify: true,
        legalComments: 'inline',
        sourcefile: file,
        logLevel: 'silent'
    });
    return result.code;
}
