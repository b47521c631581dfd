import type { PersonAccountRef, RecordRef } from './cti-host';
import { accepted, optionalId, optionalText, rejected } from './payload-check';
import type { PayloadCheck } from './payload-check';
import { definedFields } from '../object';

/**
 * Reads the record fields that `getAppViewInfo`, `onNavigationChange` and `onClickToDial` share:
 * `recordId`, `recordName`, `objectType`, and for person accounts `accountId` / `contactId` /
 * `personAccount`. No `recordId` means no record (`undefined`); a `recordId` that is not an Id is a problem.
 */
export function recordRefFromPayload(
    payload: Readonly<Record<string, unknown>>
): PayloadCheck<RecordRef | undefined> {
    const id = optionalId(payload, 'recordId');
    if (!id.ok) return id;
    const name = optionalText(payload, 'recordName');
    if (!name.ok) return name;
    const objectType = optionalText(payload, 'objectType');
    if (!objectType.ok) return objectType;
    const accountId = optionalId(payload, 'accountId');
    if (!accountId.ok) return accountId;
    const contactId = optionalId(payload, 'contactId');
    if (!contactId.ok) return contactId;
    if (payload.personAccount !== undefined && typeof payload.personAccount !== 'boolean') {
        return rejected('personAccount should be true or false');
    }
    if (id.value === undefined) return accepted(undefined);

    const isPersonAccount =
        payload.personAccount === true || accountId.value !== undefined || contactId.value !== undefined;
    const personAccount: PersonAccountRef = {
        ...definedFields({ accountId: accountId.value, contactId: contactId.value })
    };
    return accepted({
        id: id.value,
        ...definedFields({ name: name.value, objectType: objectType.value }),
        ...(isPersonAccount ? { personAccount } : {})
    });
}
