/**
 * The standard report types the project's reports may use, with the columns each offers, kept by hand: neither
 * `@salesforce/types` nor the CLI's source-deploy-retrieve registry describes report types, and nothing offline
 * can ask an org. Add a report type or column here only after checking it in an org (Setup > Report Types, or
 * the Analytics REST API `describe` of a report of that type).
 *
 * `Activity` is the standard "Tasks and Events" report type. Its detail columns DUE_DATE, ACCOUNT, OPPORTUNITY,
 * CONTACT, SUBJECT, ASSIGNED, PRIORITY, STATUS, TASK, LEAD and TASK_TYPE are the names the Analytics API uses.
 * The call columns follow the same naming for the Task call fields (Task.CallType → CALLTYPE,
 * Task.CallDurationInSeconds "Call Duration" → CALLDURATION, Task.CallDisposition "Call Result" →
 * CALLDISPOSITION, Task.CallObject → CALLOBJECT); they could not be confirmed against an org offline, so the
 * admin guide asks the first deploy to confirm them (a wrong column fails the deploy by name).
 */
export interface ReportTypeColumns {
    /** Columns that can be shown, grouped and filtered on. */
    readonly columns: ReadonlySet<string>;
    /** Columns that hold a date (a date grouping or time frame filter needs one). */
    readonly dateColumns: ReadonlySet<string>;
    /** Columns that hold a number (only these take Sum, Average, Minimum, Maximum). */
    readonly numberColumns: ReadonlySet<string>;
}

export const REPORT_TYPES: Readonly<Record<string, ReportTypeColumns>> = {
    Activity: {
        columns: new Set([
            'ACCOUNT',
            'ASSIGNED',
            'CALLDISPOSITION',
            'CALLDURATION',
            'CALLOBJECT',
            'CALLTYPE',
            'CONTACT',
            'DUE_DATE',
            'LEAD',
            'OPPORTUNITY',
            'PRIORITY',
            'STATUS',
            'SUBJECT',
            'TASK',
            'TASK_TYPE'
        ]),
        dateColumns: new Set(['DUE_DATE']),
        numberColumns: new Set(['CALLDURATION'])
    }
};

/** The chart and dashboard summary that counts records rather than summarising a column. */
export const ROW_COUNT = 'RowCount';
