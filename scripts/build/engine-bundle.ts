import path from 'node:path';
import { build } from 'esbuild';
import type { BuildOptions } from 'esbuild';
import type { GeneratedFile } from './generated-file';

export const ENGINE_ENTRY = 'engine/src/index.ts';
export const ENGINE_RESOURCE = 'force-app/main/default/staticresources/SoftphoneEngine.js';
/** The global the adapter page calls: `SoftphoneEngine.startEngine(...)`. */
export const ENGINE_GLOBAL = 'SoftphoneEngine';

/** How the engine static resource is built: one minified IIFE for the adapter page. */
function engineBuildOptions(root: string): BuildOptions {
    return {
        absWorkingDir: root,
        entryPoints: [ENGINE_ENTRY],
        tsconfig: path.join(root, 'tsconfig.json'),
        bundle: true,
        format: 'iife',
        globalName: ENGINE_GLOBAL,
        platform: 'browser',
        target: ['chrome115', 'edge115', 'firefox115', 'safari16'],
        minify: true,
        legalComments: 'eof',
        charset: 'utf8',
        write: false,
        outfile: path.join(root, ENGINE_RESOURCE),
        logLevel: 'silent'
    };
}

/** Bundles the engine into the static resource the adapter page loads: one minified IIFE, no source map. */
export async function generateEngineBundle(root: string): Promise<GeneratedFile[]> {
    const result = await build(engineBuildOptions(root));
    const [output] = result.outputFiles ?? [];
    if (!output) throw new Error('esbuild produced no output for the engine bundle');
    return [{ path: ENGINE_RESOURCE, contents: output.text, source: ENGINE_ENTRY }];
}

/**
 * The same bundle with its source map beside it (not committed, not deployed): the bench reads it to say which
 * source a byte or a profiled function of the static resource comes from. `external` leaves the bundle's text
 * as the committed one (no `sourceMappingURL` comment).
 */
export async function engineBundleWithSourceMap(root: string): Promise<{ code: string; map: string }> {
    const result = await build({ ...engineBuildOptions(root), sourcemap: 'external' });
    const code = result.outputFiles?.find((file) => file.path.endsWith('.js'))?.text;
    const map = result.outputFiles?.find((file) => file.path.endsWith('.js.map'))?.text;
    if (code === undefined || map === undefined) throw new Error('esbuild produced no engine bundle and map');
    return { code, map };
}
