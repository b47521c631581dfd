import { apexJsonAnswer, apexReturnValue } from './apex-answer';

describe('apexReturnValue', () => {
    it("takes the Apex method's value from under runApex, or as it is from a host that unwrapped it", () => {
        expect(apexReturnValue({ runApex: '00T000000000001AAA' })).toBe('00T000000000001AAA');
        expect(apexReturnValue('00T000000000001AAA')).toBe('00T000000000001AAA');
        expect(apexReturnValue(null)).toBeNull();
    });
});

describe('apexJsonAnswer', () => {
    it('parses a JSON string answer, wrapped or bare, and passes an already parsed one through', () => {
        expect(apexJsonAnswer({ runApex: '{"version":1}' })).toEqual({ json: { version: 1 } });
        expect(apexJsonAnswer('{"version":1}')).toEqual({ json: { version: 1 } });
        expect(apexJsonAnswer({ runApex: { version: 1 } })).toEqual({ json: { version: 1 } });
    });

    it('says when the answer is not JSON', () => {
        expect(apexJsonAnswer({ runApex: 'Internal Server Error' })).toBeUndefined();
    });
});
