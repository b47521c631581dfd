import { MAX_PHONE_NUMBER_LENGTH } from '../bridge/protocol';
import { parsePhoneNumber } from './parse-phone-number';
import type { PhoneParseFailureReason } from './phone-parse-result';

/**
 * A caller id that is a plausible phone number: the softphone searches the org for it, pops its record and
 * relates the call log to what it finds.
 *
 * @public
 */
export interface PhoneCallerId {
    readonly kind: 'phone';
    /** The main number in E.164 (`+14155550123`): what is searched, without the extension. */
    readonly e164: string;
    /** The main number as written in its own country (`(415) 555-0123`): searched when E.164 finds nothing. */
    readonly national: string;
    /** The extension the caller id carried (`99` of `+1 415 555 0123 ext. 99`), kept for the card and log. */
    readonly extension?: string;
    /** The whole caller id in one text the phone module reads back: `+14155550123;ext=99`. */
    readonly number: string;
}

/**
 * A caller id that is no plausible phone number: withheld, empty, a SIP user name, a word, an operator or a
 * number too short or too long for any numbering plan. Nothing is searched for it and no record is made
 * from it; the card shows it as text under "Unknown caller".
 *
 * @public
 */
export interface UnknownCallerId {
    readonly kind: 'unknown';
    readonly reason: PhoneParseFailureReason;
    /**
     * The caller id as it came, cut to {@link MAX_PHONE_NUMBER_LENGTH} characters, for the agent to read as
     * text (never a search or a field value; the UI shows it inert): `anonymous` says the caller withheld it.
     */
    readonly text: string;
}

/** @public */
export type CallerId = PhoneCallerId | UnknownCallerId;

/**
 * Reads the caller id a phone system signalled (`+14155550123`, `(415) 555-0123 ext. 99`, `anonymous`,
 * `sip:1001@pbx`) and decides whether it is a phone number the softphone may search for. Pure; never throws.
 *
 * @remarks
 * The rule: a caller id is a phone number when {@link parsePhoneNumber} reads it as a number that is valid in
 * its numbering plan, either in E.164 (`+` and a country calling code, or `00` and one) or as a national
 * number of the default country. So letters (`5550123 OR Name LIKE '%'`), operators and punctuation other
 * than `+ ( ) . - /` and spaces (`}) ; alert(1); ({`), too few digits (`1`, a PBX extension such as `1001`)
 * and too many are not phone numbers, whatever digits they contain. A trailing extension
 * (`ext. 99`, `x99`, `;ext=99`) is kept apart: the main number is searched, the whole one shown and logged.
 *
 * @param signalled - The caller id as the phone system sent it.
 * @param defaultCountry - ISO 3166-1 alpha-2 code for national numbers (`US`).
 *
 * @public
 */
export function readCallerId(signalled: string, defaultCountry: string): CallerId {
    const parsed = parsePhoneNumber(signalled, defaultCountry);
    if (!parsed.ok) {
        const text = typeof signalled === 'string' ? signalled.trim().slice(0, MAX_PHONE_NUMBER_LENGTH) : '';
        return { kind: 'unknown', reason: parsed.reason, text };
    }
    const { e164, national, extension } = parsed;
    return extension === undefined
        ? { kind: 'phone', e164, national, number: e164 }
        : { kind: 'phone', e164, national, extension, number: `${e164};ext=${extension}` };
}
