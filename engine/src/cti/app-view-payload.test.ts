import { appViewFromPayload } from './app-view-payload';

describe('appViewFromPayload', () => {
    it('maps the documented view of a record', () => {
        expect(
            appViewFromPayload({
                url: 'https://MyDomainNamemy.salesforce.com/lightning/r/Case/500D0000003tcchIAA/view',
                recordId: '001x0000003DGQR',
                recordName: 'Acme',
                objectType: 'Account'
            })
        ).toEqual({
            ok: true,
            value: {
                url: 'https://MyDomainNamemy.salesforce.com/lightning/r/Case/500D0000003tcchIAA/view',
                record: { id: '001x0000003DGQR', name: 'Acme', objectType: 'Account' }
            }
        });
    });

    it('maps a person account view with its contact Id', () => {
        const view = appViewFromPayload({
            url: '/lightning/r/Account/001x0000003DGQR/view',
            recordId: '001x0000003DGQR',
            recordName: 'Acme Person Account',
            objectType: 'Account',
            contactId: '003D000000QOMqg',
            personAccount: true
        });
        expect(view.ok && view.value.record?.personAccount).toEqual({ contactId: '003D000000QOMqg' });
    });

    it('reads empty fields (a list view) as no record, and nothing at all as an empty view', () => {
        expect(
            appViewFromPayload({
                url: '/lightning/o/Case/list',
                recordId: '',
                recordName: '',
                objectType: ''
            })
        ).toEqual({ ok: true, value: { url: '/lightning/o/Case/list' } });
        expect(appViewFromPayload(null)).toEqual({ ok: true, value: {} });
        expect(appViewFromPayload(undefined)).toEqual({ ok: true, value: {} });
    });

    it.each([
        ['a string', 'Acme'],
        ['a recordId that is not an Id', { recordId: 'not an id' }],
        ['a url that is not text', { url: 5 }],
        ['a personAccount that is not a boolean', { recordId: '001x0000003DGQR', personAccount: 'yes' }]
    ])('rejects %s', (_case, payload) => {
        expect(appViewFromPayload(payload)).toEqual({ ok: false, problem: expect.any(String) });
    });
});
