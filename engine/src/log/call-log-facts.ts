import { presentFields } from '../object';
import type { CallLink, CallLinkKind, CallSnapshot } from '../session';
import { qualitySummaryLine } from '../telephony/quality/call-quality';
import type { CallFacts } from './build-call-log';
import { taskRelationFor } from './task-relation';

/** How the call log's description names another party of the call (data written to the org, in English). */
const LINK_TEXT: Readonly<Record<CallLinkKind, string>> = {
    'transferred-to': 'Transferred to {number}.',
    'took-transfer-of': 'Consulted; the caller {number} was transferred to this party.',
    'conference-with': 'Conference with {number}.'
};

/** The agent's notes after one line per party the call was transferred to or conferenced with. */
function notesWithLinks(notes: string, links: readonly CallLink[]): string {
    const lines = links.map((link) => LINK_TEXT[link.kind].replace('{number}', link.number));
    return [...lines, ...(notes === '' ? [] : [lines.length > 0 ? `\n${notes}` : notes])].join('\n');
}

/**
 * What the call log records about a finished call: related to the call's record (the one chosen for this call,
 * which the wrap-up shows; see the admin guide's relation rule), else to nothing; talk time excludes hold.
 */
export function callLogFacts(call: CallSnapshot, displayNumber: string): CallFacts | undefined {
    if (call.callId === null || call.direction === null) return undefined;
    const relation = call.relatedRecord ? taskRelationFor(call.relatedRecord) : {};
    const notes = notesWithLinks(call.notes, call.links);
    const startedAt =
        call.timestamps.ringStartedAt ?? call.timestamps.dialStartedAt ?? call.timestamps.createdAt;
    return {
        callId: call.callId,
        direction: call.direction,
        displayNumber,
        ...presentFields({ phoneNumber: call.number }),
        startedAt,
        durationSeconds: Math.round(call.durations.talkMs / 1000),
        ...presentFields({ disposition: call.disposition }),
        ...(notes === '' ? {} : { notes }),
        ...presentFields({ quality: call.qualitySummary && qualitySummaryLine(call.qualitySummary) }),
        ...relation
    };
}
