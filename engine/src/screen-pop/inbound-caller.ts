/**
 * Who is calling, as the screen pop needs it. Only a caller id that is a plausible phone number (see
 * `readCallerId`) has a number; without one nothing is searched and no record is made.
 */
export interface InboundCaller {
    /** The caller's main number in E.164 (`+14155550123`), without an extension. */
    readonly numberE164?: string;
    /** The same number as written in its own country (`(415) 555-0123`), searched when E.164 finds nothing. */
    readonly nationalNumber?: string;
    /** Data the IVR put on the call as SIP headers, e.g. `x-case-number`; names in any case. */
    readonly ivrData: Readonly<Record<string, string>>;
}
