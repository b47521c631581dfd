/** What {@link truncateWithMarker} made of a text. */
export interface TruncatedText {
    readonly text: string;
    /** Characters (UTF-16 code units) cut from the original; 0 when it fitted. */
    readonly removed: number;
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
    let keep = maxLength - marker.length;
    const last = text.charCodeAt(keep - 1);
    if (last >= 0xd800 && last <= 0xdbff) keep -= 1;
    return { text: text.slice(0, keep) + marker, removed: text.length - keep };
}
