import { SessionState } from 'sip.js';
import { AGENT, connectInbound, createSipRig, registerAgent } from './test-support/sip-rig';
import type { SipRig } from './test-support/sip-rig';
import { waitFor } from './test-support/wait-for';

describe('SipTelephonyProvider.dispose', () => {
    let rig: SipRig;

    beforeEach(async () => {
        rig = createSipRig();
        await registerAgent(rig);
    });

    afterEach(async () => {
        await rig.close();
    });

    it('hangs up, un-registers, forgets the credentials and then reports nothing', async () => {
        const caller = await rig.phone('+14155550123');
        const { callId, session } = await connectInbound(rig, caller);
        await rig.provider.dispose();
        expect(rig.events.take()).toEqual([
            { type: 'ended', callId, cause: 'local-hang-up' },
            { type: 'registration', state: 'unregistered' }
        ]);
        await waitFor('the caller to hear BYE', () => session.state === SessionState.Terminated);
        expect(rig.network.isRegistered(AGENT.user)).toBe(false);
        expect(rig.provider.credentials).toBe('needed');
        await expect(rig.provider.register()).rejects.toMatchObject({ code: 'invalid-state' });
        await rig.provider.dispose();
        expect(rig.events.take()).toEqual([]);
    });

    it('never logs the password', async () => {
        rig.network.passwords.set(AGENT.user, 'something else');
        await rig.provider.signIn(AGENT);
        await rig.provider.register().catch(() => undefined);
        expect(rig.warnings.join('\n')).not.toContain(AGENT.password);
    });

    it('survives a throwing delegate', async () => {
        const errors: unknown[] = [];
        await rig.close();
        rig = createSipRig({ onDelegateError: (error) => errors.push(error) });
        rig.provider.delegate = {
            onRegistrationChanged: () => {
                throw new Error('UI bug');
            }
        };
        await rig.provider.signIn(AGENT);
        await rig.provider.register();
        expect(rig.provider.registrationState).toBe('registered');
        expect(errors).toHaveLength(2);
    });
});
