import { describeOpenCtiErrors } from './open-cti-errors';

describe('describeOpenCtiErrors', () => {
    it('reads the documented error objects with their code', () => {
        expect(
            describeOpenCtiErrors([
                { code: 'SERVER_ERROR', description: 'A problem was encountered on the server.' },
                { description: 'No call center' },
                { code: 'GENERIC_ERROR' }
            ])
        ).toEqual([
            'A problem was encountered on the server. (SERVER_ERROR)',
            'No call center',
            'GENERIC_ERROR'
        ]);
    });

    it('keeps strings, shows anything else as JSON, and reads null as no errors', () => {
        expect(describeOpenCtiErrors(['boom', { reason: 1 }])).toEqual(['boom', '{"reason":1}']);
        expect(describeOpenCtiErrors('single')).toEqual(['single']);
        expect(describeOpenCtiErrors(null)).toEqual([]);
    });
});
