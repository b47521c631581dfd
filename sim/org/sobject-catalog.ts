/** A field's kind, which decides how the console shows and edits it and which values it takes. */
export type FieldKind =
    | 'text'
    | 'textarea'
    | 'phone'
    | 'email'
    | 'picklist'
    | 'reference'
    | 'integer'
    | 'date'
    | 'datetime'
    | 'auto-number'
    | 'checkbox';

/** One field of an object, as the simulator's org knows it (a small subset of the real describe). */
export interface FieldDefinition {
    /** API name, e.g. `MobilePhone`. */
    readonly name: string;
    readonly label: string;
    readonly kind: FieldKind;
    /** Must have a value on insert. */
    readonly required?: boolean;
    /** Set by the org (Name of a person, CaseNumber, dates); a client cannot write it. */
    readonly system?: boolean;
    /** The objects a reference points at. */
    readonly referenceTo?: readonly string[];
    /** The values of a picklist. */
    readonly values?: readonly string[];
    readonly maxLength?: number;
}

/** An object of the simulator's org. */
export interface SObjectDefinition {
    readonly apiName: string;
    readonly label: string;
    readonly pluralLabel: string;
    /** The first three characters of its record Ids. */
    readonly keyPrefix: string;
    /** SLDS standard icon name (`standard-sprite`). */
    readonly icon: string;
    /** The field a record is called by: `Name`, or `CaseNumber` / `Subject` for objects without a name. */
    readonly titleField: string;
    /** Fields the console shows on the record page and the new-record form, in order. */
    readonly layout: readonly string[];
    readonly fields: readonly FieldDefinition[];
}

const SYSTEM_DATES: readonly FieldDefinition[] = [
    { name: 'CreatedDate', label: 'Created Date', kind: 'datetime', system: true },
    { name: 'LastModifiedDate', label: 'Last Modified Date', kind: 'datetime', system: true }
];

const PERSON_NAME: readonly FieldDefinition[] = [
    { name: 'FirstName', label: 'First Name', kind: 'text', maxLength: 40 },
    { name: 'LastName', label: 'Last Name', kind: 'text', required: true, maxLength: 80 },
    { name: 'Name', label: 'Name', kind: 'text', system: true }
];

/**
 * The objects of the simulator's org: the four a softphone layout searches (Account, Contact, Lead, Case) and
 * Task, where calls are logged. Field names, labels, key prefixes and lengths are Salesforce's; only the
 * fields a softphone touches are here.
 */
