import type { CallCenterSettings } from './open-cti-types';

/**
 * Everything the engine asks of the Salesforce console, promise-based. The Open CTI implementation is one;
 * the simulator and tests bring others. Methods reject with `CtiError` or `CtiTimeoutError`.
 */
export interface CtiHost {
    /** Tells Salesforce the softphone started, so it does not switch to the call center's standby URL. */
    notifyInitializationComplete(): Promise<void>;
    /** The call center definition's settings as a flat map keyed by path. */
    getCallCenterSettings(): Promise<CallCenterSettings>;
}
