import { readFileSync } from 'node:fs';
import path from 'node:path';
import { pageLabelNames } from '../scripts/build/page-labels';
import { SOFTPHONE_UI } from '../scripts/build/ui-resource';
import { readCallCenterSettings } from './call-center/call-center-settings';
import { parseSettingsOverrides, withSettingsOverrides } from './call-center/settings-override';
import { readUtilityItem } from './console/utility-item';
import { readCustomLabels } from './labels/custom-labels';
import { itemLabelsFrom } from './labels/item-labels';
import { readPhoneSystemRecords, simulatedPhoneSystems } from './org/read-phone-systems';
import { SEED_ORG_FILE, readSeedFixture } from './org/read-seed-fixture';
import { PROJECT_FILES } from './project-files';
import { readSimulatedPresence } from './org/simulated-presence';
import { buildBrowserScripts } from './site/browser-scripts';
import { buildConsoleComponents } from './site/console-components';
import { ROUTES } from './site/routes';
import { createSimulatorSite } from './site/simulator-site';
import type { SimulatorSite } from './site/simulator-site';

export interface SimulatorOptions {
    /** The project root. */
    readonly root: string;
    /**
     * `name=value` pairs that override the call center's Softphone Settings items, e.g. `telephonyMode=sip`
     * (`npm start -- --setting telephonyMode=sip`); see `call-center/settings-override.ts`.
     */
    readonly settingsOverrides?: readonly string[];
    /** The simulated org's TURN shared secret (`npm start -- --turn-secret`); none by default. */
    readonly turnSecret?: string;
    /**
     * Phone-system profiles the simulated agent is given, by record name (`npm start -- --phone-system
     * <Record>`); several make the conflict the softphone refuses.
     */
    readonly phoneSystems?: readonly string[];
    /** `<Record>.<Field__c>=<value>`: changes or adds the org's profiles (`--phone-system-field`). */
    readonly phoneSystemFields?: readonly string[];
    /**
     * Builds and shows the components other developers put around the phone (`npm start --
     * --console-components`): Call with softphone on record pages, and an Omni-Channel widget stand-in with the
     * Omni-Channel sync item. Off by default: the build takes seconds.
     */
    readonly consoleComponents?: boolean;
}

/** A ready simulator: its site and how long preparing it took. */
export interface Simulator {
    readonly site: SimulatorSite;
    readonly timings: { readonly totalMs: number };
}

/**
 * Prepares everything the simulator serves from the project's own files: the call center settings, the
 * custom labels, the utility item, the console's seed records and the simulator's browser scripts. It does
 * not run the project build: the engine and UI static resources it serves must be current (`npm run build`).
 */
export async function prepareSimulator(options: SimulatorOptions): Promise<Simulator> {
    const started = performance.now();
    const { root } = options;
    const file = (relative: string): string => path.join(root, relative);
    const settings = withSettingsOverrides(
        readCallCenterSettings(file(PROJECT_FILES.callCenter)),
        parseSettingsOverrides(options.settingsOverrides ?? [])
    );
    const labels = readCustomLabels(file(PROJECT_FILES.labelsDir));
    const scripts = await buildBrowserScripts(root);
    if (options.consoleComponents === true) {
        scripts.set(ROUTES.consoleComponents, await buildConsoleComponents(root));
    }
    const site = createSimulatorSite({
        settings,
        utility: readUtilityItem(file(PROJECT_FILES.utilityBar)),
        seed: readSeedFixture(file(SEED_ORG_FILE)),
        ...(options.turnSecret === undefined ? {} : { turnServer: { sharedSecret: options.turnSecret } }),
        phoneSystems: simulatedPhoneSystems(
            readPhoneSystemRecords(file(PROJECT_FILES.customMetadataDir)),
            options.phoneSystems ?? [],
            options.phoneSystemFields ?? []
        ),
        itemLabels: itemLabelsFrom(labels),
        ...(options.consoleComponents === true ? { presence: readSimulatedPresence(root) } : {}),
        scripts,
        engineResource: file(PROJECT_FILES.engineResource),
        demoLineResource: file(PROJECT_FILES.demoLineResource),
        deskPhoneLineResource: file(PROJECT_FILES.deskPhoneLineResource),
        uiResource: file(PROJECT_FILES.uiResource),
        uiLabels: {
            elementId: SOFTPHONE_UI.page.labelsElementId,
            values: new Map(
                pageLabelNames(readFileSync(file(SOFTPHONE_UI.page.file), 'utf8')).map((name) => [
                    name,
                    labels.get(name) ?? ''
                ])
            )
        },
        sldsAssetsDir: file('node_modules/@salesforce-ux/design-system/assets')
    });
    return { site, timings: { totalMs: performance.now() - started } };
}
