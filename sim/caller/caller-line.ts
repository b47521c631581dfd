/** A call to the agent, as the console's "call the agent" control places it. */
export interface CallerCall {
    /** The caller's number, e.g. `+14155550123`. */
    readonly from: string;
    readonly displayName?: string;
    /** IVR data on the call, e.g. `{ 'X-Case-Number': '00001026' }`. */
    readonly headers: Readonly<Record<string, string>>;
}

/** What became of a caller's action: the call's id, or why it could not be done. */
export type CallerResult =
    { readonly ok: true; readonly callId: string } | { readonly ok: false; readonly error: string };

/**
 * The caller's end of a line to the agent: ring, and hang up. The console's control works through it, so the
 * demo line (inside the softphone, {@link createDemoLineCaller}) and a real phone system (a SIP caller
 * against Kamailio, for `npm start -- --pbx`) are interchangeable.
 */
export interface CallerLine {
    /** What the console says the line is, e.g. "the softphone's demo line". */
    readonly description: string;
    ring(call: CallerCall): Promise<CallerResult>;
    hangUp(callId: string): Promise<CallerResult>;
}
