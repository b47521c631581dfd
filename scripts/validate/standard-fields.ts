/**
 * The standard sObject fields the sample data may set, per object, as listed in Salesforce's Object Reference
 * (Account, Contact, Case, Lead) and the Field Reference: each is a standard field that is createable through the
 * API in every edition org:setup uses (Enterprise with Service Cloud). `@salesforce/types` and the CLI's
 * source-deploy-retrieve registry describe metadata types, not standard object fields, so this short list is kept
 * by hand; add a field here only after checking it in the Object Reference.
 *
 * `reference` fields name the object they point to: their value in a tree file must be a `@<ref>` to a record
 * of that object saved earlier in the import. `phone` fields must hold a phone number.
 */
export type FieldKind = 'text' | 'phone' | 'email' | 'picklist' | { readonly reference: string };

export const STANDARD_FIELDS: Readonly<Record<string, Readonly<Record<string, FieldKind>>>> = {
    Account: {
        Name: 'text',
        Phone: 'phone',
        Fax: 'phone',
        Industry: 'picklist',
        Type: 'picklist',
        Website: 'text',
        Description: 'text',
        BillingStreet: 'text',
        BillingCity: 'text',
        BillingState: 'text',
        BillingPostalCode: 'text',
        BillingCountry: 'text',
        ParentId: { reference: 'Account' }
    },
    Contact: {
        FirstName: 'text',
        LastName: 'text',
        Title: 'text',
        Phone: 'phone',
        MobilePhone: 'phone',
        HomePhone: 'phone',
        OtherPhone: 'phone',
        Email: 'email',
        Department: 'text',
        AccountId: { reference: 'Account' }
    },
    Case: {
        Subject: 'text',
        Description: 'text',
        Status: 'picklist',
        Origin: 'picklist',
        Priority: 'picklist',
        Type: 'picklist',
        SuppliedName: 'text',
        SuppliedEmail: 'email',
        SuppliedPhone: 'phone',
        AccountId: { reference: 'Account' },
        ContactId: { reference: 'Contact' }
    },
    Lead: {
        FirstName: 'text',
        LastName: 'text',
        Company: 'text',
        Title: 'text',
        Phone: 'phone',
        MobilePhone: 'phone',
        Email: 'email',
        LeadSource: 'picklist',
        Status: 'picklist',
        Industry: 'picklist'
    }
};

/** The standard Industry picklist (one standard value set shared by Account and Lead). */
const INDUSTRY: readonly string[] = [
    'Agriculture',
    'Apparel',
    'Banking',
    'Biotechnology',
    'Chemicals',
    'Communications',
    'Construction',
    'Consulting',
    'Education',
    'Electronics',
    'Energy',
    'Engineering',
    'Entertainment',
    'Environmental',
    'Finance',
    'Food & Beverage',
    'Government',
    'Healthcare',
    'Hospitality',
    'Insurance',
    'Machinery',
    'Manufacturing',
    'Media',
    'Not For Profit',
    'Recreation',
    'Retail',
    'Shipping',
    'Technology',
    'Telecommunications',
    'Transportation',
    'Utilities',
    'Other'
];

/**
 * Values of the standard picklists the sample data uses that Salesforce ships in every new org (scratch orgs
 * included), from the Object Reference's picklist values; a value outside these may not exist in the org.
 */
export const STANDARD_PICKLIST_VALUES: Readonly<Record<string, readonly string[]>> = {
    'Account.Type': [
        'Prospect',
        'Customer - Direct',
        'Customer - Channel',
        'Channel Partner / Reseller',
        'Installation Partner',
        'Technology Partner',
        'Other'
    ],
    'Account.Industry': INDUSTRY,
    'Lead.Industry': INDUSTRY,
    'Case.Status': ['New', 'Working', 'Escalated', 'Closed'],
    'Case.Origin': ['Phone', 'Email', 'Web'],
    'Case.Priority': ['High', 'Medium', 'Low'],
    'Case.Type': ['Mechanical', 'Electrical', 'Electronic', 'Structural', 'Other'],
    'Lead.LeadSource': ['Web', 'Phone Inquiry', 'Partner Referral', 'Purchased List', 'Other'],
    'Lead.Status': [
        'Open - Not Contacted',
        'Working - Contacted',
        'Closed - Converted',
        'Closed - Not Converted'
    ]
};
