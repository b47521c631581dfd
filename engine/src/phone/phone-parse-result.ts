/**
 * Why a text is not a phone number the softphone can dial or show. The UI maps each reason to a Custom
 * Label; the engine logs the failure's `message`.
 *
 * - `empty`: nothing but white space (or invisible characters). An incoming call without a caller id
 *   arrives as `empty` too; show it like `withheld`.
 * - `withheld`: the caller hid their number (`anonymous`, `Restricted`, `Private`, `sip:anonymous@…`).
 * - `too-short` / `too-long`: the digits cannot make a number of that country (a dropped or an extra digit),
 *   or the text is longer than any phone number could be written.
 * - `invalid-characters`: digits mixed with characters that have no place in a phone number: letters
 *   (vanity numbers such as `1-800-FLOWERS` are not supported), `*` and `#`, markup, emoji, control
 *   characters, bidi overrides.
 * - `invalid-country`: a national number (no `+`) with no usable default country, or a `+` calling code that
 *   no country has.
 * - `not-a-number`: no digits at all (a SIP user name, a word, markup), or digits of a possible length that
 *   are no number in the country's numbering plan (`0123456789` in the US; often one wrong digit).
 *
 * @public
 */
export type PhoneParseFailureReason =
    | 'empty'
    | 'withheld'
    | 'too-short'
    | 'too-long'
    | 'invalid-characters'
    | 'invalid-country'
    | 'not-a-number';

/**
 * A phone number the softphone can dial: valid in its country's numbering plan (length and range), in its
 * canonical E.164 form and the two display forms.
 *
 * @public
 */
export interface ParsedPhoneNumber {
    readonly ok: true;
    /** E.164: `+` then country calling code and national number, digits only (`+14155550100`). */
    readonly e164: string;
    /**
     * ISO 3166-1 alpha-2 code of the number's country (`US`, `CA`, `GB`). Absent when no one country owns
     * the number (`+800` international freephone).
     */
    readonly country?: string;
    /** As dialled within its own country: `(415) 555-0100`, `020 7946 0958`. No extension. */
    readonly national: string;
    /** As dialled from abroad: `+1 415 555 0100`, `+44 20 7946 0958`. No extension. */
    readonly international: string;
    /** Extension digits to send after the call connects (`x123`, `ext. 123`, `;ext=123`, `,,123`). */
    readonly extension?: string;
}

/**
 * Why a text could not be read as a phone number.
 *
 * @public
 */
export interface PhoneParseFailure {
    readonly ok: false;
    readonly reason: PhoneParseFailureReason;
    /**
     * Plain English for logs. It never repeats the input, so no caller's number, markup or control
     * character reaches a log through it.
     */
    readonly message: string;
}

/**
 * What {@link parsePhoneNumber} returns: check `ok` first.
 *
 * @public
 */
export type PhoneParseResult = ParsedPhoneNumber | PhoneParseFailure;

/**
 * Builds a failure result.
 *
 * @internal
 */
export function phoneParseFailure(reason: PhoneParseFailureReason, message: string): PhoneParseFailure {
    return { ok: false, reason, message };
}