export const SOBJECTS: readonly SObjectDefinition[] = [
    {
        apiName: 'Account',
        label: 'Account',
        pluralLabel: 'Accounts',
        keyPrefix: '001',
        icon: 'account',
        titleField: 'Name',
        layout: ['Name', 'Phone', 'Industry', 'Website'],
        fields: [
            { name: 'Name', label: 'Account Name', kind: 'text', required: true, maxLength: 255 },
            { name: 'Phone', label: 'Phone', kind: 'phone', maxLength: 40 },
            {
                name: 'Industry',
                label: 'Industry',
                kind: 'picklist',
                values: ['Banking', 'Education', 'Healthcare', 'Manufacturing', 'Retail', 'Technology']
            },
            { name: 'Website', label: 'Website', kind: 'text', maxLength: 255 },
            { name: 'IsPersonAccount', label: 'Is Person Account', kind: 'checkbox', system: true },
            {
                name: 'PersonContactId',
                label: 'Person Contact',
                kind: 'reference',
                referenceTo: ['Contact'],
                system: true
            },
            ...SYSTEM_DATES
        ]
    },
    {
        apiName: 'Contact',
        label: 'Contact',
        pluralLabel: 'Contacts',
        keyPrefix: '003',
        icon: 'contact',
        titleField: 'Name',
        layout: ['FirstName', 'LastName', 'AccountId', 'Title', 'Phone', 'MobilePhone', 'Email'],
        fields: [
            ...PERSON_NAME,
            { name: 'AccountId', label: 'Account Name', kind: 'reference', referenceTo: ['Account'] },
            { name: 'Title', label: 'Title', kind: 'text', maxLength: 128 },
            { name: 'Phone', label: 'Phone', kind: 'phone', maxLength: 40 },
            { name: 'MobilePhone', label: 'Mobile', kind: 'phone', maxLength: 40 },
            { name: 'Email', label: 'Email', kind: 'email', maxLength: 80 },
            { name: 'IsPersonAccount', label: 'Is Person Account', kind: 'checkbox', system: true },
            ...SYSTEM_DATES
        ]
    },
    {
        apiName: 'Lead',
        label: 'Lead',
        pluralLabel: 'Leads',
        keyPrefix: '00Q',
        icon: 'lead',
        titleField: 'Name',
        layout: ['FirstName', 'LastName', 'Company', 'Status', 'Phone', 'MobilePhone', 'Email'],
        fields: [
            ...PERSON_NAME,
            { name: 'Company', label: 'Company', kind: 'text', required: true, maxLength: 255 },
            {
                name: 'Status',
                label: 'Lead Status',
                kind: 'picklist',
                values: ['Open - Not Contacted', 'Working - Contacted', 'Closed - Converted']
            },
            { name: 'Phone', label: 'Phone', kind: 'phone', maxLength: 40 },
            { name: 'MobilePhone', label: 'Mobile', kind: 'phone', maxLength: 40 },
            { name: 'Email', label: 'Email', kind: 'email', maxLength: 80 },
            ...SYSTEM_DATES
        ]
    },
    {
        apiName: 'Case',
        label: 'Case',
        pluralLabel: 'Cases',
        keyPrefix: '500',
        icon: 'case',
        titleField: 'CaseNumber',
        layout: ['CaseNumber', 'Subject', 'Status', 'Priority', 'ContactId', 'AccountId', 'SuppliedPhone'],
        fields: [
            { name: 'CaseNumber', label: 'Case Number', kind: 'auto-number', system: true },
            { name: 'Subject', label: 'Subject', kind: 'text', maxLength: 255 },
            {
                name: 'Status',
                label: 'Status',
                kind: 'picklist',
                values: ['New', 'Working', 'Escalated', 'Closed']
            },
            { name: 'Priority', label: 'Priority', kind: 'picklist', values: ['High', 'Medium', 'Low'] },
            { name: 'ContactId', label: 'Contact Name', kind: 'reference', referenceTo: ['Contact'] },
            { name: 'AccountId', label: 'Account Name', kind: 'reference', referenceTo: ['Account'] },
            { name: 'SuppliedPhone', label: 'Web Phone', kind: 'phone', maxLength: 40 },
            ...SYSTEM_DATES
        ]
    },
    {
        apiName: 'Task',
        label: 'Task',
        pluralLabel: 'Tasks',
        keyPrefix: '00T',
        icon: 'task',
        titleField: 'Subject',
        layout: [
            'Subject',
            'CallType',
            'CallDurationInSeconds',
            'CallDisposition',
            'Description',
            'WhoId',
            'WhatId',
            'ActivityDate',
            'Status',
            'CallObject',
            'Softphone_Call_Quality__c'
        ],
        fields: [
            { name: 'Subject', label: 'Subject', kind: 'text', maxLength: 255 },
            {
                name: 'CallType',
                label: 'Call Type',
                kind: 'picklist',
                values: ['Inbound', 'Internal', 'Outbound']
            },
            { name: 'CallDurationInSeconds', label: 'Call Duration', kind: 'integer' },
            { name: 'CallDisposition', label: 'Call Result', kind: 'text', maxLength: 255 },
            { name: 'CallObject', label: 'Call Object Identifier', kind: 'text', maxLength: 255 },
            { name: 'Description', label: 'Comments', kind: 'textarea', maxLength: 32000 },
            { name: 'WhoId', label: 'Name', kind: 'reference', referenceTo: ['Contact', 'Lead'] },
            { name: 'WhatId', label: 'Related To', kind: 'reference', referenceTo: ['Account', 'Case'] },
            { name: 'Softphone_Call_Quality__c', label: 'Call Quality', kind: 'text', maxLength: 255 },
            { name: 'ActivityDate', label: 'Due Date', kind: 'date' },
            {
                name: 'Status',
                label: 'Status',
                kind: 'picklist',
                values: ['Not Started', 'In Progress', 'Completed']
            },
            { name: 'TaskSubtype', label: 'Task Subtype', kind: 'text', system: true },
            ...SYSTEM_DATES
        ]
    }
];

/** The objects a console user opens from the navigation bar and creates records of. */
export const CONSOLE_OBJECTS: readonly string[] = ['Account', 'Contact', 'Lead', 'Case'];

/** The definition of an object, or `undefined` when the org has no such object. */
export function sobjectNamed(apiName: string): SObjectDefinition | undefined {
    return SOBJECTS.find((sobject) => sobject.apiName === apiName);
}

/** The object whose records have this Id's key prefix, or `undefined`. */
export function sobjectOfId(id: string): SObjectDefinition | undefined {
    const prefix = id.slice(0, 3);
    return SOBJECTS.find((sobject) => sobject.keyPrefix === prefix);
}

/** A field of an object, or `undefined`. */
export function fieldOf(sobject: SObjectDefinition, name: string): FieldDefinition | undefined {
    return sobject.fields.find((field) => field.name === name);
}

/** The phone fields of an object, in layout order. */
export function phoneFieldsOf(sobject: SObjectDefinition): readonly FieldDefinition[] {
    return sobject.fields.filter((field) => field.kind === 'phone');
}
