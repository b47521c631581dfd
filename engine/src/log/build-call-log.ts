import type { CallDirection } from '../bridge/protocol';
import type { LogObject } from '../settings';
import type { CallLogDraft } from './call-log-entry';
import {
    TASK_CALL_DISPOSITION_MAX_LENGTH,
    TASK_CALL_OBJECT_MAX_LENGTH,
    TASK_CALL_QUALITY_MAX_LENGTH,
    TASK_DESCRIPTION_MAX_LENGTH,
    TASK_SUBJECT_MAX_LENGTH
} from './call-log-fields';
import type { CallLogFields, TaskCallType } from './call-log-fields';
import { InvalidCallLogError } from './invalid-call-log-error';
import { salesforceIdProblem } from '../cti/salesforce-id';
import { describeValue, truncateWithMarker } from '../text';
import { isWhoId } from './task-relation';

/**
 * What the engine knows about a finished call, before it becomes a log.
 *
 * @public
 */
export interface CallFacts {
    /** The provider's unique call id (becomes `Task.CallObject`). */
    readonly callId: string;
    readonly direction: CallDirection;
    /** The other party's number as the agent saw it, e.g. `+1 415 555 0100`; used in the subject. */
    readonly displayNumber: string;
    /** The number as dialled or received (E.164 where known); the display form when absent. */
    readonly phoneNumber?: string;
    /** Epoch ms when the call started; gives `ActivityDate`. */
    readonly startedAt: number;
    /** Talk time in seconds. */
    readonly durationSeconds: number;
    readonly disposition?: string;
    /** The agent's notes. */
    readonly notes?: string;
    readonly whoId?: string;
    readonly whatId?: string;
    /** The call's quality summary line, when its audio was measured. */
    readonly quality?: string;
}

/**
 * Options for {@link buildCallLog}. The subject is data written to the org, not UI text, so it has English
 * defaults; an org that wants another wording passes its own.
 *
 * @public
 */
export interface CallLogBuildOptions {
    readonly logObject?: LogObject;
    /** Subject per direction; `{number}` is replaced by the display number. */
    readonly subjects?: Partial<Readonly<Record<CallDirection, string>>>;
    /** Put in place of `{number}` when the number is blank (a withheld caller id). */
    readonly unknownNumber?: string;
    /** IANA time zone for `ActivityDate`, e.g. the Salesforce user's; the runtime's own zone when absent. */
    readonly timeZone?: string;
}

/** The subjects used unless {@link CallLogBuildOptions.subjects} says otherwise. */
export const DEFAULT_CALL_LOG_SUBJECTS: Readonly<Record<CallDirection, string>> = {
    inbound: 'Inbound call from {number}',
    outbound: 'Outbound call to {number}'
};

/** Ends a text that was cut to fit `Task.Description`. */
export const DESCRIPTION_TRUNCATION_MARKER = '\n[Truncated by the softphone: the notes were too long.]';
/** Ends a short text (subject, disposition) that was cut to fit its field. */
export const SHORT_TEXT_TRUNCATION_MARKER = '…';

/** A value the builder had to shorten or leave out, and why: report it, the log is still written. */
export interface CallLogProblem {
    readonly field: keyof CallLogFields;
    readonly action: 'truncated' | 'omitted' | 'corrected';
    readonly reason: string;
}

/** The draft to enqueue and what had to be corrected on the way. */
export interface BuiltCallLog {
    readonly draft: CallLogDraft;
    readonly problems: readonly CallLogProblem[];
}

const CALL_TYPES: Readonly<Record<CallDirection, TaskCallType>> = {
    inbound: 'Inbound',
    outbound: 'Outbound'
};

/**
 * Turns the facts of a finished call into a call log draft, without side effects. Texts that are too long are
 * truncated with a marker, never dropped; an id that is not a Salesforce id (or a WhoId that is not a Contact
 * or Lead) is left out; each correction is listed in `problems`.
 *
 * @throws InvalidCallLogError when the call id is blank or longer than `Task.CallObject` allows: without it
 * the log could not be made idempotent.
 * @public
 */
