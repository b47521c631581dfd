/**
 * Texts the engine shows outside the LWC: the utility item's label in the console's utility bar. They are
 * Custom Labels, passed in by the adapter page (`{!JSENCODE($Label.…)}`); these English defaults are for
 * tests and the local simulator.
 */
export interface ItemLabels {
    readonly idle: string;
    readonly ringing: string;
    readonly dialing: string;
    readonly onCall: string;
    readonly onHold: string;
    readonly wrapUp: string;
}

export const DEFAULT_ITEM_LABELS: ItemLabels = {
    idle: 'Phone',
    ringing: 'Incoming call',
    dialing: 'Calling…',
    onCall: 'On a call',
    onHold: 'On hold',
    wrapUp: 'Wrap-up'
};
