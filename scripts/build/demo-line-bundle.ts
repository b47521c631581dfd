import path from 'node:path';
import { build } from 'esbuild';
import type { BuildOptions, Plugin } from 'esbuild';
import { demoLineKit } from '../../engine/src/telephony/demo-line/demo-line-kit';
import { DEMO_LINE_RESOURCE_NAME } from '../../engine/src/telephony/demo-line/demo-line';
import { ENGINE_GLOBAL } from './engine-bundle';
import type { GeneratedFile } from './generated-file';
import { minifyBundle } from './minify';
import { scriptResourceOptions } from './script-resource-options';

export const DEMO_LINE_ENTRY = 'engine/src/telephony/demo/demo-line-resource.ts';
/** The demo line's own folder: everything the resource carries comes from here. */
export const DEMO_LINE_DIR = 'engine/src/telephony/demo';
export const DEMO_LINE_RESOURCE = `force-app/main/default/staticresources/${DEMO_LINE_RESOURCE_NAME}.js`;
/** The global the engine reads once the resource has loaded: `SoftphoneDemoLine.DemoTelephonyProvider`. */
export const DEMO_LINE_GLOBAL = DEMO_LINE_RESOURCE_NAME;
/** The engine resource's export the demo line takes shared code from (engine/src/index.ts). */
const KIT_EXPORT = 'demoLineKit';
const KIT_NAMESPACE = 'softphone-engine-kit';

/**
 * The module that stands for every engine module the demo line imports from outside its folder: the engine
 * resource's `demoLineKit`, read when the demo line's script runs (the engine loads it, so it is there). A
 * value the kit lacks fails the build ("No matching export"): add it to engine/src/telephony/demo-line/demo-line-kit.ts.
 */
function kitModule(): string {
    const names = Object.keys(demoLineKit).join(', ');
    return [
        `const kit = globalThis.${ENGINE_GLOBAL}?.${KIT_EXPORT};`,
        `if (!kit) throw new Error('${DEMO_LINE_RESOURCE_NAME} needs the ${ENGINE_GLOBAL} static resource loaded before it.');`,
        `export const { ${names} } = kit;`
    ].join('\n');
}

/** Resolves the demo line's imports from outside its folder to the engine's kit, so none of that code is copied. */
function engineKitPlugin(root: string): Plugin {
    const demoDir = path.join(root, DEMO_LINE_DIR) + path.sep;
    return {
        name: 'softphone-engine-kit',
        setup(plugins) {
            plugins.onResolve({ filter: /.*/ }, (args) => {
                if (args.kind === 'entry-point') return undefined;
                const target = path.resolve(args.resolveDir, args.path);
                if (args.path.startsWith('.') && target.startsWith(demoDir)) return undefined;
                return { path: `${ENGINE_GLOBAL}.${KIT_EXPORT}`, namespace: KIT_NAMESPACE };
            });
            plugins.onLoad({ filter: /.*/, namespace: KIT_NAMESPACE }, () => ({
                contents: kitModule(),
                loader: 'js'
            }));
        }
    };
}

/** How esbuild bundles the demo line's static resource: a minified IIFE, as the engine's (terser then minifies further). */
function demoLineBuildOptions(root: string): BuildOptions {
    return {
        ...scriptResourceOptions(root, {
            entry: DEMO_LINE_ENTRY,
            globalName: DEMO_LINE_GLOBAL,
            outfile: DEMO_LINE_RESOURCE
        }),
        plugins: [engineKitPlugin(root)],
        metafile: true
    };
}

/** The demo line's bundle and the files it is made of (relative to the root; the kit as `<namespace>:<path>`). */
export async function demoLineBundle(root: string): Promise<{ code: string; inputs: string[] }> {
    const result = await build(demoLineBuildOptions(root));
    const [output] = result.outputFiles ?? [];
    if (!output) throw new Error('esbuild produced no output for the demo line bundle');
    const { code } = await minifyBundle(output.text);
    return { code, inputs: Object.keys(result.metafile?.inputs ?? {}) };
}

/**
 * Bundles the demo line (engine/src/telephony/demo) into its own static resource, which the engine loads only
 * when the call center's telephony mode is `demo`: agents on a real phone system never download it.
 */
export async function generateDemoLineBundle(root: string): Promise<GeneratedFile[]> {
    const { code } = await demoLineBundle(root);
    return [{ path: DEMO_LINE_RESOURCE, contents: code, source: DEMO_LINE_ENTRY }];
}