export function buildCallLog(facts: CallFacts, options: CallLogBuildOptions = {}): BuiltCallLog {
    const callId = facts.callId.trim();
    if (callId === '') throw new InvalidCallLogError('A call log needs the call id (Task.CallObject).');
    if (callId.length > TASK_CALL_OBJECT_MAX_LENGTH) {
        throw new InvalidCallLogError(
            `The call id is ${callId.length} characters long; Task.CallObject holds ${TASK_CALL_OBJECT_MAX_LENGTH}.`
        );
    }
    if (!Number.isFinite(facts.startedAt)) {
        throw new InvalidCallLogError(`The call's start time ${String(facts.startedAt)} is not a time.`);
    }
    const problems: CallLogProblem[] = [];
    const shortText = (
        field: 'Subject' | 'CallDisposition' | 'Softphone_Call_Quality__c',
        value: string,
        max: number
    ): string => {
        const cut = truncateWithMarker(value, max, SHORT_TEXT_TRUNCATION_MARKER);
        if (cut.removed > 0) {
            problems.push({ field, action: 'truncated', reason: `longer than ${max} characters` });
        }
        return cut.text;
    };

    const number = facts.displayNumber.trim() || (options.unknownNumber ?? 'an unknown number');
    const template = options.subjects?.[facts.direction] ?? DEFAULT_CALL_LOG_SUBJECTS[facts.direction];
    const subject = shortText('Subject', template.split('{number}').join(number), TASK_SUBJECT_MAX_LENGTH);

    let duration = facts.durationSeconds;
    if (!Number.isFinite(duration) || duration < 0) {
        problems.push({
            field: 'CallDurationInSeconds',
            action: 'corrected',
            reason: `${String(duration)} is not a duration; 0 was logged`
        });
        duration = 0;
    }

    const disposition = facts.disposition?.trim();
    const notes = facts.notes?.trim();
    let description: string | undefined;
    if (notes) {
        const cut = truncateWithMarker(notes, TASK_DESCRIPTION_MAX_LENGTH, DESCRIPTION_TRUNCATION_MARKER);
        if (cut.removed > 0) {
            problems.push({
                field: 'Description',
                action: 'truncated',
                reason: `${cut.removed} characters over the ${TASK_DESCRIPTION_MAX_LENGTH}-character limit were cut`
            });
        }
        description = cut.text;
    }

    const quality = facts.quality?.trim();
    const whoId = checkedId('WhoId', facts.whoId, problems);
    const whatId = checkedId('WhatId', facts.whatId, problems);

    const fields: CallLogFields = {
        Subject: subject,
        CallType: CALL_TYPES[facts.direction],
        CallDurationInSeconds: Math.round(duration),
        ...(disposition
            ? { CallDisposition: shortText('CallDisposition', disposition, TASK_CALL_DISPOSITION_MAX_LENGTH) }
            : {}),
        ...(description !== undefined ? { Description: description } : {}),
        ...(whoId !== undefined ? { WhoId: whoId } : {}),
        ...(whatId !== undefined ? { WhatId: whatId } : {}),
        ...(quality
            ? {
                  Softphone_Call_Quality__c: shortText(
                      'Softphone_Call_Quality__c',
                      quality,
                      TASK_CALL_QUALITY_MAX_LENGTH
                  )
              }
            : {}),
        ActivityDate: activityDate(facts.startedAt, options.timeZone, problems),
        Status: 'Completed'
    };
    return {
        draft: {
            callId,
            logObject: options.logObject ?? 'Task',
            phoneNumber: facts.phoneNumber?.trim() || facts.displayNumber.trim(),
            fields
        },
        problems
    };
}

/** The id when it is fit for the field; otherwise undefined, with the reason added to `problems`. */
function checkedId(
    field: 'WhoId' | 'WhatId',
    value: string | undefined,
    problems: CallLogProblem[]
): string | undefined {
    const id = value?.trim();
    if (!id) return undefined;
    const problem = salesforceIdProblem(id);
    if (problem !== undefined) {
        problems.push({ field, action: 'omitted', reason: `${describeValue(id)} ${problem}` });
        return undefined;
    }
    const isWho = isWhoId(id);
    if (field === 'WhoId' && !isWho) {
        problems.push({ field, action: 'omitted', reason: `${id} is not a Contact or Lead id` });
        return undefined;
    }
    if (field === 'WhatId' && isWho) {
        problems.push({
            field,
            action: 'omitted',
            reason: `${id} is a Contact or Lead id; it belongs in WhoId`
        });
        return undefined;
    }
    return id;
}

/** `YYYY-MM-DD` of `epochMs` in `timeZone` (or the runtime's zone); falls back to UTC on a bad zone. */
function activityDate(epochMs: number, timeZone: string | undefined, problems: CallLogProblem[]): string {
    const format = (zone: string | undefined): string => {
        const parts = new Intl.DateTimeFormat('en-US', {
            year: 'numeric',
            month: '2-digit',
            day: '2-digit',
            ...(zone !== undefined ? { timeZone: zone } : {})
        }).formatToParts(new Date(epochMs));
        const part = (type: Intl.DateTimeFormatPartTypes): string =>
            parts.find((candidate) => candidate.type === type)?.value ?? '';
        return `${part('year')}-${part('month')}-${part('day')}`;
    };
    try {
        return format(timeZone);
    } catch {
        problems.push({
            field: 'ActivityDate',
            action: 'corrected',
            reason: `unknown time zone "${String(timeZone)}"; the date was taken in UTC`
        });
        return format('UTC');
    }
}
