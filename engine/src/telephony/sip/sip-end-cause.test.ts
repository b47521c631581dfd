import { endCauseForStatus, statusText } from './sip-end-cause';

describe('endCauseForStatus', () => {
    it.each([
        [486, 'busy'],
        [600, 'busy'],
        [603, 'rejected'],
        [403, 'rejected'],
        [404, 'not-found'],
        [484, 'not-found'],
        [604, 'not-found'],
        [480, 'unavailable'],
        [503, 'unavailable'],
        [408, 'no-answer'],
        [487, 'no-answer'],
        [488, 'media-failed'],
        [606, 'media-failed'],
        [500, 'error'],
        [302, 'error'],
        [401, 'error']
    ])('maps %i to %s', (status, cause) => {
        expect(endCauseForStatus(status)).toBe(cause);
    });
});

describe('statusText', () => {
    it('joins code and phrase, and keeps the code alone without a phrase', () => {
        expect(statusText(486, 'Busy Here')).toBe('486 Busy Here');
        expect(statusText(503, '  ')).toBe('503');
        expect(statusText(500, undefined)).toBe('500');
        expect(statusText(500, 'x'.repeat(200))).toHaveLength(84);
    });
});
