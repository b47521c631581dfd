import { DEMO_SETTINGS, FakeBrowserProfile } from '../../../test-support/fake-browser';
import type { FakeTab } from '../../../test-support/fake-browser';

const ACME = { Id: '001000000000001AAA', RecordType: 'Account', Name: 'Acme', Phone: '+14155550199' };
const DESK_PHONE = {
    ...DEMO_SETTINGS,
    '/softphoneSettings/telephonyMode': 'click-to-dial-only',
    '/softphoneSettings/wrapUpSeconds': '0'
};

/** Telephony mode click-to-dial-only: the desk phone places the call, the softphone logs it. */
describe('click-to-dial-only', () => {
    let profile: FakeBrowserProfile;
    let tab: FakeTab;

    beforeEach(async () => {
        profile = new FakeBrowserProfile().addRecords(ACME);
        tab = await profile.openTab('A', { settings: DESK_PHONE });
    });

    afterEach(async () => {
        await profile.closeAll();
    });

    it('starts with click-to-dial on and nothing to register with', async () => {
        expect(tab.snapshot()).toMatchObject({
            status: 'ready',
            telephonyMode: 'click-to-dial-only',
            settingsProblems: []
        });
        expect(tab.api.clickToDialEnabled).toBe(true);
        await tab.send({ type: 'set-agent-status', status: 'available' });
        expect(tab.snapshot()).toMatchObject({ agentStatus: 'available', registration: 'registered' });
    });

    it('opens the desk phone for a number clicked in Salesforce, and logs the call on that record', async () => {
        expect(tab.api.clickRecordPhone(ACME.Id)).toBe(true);
        await profile.advance(1);
        expect(tab.window.document.opened).toEqual(['tel:+14155550199']);
        expect(tab.api.panelVisible).toBe(true);
        const call = tab.snapshot().call;
        expect(call).toMatchObject({
            direction: 'outbound',
            state: 'connected',
            number: '+14155550199',
            relatedRecord: { id: ACME.Id, name: 'Acme' }
        });

        await profile.advance(90_000);
        await tab.send({ type: 'hang-up', callId: call?.id ?? '' });
        expect(tab.snapshot().call?.state).toBe('wrap-up');
        await tab.send({
            type: 'update-wrap-up',
            callId: call?.id ?? '',
            notes: 'Left a message',
            disposition: 'No answer'
        });
        await tab.send({ type: 'save-wrap-up', callId: call?.id ?? '' });

        expect([...profile.org.tasks.values()]).toEqual([
            expect.objectContaining({
                CallObject: call?.id,
                CallType: 'Outbound',
                Subject: 'Outbound call to (415) 555-0199',
                CallDurationInSeconds: 90,
                CallDisposition: 'No answer',
                Description: 'Left a message',
                WhatId: ACME.Id
            })
        ]);
    });

    it('opens the desk phone for a number typed in the dial pad', async () => {
        await tab.send({ type: 'dial', number: '(415) 555-0100' });
        await profile.advance(1);
        expect(tab.window.document.opened).toEqual(['tel:+14155550100']);
        expect(tab.snapshot().call).toMatchObject({ state: 'connected', number: '+14155550100' });
    });

    it('refuses what only the desk phone can do, with a notice, and keeps the call', async () => {
        await tab.send({ type: 'dial', number: '+14155550100' });
        await profile.advance(1);
        const callId = tab.snapshot().call?.id ?? '';
        await tab.send({ type: 'hold', callId });
        expect(tab.snapshot().notice).toMatchObject({
            key: 'command-failed',
            detail: expect.stringMatching(/desk phone/)
        });
        expect(tab.snapshot().call?.state).toBe('connected');
    });

    it('still logs a desk phone call when the page is reloaded before it ended', async () => {
        await tab.send({ type: 'dial', number: '+14155550100' });
        const callId = tab.snapshot().call?.id ?? '';
        await profile.advance(30_000);
        await tab.close();
        await profile.openTab('A2', { settings: DESK_PHONE });
        expect([...profile.org.tasks.values()]).toEqual([
            expect.objectContaining({ CallObject: callId, CallDurationInSeconds: 30 })
        ]);
    });

    it('uses the opener the page gives', async () => {
        const opened: string[] = [];
        const other = await profile.openTab('B', {
            settings: DESK_PHONE,
            coordination: 'none',
            engine: { openTelUri: (uri) => opened.push(uri) }
        });
        await other.send({ type: 'dial', number: '1234' });
        expect(opened).toEqual(['tel:1234']);
        expect(other.window.document.opened).toEqual([]);
    });
});
