import { OrgStore } from '../org/org-store';
import { appViewOf, isListLocation, locationUrl } from './console-location';

describe('console locations', () => {
    it('has a Lightning URL for every page, and for the new-record form over one', () => {
        expect(locationUrl({ kind: 'home' })).toBe('/lightning/page/home');
        expect(locationUrl({ kind: 'record', recordId: '500000000000001AAA' })).toBe(
            '/lightning/r/Case/500000000000001AAA/view'
        );
        expect(locationUrl({ kind: 'search', searchString: '+1 415' })).toBe(
            '/lightning/search?searchString=%2B1%20415'
        );
        expect(locationUrl({ kind: 'list', sobjectType: 'Case', listViewId: 'Mine' })).toBe(
            '/lightning/o/Case/list?filterName=Mine'
        );
        expect(locationUrl({ kind: 'home' }, { entityName: 'Lead', defaultFieldValues: {} })).toBe(
            '/lightning/o/Lead/new'
        );
        expect(isListLocation({ kind: 'object-home', sobjectType: 'Case' })).toBe(true);
    });

    it("gives getAppViewInfo's answer: the absolute URL, and the record's Id, name and object on a record page", () => {
        const org = new OrgStore();
        const lead = org.insert('Lead', { FirstName: 'Margaret', LastName: 'Hamilton', Company: 'Apollo' });
        expect(appViewOf({ kind: 'record', recordId: lead.Id }, undefined, org, 'http://c')).toEqual({
            url: `http://c/lightning/r/Lead/${lead.Id}/view`,
            recordId: lead.Id,
            recordName: 'Margaret Hamilton',
            objectType: 'Lead'
        });
        expect(
            appViewOf({ kind: 'record', recordId: '003000000000099AAA' }, undefined, org, 'http://c')
        ).toMatchObject({
            recordId: '003000000000099AAA',
            recordName: '',
            objectType: 'Contact'
        });
        expect(appViewOf({ kind: 'object-home', sobjectType: 'Lead' }, undefined, org, 'http://c')).toEqual({
            url: 'http://c/lightning/o/Lead/home'
        });
    });
});
