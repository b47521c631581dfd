import type { PersonAccountRef, RecordRef } from '../cti';

function copyPersonAccount(ref: PersonAccountRef): PersonAccountRef {
    const copy: { accountId?: string; contactId?: string } = {};
    if (ref.accountId !== undefined) copy.accountId = ref.accountId;
    if (ref.contactId !== undefined) copy.contactId = ref.contactId;
    return Object.freeze(copy);
}

/**
 * A frozen copy of `record` holding only the fields a {@link RecordRef} declares, so no caller's object, and
 * nothing it carries besides, ends up in session data or snapshots.
 * @internal
 */
export function copyRecordRef(record: RecordRef): RecordRef {
    const copy: { id: string; name?: string; objectType?: string; personAccount?: PersonAccountRef } = {
        id: record.id
    };
    if (record.name !== undefined) copy.name = record.name;
    if (record.objectType !== undefined) copy.objectType = record.objectType;
    if (record.personAccount !== undefined) copy.personAccount = copyPersonAccount(record.personAccount);
    return Object.freeze(copy);
}
