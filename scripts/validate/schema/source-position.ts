/** A 1-based line and column in a source text. */
export interface SourcePosition {
    readonly line: number;
    readonly column: number;
}

/**
 * Returns a function that turns an offset in `text` into a 1-based line and column. Lines end at `\n`,
 * `\r\n` or a lone `\r`, as XML treats them.
 *
 * @param text - The source the offsets point into.
 */
export function positionLocator(text: string): (offset: number) => SourcePosition {
    const lineStarts = [0];
    for (let index = 0; index < text.length; index++) {
        const char = text.charCodeAt(index);
        if (char === 0x0a || (char === 0x0d && text.charCodeAt(index + 1) !== 0x0a)) {
            lineStarts.push(index + 1);
        }
    }
    return (offset: number): SourcePosition => {
        let low = 0;
        let high = lineStarts.length - 1;
        while (low < high) {
            const middle = (low + high + 1) >> 1;
            if ((lineStarts[middle] ?? 0) <= offset) {
                low = middle;
            } else {
                high = middle - 1;
            }
        }
        return { line: low + 1, column: offset - (lineStarts[low] ?? 0) + 1 };
    };
}
