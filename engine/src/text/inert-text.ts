import { safeCutEnd } from './clip-text';

/**
 * Characters that change how text around them is shown or read without being visible themselves: C0 and C1
 * controls, bidirectional embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069), directional
 * marks, the byte-order mark and line/paragraph separators. A caller id or display name with them could
 * reverse a number on screen (`+1 415 ‮0010 555`) or break a line; the zero-width joiner stays (emoji use it).
 */
/* eslint-disable no-control-regex -- these control characters are what the pattern removes */
const INVISIBLE =
    /[\u0000-\u001f\u007f-\u009f\u061c\u200b\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufeff]/g;
/* eslint-enable no-control-regex */

/** `text` with every lone surrogate (half of an emoji cut in two, or garbage) replaced by U+FFFD. */
function wellFormed(text: string): string {
    let result = '';
    for (let index = 0; index < text.length; index++) {
        const code = text.charCodeAt(index);
        if (code >= 0xd800 && code <= 0xdbff) {
            const next = text.charCodeAt(index + 1);
            if (next >= 0xdc00 && next <= 0xdfff) {
                result += text.slice(index, index + 2);
                index += 1;
                continue;
            }
            result += '\ufffd';
        } else if (code >= 0xdc00 && code <= 0xdfff) {
            result += '\ufffd';
        } else {
            result += text.charAt(index);
        }
    }
    return result;
}

/**
 * `value` as plain text safe to show and store: invisible control and direction characters become spaces,
 * runs of white space one space, lone surrogates U+FFFD, trimmed, and cut to `max` characters without
 * splitting a surrogate pair. Anything but a string becomes `''`. The UI renders it as text, never as markup;
 * this only makes sure what the agent reads is what was sent.
 *
 * @public
 */
export function inertText(value: unknown, max: number): string {
    if (typeof value !== 'string') return '';
    // Cut early so a 10 MB value costs no more than a short one.
    const text = wellFormed(value.slice(0, max * 2 + 2))
        .replace(INVISIBLE, ' ')
        .replace(/\s+/g, ' ')
        .trim();
    if (text.length <= max) return text;
    return text.slice(0, safeCutEnd(text, max)).trimEnd();
}
