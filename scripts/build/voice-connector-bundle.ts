import { build } from 'esbuild';
import type { GeneratedFile } from './generated-file';
import { minifyBundle } from './minify';
import { scriptResourceOptions } from './script-resource-options';

export const VOICE_ENTRY = 'engine/src/voice/index.ts';
export const VOICE_RESOURCE = 'force-app-voice/main/default/staticresources/SoftphoneVoiceConnector.js';
/** The global the connector page calls: `SoftphoneVoice.startVoiceConnector(...)`. */
export const VOICE_GLOBAL = 'SoftphoneVoice';
const BASE_LIBRARY_SOURCE = './node_modules/@salesforce/scv-connector-base/src/main/index.js';

/**
 * Bundles the Salesforce Voice connector (the engine with `@salesforce/scv-connector-base`) into the static
 * resource the `SoftphoneVoiceConnector` page loads: one minified IIFE (esbuild, then terser), as the engine bundle is built.
 */
export async function generateVoiceConnectorBundle(root: string): Promise<GeneratedFile[]> {
    const result = await build({
        ...scriptResourceOptions(root, {
            entry: VOICE_ENTRY,
            globalName: VOICE_GLOBAL,
            outfile: VOICE_RESOURCE
        }),
        // The package's own ES source of the same version, not its webpack bundle: the bundle carries Babel's
        // regenerator and helpers for old browsers (28 KB); the unit tests run that bundle.
        alias: { '@salesforce/scv-connector-base': BASE_LIBRARY_SOURCE }
    });
    const [output] = result.outputFiles ?? [];
    if (!output) throw new Error('esbuild produced no output for the Voice connector bundle');
    const { code } = await minifyBundle(output.text);
    return [{ path: VOICE_RESOURCE, contents: code, source: VOICE_ENTRY }];
}
