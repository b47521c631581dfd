/** A call type as `sforce.opencti.CALL_TYPE` values name it. */
export type LayoutCallType = 'inbound' | 'outbound' | 'internal';

/** What an inbound `searchAndScreenPop` pops when nothing matches. */
export type NoMatchPop =
    | { readonly kind: 'none' }
    | { readonly kind: 'search' }
    | { readonly kind: 'new-record'; readonly entityName: string };

/**
 * The softphone layout the console uses (Setup > Softphone Layouts in an org): which objects
 * `searchAndScreenPop` searches per call type, and the screen-pop settings for inbound calls. Outbound and
 * internal searches never pop.
 */
export interface SoftphoneLayout {
    readonly searchObjects: Readonly<Record<LayoutCallType, readonly string[]>>;
    /** One match: pop its record, or nothing. */
    readonly singleMatch: 'record' | 'none';
    /** Several matches: pop the search page, or nothing. */
    readonly multipleMatches: 'search' | 'none';
    readonly noMatch: NoMatchPop;
    /** Fields of each object a search result carries besides `Id`, `Name` and `RecordType`. */
    readonly displayFields: Readonly<Record<string, readonly string[]>>;
}

/** Like Salesforce's default layout: people, accounts and cases searched; matches popped; none: search. */
export const DEFAULT_SOFTPHONE_LAYOUT: SoftphoneLayout = {
    searchObjects: {
        inbound: ['Account', 'Contact', 'Lead', 'Case'],
        outbound: ['Account', 'Contact', 'Lead', 'Case'],
        internal: ['Contact']
    },
    singleMatch: 'record',
    multipleMatches: 'search',
    noMatch: { kind: 'search' },
    displayFields: {
        Account: ['Phone'],
        Contact: ['Phone', 'MobilePhone', 'AccountId'],
        Lead: ['Phone', 'MobilePhone', 'Company'],
        Case: ['CaseNumber', 'Subject', 'ContactId', 'AccountId']
    }
};
