import type { CallView, RecentCallView, RecordView } from '../bridge';
import type { RecordRef } from '../cti';
import { formatForDisplay } from '../phone';
import type { CallSnapshot } from '../session';
import { definedFields, presentFields } from '../object';

function recordView(record: RecordRef): RecordView {
    return {
        id: record.id,
        ...definedFields({ name: record.name, objectType: record.objectType })
    };
}

/** How the number reads for the agent: national for the default country, international otherwise. */
export function displayNumber(number: string, defaultCountry: string): string {
    return number.startsWith('+') ? formatForDisplay(number, defaultCountry) || number : number;
}

/**
 * The call on screen, from the session's snapshot. `shownNumber` is how its number reads when already known
 * (formatting reparses the number), else it is formatted here.
 */
export function toCallView(
    call: CallSnapshot,
    defaultCountry: string,
    wrapUpSeconds: number,
    shownNumber?: string,
    openRecord?: RecordRef
): CallView | undefined {
    if (call.callId === null || call.direction === null || call.number === null) return undefined;
    const { timestamps } = call;
    const startedAt = timestamps.ringStartedAt ?? timestamps.dialStartedAt ?? timestamps.createdAt;
    const wrapUpEndsAt =
        timestamps.wrapUpStartedAt !== null && wrapUpSeconds > 0
            ? timestamps.wrapUpStartedAt + wrapUpSeconds * 1000
            : undefined;
    return {
        id: call.callId,
        direction: call.direction,
        state: call.state,
        number: call.number,
        displayNumber: shownNumber ?? displayNumber(call.number, defaultCountry),
        ...presentFields({ displayName: call.displayName, progress: call.progress }),
        muted: call.muted,
        startedAt,
        ...presentFields({ connectedAt: timestamps.connectedAt, holdStartedAt: timestamps.holdStartedAt }),
        heldTotalMs: Math.max(
            0,
            call.durations.holdMs -
                (timestamps.holdStartedAt === null ? 0 : call.capturedAt - timestamps.holdStartedAt)
        ),
        ...presentFields({
            wrapUpStartedAt: timestamps.wrapUpStartedAt,
            wrapUpEndsAt,
            endedAt: timestamps.endedAt,
            endCause: call.endCause
        }),
        matches: call.matchedRecords.map(recordView),
        ...presentFields({
            relatedRecord: call.relatedRecord && recordView(call.relatedRecord),
            openRecord: openRecord && recordView(openRecord)
        }),
        notes: call.notes,
        ...presentFields({ disposition: call.disposition }),
        // What the agent hears about is the call going on now, not a reading taken before a hold.
        ...(call.quality === null || call.state !== 'connected'
            ? {}
            : {
                  quality: {
                      level: call.quality.level,
                      ...presentFields({ reason: call.quality.reason }),
                      mos: call.quality.mos
                  }
              })
    };
}

/** A finished call for the recent-calls list. */
export function toRecentCallView(call: CallSnapshot, defaultCountry: string): RecentCallView | undefined {
    const view = toCallView(call, defaultCountry, 0);
    if (!view) return undefined;
    return {
        id: view.id,
        direction: view.direction,
        state: view.state,
        number: view.number,
        displayNumber: view.displayNumber,
        ...definedFields({ displayName: view.displayName }),
        startedAt: view.startedAt,
        talkSeconds: Math.round(call.durations.talkMs / 1000),
        ...definedFields({ endCause: view.endCause })
    };
}
