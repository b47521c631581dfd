import { salesforceIdProblem, toEighteenCharacterId } from '../../engine/src/cti/salesforce-id';
import {
    CALL_LOG_APEX_CLASS,
    CALL_LOG_APEX_METHOD,
    CALL_LOG_APEX_PARAM,
    CALL_LOG_REQUEST_KEYS,
    CALL_LOG_REQUEST_VERSION,
    TASK_CALL_DISPOSITION_MAX_LENGTH,
    TASK_CALL_OBJECT_MAX_LENGTH,
    TASK_CALL_QUALITY_MAX_LENGTH,
    TASK_CALL_TYPES,
    TASK_DESCRIPTION_MAX_LENGTH,
    TASK_SUBJECT_MAX_LENGTH
} from '../../engine/src/log';
import { OrgError } from './org-error';
import type { FieldValue } from './org-record';
import type { OrgStore } from './org-store';
import { sobjectOfId } from './sobject-catalog';

/** The Apex class and method the softphone's call logs go to, and the method's one parameter. */
export const CALL_LOG_SERVICE = {
    apexClass: CALL_LOG_APEX_CLASS,
    methodName: CALL_LOG_APEX_METHOD,
    param: CALL_LOG_APEX_PARAM
} as const;

/** `SoftphoneCallLogService.CallLogException`: the request is wrong, or the save failed. */
export class CallLogException extends Error {
    constructor(message: string) {
        super(message);
        this.name = 'CallLogException';
        Object.setPrototypeOf(this, new.target.prototype);
    }
}

/** A text field of Task the service checks against no limit of its own (Status, an Id, ActivityDate). */
const SHORT_TEXT_MAX_LENGTH = 255;
const COMPLETED_STATUS = 'Completed';
const KNOWN_KEYS: readonly string[] = CALL_LOG_REQUEST_KEYS;
const CALL_TYPES: readonly string[] = TASK_CALL_TYPES;
const WHO_OBJECTS = ['Contact', 'Lead'];
const INTEGER_MAX = 2 ** 31 - 1;

/** Apex's `String.abbreviate(40)`: at most 40 characters, ending in `...` when cut. */
function abbreviate(text: string): string {
    return text.length <= 40 ? text : `${text.slice(0, 37)}...`;
}

/** Apex's `String.valueOf` of what `JSON.deserializeUntyped` gave. */
function apexString(value: unknown): string {
    return value === null || value === undefined
        ? 'null'
        : typeof value === 'object'
          ? JSON.stringify(value)
          : String(value);
}

function readJsonObject(callLog: string | undefined): Record<string, unknown> {
    if (callLog === undefined || callLog.trim() === '') {
        throw new CallLogException('The call log is empty: send callLog=<JSON> in methodParams.');
    }
    let text = callLog.trim();
    if (text.toUpperCase().startsWith('%7B')) text = decodeURIComponent(text.replace(/\+/g, ' '));
    let parsed: unknown;
    try {
        parsed = JSON.parse(text);
    } catch (error) {
        throw new CallLogException(
            `The call log is not valid JSON: ${error instanceof Error ? error.message : String(error)}`
        );
    }
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
        throw new CallLogException('The call log must be a JSON object.');
    }
    return parsed as Record<string, unknown>;
}

function readText(values: Record<string, unknown>, key: string, maxLength: number): string | undefined {
    const value = values[key];
    if (value === null || value === undefined || (typeof value === 'string' && value.trim() === '')) {
        return undefined;
    }
    if (typeof value !== 'string') throw new CallLogException(`${key} must be text.`);
    const text = value.trim();
    if (text.length > maxLength) {
        throw new CallLogException(
            `${key} is ${text.length} characters long; it may have at most ${maxLength}.`
        );
    }
    return text;
}

function readRequiredText(values: Record<string, unknown>, key: string, maxLength: number): string {
    const text = readText(values, key, maxLength);
    if (text === undefined) throw new CallLogException(`${key} is required.`);
    return text;
}

function readDuration(values: Record<string, unknown>): number {
    const value = values.CallDurationInSeconds;
    if (typeof value !== 'number' || !Number.isInteger(value) || value < 0 || value > INTEGER_MAX) {
        throw new CallLogException(
            `CallDurationInSeconds must be a whole number of 0 or more, got ${apexString(value)}.`
        );
    }
    return value;
}

function readId(values: Record<string, unknown>, key: string): string | undefined {
    const text = readText(values, key, SHORT_TEXT_MAX_LENGTH);
    if (text === undefined) return undefined;
    if ((text.length !== 15 && text.length !== 18) || salesforceIdProblem(text) !== undefined) {
        throw new CallLogException(
            `${key} must be a 15- or 18-character Salesforce Id, got "${abbreviate(text)}".`
        );
    }
    return toEighteenCharacterId(text);
}

function describeId(id: string): string {
    return `${id} (${sobjectOfId(id)?.apiName ?? 'unknown object'})`;
}

