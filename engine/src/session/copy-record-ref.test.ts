import { copyRecordRef } from './copy-record-ref';

describe('copyRecordRef', () => {
    it('keeps every declared field, person account included, as frozen copies', () => {
        const record = {
            id: '001000000000001AAA',
            name: 'Ada Lovelace',
            objectType: 'Account',
            personAccount: { accountId: '001000000000001AAA', contactId: '003000000000001AAA' }
        };
        const copy = copyRecordRef(record);
        expect(copy).toStrictEqual(record);
        expect(copy).not.toBe(record);
        expect(copy.personAccount).not.toBe(record.personAccount);
        expect(Object.isFrozen(copy)).toBe(true);
        expect(Object.isFrozen(copy.personAccount)).toBe(true);
    });

    it('drops fields a RecordRef does not declare', () => {
        const record = { id: '500000000000001AAA', objectType: 'Case', onclick: 'alert(1)' };
        expect(copyRecordRef(record)).toStrictEqual({ id: '500000000000001AAA', objectType: 'Case' });
    });
});
