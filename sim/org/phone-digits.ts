/** The fewest digits a phone search compares; shorter strings are not phone numbers. */
export const MIN_PHONE_DIGITS = 7;

/** The digits of a phone number as people type it: `(415) 555-0123` → `4155550123`. */
export function phoneDigits(text: string): string {
    return text.replace(/\D/g, '');
}

/**
 * Whether a searched number and a stored phone number are the same line: their digits agree, one side
 * possibly carrying a country code the other lacks (`+1 415 555 0123` finds `(415) 555-0123`). Salesforce's
 * phone search normalises numbers in a similar way; both sides need at least {@link MIN_PHONE_DIGITS} digits.
 */
export function samePhoneNumber(searched: string, stored: string): boolean {
    const a = phoneDigits(searched);
    const b = phoneDigits(stored);
    if (a.length < MIN_PHONE_DIGITS || b.length < MIN_PHONE_DIGITS) return false;
    return a === b || a.endsWith(b) || b.endsWith(a);
}
