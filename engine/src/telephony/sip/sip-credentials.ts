import { TelephonyError } from '../telephony-error';
import type { TelephonyCredentials } from '../telephony-provider';

import { MAX_SIP_PASSWORD_LENGTH, MAX_SIP_USER_LENGTH } from '../../bridge/protocol';

/** Characters of a SIP user part that need no escaping (RFC 3261 `unreserved`, plus `+`). */
const SIP_USER = /^[A-Za-z0-9._~+!*'()-]+$/;

/**
 * Checks the agent's SIP credentials and returns them with the user trimmed; the password is kept as typed.
 * @throws TelephonyError `invalid-credentials` saying what to fix (never repeating the password).
 * @public
 */
export function checkSipCredentials(credentials: TelephonyCredentials): TelephonyCredentials {
    const user = credentials.user.trim();
    if (user === '') throw new TelephonyError('invalid-credentials', 'Enter your phone user name.');
    if (user.length > MAX_SIP_USER_LENGTH || !SIP_USER.test(user)) {
        throw new TelephonyError(
            'invalid-credentials',
            `The phone user name must be at most ${MAX_SIP_USER_LENGTH} letters, digits or . _ ~ + - characters.`
        );
    }
    if (credentials.password === '') throw new TelephonyError('invalid-credentials', 'Enter your password.');
    if (credentials.password.length > MAX_SIP_PASSWORD_LENGTH) {
        throw new TelephonyError(
            'invalid-credentials',
            `The password must be at most ${MAX_SIP_PASSWORD_LENGTH} characters.`
        );
    }
    return { user, password: credentials.password };
}
