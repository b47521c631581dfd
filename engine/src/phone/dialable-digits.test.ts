import { dialableDigits } from './index';

const cases: readonly (readonly [input: string, dialable: string])[] = [
    ['+1 (415) 555-0100', '+14155550100'],
    ['*72 #', '*72#'],
    ['#31#', '#31#'],
    ['0123456789*#+', '0123456789*#+'],
    ['１２３＊＃＋', '123*#+'],
    ['٤١٥ ۵۵۵', '415555'],
    ['1-800-FLOWERS', '1800'],
    ['415-555-0100 ext. 12', '415555010012'],
    ['<b>1</b>', '1'],
    ["1' OR 1=1", '111'],
    ['\u202e123\u200b4', '1234'],
    ['1\u00002\u001b3', '123'],
    ['📞 5', '5'],
    ['𝟏𝟐', ''],
    ['', ''],
    ['   ', '']
];

describe('dialableDigits', () => {
    it.each(cases)('keeps only 0-9 * # + of %j: %j', (input, dialable) => {
        expect(dialableDigits(input)).toBe(dialable);
    });

    it('returns an empty string for values that are not text', () => {
        expect(dialableDigits(undefined as unknown as string)).toBe('');
        expect(dialableDigits(null as unknown as string)).toBe('');
        expect(dialableDigits(12 as unknown as string)).toBe('');
    });
});
