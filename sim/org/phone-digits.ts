import { parsePhoneNumber } from '../../engine/src/phone';

/** The fewest digits a phone search compares; shorter strings are not phone numbers. */
export const MIN_PHONE_DIGITS = 7;

/** The digits of a phone number as people type it: `(415) 555-0123` → `4155550123`. */
export function phoneDigits(text: string): string {
    return text.replace(/\D/g, '');
}

/** The country the console reads numbers without a `+` in (the seed org's numbers are American). */
export const ORG_PHONE_COUNTRY = 'US';

/** A whole phone number, normalised: E.164 when it reads as a number (extension dropped), else its digits. */
export function normalisedPhoneNumber(text: string): string {
    const parsed = parsePhoneNumber(text, ORG_PHONE_COUNTRY);
    return parsed.ok ? parsed.e164 : phoneDigits(text);
}

/**
 * Whether a searched number and a stored phone number are the same line: the whole normalised numbers agree
 * (`+1 415 555 0123` finds `(415) 555-0123`), never a part of one (`5550123` finds nothing). Salesforce's
 * phone search normalises numbers in a similar way; the search needs at least {@link MIN_PHONE_DIGITS} digits.
 */
export function samePhoneNumber(searched: string, stored: string): boolean {
    if (phoneDigits(searched).length < MIN_PHONE_DIGITS) return false;
    return normalisedPhoneNumber(searched) === normalisedPhoneNumber(stored);
}
