import { apexMethodParams, apexResultFromPayload } from './run-apex-payload';

describe('apexMethodParams', () => {
    it('builds a query string of name=value pairs', () => {
        expect(apexMethodParams({ name: 'acme', city: 'Paris' })).toBe('name=acme&city=Paris');
    });

    it('encodes what a query string cannot carry raw, such as + of E.164 and &', () => {
        expect(apexMethodParams({ phone: '+1 (212) 555-5555', name: 'A&B=C' })).toBe(
            'phone=%2B1%20(212)%20555-5555&name=A%26B%3DC'
        );
    });

    it('passes an empty object for a method without parameters, as the guide says', () => {
        expect(apexMethodParams({})).toEqual({});
    });
});

describe('apexResultFromPayload', () => {
    it('unwraps { runApex: result }', () => {
        const json = '[{"Id":"001xx000003DGawAAG","Name":"Acme"}]';
        expect(apexResultFromPayload({ runApex: json })).toEqual({ ok: true, value: json });
        expect(apexResultFromPayload({ runApex: null })).toEqual({ ok: true, value: null });
    });

    it.each([null, 'x', {}, { result: 1 }])('rejects %p', (payload) => {
        expect(apexResultFromPayload(payload).ok).toBe(false);
    });
});
