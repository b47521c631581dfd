import path from 'node:path';
import { build } from 'esbuild';
import type { BuildOptions, Plugin } from 'esbuild';
import { DEMO_LINE_RESOURCE_NAME } from '../../engine/src/telephony/demo-line/demo-line';
import { DESK_PHONE_LINE_RESOURCE_NAME } from '../../engine/src/telephony/desk-phone-line/desk-phone-line';
import { lineKit } from '../../engine/src/telephony/line-resource/line-kit';
import { ENGINE_GLOBAL } from './engine-bundle';
import type { GeneratedFile } from './generated-file';
import { minifyBundle } from './minify';
import { scriptResourceOptions } from './script-resource-options';

/**
 * A telephony line built as its own static resource, which the engine loads only in the telephony mode that
 * uses it: its entry, the folder everything it carries comes from, and its resource (also the global it defines).
 */
export interface LineBundle {
    readonly entry: string;
    readonly dir: string;
    readonly name: string;
    readonly resource: string;
}

/** The demo line (telephony mode `demo`): `SoftphoneDemoLine.DemoTelephonyProvider`. */
export const DEMO_LINE_BUNDLE: LineBundle = {
    entry: 'engine/src/telephony/demo/demo-line-resource.ts',
    dir: 'engine/src/telephony/demo',
    name: DEMO_LINE_RESOURCE_NAME,
    resource: `force-app/main/default/staticresources/${DEMO_LINE_RESOURCE_NAME}.js`
};

/** The desk phone line (telephony mode `click-to-dial-only`): `SoftphoneDeskPhoneLine.DeskPhoneTelephonyProvider`. */
export const DESK_PHONE_LINE_BUNDLE: LineBundle = {
    entry: 'engine/src/telephony/desk-phone/desk-phone-line-resource.ts',
    dir: 'engine/src/telephony/desk-phone',
    name: DESK_PHONE_LINE_RESOURCE_NAME,
    resource: `force-app/main/default/staticresources/${DESK_PHONE_LINE_RESOURCE_NAME}.js`
};

export const LINE_BUNDLES: readonly LineBundle[] = [DEMO_LINE_BUNDLE, DESK_PHONE_LINE_BUNDLE];
export const DEMO_LINE_RESOURCE = DEMO_LINE_BUNDLE.resource;
export const DESK_PHONE_LINE_RESOURCE = DESK_PHONE_LINE_BUNDLE.resource;

/** The engine resource's export a line takes shared code from (engine/src/index.ts). */
const KIT_EXPORT = 'lineKit';
const KIT_NAMESPACE = 'softphone-engine-kit';

/**
 * The module that stands for every engine module a line imports from outside its folder: the engine
 * resource's `lineKit`, read when the line's script runs (the engine loads it, so it is there). A value the
 * kit lacks fails the build ("No matching export"): add it to engine/src/telephony/line-resource/line-kit.ts.
 */
function kitModule(line: LineBundle): string {
    const names = Object.keys(lineKit).join(', ');
    return [
        `const kit = globalThis.${ENGINE_GLOBAL}?.${KIT_EXPORT};`,
        `if (!kit) throw new Error('${line.name} needs the ${ENGINE_GLOBAL} static resource loaded before it.');`,
        `export const { ${names} } = kit;`
    ].join('\n');
}

/** Resolves a line's imports from outside its folder to the engine's kit, so none of that code is copied. */
function engineKitPlugin(root: string, line: LineBundle): Plugin {
    const lineDir = path.join(root, line.dir) + path.sep;
    return {
        name: 'softphone-engine-kit',
        setup(plugins) {
            plugins.onResolve({ filter: /.*/ }, (args) => {
                if (args.kind === 'entry-point') return undefined;
                const target = path.resolve(args.resolveDir, args.path);
                if (args.path.startsWith('.') && target.startsWith(lineDir)) return undefined;
                return { path: `${ENGINE_GLOBAL}.${KIT_EXPORT}`, namespace: KIT_NAMESPACE };
            });
            plugins.onLoad({ filter: /.*/, namespace: KIT_NAMESPACE }, () => ({
                contents: kitModule(line),
                loader: 'js'
            }));
        }
    };
}

/** How esbuild bundles a line's static resource: a minified IIFE, as the engine's (terser then minifies further). */
function lineBuildOptions(root: string, line: LineBundle): BuildOptions {
    return {
        ...scriptResourceOptions(root, { entry: line.entry, globalName: line.name, outfile: line.resource }),
        plugins: [engineKitPlugin(root, line)],
        metafile: true
    };
}

/** A line's bundle and the files it is made of (relative to the root; the kit as `<namespace>:<path>`). */
export async function lineBundle(
    root: string,
    line: LineBundle
): Promise<{ code: string; inputs: string[] }> {
    const result = await build(lineBuildOptions(root, line));
    const [output] = result.outputFiles ?? [];
    if (!output) throw new Error(`esbuild produced no output for the ${line.name} bundle`);
    const { code } = await minifyBundle(output.text);
    return { code, inputs: Object.keys(result.metafile?.inputs ?? {}) };
}

/**
 * Bundles each line (the demo line, engine/src/telephony/demo; the desk phone line, engine/src/telephony/desk-phone)
 * into its own static resource, which the engine loads only in that line's telephony mode: agents on SIP never
 * download either.
 */
export async function generateLineBundles(root: string): Promise<GeneratedFile[]> {
    return Promise.all(
        LINE_BUNDLES.map(async (line) => ({
            path: line.resource,
            contents: (await lineBundle(root, line)).code,
            source: line.entry
        }))
    );
}
