import path from 'node:path';
import { build } from 'esbuild';
import type { GeneratedFile } from './generated-file';

export const ENGINE_ENTRY = 'engine/src/index.ts';
export const ENGINE_RESOURCE = 'force-app/main/default/staticresources/SoftphoneEngine.js';
/** The global the adapter page calls: `SoftphoneEngine.startEngine(...)`. */
export const ENGINE_GLOBAL = 'SoftphoneEngine';

/** Bundles the engine into the static resource the adapter page loads: one minified IIFE, no source map. */
export async function generateEngineBundle(root: string): Promise<GeneratedFile[]> {
    const result = await build({
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
    });
    const [output] = result.outputFiles;
    if (!output) throw new Error('esbuild produced no output for the engine bundle');
    return [{ path: ENGINE_RESOURCE, contents: output.text, source: ENGINE_ENTRY }];
}
