import path from 'node:path';
import { readCallCenterSettings } from './call-center/call-center-settings';
import { parseSettingsOverrides, withSettingsOverrides } from './call-center/settings-override';
import { readUtilityItem } from './console/utility-item';
import { readCustomLabels } from './labels/custom-labels';
import { itemLabelsFrom } from './labels/item-labels';
import { SEED_ORG_FILE, readSeedFixture } from './org/read-seed-fixture';
import { buildLwcBundle } from './lwc/lwc-bundle';
import type { LwcMode } from './lwc/lwc-bundle';
import { SOFTPHONE_ROOT_ID } from './browser/simulator-globals';
import { PROJECT_FILES } from './project-files';
import { buildBrowserScripts } from './site/browser-scripts';
import { ROUTES } from './site/routes';
import { createSimulatorSite } from './site/simulator-site';
import type { SimulatorSite } from './site/simulator-site';

export interface SimulatorOptions {
    /** The project root. */
    readonly root: string;
    /** LWC engine mode; `development` by default. */
    readonly mode?: LwcMode;
    /** Where vendor bundles are cached; `node_modules/.cache/softphone-sim` by default. */
    readonly cacheDir?: string;
    /** Progress messages for the person waiting. */
    readonly log?: (message: string) => void;
    /**
     * `name=value` pairs that override the call center's Softphone Settings items, e.g. `telephonyMode=sip`
     * (`npm start -- --setting telephonyMode=sip`); see `call-center/settings-override.ts`.
     */
    readonly settingsOverrides?: readonly string[];
}

/** A ready simulator: its site and how long preparing it took. */
export interface Simulator {
    readonly site: SimulatorSite;
    readonly timings: { readonly totalMs: number; readonly vendorCached: boolean };
}

/** The component the utility panel shows, as the Softphone page creates it. */
export const SOFTPHONE_MOUNT = {
    module: 'c/softphone',
    tag: 'c-softphone',
    rootId: SOFTPHONE_ROOT_ID
} as const;

/**
 * Prepares everything the simulator serves from the project's own files: the call center settings, the
 * custom labels, the utility item, the console's seed records, the simulator's browser scripts and the LWC
 * bundles. It does not run the project build: the engine resource and the compiled LWC `.js` must be
 * current (`npm run build`).
 */
export async function prepareSimulator(options: SimulatorOptions): Promise<Simulator> {
    const started = performance.now();
    const { root } = options;
    const log = options.log ?? (() => undefined);
    const file = (relative: string): string => path.join(root, relative);
    const settings = withSettingsOverrides(
        readCallCenterSettings(file(PROJECT_FILES.callCenter)),
        parseSettingsOverrides(options.settingsOverrides ?? [])
    );
    const labels = readCustomLabels(file(PROJECT_FILES.labelsDir));
    const [scripts, lwc] = await Promise.all([
        buildBrowserScripts(root),
        buildLwcBundle({
            root,
            lwcDir: file(PROJECT_FILES.lwcDir),
            labels,
            mount: SOFTPHONE_MOUNT,
            mode: options.mode ?? 'development',
            cacheDir: options.cacheDir ?? file('node_modules/.cache/softphone-sim'),
            vendorUrl: ROUTES.lwcVendor,
            onVendorBuild: () =>
                log('Building the LWC runtime and base components once (10-20 s; cached afterwards)…')
        })
    ]);
    const site = createSimulatorSite({
        settings,
        utility: readUtilityItem(file(PROJECT_FILES.utilityBar)),
        seed: readSeedFixture(file(SEED_ORG_FILE)),
        itemLabels: itemLabelsFrom(labels),
        lwc,
        scripts,
        engineResource: file(PROJECT_FILES.engineResource),
        sldsAssetsDir: file('node_modules/@salesforce-ux/design-system/assets')
    });
    return { site, timings: { totalMs: performance.now() - started, vendorCached: lwc.vendorCached } };
}
