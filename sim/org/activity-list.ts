import type { OrgRecord } from './org-record';
import { fieldText } from './org-record';
import type { OrgStore } from './org-store';

/**
 * The Tasks a record page lists under Activity: those whose `WhoId` or `WhatId` is the record, and for an
 * Account also those about its Contacts and Cases (Salesforce rolls activities up to the account). Newest
 * first.
 */
export function activitiesOf(store: OrgStore, recordId: string): OrgRecord[] {
    const record = store.get(recordId);
    if (!record) return [];
    const related = new Set([record.Id]);
    if (record.sobjectType === 'Account') {
        for (const child of [...store.list('Contact'), ...store.list('Case')]) {
            if (fieldText(child, 'AccountId') === record.Id) related.add(child.Id);
        }
    }
    return store
        .list('Task')
        .filter((task) => related.has(fieldText(task, 'WhoId')) || related.has(fieldText(task, 'WhatId')))
        .sort(
            (a, b) =>
                fieldText(b, 'CreatedDate').localeCompare(fieldText(a, 'CreatedDate')) ||
                b.Id.localeCompare(a.Id)
        );
}
