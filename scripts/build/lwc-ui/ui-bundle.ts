import { existsSync, realpathSync } from 'node:fs';
import path from 'node:path';
import lwc from '@lwc/rollup-plugin';
import { rollup } from 'rollup';
import type { OutputChunk, Plugin, RollupCache, RollupLog } from 'rollup';
import type { CustomLabels } from '../../../sim/labels/custom-labels';
import { leftOutPartsPlugin } from './base-component-parts';
import { BASE_COMPONENTS_PACKAGE } from './base-components';
import { definePlugin } from './define-plugin';
import { iconNamesIn, iconSubsetPlugin } from './icon-subset';
import { customLabelPlugin } from './label-plugin';
import { licenseNotice } from './license-notice';
import { orgLwcModules } from './lwc-modules';
import { minifyCode } from './minify-code';
import { nativeShadowStylesPlugin } from './native-shadow-styles';

/** What to mount: a component module, its tag name, and the id of the element it is created in. */
export interface MountTarget {
    readonly module: string;
    readonly tag: string;
    readonly rootId: string;
}

/**
 * How the bundle is laid out: `script`, one classic script (an IIFE) with everything in it; `modules`, ES
 * modules (an entry that imports shared chunks, as a zip static resource would hold them). `npm run bench
 * ui-format` measures which starts faster; the static resource is a `script`.
 */
export type UiBundleFormat = 'script' | 'modules';

export interface UiBundleOptions {
    /** The project root, whose `node_modules` holds `lwc` and the base components. */
    readonly root: string;
    /** Absolute path of the project's `lwc` directory. */
    readonly lwcDir: string;
    readonly labels: CustomLabels;
    readonly mount: MountTarget;
    readonly format: UiBundleFormat;
    /** File name of the entry, e.g. `SoftphoneUI.js`. */
    readonly entryFile: string;
    /**
     * Contents to use instead of files on disk, by absolute path: the build passes the compiled LWC `.js` it
     * has just generated, so the bundle is built from them even before they are written.
     */
    readonly sources?: ReadonlyMap<string, string>;
    /**
     * The id of the page element that holds the custom labels in the agent's language (see
     * {@link customLabelPlugin}); without it the default values are built in.
     */
    readonly pageLabelsElementId?: string;
    /**
     * The entry's source instead of {@link mountSource}'s (the simulator's console components expose a mount
     * function rather than mounting one component).
     */
    readonly entrySource?: string;
    /** Rollup plugins that resolve modules before the LWC compiler does (the simulator's platform stand-ins). */
    readonly plugins?: readonly Plugin[];
}

/** The built UI: its files by path (the entry first) and the icons it carries. */
export interface UiBundle {
    readonly files: ReadonlyMap<string, string>;
    /** `category:name` of every icon the bundle can draw. */
    readonly icons: readonly string[];
    /** The names of the custom labels (`c.<name>`) the bundle imports, sorted. */
    readonly labels: readonly string[];
}

/** Constants of a production build: LWC's production mode, as Lightning runs unless debug mode is on. */
export const PRODUCTION_DEFINE: Readonly<Record<string, string>> = {
    'process.env.NODE_ENV': '"production"',
    'import.meta.env.SSR': 'false'
};

const MOUNT_ID = '\0softphone-ui-mount';

/**
 * The entry: synthetic shadow first (as on the Lightning platform, so SLDS reaches into components), then
 * `createElement` into the root element, as the adapter page mounts the UI.
 */
export function mountSource(target: MountTarget): string {
    return [
        "import '@lwc/synthetic-shadow';",
        "import { createElement } from 'lwc';",
        `import Component from ${JSON.stringify(target.module)};`,
        `const root = document.getElementById(${JSON.stringify(target.rootId)});`,
        `if (!root) throw new Error(${JSON.stringify(`#${target.rootId} is missing from the page`)});`,
        `root.appendChild(createElement(${JSON.stringify(target.tag)}, { is: Component }));`,
        ''
    ].join('\n');
}

/**
 * Resolves every module to its real path, so a module reached through a symlinked `node_modules` (a linked
 * install, a test's copy of the project) and through its real path is one module: the LWC plugin resolves
 * `lwc` under `rootDir` without following links, which would otherwise bundle a second LWC engine.
 */
function realPathsPlugin(): Plugin {
    return {
        name: 'softphone-ui-real-paths',
        async resolveId(source, importer, { attributes, custom, isEntry }) {
            const resolved = await this.resolve(source, importer, {
                attributes,
                isEntry,
                skipSelf: true,
                ...(custom === undefined ? {} : { custom })
            });
            if (!resolved || resolved.external || !path.isAbsolute(resolved.id)) return resolved;
            const [file = '', query] = resolved.id.split('?', 2);
            if (!existsSync(file)) return resolved;
            const real = realpathSync(file);
            return real === file
                ? resolved
                : { ...resolved, id: query === undefined ? real : `${real}?${query}` };
        }
    };
}

/**
 * Loads the modules the build has just generated from memory, not from disk. The LWC plugin's ids carry a query
 * (`…/softphone.js?specifier=c%2Fsoftphone`): looked up without it, or the resource is built from the `.js` of the
 * build before.
 */
export function sourcesPlugin(sources: ReadonlyMap<string, string>): Plugin {
    return { name: 'softphone-ui-sources', load: (id) => sources.get(id.replace(/\?.*$/s, '')) ?? null };
}

