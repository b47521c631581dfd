import path from 'node:path';
import lwc from '@lwc/rollup-plugin';
import { rollup } from 'rollup';
import type { OutputChunk, Plugin } from 'rollup';
import { failOnUnresolved } from './app-bundle';
import { definePlugin } from './define-plugin';
import { minifyModule } from './minify-module';

const LWC_PLUGIN = 'rollup-plugin-lwc-compiler';

/** Salesforce's base components for LWC open source, resolved through the package's own LWC config. */
export const BASE_COMPONENTS_PACKAGE = 'lightning-base-components';

export interface VendorBundleOptions {
    /** The project root, whose `node_modules` holds `lwc` and the base components. */
    readonly root: string;
    /** Bare specifiers the app imports: `lwc`, `@lwc/synthetic-shadow`, `lightning/*`. */
    readonly modules: readonly string[];
    /** Constants such as `process.env.NODE_ENV`, see {@link definePlugin}. */
    readonly define: Readonly<Record<string, string>>;
    /** Minify every file (production mode), see {@link minifyModule}. */
    readonly minify: boolean;
}

/** One file of the vendor bundle: its chunk name and the files it imports (paths as in {@link VendorBundle}). */
export interface VendorChunk {
    /** Rollup's name for the chunk, from its main module, e.g. `iconSvgTemplatesUtility`. */
    readonly name: string;
    /** Files it imports statically: the browser fetches them before the file runs. */
    readonly imports: readonly string[];
    /** Files it loads with `import()` when it needs them. */
    readonly dynamicImports: readonly string[];
}

/**
 * The runtime as ES modules: files by path relative to the vendor URL, the file of each specifier, and the
 * import graph between the files (what a page can preload).
 */
export interface VendorBundle {
    readonly files: ReadonlyMap<string, string>;
    readonly entries: Readonly<Record<string, string>>;
    readonly chunks: Readonly<Record<string, VendorChunk>>;
}

/**
 * Resolves each entry specifier as if a module in the project imported it, so the LWC plugin's module
 * resolution (engine, synthetic shadow, base components) applies to entries too.
 */
function entryResolverPlugin(importer: string): Plugin {
    return {
        name: 'softphone-sim-vendor-entries',
        async resolveId(source, from, options) {
            if (from !== undefined || !options.isEntry) return null;
            return this.resolve(source, importer, { isEntry: true, skipSelf: true });
        }
    };
}

/**
 * Feature gates of the base components kept closed here. The open-source package opens every gate; these
 * need platform features the local page lacks: combobox element internals throw under synthetic shadow
 * ("attachInternals API is not supported in synthetic shadow"), which Lightning itself does not run into.
 */
export const CLOSED_GATES: readonly string[] = ['bc.260.enableComboboxElementInternals'];

const CLOSED_GATE_PREFIX = '\0softphone-sim-closed-gate:';

/** Resolves each closed gate to a module whose `isOpen()` is false, ahead of the package's open stub. */
function closedGatesPlugin(): Plugin {
    return {
        name: 'softphone-sim-closed-gates',
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

/**
 * Bundles the shared runtime the app imports: the LWC engine, synthetic shadow and the base components,
 * one entry file per specifier (so an import map can point at it) plus shared and lazily loaded chunks
 * (the base components load icon templates on demand), minified in production mode. Compiling the icon
 * templates takes seconds, which is why {@link cachedVendorBundle} keeps the result on disk.
 */
export async function buildVendorBundle(options: VendorBundleOptions): Promise<VendorBundle> {
    const bundle = await rollup({
        input: Object.fromEntries(options.modules.map((specifier) => [specifier, specifier])),
        preserveEntrySignatures: 'strict',
        plugins: [
            entryResolverPlugin(path.join(options.root, 'index.js')),
            closedGatesPlugin(),
            lwc({ rootDir: options.root, modules: [{ npm: BASE_COMPONENTS_PACKAGE }] }),
            definePlugin(options.define)
        ],
        onwarn: (log, warn) =>
            // The LWC compiler's remarks on Salesforce's own base components are not ours to act on.
            failOnUnresolved(log, (entry) => (entry.plugin === LWC_PLUGIN ? undefined : warn(entry)))
    });
    try {
        const { output } = await bundle.generate({
            format: 'es',
            entryFileNames: '[name].js',
            chunkFileNames: 'chunks/[name]-[hash].js'
        });
        const built = await Promise.all(
            output
                .filter((item): item is OutputChunk => item.type === 'chunk')
                .map(async (chunk) => ({
                    chunk,
                    code: options.minify ? await minifyModule(chunk.code, chunk.fileName) : chunk.code
                }))
        );
        const files = new Map<string, string>();
        const entries: Record<string, string> = {};
        const chunks: Record<string, VendorChunk> = {};
        for (const { chunk, code } of built) {
            files.set(chunk.fileName, code);
            if (chunk.isEntry) entries[chunk.name] = chunk.fileName;
            chunks[chunk.fileName] = {
                name: chunk.name,
                imports: [...chunk.imports],
                dynamicImports: [...chunk.dynamicImports]
            };
        }
        return { files, entries, chunks };
    } finally {
        await bundle.close();
    }
}
