import type { FetchTurnCredentials, TurnCredentials } from '../telephony/sip/ice-server-source';
import type { CtiHost } from './cti-host';
import { apexJsonAnswer } from './apex-answer';

/** The Apex class and `webService` method that issue TURN credentials (`SoftphoneTurnCredentials.issue`). */
export const TURN_CREDENTIALS_APEX = { apexClass: 'SoftphoneTurnCredentials', methodName: 'issue' } as const;

const USERNAME = /^\d{9,12}:[A-Za-z0-9]{15,18}$/;
const BASE64 = /^[A-Za-z0-9+/]{27}=$/;

/**
 * Reads what `SoftphoneTurnCredentials.issue` answered (`{ runApex: "<json>" }` or the JSON itself): version
 * 1, a user name `<expiry>:<user id>`, a base64 HMAC-SHA1 credential and the expiry in Unix seconds.
 * @throws Error naming what is wrong with an answer that is not that
 */
export function turnCredentialsFromApex(returnValue: unknown): TurnCredentials {
    const read = apexJsonAnswer(returnValue);
    if (read === undefined) throw new Error('SoftphoneTurnCredentials answered something that is not JSON.');
    const parsed = read.json;
    const answer = (typeof parsed === 'object' && parsed !== null ? parsed : {}) as Record<string, unknown>;
    const { version, username, credential, expiresAt } = answer;
    if (version !== 1)
        throw new Error(`SoftphoneTurnCredentials answered version ${String(version)}; expected 1.`);
    if (typeof username !== 'string' || !USERNAME.test(username))
        throw new Error('SoftphoneTurnCredentials answered no user name of the form <expiry>:<user id>.');
    if (typeof credential !== 'string' || !BASE64.test(credential))
        throw new Error('SoftphoneTurnCredentials answered no base64 HMAC-SHA1 credential.');
    if (
        typeof expiresAt !== 'number' ||
        !Number.isInteger(expiresAt) ||
        String(expiresAt) !== username.split(':')[0]
    )
        throw new Error('SoftphoneTurnCredentials answered an expiry that does not match its user name.');
    return { username, credential, expiresAtMs: expiresAt * 1000 };
}

/**
 * Fetches TURN credentials through Open CTI `runApex`. A refusal (no permission, no secret configured) rejects
 * with Apex's own words, which name the fix and never the secret.
 */
export function apexTurnCredentials(host: Pick<CtiHost, 'runApex'>): FetchTurnCredentials {
    return async () => {
        const returnValue = await host.runApex(
            TURN_CREDENTIALS_APEX.apexClass,
            TURN_CREDENTIALS_APEX.methodName,
            {}
        );
        return turnCredentialsFromApex(returnValue);
    };
}
