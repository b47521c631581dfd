import { generateKeyPairSync } from 'node:crypto';
import { turnCredentialsFromApex } from '../../engine/src/cti/apex-turn-credentials';
import { SIMULATED_ORG_ID, SIMULATED_USER_ID } from '../org/simulated-user';
import { hmacSha1Base64 } from '../org/turn-credential-service';
import { SimVoiceCallService } from './sim-voice-call-service';
import type { SimVoiceCallServiceOptions } from './sim-voice-call-service';

const OPTIONS: SimVoiceCallServiceOptions = {
    privateKey: generateKeyPairSync('rsa', { modulusLength: 1024 }).privateKey,
    orgId: SIMULATED_ORG_ID,
    contactCenter: 'SoftphoneVoiceContactCenter',
    endpoint: 'http://127.0.0.1:9/'
};

describe("the simulator's SoftphoneVoiceCallService.issueTurnCredentials", () => {
    it('answers what SoftphoneTurnCredentials.issue answers, read by the connector’s own reader', async () => {
        const service = new SimVoiceCallService({ ...OPTIONS, turnServer: { sharedSecret: 'swordfish' } });
        const answer = await service.invoke('SoftphoneVoiceCallService.issueTurnCredentials', '{}');
        expect(answer.status).toBe(true);
        const credentials = turnCredentialsFromApex(answer.result);
        expect(credentials.username).toMatch(new RegExp(`^\\d+:${SIMULATED_USER_ID}$`));
        expect(credentials.credential).toBe(hmacSha1Base64('swordfish', credentials.username));
    });

    it('refuses with the Apex words, naming the fix and not a secret, when the org has no TURN secret', async () => {
        const answer = await new SimVoiceCallService(OPTIONS).invoke(
            'SoftphoneVoiceCallService.issueTurnCredentials',
            '{}'
        );
        expect(answer).toEqual({
            status: false,
            message: expect.stringMatching(/No TURN secret is configured/)
        });
    });
});
