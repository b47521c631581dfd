import { MAX_DISPOSITION_LENGTH, MAX_NOTES_LENGTH } from '../bridge/protocol';

/** `Task.CallType` picklist values, as Salesforce spells them. */
export type TaskCallType = 'Inbound' | 'Outbound' | 'Internal';

/** Every `Task.CallType` value, in picklist order. */
export const TASK_CALL_TYPES: readonly TaskCallType[] = ['Inbound', 'Internal', 'Outbound'];

/** `Task.Subject` holds at most this many characters. */
export const TASK_SUBJECT_MAX_LENGTH = 255;
/** `Task.Description` (Comments) holds at most this many characters. */
export const TASK_DESCRIPTION_MAX_LENGTH = MAX_NOTES_LENGTH;
/** `Task.CallDisposition` holds at most this many characters. */
export const TASK_CALL_DISPOSITION_MAX_LENGTH = MAX_DISPOSITION_LENGTH;
/** `Softphone_Call_Quality__c` (Text on Activity) holds at most this many characters. */
export const TASK_CALL_QUALITY_MAX_LENGTH = 255;
/** `Task.CallObject`, the call id a log is keyed by, holds at most this many characters. */
export const TASK_CALL_OBJECT_MAX_LENGTH = 255;

/**
 * The fields of one call log, named as the `Task` fields they are written to. `CallObject` is not here: it is
 * the entry's `callId`. Optional fields that are absent are left as they are when an existing log is updated.
 *
 * @public
 */
export interface CallLogFields {
    readonly Subject: string;
    readonly CallType: TaskCallType;
    /** Talk time in whole seconds, 0 or more. */
    readonly CallDurationInSeconds: number;
    readonly CallDisposition?: string;
    /** The agent's notes; at most {@link TASK_DESCRIPTION_MAX_LENGTH} characters. */
    readonly Description?: string;
    /** A Contact (`003`) or Lead (`00Q`) id. */
    readonly WhoId?: string;
    /** Any other record the call was about (Account, Case, Opportunity, ...). */
    readonly WhatId?: string;
    /**
     * The call's quality summary (`MOS avg 4.31, worst 3.02; worst loss 6.5%`), in the softphone's custom
     * Activity field; the Apex service adds it to the description instead when the user cannot edit the field.
     */
    readonly Softphone_Call_Quality__c?: string;
    /** The day of the call in the agent's time zone, `YYYY-MM-DD`. */
    readonly ActivityDate: string;
    /** A call log is a finished activity. */
    readonly Status: 'Completed';
}
