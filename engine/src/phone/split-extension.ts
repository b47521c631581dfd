/**
 * A trailing extension and what comes before it. Markers: `x`, `ext`, `ext.`, `extension` (any case, with or
 * without a space or a colon), `#`, `;ext=`, and dial-string pauses (`,` or `,,`). The extension is 1 to 10
 * ASCII digits at the very end.
 */
const TRAILING_EXTENSION = /^(.*?)\s*(?:;\s*ext\s*=|,+|#|(?:extension|ext|x)\s*[.:]?)\s*(\d{1,10})$/i;

/** A number text and the extension that followed it, if any. */
export interface NumberAndExtension {
    readonly number: string;
    readonly extension?: string;
}

/**
 * Splits a trailing extension off a number text: `415-555-0100 ext. 123` → `415-555-0100` and `123`.
 * Text without one comes back whole.
 *
 * @internal
 */
export function splitExtension(text: string): NumberAndExtension {
    const match = TRAILING_EXTENSION.exec(text);
    if (!match) return { number: text };
    return { number: match[1] ?? '', extension: match[2] ?? '' };
}
