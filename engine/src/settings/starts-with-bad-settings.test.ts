import { DEMO_SETTINGS, FakeBrowserProfile } from '../../test-support/fake-browser';
import { settle } from '../../test-support/settle';

/** A call center full of mistakes: every one is listed by name, and the softphone keeps working. */
const BAD_SETTINGS = {
    ...DEMO_SETTINGS,
    '/reqGeneralInfo/reqSalesforceCompatibilityMode': 'Classic',
    '/reqGeneralInfo/reqSoftphoneHeight': '100',
    '/softphoneSettings/defaultCountry': 'UK',
    '/softphoneSettings/wrapUpSeconds': 'soon',
    '/softphoneSettings/iceServers': 'stun:',
    '/softphoneSettings/dispositionValues': 'Answered,No answer',
    '/softphoneSettings/screenPopNoMatch': 'POPUP',
    '/softphoneSettings/telephonymode': 'sip'
};

describe('starting with unusable call center settings', () => {
    it('lists every problem by setting name and still takes and logs a call', async () => {
        const profile = new FakeBrowserProfile();
        const tab = await profile.openTab('A', { settings: BAD_SETTINGS });
        expect(tab.snapshot().status).toBe('ready');
        expect(tab.snapshot().settingsProblems.map((problem) => problem.setting)).toEqual([
            'iceServers',
            'defaultCountry',
            'screenPopNoMatch',
            'wrapUpSeconds',
            'telephonymode',
            'reqSalesforceCompatibilityMode',
            'reqSoftphoneHeight'
        ]);
        for (const problem of tab.snapshot().settingsProblems)
            expect(problem.message.startsWith(problem.setting)).toBe(true);
        expect(tab.log.warn).toContainEqual(
            expect.stringMatching(/^Call center setting: defaultCountry must be GB/)
        );

        await tab.send({ type: 'set-agent-status', status: 'available' });
        await profile.advance(1_000);
        const call = tab.engine.demo()?.simulateIncomingCall({ from: '+14155550100' });
        await settle();
        await tab.send({ type: 'answer', callId: call?.callId ?? '' });
        await profile.advance(5_000);
        await tab.send({ type: 'hang-up', callId: call?.callId ?? '' });
        await tab.send({ type: 'save-wrap-up', callId: call?.callId ?? '' });
        expect([...profile.org.tasks.keys()]).toEqual([call?.callId]);
        await profile.closeAll();
    });
});