function checkLinks(whoId: string | undefined, whatId: string | undefined): void {
    const isWho = (id: string): boolean => WHO_OBJECTS.includes(sobjectOfId(id)?.apiName ?? '');
    if (whoId !== undefined && !isWho(whoId)) {
        throw new CallLogException(`WhoId must be a Contact or Lead Id, got ${describeId(whoId)}.`);
    }
    if (whatId !== undefined && (isWho(whatId) || sobjectOfId(whatId) === undefined)) {
        throw new CallLogException(
            `WhatId must be the Id of a record other than a Contact or Lead, got ${describeId(whatId)}.`
        );
    }
}

function readDate(values: Record<string, unknown>): string {
    const text = readRequiredText(values, 'ActivityDate', SHORT_TEXT_MAX_LENGTH);
    const parts = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
    if (parts) {
        const [year, month, day] = [Number(parts[1]), Number(parts[2]), Number(parts[3])];
        const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
        if (year >= 1700 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth) return text;
    }
    throw new CallLogException(`ActivityDate must be a date written YYYY-MM-DD, got "${abbreviate(text)}".`);
}

/** The Task fields one request sets; absent optional fields are left out, so an update keeps them. */
function parseRequest(callLog: string | undefined): {
    callObject: string;
    fields: Record<string, FieldValue>;
} {
    const values = readJsonObject(callLog);
    for (const key of Object.keys(values)) {
        if (!KNOWN_KEYS.includes(key)) {
            throw new CallLogException(
                `Unknown call log field "${abbreviate(key)}". Known fields: ${KNOWN_KEYS.join(', ')}.`
            );
        }
    }
    const version = values.version;
    if (version !== CALL_LOG_REQUEST_VERSION) {
        throw new CallLogException(
            `The call log request version must be ${CALL_LOG_REQUEST_VERSION}, got ${apexString(version)}.`
        );
    }
    const callObject = readRequiredText(values, 'CallObject', TASK_CALL_OBJECT_MAX_LENGTH);
    const subject = readRequiredText(values, 'Subject', TASK_SUBJECT_MAX_LENGTH);
    const callType = readRequiredText(values, 'CallType', SHORT_TEXT_MAX_LENGTH);
    if (!CALL_TYPES.includes(callType)) {
        throw new CallLogException(
            `CallType must be Inbound, Outbound or Internal, got "${abbreviate(callType)}".`
        );
    }
    const duration = readDuration(values);
    const disposition = readText(values, 'CallDisposition', TASK_CALL_DISPOSITION_MAX_LENGTH);
    const description = readText(values, 'Description', TASK_DESCRIPTION_MAX_LENGTH);
    const whoId = readId(values, 'WhoId');
    const whatId = readId(values, 'WhatId');
    checkLinks(whoId, whatId);
    const quality = readText(values, 'Softphone_Call_Quality__c', TASK_CALL_QUALITY_MAX_LENGTH);
    const activityDate = readDate(values);
    const status = readText(values, 'Status', SHORT_TEXT_MAX_LENGTH);
    if (status !== undefined && status !== COMPLETED_STATUS) {
        throw new CallLogException(`Status must be Completed, got "${abbreviate(status)}".`);
    }
    return {
        callObject,
        fields: {
            CallObject: callObject,
            Subject: subject,
            CallType: callType,
            CallDurationInSeconds: duration,
            ActivityDate: activityDate,
            Status: COMPLETED_STATUS,
            ...(disposition === undefined ? {} : { CallDisposition: disposition }),
            ...(description === undefined ? {} : { Description: description }),
            ...(whoId === undefined ? {} : { WhoId: whoId }),
            ...(whatId === undefined ? {} : { WhatId: whatId }),
            ...(quality === undefined ? {} : { Softphone_Call_Quality__c: quality })
        }
    };
}

/**
 * `SoftphoneCallLogService.saveCallLog(String callLog)` against the simulator's org, rule for rule as the
 * Apex class in `force-app/main/default/classes` does it: the JSON request is checked field by field with
 * the same messages, then the Task with the same `CallObject` (compared exactly, the oldest if several) is
 * updated with the fields the request carries, or a new Task is inserted. One Task per call, however often
 * the softphone retries. The simulator has one user, so "the running user's Task" is any Task.
 *
 * @param callLog - the `callLog` parameter as `runApex` decoded it from `methodParams`
 * @returns the Task's 18-character Id
 * @throws CallLogException with the Apex class's message when the request is invalid or the save fails
 */
export function saveCallLog(store: OrgStore, callLog: string | undefined): string {
    const request = parseRequest(callLog);
    const existing = store
        .list('Task')
        .filter((task) => task.fields.CallObject === request.callObject)
        .sort((a, b) => String(a.fields.CreatedDate).localeCompare(String(b.fields.CreatedDate)))[0];
    try {
        return existing
            ? store.update(existing.Id, request.fields).Id
            : store.insert('Task', request.fields).Id;
    } catch (error) {
        if (error instanceof OrgError) {
            throw new CallLogException(`Could not save the call log: ${error.message}`);
        }
        throw error;
    }
}
