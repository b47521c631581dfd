/**
 * One `sendDtmf` the demo provider accepted, kept in {@link DemoTelephonyProvider.dtmfSent}.
 * @public
 */
export interface DemoDtmfRecord {
    readonly callId: string;
    readonly digits: string;
    /** Clock time (ms since the epoch) when the digits were sent. */
    readonly at: number;
}

/**
 * How many {@link DemoDtmfRecord}s the demo provider keeps; older ones are dropped so a long demo or a soak
 * run does not grow without bound.
 * @public
 */
export const DEMO_DTMF_LOG_LIMIT = 100;
