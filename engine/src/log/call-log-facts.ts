import type { RecordRef } from '../cti';
import type { CallSnapshot } from '../session';
import type { CallFacts } from './build-call-log';
import { taskRelationFor } from './task-relation';

/**
 * What the call log records about a finished call: the related record is the one the agent chose (or the
 * caller matched), else the record they had open; talk time excludes hold.
 */
export function callLogFacts(
    call: CallSnapshot,
    displayNumber: string,
    openRecord: RecordRef | undefined
): CallFacts | undefined {
    if (call.callId === null || call.direction === null) return undefined;
    const related =
        call.relatedRecord ??
        (call.matchedRecords.length === 1 ? call.matchedRecords[0] : undefined) ??
        openRecord;
    const relation = related ? taskRelationFor(related) : {};
    const startedAt =
        call.timestamps.ringStartedAt ?? call.timestamps.dialStartedAt ?? call.timestamps.createdAt;
    return {
        callId: call.callId,
        direction: call.direction,
        displayNumber,
        ...(call.number === null ? {} : { phoneNumber: call.number }),
        startedAt,
        durationSeconds: Math.round(call.durations.talkMs / 1000),
        ...(call.disposition === null ? {} : { disposition: call.disposition }),
        ...(call.notes === '' ? {} : { notes: call.notes }),
        ...relation
    };
}
