const E164_LIKE = /^\+[1-9][0-9]{7,14}$/;
const DTMF_DIGITS = /^[0-9*#A-D]+$/;

/**
 * Whether `number` looks like E.164: a `+`, then 8 to 15 digits, the first not 0 (no spaces or dashes;
 * the engine normalises numbers before it dials).
 * @public
 */
export function isE164Like(number: string): boolean {
    return E164_LIKE.test(number);
}

/**
 * Whether `digits` is one or more DTMF tones: `0`-`9`, `*`, `#`, `A`-`D` (upper case).
 * @public
 */
export function isDtmfDigits(digits: string): boolean {
    return DTMF_DIGITS.test(digits);
}
