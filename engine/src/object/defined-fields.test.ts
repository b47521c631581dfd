import { definedFields } from './defined-fields';

describe('definedFields', () => {
    it('keeps the fields that have a value, falsy ones included, and leaves out the undefined ones', () => {
        const name: string | undefined = undefined;
        const fields = definedFields({ id: 'a1', name, count: 0, blank: '', none: null, off: false });
        expect(fields).toEqual({ id: 'a1', count: 0, blank: '', none: null, off: false });
        expect(Object.keys(fields)).not.toContain('name');
        expect(JSON.stringify({ ...fields })).toBe(
            '{"id":"a1","count":0,"blank":"","none":null,"off":false}'
        );
    });

    it('types a field that may be undefined as optional, for exactOptionalPropertyTypes', () => {
        const detail = ['x', undefined][1];
        const notice: { readonly key: string; readonly detail?: string } = {
            key: 'log-failed',
            ...definedFields({ detail })
        };
        expect(notice).toEqual({ key: 'log-failed' });
        expect('detail' in notice).toBe(false);
    });
});
