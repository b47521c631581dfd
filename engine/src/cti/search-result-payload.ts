import { describeValue } from '../text';
import { isSalesforceId } from './salesforce-id';
import type { LayoutScreenPop, PersonAccountRef, RecordRef, SearchResult } from './cti-host';
import { accepted, isRecord, optionalId, optionalText, rejected } from './payload-check';
import type { PayloadCheck } from './payload-check';
import { definedFields } from '../object';

/** The key under which a deferred `searchAndScreenPop` returns the pop it did not make. */
export const SCREEN_POP_DATA_KEY = 'SCREEN_POP_DATA';

function personAccountOf(
    id: string,
    objectType: string | undefined,
    fields: Readonly<Record<string, unknown>>
): PayloadCheck<PersonAccountRef | undefined> {
    if (fields.IsPersonAccount !== true) return accepted(undefined);
    const accountId = optionalId(fields, 'AccountId');
    if (!accountId.ok) return accountId;
    const contactId = optionalId(fields, 'PersonContactId');
    if (!contactId.ok) return contactId;
    const account = accountId.value ?? (objectType === 'Account' ? id : undefined);
    const contact = contactId.value ?? (objectType === 'Contact' ? id : undefined);
    return accepted({
        ...definedFields({ accountId: account, contactId: contact })
    });
}

function matchFrom(id: string, fields: unknown): PayloadCheck<RecordRef> {
    if (!isRecord(fields)) return rejected(`match ${id} should be an object but is ${describeValue(fields)}`);
    const name = optionalText(fields, 'Name');
    if (!name.ok) return rejected(`match ${id}: ${name.problem}`);
    const recordType = optionalText(fields, 'RecordType');
    if (!recordType.ok) return rejected(`match ${id}: ${recordType.problem}`);
    const object = optionalText(fields, 'object');
    if (!object.ok) return rejected(`match ${id}: ${object.problem}`);
    const objectType = recordType.value ?? object.value;
    const personAccount = personAccountOf(id, objectType, fields);
    if (!personAccount.ok) return rejected(`match ${id}: ${personAccount.problem}`);
    return accepted({
        id,
        ...definedFields({ name: name.value, objectType, personAccount: personAccount.value })
    });
}

/**
 * Maps `searchAndScreenPop`'s `returnValue` to a {@link SearchResult}. The guide documents an object keyed by
 * record Id whose values carry `Id`, `Name`, `RecordType` (the object's API name; one sample says `object`),
 * `LastModifiedDate` and the layout's fields, plus `SCREEN_POP_DATA` when deferred. The map key is the Id.
 * Keys that are not record Ids are left alone (Salesforce may add some); `null` means no match.
 */
export function searchResultFromPayload(returnValue: unknown): PayloadCheck<SearchResult> {
    if (returnValue === null || returnValue === undefined) return accepted({ matches: [] });
    if (!isRecord(returnValue)) {
        return rejected(`the search result should be an object but is ${describeValue(returnValue)}`);
    }
    const matches: RecordRef[] = [];
    for (const [key, fields] of Object.entries(returnValue)) {
        if (key === SCREEN_POP_DATA_KEY || !isSalesforceId(key)) continue;
        const match = matchFrom(key, fields);
        if (!match.ok) return match;
        matches.push(match.value);
    }
    const screenPopData = returnValue[SCREEN_POP_DATA_KEY];
    if (screenPopData === undefined || screenPopData === null) return accepted({ matches });
    if (!isRecord(screenPopData)) {
        return rejected(`${SCREEN_POP_DATA_KEY} should be an object but is ${describeValue(screenPopData)}`);
    }
    return accepted({ matches, layoutScreenPop: screenPopData as unknown as LayoutScreenPop });
}
