import type { CallLogEntry } from './call-log-entry';
import { TASK_CALL_TYPES } from './call-log-fields';
import type { CallLogFields } from './call-log-fields';
import { messageOf } from '../errors';
import { isRecord } from '../object';

/** Version of the stored JSON shape; a new shape gets a new storage key as well. */
export const STORED_CALL_LOGS_VERSION = 1;

/** What {@link readStoredCallLogs} found in a stored text. */
export interface StoredCallLogs {
    readonly entries: readonly CallLogEntry[];
    /** Why (part of) the text could not be read, or undefined when all of it was. */
    readonly problem?: string;
}

/** The JSON text a store keeps: `{ "version": 1, "entries": [...] }`. */
export function serializeCallLogs(entries: readonly CallLogEntry[]): string {
    return JSON.stringify({ version: STORED_CALL_LOGS_VERSION, entries });
}

/**
 * Reads a text written by {@link serializeCallLogs}. Never throws: text that is not JSON or not of this
 * shape yields no entries and a problem; an array with some unreadable entries yields the readable ones
 * and a problem that counts the others.
 */
export function readStoredCallLogs(text: string): StoredCallLogs {
    let parsed: unknown;
    try {
        parsed = JSON.parse(text);
    } catch (error) {
        return { entries: [], problem: `the stored call logs are not JSON (${messageOf(error)})` };
    }
    if (
        !isRecord(parsed) ||
        parsed['version'] !== STORED_CALL_LOGS_VERSION ||
        !Array.isArray(parsed['entries'])
    ) {
        return {
            entries: [],
            problem: `the stored call logs are not version ${STORED_CALL_LOGS_VERSION} data`
        };
    }
    const raw: unknown[] = parsed['entries'];
    const entries = raw.map(toEntry).filter((entry): entry is CallLogEntry => entry !== undefined);
    const unreadable = raw.length - entries.length;
    return unreadable === 0
        ? { entries }
        : { entries, problem: `${unreadable} of ${raw.length} stored call logs could not be read` };
}

const isFiniteNumber = (value: unknown): value is number =>
    typeof value === 'number' && Number.isFinite(value);
const isOptionalString = (value: unknown): value is string | undefined =>
    value === undefined || typeof value === 'string';

function toFields(value: unknown): CallLogFields | undefined {
    if (!isRecord(value)) return undefined;
    const {
        Subject,
        CallType,
        CallDurationInSeconds,
        CallDisposition,
        Description,
        WhoId,
        WhatId,
        ActivityDate,
        Softphone_Call_Quality__c: quality
    } = value;
    if (
        typeof Subject !== 'string' ||
        !TASK_CALL_TYPES.some((type) => type === CallType) ||
        !isFiniteNumber(CallDurationInSeconds) ||
        typeof ActivityDate !== 'string' ||
        value['Status'] !== 'Completed' ||
        !isOptionalString(CallDisposition) ||
        !isOptionalString(Description) ||
        !isOptionalString(WhoId) ||
        !isOptionalString(WhatId) ||
        !isOptionalString(quality)
    ) {
        return undefined;
    }
    return {
        Subject,
        CallType: CallType as CallLogFields['CallType'],
        CallDurationInSeconds,
        ...(CallDisposition !== undefined ? { CallDisposition } : {}),
        ...(Description !== undefined ? { Description } : {}),
        ...(WhoId !== undefined ? { WhoId } : {}),
        ...(WhatId !== undefined ? { WhatId } : {}),
        ...(quality !== undefined ? { Softphone_Call_Quality__c: quality } : {}),
        ActivityDate,
        Status: 'Completed'
    };
}

function toEntry(value: unknown): CallLogEntry | undefined {
    if (!isRecord(value)) return undefined;
    const {
        callId,
        logObject,
        phoneNumber,
        attempts,
        nextAttemptAt,
        lastError,
        createdAt,
        updatedAt,
        revision,
        // Stored before the rename (same meaning): a provisional log was called "held".
        provisional = value['held'],
        provisionalUntil = value['heldUntil']
    } = value;
    const fields = toFields(value['fields']);
    if (
        typeof callId !== 'string' ||
        callId === '' ||
        (logObject !== 'Task' && logObject !== 'VoiceCall') ||
        typeof phoneNumber !== 'string' ||
        fields === undefined ||
        !isFiniteNumber(attempts) ||
        !isFiniteNumber(nextAttemptAt) ||
        (lastError !== null && typeof lastError !== 'string') ||
        !isFiniteNumber(createdAt) ||
        !isFiniteNumber(updatedAt) ||
        !isFiniteNumber(revision) ||
        (provisional !== undefined && typeof provisional !== 'boolean') ||
        (provisionalUntil !== undefined && !isFiniteNumber(provisionalUntil))
    ) {
        return undefined;
    }
    return {
        callId,
        logObject,
        phoneNumber,
        fields,
        attempts,
        nextAttemptAt,
        lastError,
        createdAt,
        updatedAt,
        revision,
        ...(provisional === true ? { provisional } : {}),
        ...(provisional === true && typeof provisionalUntil === 'number' ? { provisionalUntil } : {})
    };
}
