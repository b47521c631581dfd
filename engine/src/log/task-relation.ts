import type { RecordRef } from '../cti';
import { definedFields } from '../object';

/** Where a call log Task points: `WhoId` (a person: Contact or Lead) and `WhatId` (anything else). */
export interface TaskRelation {
    readonly whoId?: string;
    readonly whatId?: string;
}

/** Objects a Task's `WhoId` takes; every other object goes in `WhatId`. */
const WHO_OBJECTS = new Set(['Contact', 'Lead']);
/** Key prefixes of Contact (`003`) and Lead (`00Q`), the objects `Task.WhoId` may point at. */
export const WHO_ID_PREFIXES: readonly string[] = ['003', '00Q'];

/** True when `id` is a Contact or Lead id, by its key prefix. */
export function isWhoId(id: string): boolean {
    return WHO_ID_PREFIXES.includes(id.slice(0, 3));
}

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
            ...definedFields({ whoId: contactId, whatId: accountId })
        };
    }
    const isWho = record.objectType === undefined ? isWhoId(record.id) : WHO_OBJECTS.has(record.objectType);
    return isWho ? { whoId: record.id } : { whatId: record.id };
}
