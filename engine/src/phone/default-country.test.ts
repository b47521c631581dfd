import { isValidDefaultCountry } from './index';

describe('isValidDefaultCountry', () => {
    it.each(['US', 'CA', 'GB', 'DE', 'FR', 'IN', 'AU', 'BR', 'JP', 'ZA', 'GG'])('accepts %s', (code) => {
        expect(isValidDefaultCountry(code)).toBe(true);
    });

    it.each([
        ['us', 'lower case'],
        ['Gb', 'mixed case'],
        ['UK', 'not the ISO code (GB is)'],
        ['XX', 'no such country'],
        ['ZZ', 'no such country'],
        ['USA', 'alpha-3'],
        ['840', 'numeric'],
        ['U', 'too short'],
        ['', 'empty'],
        [' US', 'padded'],
        ['US ', 'padded'],
        ['__', 'not letters'],
        ['constructor', 'an object property name'],
        ['__proto__', 'an object property name']
    ])('rejects %j: %s', (code) => {
        expect(isValidDefaultCountry(code)).toBe(false);
    });

    it('returns false for values that are not text', () => {
        expect(isValidDefaultCountry(undefined as unknown as string)).toBe(false);
        expect(isValidDefaultCountry(null as unknown as string)).toBe(false);
        expect(isValidDefaultCountry({ toString: () => 'US' } as unknown as string)).toBe(false);
    });
});
