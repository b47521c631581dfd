import { inertText } from './inert-text';

describe('inertText', () => {
    it.each([
        ['keeps plain text', 'Ada Lovelace', 'Ada Lovelace'],
        ['keeps markup as text (the UI never parses it)', '<b>Ada</b>', '<b>Ada</b>'],
        [
            'turns control characters and line breaks into single spaces',
            'Ada\u0000\r\n\tLovelace',
            'Ada Lovelace'
        ],
        ['drops direction overrides that could reverse a number', '+1 415 \u202e0010 555', '+1 415 0010 555'],
        ['drops isolates, marks and the byte-order mark', '\u2067Ada\u2069\u200f\ufeff', 'Ada'],
        ['keeps emoji with their joiners', '👩🏽‍💻 Ada', '👩🏽‍💻 Ada'],
        ['replaces half an emoji', 'Ada \ud83d', 'Ada \ufffd'],
        ['trims', '  Ada  ', 'Ada']
    ])('%s', (_name, input, expected) => {
        expect(inertText(input, 100)).toBe(expected);
    });

    it('cuts at the limit without splitting an emoji', () => {
        expect(inertText('ab📞', 3)).toBe('ab');
        expect(inertText('x'.repeat(10_000), 256)).toHaveLength(256);
    });

    it.each([undefined, null, 42, {}, ['a']])('makes %p empty text', (value) => {
        expect(inertText(value, 10)).toBe('');
    });
});
