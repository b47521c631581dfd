/** A field value as the org stores it: text (dates and Ids included), a whole number, a checkbox, or nothing. */
export type FieldValue = string | number | boolean | null;

/**
 * A record of the simulator's org: its Id, its object's API name, and its fields by API name. Dates are
 * ISO text (`2026-01-15`, `2026-01-15T09:30:00.000Z`), as the Salesforce APIs give them.
 */
export interface OrgRecord {
    readonly Id: string;
    readonly sobjectType: string;
    readonly fields: Readonly<Record<string, FieldValue>>;
}

/** A field of a record as text for display and search; '' when it has no value. */
export function fieldText(record: OrgRecord, field: string): string {
    const value = record.fields[field];
    return value === null || value === undefined ? '' : String(value);
}

/**
 * The person-account fields Open CTI adds to a record's click-to-dial and navigation payloads: a person account
 * names its person contact, the person contact its account. Nothing for other records.
 */
export function personAccountPayload(record: OrgRecord): {
    personAccount?: true;
    contactId?: string;
    accountId?: string;
} {
    if (record.fields.IsPersonAccount !== true) return {};
    const other = record.sobjectType === 'Account' ? 'PersonContactId' : 'AccountId';
    const id = fieldText(record, other);
    const key = record.sobjectType === 'Account' ? 'contactId' : 'accountId';
    return { personAccount: true, ...(id === '' ? {} : { [key]: id }) };
}
