import { clip, describeValue, truncateWithMarker } from './clip-text';

describe('truncateWithMarker', () => {
    it('returns a text that fits unchanged', () => {
        expect(truncateWithMarker('hello', 5, '…')).toEqual({ text: 'hello', removed: 0 });
    });

    it('cuts a long text to the limit, ending with the marker', () => {
        const cut = truncateWithMarker('abcdefghij', 6, '[cut]');
        expect(cut).toEqual({ text: 'a[cut]', removed: 9 });
        expect(cut.text).toHaveLength(6);
    });

    it('never splits a surrogate pair', () => {
        const cut = truncateWithMarker('ab😀cd', 4, '…');
        expect(cut.text).toBe('ab…');
        expect(() => encodeURIComponent(cut.text)).not.toThrow();
    });

    it('keeps within the limit when the marker alone is longer', () => {
        expect(truncateWithMarker('abcdefgh', 3, '[truncated]').text).toBe('[tr');
    });
});

describe('clip', () => {
    it('ends a cut text with an ellipsis within the limit', () => {
        expect(clip('abcdef', 4)).toBe('abc…');
        expect(clip('abc', 4)).toBe('abc');
    });
});

describe('describeValue', () => {
    it('quotes a short text and cuts a long one after 40 characters', () => {
        expect(describeValue('Ada')).toBe('"Ada"');
        expect(describeValue('x'.repeat(50))).toBe(JSON.stringify(`${'x'.repeat(40)}…`));
    });

    it.each([
        [undefined, 'undefined'],
        [null, 'null'],
        [[1], 'an array'],
        [{}, 'an object'],
        [() => 1, 'a function'],
        [42, '42']
    ])('names %p as %s', (value, words) => {
        expect(describeValue(value)).toBe(words);
    });
});
