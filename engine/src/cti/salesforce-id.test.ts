import { isSalesforceId, salesforceIdProblem, toEighteenCharacterId } from './salesforce-id';

describe('salesforceIdProblem', () => {
    it('accepts 15-character ids and 18-character ids whose suffix matches their checksum', () => {
        expect(salesforceIdProblem('001D000000IqhSL')).toBeUndefined();
        expect(salesforceIdProblem('001D000000IqhSLIAZ')).toBeUndefined();
        expect(salesforceIdProblem('001D000000IqhSLiaz')).toBeUndefined();
    });

    it.each([
        ['', /15- or 18-character/],
        ['001D000000IqhS', /15- or 18-character/],
        ['001D000000IqhSLIA', /15- or 18-character/],
        ['001D000000Iqh-L', /15- or 18-character/],
        ["001D000000IqhSL' OR 1=1", /15- or 18-character/],
        ['000000000000000', /empty id/],
        ['001D000000IqhSLAAA', /checksum/]
    ])('rejects %j', (value, reason) => {
        expect(salesforceIdProblem(value)).toMatch(reason);
        expect(isSalesforceId(value)).toBe(false);
    });
});

describe('isSalesforceId', () => {
    it.each([undefined, null, 15, {}, ['001D000000IqhSL']])('refuses %p, which is not text', (value) => {
        expect(isSalesforceId(value)).toBe(false);
    });
});

describe('toEighteenCharacterId', () => {
    it('appends the case checksum to a 15-character id', () => {
        expect(toEighteenCharacterId('001D000000IqhSL')).toBe('001D000000IqhSLIAZ');
    });

    it('refuses a value that is not an id', () => {
        expect(() => toEighteenCharacterId('not-an-id')).toThrow(RangeError);
    });
});
