import { qualityProblems, summarize } from '../telephony/quality/call-quality';
import type { CallEndCause } from '../telephony';
import type { CallEvent, CallEventOf, CallEventType } from './call-event';
import type {
    ActiveCallSessionData,
    ActiveCallState,
    CallSessionData,
    IdleCallSessionData,
    WrapUpClosedBy
} from './call-session-data';
import { copyRecordRef } from './copy-record-ref';
import { CallState } from './call-state';
import { cannot, rejectionReason } from './rejection-reason';
import { MAX_DISPOSITION_LENGTH, MAX_NOTES_LENGTH } from '../bridge/protocol';

/**
 * The outcome of {@link transition}: the next data, or why the event was refused and what to do instead.
 * @public
 */
export type TransitionResult =
    { readonly ok: true; readonly data: CallSessionData } | { readonly ok: false; readonly reason: string };

/** What a state accepts from a state's handler: its own data shape. */
type DataIn<TState extends CallState> = TState extends CallState.Idle
    ? IdleCallSessionData
    : ActiveCallSessionData;

/**
 * Computes the next data for one accepted event. `at` is the event's time, never earlier than the last one.
 * A handler may still refuse an event whose content is wrong (a blank number, a repeated mute).
 */
type Handler<TState extends CallState, TType extends CallEventType> = (
    data: DataIn<TState>,
    event: CallEventOf<TType>,
    at: number
) => CallSessionData | Refusal;

/** A handler's refusal; {@link transition} turns it into a failed {@link TransitionResult}. */
interface Refusal {
    readonly refused: string;
}

/** For each state, the events it accepts; the compiler checks both keys. A missing entry means "refused". */
type TransitionTable = {
    readonly [TState in CallState]: {
        readonly [TType in CallEventType]?: Handler<TState, TType>;
    };
};

function refuse(reason: string): Refusal {
    return { refused: reason };
}

function isRefusal(value: CallSessionData | Refusal): value is Refusal {
    return 'refused' in value;
}

function isBlank(text: string): boolean {
    return text.trim() === '';
}

/** Fields every new call starts with; the caller sets state, direction and the start time. */
function newCall(
    data: IdleCallSessionData,
    callId: string,
    number: string,
    displayName: string | undefined
): Omit<ActiveCallSessionData, 'state' | 'direction'> {
    return {
        callId,
        number,
        displayName: displayName ?? null,
        headers: Object.freeze({}),
        progress: null,
        createdAt: data.createdAt,
        updatedAt: data.updatedAt,
        ringStartedAt: null,
        dialStartedAt: null,
        connectedAt: null,
        holdStartedAt: null,
        heldTotalMs: 0,
        disconnectedAt: null,
        wrapUpStartedAt: null,
        endedAt: null,
        endCause: null,
        endDetail: null,
        wrapUpClosedBy: null,
        muted: false,
        notes: '',
        disposition: null,
        relatedRecord: null,
        matchedRecords: Object.freeze([]),
        links: Object.freeze([]),
        quality: null,
        qualitySummary: null
    };
}

/** The end of the phone call: closes an open hold, clears mute, and records cause and times. */
function disconnect(
    data: ActiveCallSessionData,
    event: CallEventOf<'ended'>,
    at: number,
    next: ActiveCallState
): ActiveCallSessionData {
    const openHoldMs = data.holdStartedAt === null ? 0 : at - data.holdStartedAt;
    return {
        ...data,
        state: next,
        holdStartedAt: null,
        heldTotalMs: data.heldTotalMs + openHoldMs,
        muted: false,
        quality: null,
        disconnectedAt: at,
        wrapUpStartedAt: next === CallState.WrapUp ? at : null,
        endedAt: next === CallState.WrapUp ? null : at,
        endCause: event.cause,
        endDetail: event.detail ?? null
    };
}

/** Ringing (inbound, not answered): the agent refused it, or the caller was not served. */
function ringingOutcome(cause: CallEndCause): ActiveCallState {
    return cause === 'declined' || cause === 'local-hang-up' ? CallState.Declined : CallState.Missed;
}

/**
 * Dialing (outbound, not answered): the agent gave up or handed it on (wrap-up), or it did not get through.
 */
function dialingOutcome(cause: CallEndCause): ActiveCallState {
    return cause === 'local-hang-up' || cause === 'caller-cancelled' || cause === 'transferred'
        ? CallState.WrapUp
        : CallState.Failed;
}

