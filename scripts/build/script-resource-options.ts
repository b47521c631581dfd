import path from 'node:path';
import type { BuildOptions } from 'esbuild';

/** The browsers the script static resources are built for: current Chrome, Edge, Firefox and Safari releases. */
export const BROWSER_TARGETS = ['chrome115', 'edge115', 'firefox115', 'safari16'];

/**
 * How esbuild bundles a script static resource (the engine, the demo line, the Voice connector): one minified
 * IIFE that defines `globalName` on the page, legal comments at the end, kept in memory (terser then minifies
 * it further and the build writes it). Each bundle adds what is its own (plugins, aliases, a metafile).
 */
export function scriptResourceOptions(
    root: string,
    resource: { entry: string; globalName: string; outfile: string }
): BuildOptions {
    return {
        absWorkingDir: root,
        entryPoints: [resource.entry],
        tsconfig: path.join(root, 'tsconfig.json'),
        bundle: true,
        format: 'iife',
        globalName: resource.globalName,
        platform: 'browser',
        target: BROWSER_TARGETS,
        minify: true,
        legalComments: 'eof',
        charset: 'utf8',
        write: false,
        outfile: path.join(root, resource.outfile),
        logLevel: 'silent'
    };
}
