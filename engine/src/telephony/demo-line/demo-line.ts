import type { DemoTelephonyProvider } from '../demo';
import type { LineResource } from '../line-resource';

/**
 * The demo line as its own static resource (`SoftphoneDemoLine`) hands it to the engine: only an agent whose
 * call center's telephony mode is `demo` downloads it, so the Open CTI engine resource carries no scripted
 * phone system for agents on a real one.
 */
export interface DemoLine {
    readonly DemoTelephonyProvider: typeof DemoTelephonyProvider;
}

/** The static resource's name, and the global its script defines in the adapter page. */
export const DEMO_LINE_RESOURCE_NAME = 'SoftphoneDemoLine';

/** The demo line's resource, as `loadLineResource` loads it. */
export const DEMO_LINE: LineResource<DemoLine> = {
    name: DEMO_LINE_RESOURCE_NAME,
    what: 'demo line',
    urlOption: 'demoLineUrl',
    provider: 'DemoTelephonyProvider'
};