const toWrapUp: Handler<CallState.Connected | CallState.Held, 'ended'> = (data, event, at) =>
    disconnect(data, event, at, CallState.WrapUp);

const mute: Handler<CallState.Connected | CallState.Held, 'mute'> = (data) =>
    data.muted
        ? refuse(cannot('mute', 'the microphone is already muted', 'unmute it to talk'))
        : { ...data, muted: true };

const unmute: Handler<CallState.Connected | CallState.Held, 'unmute'> = (data) =>
    data.muted
        ? { ...data, muted: false }
        : refuse(cannot('unmute', 'the microphone is not muted', 'the other party hears the agent already'));

/** A quality reading: how the call sounds now (its worst problem, if any) and the call's running summary. */
const quality: Handler<CallState.Connected | CallState.Held, 'quality'> = (data, event) => {
    const { sample } = event;
    const numbers = [sample.jitterMs, sample.lossPercent, sample.mos, sample.rttMs ?? 0];
    if (numbers.some((value) => !Number.isFinite(value) || value < 0)) {
        return refuse(
            cannot('quality', 'a value is not a number of 0 or more', 'pass a reading of getStats')
        );
    }
    const [reason] = qualityProblems(sample);
    return {
        ...data,
        quality: {
            level: reason === undefined ? 'good' : 'warning',
            reason: reason ?? null,
            mos: sample.mos
        },
        qualitySummary: summarize(data.qualitySummary ?? undefined, sample)
    };
};

const setNotes: Handler<ActiveCallState, 'set-notes'> = (data, event) =>
    event.notes.length > MAX_NOTES_LENGTH
        ? refuse(
              cannot(
                  'set-notes',
                  `they are ${event.notes.length} characters long`,
                  `shorten them to ${MAX_NOTES_LENGTH} characters or fewer`
              )
          )
        : { ...data, notes: event.notes };

const setDisposition: Handler<ActiveCallState, 'set-disposition'> = (data, event) => {
    const disposition = event.disposition?.trim() ?? '';
    if (disposition.length > MAX_DISPOSITION_LENGTH) {
        return refuse(
            cannot(
                'set-disposition',
                `it is ${disposition.length} characters long`,
                `use ${MAX_DISPOSITION_LENGTH} characters or fewer`
            )
        );
    }
    return { ...data, disposition: disposition === '' ? null : disposition };
};

const setRelatedRecord: Handler<ActiveCallState, 'set-related-record'> = (data, event) => {
    if (event.record !== null && isBlank(event.record.id)) {
        return refuse(cannot('set-related-record', 'its id is blank', 'pick a saved Salesforce record'));
    }
    return { ...data, relatedRecord: event.record === null ? null : copyRecordRef(event.record) };
};

const recordsMatched: Handler<ActiveCallState, 'records-matched'> = (data, event) => {
    if (event.records.some((record) => isBlank(record.id))) {
        return refuse(
            cannot('records-matched', 'one of them has a blank id', 'pass only records the search returned')
        );
    }
    return { ...data, matchedRecords: Object.freeze(event.records.map(copyRecordRef)) };
};

/** At most this many links are kept: a call is joined with a handful of parties, never more. */
const MAX_LINKS = 20;

const linked: Handler<CallState.Dialing | CallState.Connected | CallState.Held, 'linked'> = (data, event) => {
    if (isBlank(event.link.number)) {
        return refuse(
            cannot('linked', 'the other party has no number', 'pass the number dialled or received')
        );
    }
    if (data.links.length >= MAX_LINKS) {
        return refuse(cannot('linked', `it has ${MAX_LINKS} already`, 'end the call and start a new one'));
    }
    return { ...data, links: Object.freeze([...data.links, { ...event.link }]) };
};

function closeWrapUp(data: ActiveCallSessionData, at: number, by: WrapUpClosedBy): ActiveCallSessionData {
    return { ...data, state: CallState.Ended, endedAt: at, wrapUpClosedBy: by };
}

const wrapUpEdits = {
    'set-notes': setNotes,
    'set-disposition': setDisposition,
    'set-related-record': setRelatedRecord,
    'records-matched': recordsMatched
} as const;

