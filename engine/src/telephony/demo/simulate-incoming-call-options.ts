/**
 * Options bucket of {@link DemoTelephonyProvider.simulateIncomingCall}: who is calling.
 * @public
 */
export interface SimulateIncomingCallOptions {
    /** The caller's number as the phone system would signal it, e.g. `+14155550123`; must not be blank. */
    readonly from: string;
    readonly displayName?: string;
    /** Data an IVR would put on the call, e.g. `{ 'X-Case-Number': '00001026' }`; names are lower-cased. */
    readonly headers?: Readonly<Record<string, string>>;
}
