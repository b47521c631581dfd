import { createSign, generateKeyPairSync } from 'node:crypto';
import type { KeyObject } from 'node:crypto';
import { SIMULATED_ORG_ID } from '../org/simulated-user';
import { TelephonyIntegrationEndpoint } from './telephony-integration-endpoint';

const ORG = SIMULATED_ORG_ID;
const CENTER = 'SoftphoneVoiceContactCenter';
const NOW = Date.UTC(2026, 0, 15, 9, 30, 0);
const keys = generateKeyPairSync('rsa', { modulusLength: 2048 });
const otherKeys = generateKeyPairSync('rsa', { modulusLength: 2048 });

let tokenCount = 0;

function token(
    claims: Record<string, unknown> = {},
    key: KeyObject = keys.privateKey,
    alg = 'RS256'
): string {
    const iat = Math.floor(NOW / 1000);
    tokenCount += 1;
    const header = Buffer.from(JSON.stringify({ alg })).toString('base64url');
    const payload = Buffer.from(
        JSON.stringify({
            iss: ORG,
            sub: CENTER,
            aud: 'https://scrt.salesforce.com',
            iat,
            exp: iat + 120,
            jti: `t${tokenCount}`,
            ...claims
        })
    ).toString('base64url');
    const signer = createSign('RSA-SHA256');
    signer.update(`${header}.${payload}`);
    return `${header}.${payload}.${signer.sign(key).toString('base64url')}`;
}

const CREATE = {
    callCenterApiName: CENTER,
    vendorCallKey: 'a84c1f@pbx.test',
    from: '+14155550123',
    to: '1001',
    initiationMethod: 'Inbound',
    startTime: '2026-01-15T09:30:00.000Z'
};

function endpoint(): TelephonyIntegrationEndpoint {
    return new TelephonyIntegrationEndpoint({
        publicKey: keys.publicKey,
        orgId: ORG,
        contactCenter: CENTER,
        now: () => NOW
    });
}

function post(target: TelephonyIntegrationEndpoint, bearer: string, body: object = CREATE) {
    return target.handle(
        'POST',
        '/telephony/v1/voiceCalls',
        { authorization: `Bearer ${bearer}`, 'telephony-provider-name': 'Softphone for Salesforce' },
        JSON.stringify(body)
    );
}

describe('the fake Telephony Integration API', () => {
    it('creates a VoiceCall for a token signed by the contact center key, then ends it with its duration', () => {
        const target = endpoint();
        const created = post(target, token());
        expect(created.status).toBe(201);
        const voiceCallId = String(created.body['voiceCallId']);
        const ended = target.handle(
            'PATCH',
            `/telephony/v1/voiceCalls/${voiceCallId}`,
            { authorization: `Bearer ${token()}`, 'telephony-provider-name': 'x' },
            JSON.stringify({
                callCenterApiName: CENTER,
                startTime: CREATE.startTime,
                endTime: '2026-01-15T09:32:05.000Z',
                totalHoldDuration: 4
            })
        );
        expect(ended.status).toBe(200);
        expect(target.voiceCalls()).toEqual([
            expect.objectContaining({
                voiceCallId,
                createdBy: 'create',
                durationSeconds: 125,
                totalHoldDuration: 4,
                updates: 1
            })
        ]);
    });

    it.each([
        ['another key', () => token({}, otherKeys.privateKey), 'signature does not match'],
        ['another algorithm', () => token({}, keys.privateKey, 'HS256'), 'not RS256'],
        ['another org', () => token({ iss: '00D000000000002AAA' }), 'is not the org'],
        ['another contact center', () => token({ sub: 'Other' }), 'is not the contact center'],
        ['another audience', () => token({ aud: 'https://example.com' }), 'aud'],
        ['an expired token', () => token({ exp: Math.floor(NOW / 1000) - 1 }), 'expired'],
        [
            'a token living ten minutes',
            () => token({ exp: Math.floor(NOW / 1000) + 600 }),
            'longer than three minutes'
        ],
        ['no jti', () => token({ jti: '' }), 'no jti']
    ])('refuses %s', (_what, make, reason) => {
        const target = endpoint();
        const answer = post(target, make());
        expect(answer.status).toBe(401);
        expect(String(answer.body['message'])).toContain(reason);
        expect(target.voiceCalls()).toEqual([]);
    });

    it('refuses a token used twice', () => {
        const target = endpoint();
        const once = token();
        expect(post(target, once).status).toBe(201);
        expect(post(target, once, { ...CREATE, vendorCallKey: 'b' }).body['message']).toMatch(/used before/);
    });

    it('answers 503 to everything during a simulated outage, and works again after it', () => {
        const target = endpoint();
        target.failing = true;
        expect(post(target, token()).status).toBe(503);
        target.failing = false;
        expect(post(target, token()).status).toBe(201);
    });
});
