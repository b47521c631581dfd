import type { RecordRef } from '../cti';
import type { CallEndCause, CallProgress, QualityProblem, QualitySummary } from '../telephony';
import type { CallDirection } from '../bridge/protocol';
import type { CallLink } from './call-event';
import { CallState } from './call-state';

/**
 * How the call sounds now, from the last quality reading: `warning` with the worst problem when it is below
 * the thresholds (see `telephony/quality`), else `good`. @public
 */
export interface CallQualityNow {
    readonly level: 'good' | 'warning';
    readonly reason: QualityProblem | null;
    /** The estimated MOS of the last reading (1 to 4.5). */
    readonly mos: number;
}

/** How a wrap-up was closed: the agent saved it, or its time ran out. @public */
export type WrapUpClosedBy = 'agent' | 'timeout';

/**
 * A session that has no call yet. Only `incoming` or `dial` take it anywhere.
 * @public
 */
export interface IdleCallSessionData {
    readonly state: CallState.Idle;
    /** When the session was created (epoch ms). */
    readonly createdAt: number;
    /** When the last event was applied (epoch ms); equals `createdAt` until then. */
    readonly updatedAt: number;
}

/** Every state but {@link CallState.Idle}. @public */
export type ActiveCallState = Exclude<CallState, CallState.Idle>;

/**
 * A session with a call, live or finished. Immutable: every transition returns a new, frozen record.
 * Times are epoch milliseconds from the engine's `Clock`; `null` means "has not happened".
 * @public
 */
export interface ActiveCallSessionData {
    readonly state: ActiveCallState;
    readonly direction: CallDirection;
    /** The phone system's id; the call log's `CallObject`. */
    readonly callId: string;
    /** The caller's number (inbound) or the number dialled (outbound). */
    readonly number: string;
    readonly displayName: string | null;
    /** Data the IVR put on an inbound call, names lower-cased; empty for outbound calls. */
    readonly headers: Readonly<Record<string, string>>;
    /** How far an outbound call got before it was answered; `null` for inbound calls. */
    readonly progress: CallProgress | null;

    readonly createdAt: number;
    /** When the last event was applied. Events stamped earlier are applied at this time, never before it. */
    readonly updatedAt: number;
    /** Inbound: when the call was offered. */
    readonly ringStartedAt: number | null;
    /** Outbound: when dialing started. */
    readonly dialStartedAt: number | null;
    /** When the call was answered. */
    readonly connectedAt: number | null;
    /** Start of the hold in progress; `null` when not on hold. */
    readonly holdStartedAt: number | null;
    /** Sum of the holds already over (each one resume time minus hold time). */
    readonly heldTotalMs: number;
    /** When the phone call itself ended (the `ended` event). */
    readonly disconnectedAt: number | null;
    /** When wrap-up started; equals `disconnectedAt` for calls that have one. */
    readonly wrapUpStartedAt: number | null;
    /** When the session reached a terminal state. */
    readonly endedAt: number | null;
    readonly endCause: CallEndCause | null;
    /** What the phone system said about the end, for diagnostics. */
    readonly endDetail: string | null;
    readonly wrapUpClosedBy: WrapUpClosedBy | null;

    /** Whether the agent's microphone is muted; always `false` once the call has ended. */
    readonly muted: boolean;
    /** The agent's notes; empty when none. */
    readonly notes: string;
    /** The call's disposition (Task `CallDisposition`); `null` when none. */
    readonly disposition: string | null;
    /** The record the call log relates to (`WhoId`/`WhatId`); `null` when none. */
    readonly relatedRecord: RecordRef | null;
    /** What the screen-pop search found for the caller. */
    readonly matchedRecords: readonly RecordRef[];
    /** The parties the call was transferred to or conferenced with, in order; the call log names them. */
    readonly links: readonly CallLink[];
    /** How the call sounds now; `null` before the first reading and once the call has ended. */
    readonly quality: CallQualityNow | null;
    /** Average and worst of the call's quality readings, for its log; `null` when there were none. */
    readonly qualitySummary: QualitySummary | null;
}

/**
 * Everything a {@link CallSession} knows about its call. Narrow on `state` to read the call's fields:
 * an idle session has none.
 * @public
 */
export type CallSessionData = IdleCallSessionData | ActiveCallSessionData;

/**
 * The data of a new session: idle, created at `createdAt` (epoch ms).
 * @public
 */
export function createCallSessionData(createdAt: number): IdleCallSessionData {
    return Object.freeze({ state: CallState.Idle, createdAt, updatedAt: createdAt });
}
