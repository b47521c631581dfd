import { treatCharacter } from './phone-characters';

const DIALABLE = /^[0-9*#+]$/;

/**
 * The characters of `input` a keypad can send: `0`–`9`, `*`, `#` and `+`, in order; everything else is
 * dropped. For DTMF and the dial pad. Pure; never throws (`''` for anything that is not text).
 *
 * @remarks
 * Digits in other scripts and fullwidth `＋ ＊ ＃` are mapped to ASCII first, as in {@link parsePhoneNumber}.
 * Letters are dropped, not translated (`1-800-FLOWERS` → `1800`). A `+` is kept wherever it is; only a
 * leading one means anything to a phone system.
 *
 * @example
 * ```ts
 * dialableDigits('+1 (415) 555-0100'); // '+14155550100'
 * dialableDigits('*72 #');             // '*72#'
 * ```
 *
 * @public
 */
export function dialableDigits(input: string): string {
    if (typeof input !== 'string') return '';
    let dialable = '';
    for (const character of input) {
        const treatment = treatCharacter(character);
        if ('keep' in treatment && DIALABLE.test(treatment.keep)) dialable += treatment.keep;
    }
    return dialable;
}
