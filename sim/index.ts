/**
 * The local console simulator behind `npm start`: runs the committed engine and UI static resources (the
 * real `c-softphone` LWC) in the Open CTI utility panel of a simulated Lightning console, which implements
 * `sforce.opencti` over a small in-memory org (records, search, screen pops, Tasks).
 * Server-independent: `scripts/serve.ts` puts {@link SimulatorSite} behind `node:http`.
 */
export { prepareSimulator } from './simulator';
export type { Simulator, SimulatorOptions } from './simulator';
export { PROJECT_FILES } from './project-files';
export { ROUTES } from './site/routes';
export type { SimulatorSite } from './site/simulator-site';
export type { SiteAnswer } from './site/site-answer';
export { readCallCenterSettings } from './call-center/call-center-settings';
export { readCustomLabels } from './labels/custom-labels';
export { readUtilityItem } from './console/utility-item';
export { SEED_ORG_FILE, readSeedFixture } from './org/read-seed-fixture';
