import { searchResultFromPayload } from './search-result-payload';

describe('searchResultFromPayload', () => {
    it('maps the documented map of record Id to fields into matches, keeping order and RecordType', () => {
        const result = searchResultFromPayload({
            '006x0000001ZcyG': {
                Id: '006x0000001ZcyG',
                LastModifiedDate: '2017-10-24T18:42:39.000Z',
                Name: 'Acme - 600 Widgets',
                RecordType: 'Opportunity'
            },
            '001x0000003DGQR': { Name: 'Acme', Type: 'Analyst', object: 'Account', displayName: 'Company' }
        });
        expect(result).toEqual({
            ok: true,
            value: {
                matches: [
                    { id: '006x0000001ZcyG', name: 'Acme - 600 Widgets', objectType: 'Opportunity' },
                    { id: '001x0000003DGQR', name: 'Acme', objectType: 'Account' }
                ]
            }
        });
    });

    it('keeps SCREEN_POP_DATA of a deferred search apart, unmodified, as the layout pop', () => {
        const screenPopData = { type: 'sobject', params: { recordId: '003000000000001' } };
        const result = searchResultFromPayload({
            '003000000000001': { Id: '003000000000001', Name: 'Ada', RecordType: 'Contact' },
            SCREEN_POP_DATA: screenPopData
        });
        expect(result.ok && result.value.matches).toHaveLength(1);
        expect(result.ok && result.value.layoutScreenPop).toBe(screenPopData);
    });

    it('reads a person account match as both its account and its person contact', () => {
        const result = searchResultFromPayload({
            '001x0000003DGQR': {
                Id: '001x0000003DGQR',
                IsPersonAccount: true,
                Name: 'Acme Person Account',
                PersonContactId: '003D000000QOMqg',
                RecordType: 'Account'
            }
        });
        expect(result.ok && result.value.matches[0]).toEqual({
            id: '001x0000003DGQR',
            name: 'Acme Person Account',
            objectType: 'Account',
            personAccount: { accountId: '001x0000003DGQR', contactId: '003D000000QOMqg' }
        });
    });

    it('treats null and an empty map as no match, and skips keys that are not record Ids', () => {
        expect(searchResultFromPayload(null)).toEqual({ ok: true, value: { matches: [] } });
        expect(searchResultFromPayload({})).toEqual({ ok: true, value: { matches: [] } });
        expect(searchResultFromPayload({ SOMETHING_NEW: 1 })).toEqual({ ok: true, value: { matches: [] } });
    });

    it.each([
        ['a string', 'Acme'],
        ['an array', [{ Id: '001x0000003DGQR' }]],
        ['a match that is not an object', { '001x0000003DGQR': 'Acme' }],
        ['a Name that is not text', { '001x0000003DGQR': { Name: 42, RecordType: 'Account' } }],
        ['SCREEN_POP_DATA that is not an object', { SCREEN_POP_DATA: 'sobject' }],
        [
            'a person contact Id that is not an Id',
            { '001x0000003DGQR': { IsPersonAccount: true, PersonContactId: 'x' } }
        ]
    ])('rejects %s instead of throwing', (_case, payload) => {
        expect(searchResultFromPayload(payload)).toEqual({ ok: false, problem: expect.any(String) });
    });
});
