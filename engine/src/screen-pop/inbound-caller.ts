/** Who is calling, as the screen pop needs it. */
export interface InboundCaller {
    /** The caller's number normalised to E.164 (`+14155550123`), when it could be. */
    readonly numberE164?: string;
    /** The number as the phone system signalled it (`(415) 555-0123`, `004420...`, `anonymous`). */
    readonly rawNumber: string;
    /** Data the IVR put on the call as SIP headers, e.g. `x-case-number`; names in any case. */
    readonly ivrData: Readonly<Record<string, string>>;
}
