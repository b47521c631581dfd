import { isRecord } from './is-record';

describe('isRecord', () => {
    it('takes an object with fields, or an empty one', () => {
        expect(isRecord({ callId: 'a' })).toBe(true);
        expect(isRecord({})).toBe(true);
    });

    it('refuses null, arrays and every other kind of value', () => {
        for (const value of [null, undefined, [], ['a'], 'text', 42, true, () => undefined]) {
            expect(isRecord(value)).toBe(false);
        }
    });
});