function mountPlugin(target: MountTarget, entrySource?: string): Plugin {
    return {
        name: 'softphone-ui-mount',
        resolveId: (source) => (source === MOUNT_ID ? MOUNT_ID : null),
        load: (id) => (id === MOUNT_ID ? (entrySource ?? mountSource(target)) : null)
    };
}

/**
 * Feature gates of the base components kept closed. The open-source package opens every gate; these need
 * platform features the page lacks: combobox element internals throw under synthetic shadow ("attachInternals
 * API is not supported in synthetic shadow"), which Lightning itself does not run into.
 */
export const CLOSED_GATES: readonly string[] = ['bc.260.enableComboboxElementInternals'];
const CLOSED_GATE_PREFIX = '\0softphone-ui-closed-gate:';

function closedGatesPlugin(): Plugin {
    return {
        name: 'softphone-ui-closed-gates',
        resolveId(source) {
            const gate = source.startsWith('@salesforce/gate/')
                ? source.slice('@salesforce/gate/'.length)
                : '';
            return CLOSED_GATES.includes(gate) ? `${CLOSED_GATE_PREFIX}${gate}` : null;
        },
        load(id) {
            return id.startsWith(CLOSED_GATE_PREFIX) ? 'export default { isOpen: () => false };' : null;
        }
    };
}

const LWC_PLUGIN = 'rollup-plugin-lwc-compiler';

/**
 * Turns Rollup's warnings that would break the page at run time into build errors, saying what to do about
 * an org component without its compiled `.js`. The LWC compiler's remarks on Salesforce's own base components
 * are not ours to act on.
 */
export function failOnUnresolved(log: RollupLog, warn: (log: RollupLog) => void): void {
    if (log.code === 'UNRESOLVED_IMPORT') {
        const module = log.exporter ?? '(unknown module)';
        const hint = module.startsWith('c/')
            ? ': its bundle has no compiled .js; run `npm run build`'
            : ': no LWC module, base component or build plugin provides it';
        throw new Error(`Cannot resolve ${module}, imported by ${log.id ?? 'the app'}${hint}`);
    }
    if (log.code === 'MISSING_EXPORT') throw new Error(log.message);
    if (log.plugin === LWC_PLUGIN && log.id?.includes(`/${BASE_COMPONENTS_PACKAGE}/`)) return;
    warn(log);
}

interface Pass {
    readonly chunks: OutputChunk[];
    readonly cache: RollupCache | undefined;
}

async function bundlePass(
    options: UiBundleOptions,
    icons: readonly string[],
    cache?: RollupCache,
    usedLabels?: Set<string>
): Promise<Pass> {
    const bundle = await rollup({
        input: MOUNT_ID,
        cache,
        plugins: [
            realPathsPlugin(),
            mountPlugin(options.mount, options.entrySource),
            ...(options.plugins ?? []),
            sourcesPlugin(options.sources ?? new Map()),
            customLabelPlugin(options.labels, {
                ...(options.pageLabelsElementId === undefined
                    ? {}
                    : { pageElementId: options.pageLabelsElementId }),
                ...(usedLabels === undefined ? {} : { used: usedLabels })
            }),
            closedGatesPlugin(),
            iconSubsetPlugin(icons),
            nativeShadowStylesPlugin(),
            leftOutPartsPlugin(options.lwcDir),
            lwc({
                rootDir: options.root,
                modules: [...orgLwcModules(options.lwcDir), { npm: BASE_COMPONENTS_PACKAGE }],
                enableDynamicComponents: false
            }),
            definePlugin(PRODUCTION_DEFINE)
        ],
        onwarn: failOnUnresolved
    });
    try {
        const { output } = await bundle.generate(
            options.format === 'script'
                ? { format: 'iife', inlineDynamicImports: true, entryFileNames: options.entryFile }
                : {
                      format: 'es',
                      entryFileNames: options.entryFile,
                      chunkFileNames: 'chunks/[name]-[hash].js'
                  }
        );
        const chunks = output.filter((item): item is OutputChunk => item.type === 'chunk');
        return { chunks, cache: bundle.cache };
    } finally {
        await bundle.close();
    }
}

/**
 * Compiles the org's components with the open-source LWC compiler, together with the LWC engine, synthetic
 * shadow and the base components they use, into a production bundle that mounts `options.mount`: minified,
 * custom labels inlined, the icons the components name built in (a first pass finds them, a second builds
 * them in), Salesforce's and LWC's license notices kept at the top of every file. An unknown `c/` module,
 * label or other import fails the build.
 */
export async function buildUiBundle(options: UiBundleOptions): Promise<UiBundle> {
    // The first pass (no cache) resolves every import, so it is the one that sees every label.
    const labels = new Set<string>();
    const first = await bundlePass(options, [], undefined, labels);
    const icons = iconNamesIn(first.chunks.map((chunk) => chunk.code).join('\n'));
    const { chunks } = await bundlePass(options, icons, first.cache);
    const notice = licenseNotice(options.root);
    const files = new Map<string, string>();
    const ordered = [...chunks].sort((a, b) => Number(b.isEntry) - Number(a.isEntry));
    for (const chunk of ordered) {
        const code = await minifyCode(
            chunk.code,
            chunk.fileName,
            options.format === 'script' ? 'script' : 'module'
        );
        files.set(chunk.fileName, `${notice}${code}`);
    }
    return { files, icons, labels: [...labels].sort() };
}
