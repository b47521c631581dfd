import type { ConsoleMessageService } from '../console/console-message-service';
import type { startEngine } from '../../engine/src';
import type { ConsoleLocation, NewRecordModal } from '../console/console-location';
import type { UtilityState } from '../console/console-state';
import type { ConsoleFaults } from '../console/fault-controls';
import type { OpenCtiLogEntry } from '../console/open-cti-service';
import type { OrgRecord } from '../org/org-record';
import type { OpenCtiCallRecord, OpenCtiClientApi } from '../open-cti/open-cti-client';

/** Id of the JSON `<script>` element that carries the call center settings into the console page. */
export const SETTINGS_ELEMENT_ID = 'softphone-sim-call-center-settings';

/** Id of the JSON `<script>` element that carries the seed records into the console page. */
export const SEED_ELEMENT_ID = 'softphone-sim-seed-org';

/** Id of the JSON `<script>` element that carries the org's TURN secret record (`null` without one). */
export const TURN_SERVER_ELEMENT_ID = 'softphone-sim-turn-server';

/** Id of the JSON `<script>` element that carries the org's phone-system profiles and the agent's permissions. */
export const PHONE_SYSTEMS_ELEMENT_ID = 'softphone-sim-phone-systems';

/** Id of the JSON `<script>` element that carries the org's presence statuses and mapping (console components). */
export const PRESENCE_ELEMENT_ID = 'softphone-sim-presence';

/**
 * What the console components script (`/sim/console-components.js`) installs: mounts one of the components
 * around the phone (`c-call-with-softphone`, `c-softphone-omni-sync`) with its public properties.
 */
export interface ConsoleComponents {
    mount(tag: string, parent: HTMLElement, props?: Readonly<Record<string, unknown>>): HTMLElement;
}

/** Id of the JSON `<script>` element that carries the utility item (label, icon, size). */
export const UTILITY_ELEMENT_ID = 'softphone-sim-utility-item';

/** Id of the JSON `<script>` element that carries the utility item's labels into the panel page. */
export const ITEM_LABELS_ELEMENT_ID = 'softphone-sim-item-labels';

/** Id of the element the softphone LWC is created in, as in the Softphone Visualforce page. */
export const SOFTPHONE_ROOT_ID = 'softphone-root';

/** What the simulator exposes in the utility panel window, for people and tests poking at it. */
export interface SimulatorHandle {
    readonly openCti: {
        /** Every call the adapter made to the panel's `sforce.opencti`, oldest first, once answered. */
        calls(): readonly OpenCtiCallRecord[];
    };
}

/** The utility panel's window as the simulator's browser scripts see it. */
export type PanelWindow = Window & {
    sforce?: { opencti?: OpenCtiClientApi };
    softphoneSimulator?: SimulatorHandle;
    SoftphoneEngine?: { startEngine: typeof startEngine };
};

/** What the console exposes in its window (`window.softphoneConsole`), for people and tests. */
export interface ConsoleHandle {
    readonly org: {
        /** The records of one object, or all, as stored now. */
        records(sobjectType?: string): OrgRecord[];
        get(id: string): OrgRecord | undefined;
    };
    readonly openCti: {
        /** Every Open CTI call the console answered, oldest first. */
        log(): readonly OpenCtiLogEntry[];
    };
    /**
     * The console's Lightning Message Service, which the softphone reaches through `sforce.opencti.subscribe` /
     * `publish`: what a record-page component or a utility item on this page publishes and hears.
     */
    readonly messages: ConsoleMessageService;
    /** The fault controls (the Faults card): runApex/saveLog fail or lose answers, the console offline. */
    readonly faults: {
        get(): ConsoleFaults;
        set(change: Partial<ConsoleFaults>): ConsoleFaults;
    };
    /** What is open, and the state of click-to-dial and the utility. */
    state(): {
        readonly location: ConsoleLocation;
        readonly modal: NewRecordModal | undefined;
        readonly clickToDialEnabled: boolean;
        readonly utility: UtilityState;
        readonly initialized: boolean;
        readonly refreshCount: number;
    };
}

/** The console's window as its browser script sees it. */
export type ConsoleWindow = Window & {
    softphoneConsole?: ConsoleHandle;
    softphoneConsoleComponents?: ConsoleComponents;
};
