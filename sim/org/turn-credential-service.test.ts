import { createHmac } from 'node:crypto';
import { SIMULATED_USER_ID } from './simulated-user';
import { hmacSha1Base64, issueTurnCredentials } from './turn-credential-service';

describe("the simulator's SoftphoneTurnCredentials.issue", () => {
    it.each([
        ['Jefe', 'what do ya want for nothing?'],
        ['north-sea-turn-secret', '1767225600:005000000000001AAA'],
        ['k'.repeat(100), 'a key longer than a block is hashed first'],
        ['', ''],
        ['ünïcødé', '1767225600:x']
    ])('computes HMAC-SHA1 as Node does (key %s)', (key, message) => {
        expect(hmacSha1Base64(key, message)).toBe(createHmac('sha1', key).update(message).digest('base64'));
    });

    it('matches RFC 2202 test case 2', () => {
        expect(hmacSha1Base64('Jefe', 'what do ya want for nothing?')).toBe('7/zfauXrL6LSdBbV8YTfnCWafHk=');
    });

    it('answers what the Apex class answers: <expiry>:<user id>, its HMAC, the lifetime', () => {
        const answer = JSON.parse(
            issueTurnCredentials({ sharedSecret: 's3cret' }, 1_767_225_600_500)
        ) as Record<string, unknown>;
        const username = `1767229200:${SIMULATED_USER_ID}`;
        expect(answer).toEqual({
            version: 1,
            username,
            credential: createHmac('sha1', 's3cret').update(username).digest('base64'),
            ttlSeconds: 3600,
            expiresAt: 1_767_229_200
        });
        expect(JSON.stringify(answer)).not.toContain('s3cret');
    });

    it('refuses with the Apex words when no secret is configured', () => {
        expect(() => issueTurnCredentials(undefined, 0)).toThrow(/^No TURN secret is configured/);
        expect(() => issueTurnCredentials({ sharedSecret: ' ' }, 0)).toThrow(/^No TURN secret is configured/);
    });
});
