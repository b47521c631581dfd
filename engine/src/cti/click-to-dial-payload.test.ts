import { clickToDialFromPayload } from './click-to-dial-payload';

describe('clickToDialFromPayload', () => {
    it('maps the documented payload, with the number as text', () => {
        expect(
            clickToDialFromPayload({
                number: '(415) 555-0123',
                recordId: '003000000000001',
                recordName: 'Ada Lovelace',
                objectType: 'Contact'
            })
        ).toEqual({
            ok: true,
            value: {
                number: '(415) 555-0123',
                record: { id: '003000000000001', name: 'Ada Lovelace', objectType: 'Contact' }
            }
        });
    });

    it('accepts the number typed as a number, as the guide documents it', () => {
        expect(clickToDialFromPayload({ number: 4155550123 })).toEqual({
            ok: true,
            value: { number: '4155550123' }
        });
    });

    it('keeps the params a lightning-click-to-dial passed and the person account ids', () => {
        const request = clickToDialFromPayload({
            number: '+14155550123',
            recordId: '001000000000001',
            objectType: 'Account',
            personAccount: true,
            contactId: '003000000000009',
            params: 'accountSid=xxx, sourceId=yyy'
        });
        expect(request.ok && request.value).toEqual({
            number: '+14155550123',
            record: {
                id: '001000000000001',
                objectType: 'Account',
                personAccount: { contactId: '003000000000009' }
            },
            params: 'accountSid=xxx, sourceId=yyy'
        });
    });

    it.each([
        ['no payload', undefined],
        ['no number', { recordId: '003000000000001' }],
        ['a blank number', { number: '  ' }],
        ['a number that is not finite', { number: Number.NaN }],
        ['a bad recordId', { number: '123', recordId: 'abc' }],
        ['params that are not text', { number: '123', params: ['a'] }]
    ])('rejects %s', (_case, payload) => {
        expect(clickToDialFromPayload(payload)).toEqual({ ok: false, problem: expect.any(String) });
    });
});
