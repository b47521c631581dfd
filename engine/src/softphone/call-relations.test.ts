import { DEMO_SETTINGS } from '../../test-support/fake-browser';
import type { FakeBrowserProfile, FakeTab } from '../../test-support/fake-browser';
import { availableOnDemoLine, ringDemoLine } from '../../test-support/demo-line-agent';

/**
 * Which record a call's Task is related to, end to end: only a record chosen for this call (its screen pop,
 * the agent's pick, click-to-dial's record, or one the agent opened for it), never one an earlier call left
 * open; the call on screen always shows the relation the log will be saved with, and the agent can clear it.
 */
const ADA = {
    Id: '003000000000001AAA',
    RecordType: 'Contact',
    Name: 'Ada Lovelace',
    Phone: '(415) 555-0123'
};
const ACME = { Id: '001000000000001AAA', RecordType: 'Account', Name: 'Acme', Phone: '(415) 555-0100' };
const SETTINGS = {
    ...DEMO_SETTINGS,
    '/softphoneSettings/screenPopNoMatch': 'NONE',
    '/softphoneSettings/wrapUpSeconds': '0'
};

describe('call relations', () => {
    let profile: FakeBrowserProfile;
    let tab: FakeTab;

    beforeEach(async () => {
        ({ profile, tab } = await availableOnDemoLine(SETTINGS, ADA, ACME));
    });

    afterEach(async () => {
        await profile.closeAll();
    });

    function ring(from: string): Promise<string> {
        return ringDemoLine({ profile, tab }, from);
    }

    async function answerAndHangUp(callId: string): Promise<void> {
        await tab.send({ type: 'answer', callId });
        await profile.advance(5_000);
        await tab.send({ type: 'hang-up', callId });
        await profile.advance(500);
    }

    async function save(callId: string): Promise<void> {
        await tab.send({ type: 'save-wrap-up', callId });
        await profile.advance(1_000);
    }

    it("relates an anonymous call to nothing after Ada's call left her Contact open, and says so in the wrap-up", async () => {
        const first = await ring('+14155550123');
        expect(tab.api.currentView).toMatchObject({ recordId: ADA.Id });
        expect(tab.snapshot().call?.relatedRecord).toEqual({
            id: ADA.Id,
            name: 'Ada Lovelace',
            objectType: 'Contact'
        });
        await answerAndHangUp(first);
        await save(first);
        expect(profile.org.task(first)).toMatchObject({ WhoId: ADA.Id });

        const second = await ring('anonymous');
        await answerAndHangUp(second);
        const wrapUp = tab.snapshot().call;
        expect(wrapUp?.state).toBe('wrap-up');
        expect(wrapUp?.relatedRecord).toBeUndefined();
        // Ada's Contact is still open: offered to pick, not related.
        expect(wrapUp?.openRecord).toMatchObject({ id: ADA.Id });
        await save(second);
        expect(profile.org.task(second)?.['WhoId']).toBeUndefined();
        expect(profile.org.task(second)?.['WhatId']).toBeUndefined();
    });

    it('relates a call to the record the agent opened for it after the previous call ended', async () => {
        const first = await ring('+14155550123');
        await answerAndHangUp(first);
        await save(first);

        tab.api.openRecord(ACME.Id);
        await profile.advance(1_000);
        const second = await ring('anonymous');
        await tab.send({ type: 'answer', callId: second });
        expect(tab.snapshot().call?.relatedRecord).toMatchObject({ id: ACME.Id });
        await profile.advance(5_000);
        await tab.send({ type: 'hang-up', callId: second });
        await save(second);
        expect(profile.org.task(second)).toMatchObject({ WhatId: ACME.Id });
    });

    it('lets the agent relate the call to the open record, or clear the pop’s relation', async () => {
        const first = await ring('+14155550123');
        await answerAndHangUp(first);
        await tab.send({ type: 'update-wrap-up', callId: first, relatedRecordId: '' });
        expect(tab.snapshot().call?.relatedRecord).toBeUndefined();
        await save(first);
        expect(profile.org.task(first)?.['WhoId']).toBeUndefined();

        const second = await ring('anonymous');
        await answerAndHangUp(second);
        await tab.send({ type: 'update-wrap-up', callId: second, relatedRecordId: ADA.Id });
        expect(tab.snapshot().call?.relatedRecord).toMatchObject({ id: ADA.Id });
        await save(second);
        expect(profile.org.task(second)).toMatchObject({ WhoId: ADA.Id });
    });

    it('dials from the pad related to nothing while a leftover is open, and to a record opened for the call', async () => {
        const first = await ring('+14155550123');
        await answerAndHangUp(first);
        await save(first);

        await tab.send({ type: 'dial', number: '+1 212 555 0199' });
        await profile.advance(3_000);
        expect(tab.snapshot().call?.relatedRecord).toBeUndefined();
        const leftover = tab.snapshot().call?.id ?? '';
        await tab.send({ type: 'hang-up', callId: leftover });
        await save(leftover);
        expect(profile.org.task(leftover)?.['WhoId']).toBeUndefined();

        tab.api.openRecord(ACME.Id);
        await profile.advance(1_000);
        await tab.send({ type: 'dial', number: '+1 212 555 0199' });
        await profile.advance(3_000);
        expect(tab.snapshot().call?.relatedRecord).toMatchObject({ id: ACME.Id });
    });

    it('relates the call to a record opened during the conversation, not to one opened in its wrap-up', async () => {
        const callId = await ring('+1 212 555 0142');
        await tab.send({ type: 'answer', callId });
        await profile.advance(1_000);
        // The agent saves the caller as a new record (here: opens Acme) while they talk.
        tab.api.openRecord(ACME.Id);
        await profile.advance(1_000);
        expect(tab.snapshot().call?.relatedRecord).toMatchObject({ id: ACME.Id });
        await tab.send({ type: 'hang-up', callId });
        tab.api.openRecord(ADA.Id);
        await profile.advance(1_000);
        expect(tab.snapshot().call).toMatchObject({
            state: 'wrap-up',
            relatedRecord: { id: ACME.Id },
            openRecord: { id: ADA.Id }
        });
        await save(callId);
        expect(profile.org.task(callId)).toMatchObject({ WhatId: ACME.Id });
    });

    it('keeps the pop’s record when the agent browses another during the call', async () => {
        const callId = await ring('+14155550123');
        await tab.send({ type: 'answer', callId });
        await profile.advance(1_000);
        tab.api.openRecord(ACME.Id);
        await profile.advance(1_000);
        expect(tab.snapshot().call?.relatedRecord).toMatchObject({ id: ADA.Id });
    });

    it('keeps the one record the caller matched as the relation even when the pop itself failed', async () => {
        tab.api.script('screenPop', {
            success: false,
            returnValue: null,
            errors: [{ code: 'GENERIC_ERROR', description: 'boom' }]
        });
        const callId = await ring('+14155550123');
        expect(tab.snapshot().call?.relatedRecord).toMatchObject({ id: ADA.Id });
        await answerAndHangUp(callId);
        await save(callId);
        expect(profile.org.task(callId)).toMatchObject({ WhoId: ADA.Id });
    });
});
