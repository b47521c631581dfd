/**
 * Phone field pre-filled on the new-record modal, by object. `Phone` on Contact, Lead and Account (also the
 * person account's phone); `SuppliedPhone` ("Web Phone") on Case, its only standard phone field.
 */
const PHONE_FIELDS: Readonly<Record<string, string>> = {
    Contact: 'Phone',
    Lead: 'Phone',
    Account: 'Phone',
    Case: 'SuppliedPhone'
};

/**
 * The field that receives the caller's number on a new `objectType` record, or `undefined` for other objects
 * (custom objects, Opportunity, ...): the engine cannot know which of their fields holds a phone number, and a
 * field that does not exist would make the modal fail, so those records open empty.
 */
export function newRecordPhoneField(objectType: string): string | undefined {
    return PHONE_FIELDS[objectType];
}
