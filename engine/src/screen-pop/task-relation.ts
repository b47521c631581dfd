import type { RecordRef } from '../cti';

/** Where a call log Task points: `WhoId` (a person: Contact or Lead) and `WhatId` (anything else). */
export interface TaskRelation {
    readonly whoId?: string;
    readonly whatId?: string;
}

/** Objects a Task's `WhoId` takes; every other object goes in `WhatId`. */
const WHO_OBJECTS = new Set(['Contact', 'Lead']);
/** Key prefixes of Contact (`003`) and Lead (`00Q`), for a record whose object type is not known. */
const WHO_PREFIXES = new Set(['003', '00Q']);

/**
 * Relates a call log to the record the call is about: a Contact or Lead is the `WhoId`, any other object the
 * `WhatId`. A person account is both: its Contact is the `WhoId` and its Account the `WhatId`. Without an
 * object type, the Id's key prefix decides.
 */
export function taskRelationFor(record: RecordRef): TaskRelation {
    const person = record.personAccount;
    if (person && (person.contactId !== undefined || person.accountId !== undefined)) {
        const contactId = person.contactId ?? (record.objectType === 'Contact' ? record.id : undefined);
        const accountId = person.accountId ?? (record.objectType === 'Account' ? record.id : undefined);
        return {
            ...(contactId === undefined ? {} : { whoId: contactId }),
            ...(accountId === undefined ? {} : { whatId: accountId })
        };
    }
    const isWho =
        record.objectType === undefined
            ? WHO_PREFIXES.has(record.id.slice(0, 3))
            : WHO_OBJECTS.has(record.objectType);
    return isWho ? { whoId: record.id } : { whatId: record.id };
}
