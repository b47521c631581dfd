import { presentFields } from './present-fields';

describe('presentFields', () => {
    it('leaves out the keys whose value is null or undefined, in the order given', () => {
        const fields = presentFields({ endCause: null, disposition: 'Sale', notes: undefined, attempts: 0 });
        expect(fields).toEqual({ disposition: 'Sale', attempts: 0 });
        expect(Object.keys(fields)).toEqual(['disposition', 'attempts']);
    });

    it('keeps falsy values that are there: empty text, zero and false', () => {
        expect(presentFields({ notes: '', attempts: 0, muted: false })).toEqual({
            notes: '',
            attempts: 0,
            muted: false
        });
    });
});
