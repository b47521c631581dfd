import type { CallSnapshot } from '../session';
import type { CallFacts } from './build-call-log';
import { taskRelationFor } from './task-relation';

/**
 * What the call log records about a finished call: related to the call's record (the one chosen for this call,
 * which the wrap-up shows; see the admin guide's relation rule), else to nothing; talk time excludes hold.
 */
export function callLogFacts(call: CallSnapshot, displayNumber: string): CallFacts | undefined {
    if (call.callId === null || call.direction === null) return undefined;
    const relation = call.relatedRecord ? taskRelationFor(call.relatedRecord) : {};
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
