import { activitiesOf } from './activity-list';
import { recordTitle, searchOrg } from './org-search';
import { OrgStore } from './org-store';
import { samePhoneNumber } from './phone-digits';

function org(): OrgStore {
    const store = new OrgStore();
    const acme = store.insert('Account', { Name: 'Acme Corporation', Phone: '(415) 555-0100' });
    store.insert('Contact', {
        FirstName: 'Ada',
        LastName: 'Lovelace',
        AccountId: acme.Id,
        Phone: '(415) 555-0123'
    });
    store.insert('Contact', { FirstName: 'Grace', LastName: 'Hopper', MobilePhone: '+1 415-555-0123' });
    store.insert('Lead', { LastName: 'Hamilton', Company: 'Apollo', Phone: '617 555 0162' });
    store.insert('Case', { Subject: 'Widget arrived broken' });
    return store;
}

describe('samePhoneNumber', () => {
    it.each([
        ['+14155550123', '(415) 555-0123', true],
        ['415.555.0123', '+1 415 555 0123', true],
        ['+14155550124', '(415) 555-0123', false],
        ['+1 415 555 0123 ext. 99', '(415) 555-0123', true],
        ['+442079460958', '+44 20 7946 0958', true],
        ['555-0123', '(415) 555-0123', false],
        ['5550123', '(415) 555-0123', false],
        ['14155550123', '4155550123', true],
        ['0123', '(415) 555-0123', false]
    ])('%s and %s are the same line: %s', (searched, stored, same) => {
        expect(samePhoneNumber(searched, stored)).toBe(same);
    });
});

describe('searchOrg', () => {
    it('finds phone numbers by their digits in every phone field, whatever their format', () => {
        const matches = searchOrg(org(), '+14155550123');
        expect(matches.map(recordTitle)).toEqual(['Ada Lovelace', 'Grace Hopper']);
    });

    it('matches the whole number, never a part of one: the digits of a search text are not a number', () => {
        expect(searchOrg(org(), '5550123').map(recordTitle)).toEqual([]);
        expect(searchOrg(org(), '555-0123').map(recordTitle)).toEqual([]);
    });

    it('finds text by all its words, a case by its number, and only in the objects asked for', () => {
        const store = org();
        expect(searchOrg(store, 'acme corporation').map(recordTitle)).toEqual(['Acme Corporation']);
        expect(searchOrg(store, 'ada').map(recordTitle)).toEqual(['Ada Lovelace']);
        expect(searchOrg(store, '00001001').map(recordTitle)).toEqual(['00001001']);
        expect(searchOrg(store, '+14155550123', ['Account', 'Lead'])).toEqual([]);
        expect(searchOrg(store, '   ')).toEqual([]);
    });
});

describe('activitiesOf', () => {
    it("lists a record's Tasks newest first, and on an Account those of its Contacts too", () => {
        let now = Date.UTC(2026, 0, 1);
        const store = new OrgStore({ now: () => (now += 1000) });
        const acme = store.insert('Account', { Name: 'Acme' });
        const ada = store.insert('Contact', { LastName: 'Lovelace', AccountId: acme.Id });
        const other = store.insert('Contact', { LastName: 'Other' });
        const first = store.insert('Task', { Subject: 'About Ada', WhoId: ada.Id });
        const second = store.insert('Task', { Subject: 'About Acme', WhatId: acme.Id });
        store.insert('Task', { Subject: 'About someone else', WhoId: other.Id });

        expect(activitiesOf(store, ada.Id).map((task) => task.Id)).toEqual([first.Id]);
        expect(activitiesOf(store, acme.Id).map((task) => task.Id)).toEqual([second.Id, first.Id]);
        expect(activitiesOf(store, '001000000000099AAA')).toEqual([]);
    });
});
