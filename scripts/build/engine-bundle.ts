import { build } from 'esbuild';
import type { BuildOptions } from 'esbuild';
import type { GeneratedFile } from './generated-file';
import { minifyBundle } from './minify';
import { scriptResourceOptions } from './script-resource-options';

export const ENGINE_ENTRY = 'engine/src/index.ts';
export const ENGINE_RESOURCE = 'force-app/main/default/staticresources/SoftphoneEngine.js';
/** The global the adapter page calls: `SoftphoneEngine.startEngine(...)`. */
export const ENGINE_GLOBAL = 'SoftphoneEngine';

/** How esbuild bundles the engine static resource: one minified IIFE for the adapter page (terser then minifies further). */
function engineBuildOptions(root: string): BuildOptions {
    return scriptResourceOptions(root, {
        entry: ENGINE_ENTRY,
        globalName: ENGINE_GLOBAL,
        outfile: ENGINE_RESOURCE
    });
}

/**
 * The engine static resource with its source map: esbuild bundles and minifies, terser minifies further and chains
 * the map back to the original sources. The map is not committed nor deployed: the bench reads it to say which
 * source a byte or a profiled function of the resource comes from. esbuild's `external` map leaves the text
 * without a `sourceMappingURL` comment, so the code is the committed resource byte for byte.
 */
export async function engineBundleWithSourceMap(root: string): Promise<{ code: string; map: string }> {
    const result = await build({ ...engineBuildOptions(root), sourcemap: 'external' });
    const code = result.outputFiles?.find((file) => file.path.endsWith('.js'))?.text;
    const map = result.outputFiles?.find((file) => file.path.endsWith('.js.map'))?.text;
    if (code === undefined || map === undefined) throw new Error('esbuild produced no engine bundle and map');
    const minified = await minifyBundle(code, map);
    if (minified.map === undefined) throw new Error('terser produced no source map for the engine bundle');
    return { code: minified.code, map: minified.map };
}

/** Bundles the engine into the static resource the adapter page loads: one minified IIFE, no source map. */
export async function generateEngineBundle(root: string): Promise<GeneratedFile[]> {
    const { code } = await engineBundleWithSourceMap(root);
    return [{ path: ENGINE_RESOURCE, contents: code, source: ENGINE_ENTRY }];
}
