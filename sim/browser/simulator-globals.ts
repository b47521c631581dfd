import type { startEngine } from '../../engine/src';
import type { FakeOpenCtiApi, OpenCtiCallRecord } from '../open-cti/fake-open-cti';

/** Id of the JSON `<script>` element that carries the call center settings into the utility panel. */
export const SETTINGS_ELEMENT_ID = 'softphone-sim-call-center-settings';

/** Id of the element the softphone LWC is created in, as in the Softphone Visualforce page. */
export const SOFTPHONE_ROOT_ID = 'softphone-root';

/** What the simulator exposes in the utility panel window, for people and tests poking at it. */
export interface SimulatorHandle {
    readonly openCti: {
        /** Every call the adapter made to the fake `sforce.opencti`, oldest first. */
        calls(): readonly OpenCtiCallRecord[];
    };
}

/** The utility panel's window as the simulator's browser scripts see it. */
export type PanelWindow = Window & {
    sforce?: { opencti?: FakeOpenCtiApi };
    softphoneSimulator?: SimulatorHandle;
    SoftphoneEngine?: { startEngine: typeof startEngine };
};
