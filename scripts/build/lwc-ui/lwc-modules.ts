import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import type { RollupLwcOptions } from '@lwc/rollup-plugin';

/** A module record of the LWC module resolver (`{ name, path }`, `{ dir }` or `{ npm }`). */
export type LwcModuleRecord = NonNullable<RollupLwcOptions['modules']>[number];

/** The namespace of the org's own components. */
export const ORG_NAMESPACE = 'c';

/**
 * Maps `c/<bundle>` to each LWC bundle's `<bundle>/<bundle>.js` in a Salesforce DX `lwc` directory, where
 * bundles have no namespace folder. The compiled `.js` is what deploys, so it is what the simulator runs.
 *
 * @param lwcDir - absolute path of the `lwc` directory
 */
export function orgLwcModules(lwcDir: string): LwcModuleRecord[] {
    if (!existsSync(lwcDir)) return [];
    return readdirSync(lwcDir, { withFileTypes: true })
        .filter((entry) => entry.isDirectory())
        .map((entry) => ({ bundle: entry.name, file: path.join(lwcDir, entry.name, `${entry.name}.js`) }))
        .filter(({ file }) => existsSync(file))
        .map(({ bundle, file }) => ({ name: `${ORG_NAMESPACE}/${bundle}`, path: file }));
}

/** The LWC runtime modules a component or the mount code may import. */
export const LWC_RUNTIME_MODULES: readonly string[] = ['lwc', '@lwc/synthetic-shadow', '@lwc/wire-service'];

/**
 * Whether an import specifier names the shared runtime rather than the org's code: the LWC engine and its
 * companions, or a base component (`lightning/*`). The app bundle leaves these to the vendor bundle, so
 * that both use one LWC engine instance.
 */
export function isRuntimeModule(specifier: string): boolean {
    return LWC_RUNTIME_MODULES.includes(specifier) || specifier.startsWith('lightning/');
}
