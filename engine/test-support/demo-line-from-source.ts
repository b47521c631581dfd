import type { DemoLine } from '../src/telephony';
import * as demoLineResource from '../src/telephony/demo/demo-line-resource';

/**
 * The demo line from its sources (the entry of its static resource), for engines started in Node or in a page
 * bundled from source: what `startEngine` gets from the `SoftphoneDemoLine` resource in the adapter page.
 */
export const loadDemoLineFromSource = (): Promise<DemoLine> => Promise.resolve(demoLineResource);
