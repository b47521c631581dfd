import { newRecordPhoneField } from './new-record-phone-field';

describe('newRecordPhoneField', () => {
    it('fills Phone on Contact, Lead and Account, and the Web Phone on Case', () => {
        expect(['Contact', 'Lead', 'Account', 'Case'].map(newRecordPhoneField)).toEqual([
            'Phone',
            'Phone',
            'Phone',
            'SuppliedPhone'
        ]);
    });

    it('fills nothing on objects whose phone field it cannot know', () => {
        expect(newRecordPhoneField('Opportunity')).toBeUndefined();
        expect(newRecordPhoneField('Caller__c')).toBeUndefined();
    });
});
