/** What {@link truncateWithMarker} made of a text. */
export interface TruncatedText {
    readonly text: string;
    /** Characters (UTF-16 code units) cut from the original; 0 when it fitted. */
    readonly removed: number;
}

/** The end of a cut that does not split a surrogate pair: `end`, or one less when that would halve an emoji. */
export function safeCutEnd(text: string, end: number): number {
    const last = text.charCodeAt(end - 1);
    return last >= 0xd800 && last <= 0xdbff ? end - 1 : end;
}

/**
 * Shortens `text` to at most `maxLength` UTF-16 code units (Salesforce counts field lengths the same way),
 * ending it with `marker` so a reader sees that something was cut. Never splits a surrogate pair. A text
 * that fits is returned unchanged.
 *
 * @public
 */
export function truncateWithMarker(text: string, maxLength: number, marker: string): TruncatedText {
    if (text.length <= maxLength) return { text, removed: 0 };
    if (marker.length >= maxLength) {
        return { text: marker.slice(0, maxLength), removed: text.length };
    }
    const keep = safeCutEnd(text, maxLength - marker.length);
    return { text: text.slice(0, keep) + marker, removed: text.length - keep };
}

/**
 * `text` cut to `max` characters (an ellipsis marks the cut), without splitting a surrogate pair, so that a
 * hostile or mistaken value cannot flood a message or the UI.
 */
export function clip(text: string, max = 80): string {
    return truncateWithMarker(text, max, '…').text;
}

/** Shows a bad value briefly in a problem message: a text quoted and cut after 40 characters, else its kind. */
export function describeValue(value: unknown): string {
    if (value === undefined) return 'undefined';
    if (typeof value === 'string') return JSON.stringify(clip(value, 41));
    if (typeof value === 'function') return 'a function';
    if (Array.isArray(value)) return 'an array';
    if (value === null) return 'null';
    return typeof value === 'object' ? 'an object' : String(value);
}
