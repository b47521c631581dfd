import { DEMO_SETTINGS } from '../../test-support/fake-browser';
import type { FakeBrowserProfile, FakeTab } from '../../test-support/fake-browser';
import { availableOnDemoLine, ringDemoLine } from '../../test-support/demo-line-agent';

/**
 * Caller ids that are not phone numbers, end to end through the softphone the adapter page starts: nothing is
 * searched for them, no record pops, no new-record form opens with junk in Phone, and their Task is related
 * to nothing; a number with an extension keeps it (card, Task subject) and its main number is searched whole.
 */
const ADA = {
    Id: '003000000000001AAA',
    RecordType: 'Contact',
    Name: 'Ada Lovelace',
    Phone: '(415) 555-0123'
};
const SETTINGS = {
    ...DEMO_SETTINGS,
    '/softphoneSettings/screenPopNoMatch': 'NEW_RECORD_MODAL',
    '/softphoneSettings/screenPopNewRecordObject': 'Contact'
};

describe('caller ids', () => {
    let profile: FakeBrowserProfile;
    let tab: FakeTab;

    beforeEach(async () => {
        ({ profile, tab } = await availableOnDemoLine(SETTINGS, ADA));
    });

    afterEach(async () => {
        await profile.closeAll();
    });

    function ring(from: string): Promise<string> {
        return ringDemoLine({ profile, tab }, from);
    }

    async function takeAndSave(callId: string): Promise<void> {
        await tab.send({ type: 'answer', callId });
        await profile.advance(5_000);
        await tab.send({ type: 'hang-up', callId });
        await tab.send({ type: 'save-wrap-up', callId });
        await profile.advance(1_000);
    }

    it.each([
        ['an SOQL tail after a number', "5550123 OR Name LIKE '%'"],
        ['script punctuation around one digit', '}) ; alert(1); ({'],
        ['an SQL statement', "'; DELETE FROM Task; --"],
        ['seven digits of a known number', '5550123'],
        ['a PBX extension', '1001'],
        ['the withheld caller', 'anonymous']
    ])('%s: shown as text under Unknown caller, never searched, popped or related', async (_name, from) => {
        const callId = await ring(from);
        const call = tab.snapshot().call;
        expect(call).toMatchObject({ id: callId, state: 'ringing', matches: [] });
        expect(call?.displayName).toBeUndefined();
        expect(call?.displayNumber).toBe(from.trim());
        expect(tab.api.callsTo('searchAndScreenPop')).toEqual([]);
        expect(tab.api.callsTo('screenPop')).toEqual([]);

        await takeAndSave(callId);
        const task = profile.org.task(callId);
        expect(task).toMatchObject({ CallType: 'Inbound' });
        expect(task?.['WhoId']).toBeUndefined();
        expect(task?.['WhatId']).toBeUndefined();
    });

    it('searches the whole normalised number of a caller id written nationally, and pops its record', async () => {
        const callId = await ring('(415) 555-0123');
        expect(tab.api.callsTo('searchAndScreenPop').map((search) => search['searchParams'])).toEqual([
            '+14155550123'
        ]);
        expect(tab.snapshot().call?.matches).toEqual([
            { id: ADA.Id, name: 'Ada Lovelace', objectType: 'Contact' }
        ]);
        await takeAndSave(callId);
        expect(profile.org.task(callId)).toMatchObject({ WhoId: ADA.Id });
    });

    it('keeps an extension: on the card and in the Task subject, with the main number searched', async () => {
        const callId = await ring('+1(415)555-0123 ext. 99');
        expect(tab.snapshot().call).toMatchObject({
            displayNumber: '(415) 555-0123 ext. 99',
            matches: [{ id: ADA.Id }]
        });
        expect(tab.api.callsTo('searchAndScreenPop').map((search) => search['searchParams'])).toEqual([
            '+14155550123'
        ]);
        await takeAndSave(callId);
        expect(profile.org.task(callId)).toMatchObject({
            Subject: '[Demo] Inbound call from (415) 555-0123 ext. 99',
            WhoId: ADA.Id
        });
    });

    it('opens a new Contact with the whole number for an unknown number, never for text that is none', async () => {
        await ring('+1 212 555 0199');
        await tab.send({ type: 'decline', callId: tab.snapshot().call?.id ?? '' });
        await ring('}) ; alert(1); ({');
        expect(tab.api.callsTo('screenPop')).toEqual([
            {
                type: tab.api.SCREENPOP_TYPE.NEW_RECORD_MODAL,
                params: { entityName: 'Contact', defaultFieldValues: { Phone: '+12125550199' } }
            }
        ]);
    });
});
