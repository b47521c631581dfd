import type { CustomLabels } from '../labels/custom-labels';
import { buildAppBundle } from './app-bundle';
import type { MountTarget } from './app-bundle';
import { iconCategoriesOf, modulePreloads } from './module-preloads';
import { buildVendorBundle } from './vendor-bundle';
import type { VendorBundle } from './vendor-bundle';
import { cachedVendorBundle, vendorCacheKey } from './vendor-cache';

/** LWC's `process.env.NODE_ENV`: development keeps the engine's warnings, as Lightning's debug mode does. */
export type LwcMode = 'development' | 'production';

export interface LwcBundleOptions {
    readonly root: string;
    /** Absolute path of the project's `lwc` directory. */
    readonly lwcDir: string;
    readonly labels: CustomLabels;
    readonly mount: MountTarget;
    readonly mode: LwcMode;
    /** Where built vendor bundles are kept between runs. */
    readonly cacheDir: string;
    /** URL prefix the vendor files are served under, e.g. `/lwc/vendor/`. */
    readonly vendorUrl: string;
    /** Told when the vendor bundle is not cached and must be built (it takes several seconds). */
    readonly onVendorBuild?: () => void;
}

/** The compiled app, the runtime it needs, and the import map that ties them together. */
export interface LwcBundle {
    readonly app: string;
    readonly vendor: VendorBundle;
    /** Bare specifier → URL, for `<script type="importmap">`. */
    readonly importMap: Readonly<Record<string, string>>;
    /** URLs of the vendor files the app loads first, for `<link rel="modulepreload">`, see {@link modulePreloads}. */
    readonly modulePreloads: readonly string[];
    /** Whether the vendor bundle came from the cache. */
    readonly vendorCached: boolean;
}

/**
 * Builds the LWC side of the simulator: the org's components (fresh on every start, well under a second)
 * and the runtime they import (cached on disk by package versions, module list and mode). Production mode
 * minifies both, as Lightning serves them unless debug mode is on.
 */
export async function buildLwcBundle(options: LwcBundleOptions): Promise<LwcBundle> {
    const define = {
        'process.env.NODE_ENV': JSON.stringify(options.mode),
        'import.meta.env.SSR': 'false'
    };
    const minify = options.mode === 'production';
    const app = await buildAppBundle({
        lwcDir: options.lwcDir,
        labels: options.labels,
        mount: options.mount,
        define,
        minify
    });
    const key = vendorCacheKey(options.root, app.runtimeModules, { define, minify });
    const { bundle: vendor, cached } = await cachedVendorBundle(
        options.cacheDir,
        key,
        () => buildVendorBundle({ root: options.root, modules: app.runtimeModules, define, minify }),
        options.onVendorBuild
    );
    const importMap = Object.fromEntries(
        app.runtimeModules.map((specifier) => {
            const file = vendor.entries[specifier];
            if (!file) throw new Error(`the vendor bundle has no entry for ${specifier}`);
            return [specifier, options.vendorUrl + file];
        })
    );
    const preloads = modulePreloads(vendor, app.runtimeModules, iconCategoriesOf(app.code));
    return {
        app: app.code,
        vendor,
        importMap,
        modulePreloads: preloads.map((file) => options.vendorUrl + file),
        vendorCached: cached
    };
}
