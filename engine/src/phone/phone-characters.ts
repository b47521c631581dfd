import type { PhoneParseFailure } from './phone-parse-result';
import { phoneParseFailure } from './phone-parse-result';

/**
 * What the phone module does with each character it reads, before any parsing. Text pasted from web pages,
 * spreadsheets, e-mail signatures and right-to-left interfaces carries look-alikes and invisible marks;
 * phone systems send plain ASCII.
 *
 * - Mapped to ASCII: digits of the scripts agents type with (fullwidth, Arabic-Indic, Eastern Arabic-Indic,
 *   Devanagari, Bengali), spaces (no-break, thin, ideographic; tab and line breaks), dashes and the minus
 *   sign, and fullwidth `+ ( ) . / * #`.
 * - Stripped: zero-width characters (ZWSP, ZWNJ, ZWJ, word joiner, BOM), the soft hyphen, the direction
 *   marks (LRM, RLM, ALM) and the bidi embeddings and isolates (LRE, RLE, PDF, LRI, RLI, FSI, PDI). They
 *   change nothing in what is dialled; software wraps numbers in them when it copies them.
 * - Rejected: the bidi overrides LRO and RLO (U+202D, U+202E), which reverse how the digits themselves are
 *   displayed, so a text could show one number and dial another; and control characters (C0 other than
 *   tab and line breaks, DEL, C1).
 * - Everything else is kept as it is, for the later stages to accept (letters in `sip:`, `ext`) or reject.
 *   Other digits (mathematical bold `𝟏`, superscripts, other scripts) are not mapped and so are rejected.
 *
 * @internal
 */

/** First code point (the zero) of each run of ten decimal digits that is mapped to `0`–`9`. */
const DIGIT_ZEROS: readonly number[] = [0x30, 0xff10, 0x0660, 0x06f0, 0x0966, 0x09e6];

/** Look-alikes mapped to one ASCII character. */
const LOOK_ALIKES: Readonly<Record<string, string>> = {
    '\t': ' ',
    '\n': ' ',
    '\r': ' ',
    '\u2010': '-',
    '\u2011': '-',
    '\u2012': '-',
    '\u2013': '-',
    '\u2014': '-',
    '\u2212': '-',
    '\uff0d': '-',
    '\uff0b': '+',
    '\uff08': '(',
    '\uff09': ')',
    '\uff0e': '.',
    '\uff0f': '/',
    '\uff0a': '*',
    '\uff03': '#'
};

/** Spaces other than U+0020: no-break, en/em/figure/thin/hair, narrow no-break, medium math, ideographic. */
const SPACE = /^[\u00a0\u2000-\u200a\u202f\u205f\u3000]$/;

/** Invisible characters dropped: zero-width, soft hyphen, direction marks, bidi embeddings and isolates. */
const INVISIBLE = /^[\u200b-\u200f\u2060\ufeff\u00ad\u061c\u202a-\u202c\u2066-\u2069]$/;

/** Bidi overrides (LRO, RLO): they reorder the digits as displayed. */
const BIDI_OVERRIDE = /^[\u202d\u202e]$/;

/** How one character is treated: its ASCII replacement (`''` to drop it), or why the text is rejected. */
export type CharacterTreatment = { readonly keep: string } | { readonly reject: 'bidi-override' | 'control' };

/**
 * The treatment of one character (one code point).
 *
 * @internal
 */
export function treatCharacter(character: string): CharacterTreatment {
    const codePoint = character.codePointAt(0) ?? 0;
    for (const zero of DIGIT_ZEROS) {
        if (codePoint >= zero && codePoint <= zero + 9) return { keep: String(codePoint - zero) };
    }
    const lookAlike = LOOK_ALIKES[character];
    if (lookAlike !== undefined) return { keep: lookAlike };
    if (SPACE.test(character)) return { keep: ' ' };
    if (INVISIBLE.test(character)) return { keep: '' };
    if (BIDI_OVERRIDE.test(character)) return { reject: 'bidi-override' };
    // Control characters that no phone text contains (tab and line breaks were mapped to spaces above).
    if (codePoint < 0x20 || (codePoint >= 0x7f && codePoint <= 0x9f)) return { reject: 'control' };
    return { keep: character };
}

/**
 * `text` with every character treated as above, or the failure that rejects it.
 *
 * @internal
 */
export function cleanPhoneText(
    text: string
): { readonly ok: true; readonly text: string } | PhoneParseFailure {
    let cleaned = '';
    for (const character of text) {
        const treatment = treatCharacter(character);
        if ('reject' in treatment) {
            return phoneParseFailure(
                'invalid-characters',
                treatment.reject === 'control'
                    ? 'Contains a control character.'
                    : 'Contains a bidi override, which would show the digits in another order than they are dialled.'
            );
        }
        cleaned += treatment.keep;
    }
    return { ok: true, text: cleaned };
}
