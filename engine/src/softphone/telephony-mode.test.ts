import { DEMO_SETTINGS, FakeBrowserProfile } from '../../test-support/fake-browser';
import { settle } from '../../test-support/settle';

/**
 * The telephony mode an admin set: a value the softphone does not know stops the phone with the setting named
 * (never the demo line by default); the demo line runs only when chosen, and then its Tasks say Demo.
 */
describe('telephony mode', () => {
    let profile: FakeBrowserProfile;

    beforeEach(() => {
        profile = new FakeBrowserProfile();
    });

    afterEach(async () => {
        await profile.closeAll();
    });

    it('stops the phone for an unknown mode: no demo line, cannot start, naming telephonyMode', async () => {
        const tab = await profile.openTab('page-1', {
            settings: { ...DEMO_SETTINGS, '/softphoneSettings/telephonyMode': 'bogus' }
        });
        await tab.send({ type: 'set-agent-status', status: 'available' });
        await profile.advance(2_000);
        const snapshot = tab.snapshot();
        expect(tab.engine.demo()).toBeUndefined();
        expect(snapshot.telephonyMode).toBeUndefined();
        expect(snapshot).toMatchObject({
            status: 'ready',
            registration: 'not-started',
            registrationDetail: 'telephonyMode',
            settingsProblems: [
                {
                    setting: 'telephonyMode',
                    message: expect.stringMatching(
                        /telephonyMode must be sip, demo or click-to-dial-only \(got bogus\)/
                    ),
                    stopsPhone: true
                }
            ]
        });
        await tab.send({ type: 'dial', number: '+1 415 555 0123' });
        expect(tab.snapshot().call).toBeUndefined();
        expect(tab.snapshot().notice).toMatchObject({ kind: 'error' });
        expect(profile.org.apexCalls).toBe(0);
    });

    it('runs the demo line when chosen, and every Task it writes says Demo', async () => {
        const tab = await profile.openTab('page-1', { settings: DEMO_SETTINGS });
        await tab.send({ type: 'set-agent-status', status: 'available' });
        await profile.advance(1_000);
        expect(tab.snapshot()).toMatchObject({ telephonyMode: 'demo', registration: 'registered' });
        const call = tab.engine.demo()?.simulateIncomingCall({ from: '+14155550100' });
        await settle();
        await tab.send({ type: 'decline', callId: call?.callId ?? '' });
        await profile.advance(1_000);
        expect(profile.org.task(call?.callId ?? '')).toMatchObject({
            Subject: '[Demo] Declined call from (415) 555-0100'
        });
    });
});
