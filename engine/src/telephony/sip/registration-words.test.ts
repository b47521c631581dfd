import {
    cannotConnectWords,
    connectionLostWords,
    isCredentialsRefusal,
    registrationRefusedWords,
    registrationRetryWords
} from './registration-words';

describe('registration words', () => {
    it.each([
        [
            401,
            'Unauthorized',
            /did not accept this user name and password \(401 Unauthorized\)\. Sign in again\./
        ],
        [407, 'Proxy Authentication Required', /did not accept this user name and password/],
        [403, 'Forbidden', /refused this user \(403 Forbidden\)/],
        [404, 'Not Found', /does not know this user/],
        [408, 'Request Timeout', /did not answer in time \(408 Request Timeout\)/],
        [503, 'Service Unavailable', /is unavailable \(503 Service Unavailable\)/],
        [500, '', /refused the registration \(500\)/]
    ])('says why %i refused the registration', (status, phrase, words) => {
        expect(registrationRefusedWords(status, phrase)).toMatch(words);
    });

    it('tells credential refusals apart', () => {
        expect([401, 403, 407].every(isCredentialsRefusal)).toBe(true);
        expect([404, 408, 500, 503].some(isCredentialsRefusal)).toBe(false);
    });

    it('says when it tries again', () => {
        expect(connectionLostWords(4_000)).toBe(
            'The connection to the phone system was lost. Reconnecting in 4 seconds…'
        );
        expect(cannotConnectWords('wss://pbx.example.com/ws', 800)).toBe(
            'Cannot connect to the phone system at wss://pbx.example.com/ws. Trying again in 1 second…'
        );
        expect(cannotConnectWords('wss://pbx.example.com/ws', undefined)).toBe(
            'Cannot connect to the phone system at wss://pbx.example.com/ws.'
        );
        expect(registrationRetryWords('The registration lapsed.', 30_000)).toBe(
            'The registration lapsed. Trying again in 30 seconds…'
        );
    });
});
