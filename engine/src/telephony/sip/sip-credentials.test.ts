import { TelephonyError } from '../telephony-error';
import { checkSipCredentials } from './sip-credentials';

describe('checkSipCredentials', () => {
    it('trims the user and keeps the password as typed', () => {
        expect(checkSipCredentials({ user: ' 1001 ', password: ' s3cret ' })).toEqual({
            user: '1001',
            password: ' s3cret '
        });
        expect(checkSipCredentials({ user: 'ada.lovelace+desk', password: 'x' }).user).toBe(
            'ada.lovelace+desk'
        );
    });

    it.each([
        [{ user: '  ', password: 'x' }, /Enter your phone user name/],
        [{ user: 'ada lovelace', password: 'x' }, /letters, digits/],
        [{ user: 'a@b', password: 'x' }, /letters, digits/],
        [{ user: 'u'.repeat(65), password: 'x' }, /at most 64/],
        [{ user: '1001', password: '' }, /Enter your password/],
        [{ user: '1001', password: 'p'.repeat(257) }, /at most 256/]
    ])('refuses %j', (credentials, message) => {
        let error: unknown;
        try {
            checkSipCredentials(credentials);
        } catch (caught) {
            error = caught;
        }
        expect(error).toBeInstanceOf(TelephonyError);
        expect((error as TelephonyError).code).toBe('invalid-credentials');
        expect((error as TelephonyError).message).toMatch(message);
        expect((error as TelephonyError).message).not.toContain(credentials.password || '\u0000');
    });
});