/** The whole machine; {@link CallState} draws it. */
const TABLE: TransitionTable = {
    [CallState.Idle]: {
        incoming: (data, event, at) => {
            if (isBlank(event.callId)) {
                return refuse(
                    cannot('incoming', 'the call id is blank', 'pass the id the phone system gave the call')
                );
            }
            return {
                ...newCall(data, event.callId, event.number, event.displayName),
                state: CallState.Ringing,
                direction: 'inbound',
                headers: Object.freeze({ ...event.headers }),
                ringStartedAt: at
            };
        },
        dial: (data, event, at) => {
            if (isBlank(event.callId)) {
                return refuse(
                    cannot('dial', 'the call id is blank', 'pass the id the phone system gave the call')
                );
            }
            if (isBlank(event.number)) {
                return refuse(cannot('dial', 'the number is blank', 'enter a number to call'));
            }
            return {
                ...newCall(data, event.callId, event.number, event.displayName),
                state: CallState.Dialing,
                direction: 'outbound',
                dialStartedAt: at,
                relatedRecord: event.relatedRecord === undefined ? null : copyRecordRef(event.relatedRecord)
            };
        }
    },
    [CallState.Ringing]: {
        connected: (data, _event, at) => ({ ...data, state: CallState.Connected, connectedAt: at }),
        ended: (data, event, at) => disconnect(data, event, at, ringingOutcome(event.cause)),
        'records-matched': recordsMatched,
        'set-related-record': setRelatedRecord
    },
    [CallState.Dialing]: {
        progress: (data, event) => ({ ...data, progress: event.progress }),
        connected: (data, _event, at) => ({ ...data, state: CallState.Connected, connectedAt: at }),
        ended: (data, event, at) => disconnect(data, event, at, dialingOutcome(event.cause)),
        linked,
        'records-matched': recordsMatched,
        'set-related-record': setRelatedRecord
    },
    [CallState.Connected]: {
        hold: (data, _event, at) => ({ ...data, state: CallState.Held, holdStartedAt: at }),
        mute,
        unmute,
        linked,
        quality,
        ended: toWrapUp,
        ...wrapUpEdits
    },
    [CallState.Held]: {
        resume: (data, _event, at) => ({
            ...data,
            state: CallState.Connected,
            holdStartedAt: null,
            heldTotalMs: data.heldTotalMs + (data.holdStartedAt === null ? 0 : at - data.holdStartedAt)
        }),
        mute,
        unmute,
        linked,
        quality,
        ended: toWrapUp,
        ...wrapUpEdits
    },
    [CallState.WrapUp]: {
        'save-wrap-up': (data, _event, at) => closeWrapUp(data, at, 'agent'),
        'wrap-up-timeout': (data, _event, at) => closeWrapUp(data, at, 'timeout'),
        ...wrapUpEdits
    },
    [CallState.Ended]: {},
    [CallState.Declined]: {},
    [CallState.Missed]: {},
    [CallState.Failed]: {}
};

/**
 * Applies one event to a session's data, purely: `data` is never changed, and the same inputs always give the
 * same result. An event the current state does not accept, or whose content is wrong, is refused with a
 * reason; nothing is ever ignored silently.
 *
 * @remarks
 * An event stamped earlier than the last one applied (the wall clock stepped back) is applied at the last
 * one's time, so durations never run backwards. An event whose `at` is not a finite number is refused.
 *
 * @example
 * ```ts
 * const result = transition(session.data, { type: 'hold', at: clock.now() });
 * if (!result.ok) log.warn(result.reason); // "Cannot hold: the call is ringing; answer it first."
 * ```
 * @public
 */
export function transition(data: CallSessionData, event: CallEvent): TransitionResult {
    if (!Number.isFinite(event.at)) {
        return {
            ok: false,
            reason: cannot(
                event.type,
                `its time ${String(event.at)} is not epoch milliseconds`,
                'stamp events with Clock.now()'
            )
        };
    }
    // The table is typed per state and event; looking a pair up by runtime values loses that correlation,
    // and each state's handlers accept exactly the data shape `data.state` narrows to.
    const handler = TABLE[data.state][event.type] as
        ((data: CallSessionData, event: CallEvent, at: number) => CallSessionData | Refusal) | undefined;
    if (handler === undefined) {
        return { ok: false, reason: rejectionReason(data.state, event.type) };
    }
    const at = Math.max(event.at, data.updatedAt);
    const next = handler(data, event, at);
    if (isRefusal(next)) {
        return { ok: false, reason: next.refused };
    }
    return { ok: true, data: Object.freeze({ ...next, updatedAt: at }) };
}
