import { truncateWithMarker } from './truncate-with-marker';

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
