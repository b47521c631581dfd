import type { RecordRef } from '../cti';
import type { CallEndCause, CallProgress } from '../telephony';
import type { CallDirection } from '../bridge/protocol';
import type { CallLink } from './call-event';
import type { QualitySummary } from '../telephony';
import type { CallQualityNow, CallSessionData, WrapUpClosedBy } from './call-session-data';
import { copyRecordRef } from './copy-record-ref';
import { CallState, isTerminalCallState } from './call-state';

/** When things happened, in epoch ms; `null` when they have not. @public */
export interface CallSnapshotTimestamps {
    readonly createdAt: number;
    readonly updatedAt: number;
    readonly ringStartedAt: number | null;
    readonly dialStartedAt: number | null;
    readonly connectedAt: number | null;
    readonly holdStartedAt: number | null;
    readonly disconnectedAt: number | null;
    readonly wrapUpStartedAt: number | null;
    readonly endedAt: number | null;
}

/**
 * How long each phase lasted, in ms, computed from the timestamps at {@link CallSnapshot.capturedAt}.
 * A phase still under way counts up to that moment.
 * @public
 */
export interface CallSnapshotDurations {
    /** Before the call was answered or ended: ringing (inbound) or dialing (outbound). */
    readonly ringMs: number;
    /** Answered to ended, less the time on hold. */
    readonly talkMs: number;
    /** On hold in total, the hold under way included. */
    readonly holdMs: number;
    /** Wrap-up start to its close. */
    readonly wrapUpMs: number;
}

/**
 * A plain, JSON-safe view of a call for the UI and the call log: only strings, finite numbers, booleans,
 * `null`, arrays and plain objects, and every key always present.
 * @public
 */
export interface CallSnapshot {
    readonly state: CallState;
    /** Whether the session is over (ended, declined, missed or failed). */
    readonly terminal: boolean;
    readonly direction: CallDirection | null;
    readonly callId: string | null;
    readonly number: string | null;
    readonly displayName: string | null;
    readonly headers: Readonly<Record<string, string>>;
    readonly progress: CallProgress | null;
    readonly muted: boolean;
    readonly notes: string;
    readonly disposition: string | null;
    readonly relatedRecord: RecordRef | null;
    readonly matchedRecords: readonly RecordRef[];
    /** The parties the call was transferred to or conferenced with. */
    readonly links: readonly CallLink[];
    readonly endCause: CallEndCause | null;
    readonly endDetail: string | null;
    readonly wrapUpClosedBy: WrapUpClosedBy | null;
    /** How the call sounds now (connected or held calls with a reading), else `null`. */
    readonly quality: CallQualityNow | null;
    /** Average and worst quality of the call so far; `null` without readings. */
    readonly qualitySummary: QualitySummary | null;
    readonly timestamps: CallSnapshotTimestamps;
    readonly durations: CallSnapshotDurations;
    /** The moment the durations were computed for (epoch ms). */
    readonly capturedAt: number;
}

function span(from: number | null, to: number): number {
    return from === null ? 0 : Math.max(0, to - from);
}

/**
 * The snapshot of `data` at `now` (epoch ms). Durations come from the timestamps alone. A `now` earlier than
 * the last event, or not finite, reads as the last event's time, so durations never go negative.
 * @public
 */
export function toCallSnapshot(data: CallSessionData, now: number): CallSnapshot {
    const capturedAt = Number.isFinite(now) ? Math.max(now, data.updatedAt) : data.updatedAt;
    if (data.state === CallState.Idle) {
        return {
            state: data.state,
            terminal: false,
            direction: null,
            callId: null,
            number: null,
            displayName: null,
            headers: {},
            progress: null,
            muted: false,
            notes: '',
            disposition: null,
            relatedRecord: null,
            matchedRecords: [],
            links: [],
            endCause: null,
            endDetail: null,
            wrapUpClosedBy: null,
            quality: null,
            qualitySummary: null,
            timestamps: {
                createdAt: data.createdAt,
                updatedAt: data.updatedAt,
                ringStartedAt: null,
                dialStartedAt: null,
                connectedAt: null,
                holdStartedAt: null,
                disconnectedAt: null,
                wrapUpStartedAt: null,
                endedAt: null
            },
            durations: { ringMs: 0, talkMs: 0, holdMs: 0, wrapUpMs: 0 },
            capturedAt
        };
    }
    const callEnd = data.disconnectedAt ?? capturedAt;
    const holdMs = data.heldTotalMs + span(data.holdStartedAt, callEnd);
    const answeredMs = span(data.connectedAt, callEnd);
    return {
        state: data.state,
        terminal: isTerminalCallState(data.state),
        direction: data.direction,
        callId: data.callId,
        number: data.number,
        displayName: data.displayName,
        headers: { ...data.headers },
        progress: data.progress,
        muted: data.muted,
        notes: data.notes,
        disposition: data.disposition,
        relatedRecord: data.relatedRecord === null ? null : copyRecordRef(data.relatedRecord),
        matchedRecords: data.matchedRecords.map(copyRecordRef),
        links: data.links.map((link) => ({ ...link })),
        endCause: data.endCause,
        endDetail: data.endDetail,
        wrapUpClosedBy: data.wrapUpClosedBy,
        quality: data.quality === null ? null : { ...data.quality },
        qualitySummary: data.qualitySummary === null ? null : { ...data.qualitySummary },
        timestamps: {
            createdAt: data.createdAt,
            updatedAt: data.updatedAt,
            ringStartedAt: data.ringStartedAt,
            dialStartedAt: data.dialStartedAt,
            connectedAt: data.connectedAt,
            holdStartedAt: data.holdStartedAt,
            disconnectedAt: data.disconnectedAt,
            wrapUpStartedAt: data.wrapUpStartedAt,
            endedAt: data.endedAt
        },
        durations: {
            ringMs: span(data.ringStartedAt ?? data.dialStartedAt, data.connectedAt ?? callEnd),
            talkMs: Math.max(0, answeredMs - holdMs),
            holdMs,
            wrapUpMs: span(data.wrapUpStartedAt, data.endedAt ?? capturedAt)
        },
        capturedAt
    };
}
