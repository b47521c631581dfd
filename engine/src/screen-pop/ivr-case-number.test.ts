import { caseNumberFromIvr } from './ivr-case-number';

describe('caseNumberFromIvr', () => {
    it('reads x-case-number in any letter case, trimmed', () => {
        expect(caseNumberFromIvr({ 'x-case-number': '00001026' })).toBe('00001026');
        expect(caseNumberFromIvr({ 'X-Case-Number': ' CS-000123 ' })).toBe('CS-000123');
    });

    it.each([
        {},
        { 'x-case-number': '  ' },
        { 'x-case-number': '1 OR 1=1' },
        { 'x-case-number': '9'.repeat(31) }
    ])('finds no case number in %p', (ivr) => {
        expect(caseNumberFromIvr(ivr)).toBeUndefined();
    });
});
