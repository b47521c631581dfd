import type { RecordRef } from '../cti';
import type { CallEndCause, CallProgress, QualitySample } from '../telephony';

/**
 * What every event carries: when it happened, in epoch milliseconds read from the engine's `Clock`.
 * @public
 */
export interface CallEventBase {
    readonly at: number;
}

/** Fact: the phone system offers an inbound call (idle → ringing). @public */
export interface IncomingCallEvent extends CallEventBase {
    readonly type: 'incoming';
    /** The phone system's id of the call; becomes the call log's `CallObject`. */
    readonly callId: string;
    /** The caller's number as signalled; may be `anonymous` or empty when withheld. */
    readonly number: string;
    readonly displayName?: string;
    /** Data the IVR put on the call, names lower-cased. */
    readonly headers?: Readonly<Record<string, string>>;
}

/**
 * Fact: an outbound call is on its way (idle → dialing). The engine sends it once `TelephonyProvider.dial`
 * resolved with the call's id; a dial the phone system refuses never becomes a call.
 * @public
 */
export interface DialCallEvent extends CallEventBase {
    readonly type: 'dial';
    readonly callId: string;
    /** The number dialled; must not be blank. */
    readonly number: string;
    /** Who is called, e.g. the name of the record the agent clicked. */
    readonly displayName?: string;
    /** The record a click-to-dial came from; becomes the call's related record. */
    readonly relatedRecord?: RecordRef;
}

/** Fact: how far an outbound call got (dialing → dialing). @public */
export interface ProgressCallEvent extends CallEventBase {
    readonly type: 'progress';
    readonly progress: CallProgress;
}

/** Fact: the call is answered: by the agent (inbound) or by the remote party (outbound). @public */
export interface ConnectedCallEvent extends CallEventBase {
    readonly type: 'connected';
}

/** Command confirmed: the call is on hold (connected → held). @public */
export interface HoldCallEvent extends CallEventBase {
    readonly type: 'hold';
}

/** Command confirmed: the call is back from hold (held → connected). @public */
export interface ResumeCallEvent extends CallEventBase {
    readonly type: 'resume';
}

/** Command: the agent's microphone is muted (connected or held, same state). @public */
export interface MuteCallEvent extends CallEventBase {
    readonly type: 'mute';
}

/** Command: the agent's microphone is live again (connected or held, same state). @public */
export interface UnmuteCallEvent extends CallEventBase {
    readonly type: 'unmute';
}

/** Fact: a reading of the call's audio path over the last few seconds (connected or held, same state). @public */
export interface QualityCallEvent extends CallEventBase {
    readonly type: 'quality';
    readonly sample: QualitySample;
}

/** Fact: the phone call is over; `cause` picks the outcome (see {@link CallState}). @public */
export interface EndedCallEvent extends CallEventBase {
    readonly type: 'ended';
    readonly cause: CallEndCause;
    /** What the phone system said, for diagnostics (e.g. a SIP reason phrase). */
    readonly detail?: string;
}

/** Command: replaces the agent's notes (connected, held or wrap-up). @public */
export interface SetNotesCallEvent extends CallEventBase {
    readonly type: 'set-notes';
    /** At most {@link MAX_NOTES_LENGTH} characters. */
    readonly notes: string;
}

/** Command: sets or clears (`null` or blank) the call's disposition (connected, held or wrap-up). @public */
export interface SetDispositionCallEvent extends CallEventBase {
    readonly type: 'set-disposition';
    /** At most {@link MAX_DISPOSITION_LENGTH} characters once trimmed. */
    readonly disposition: string | null;
}

/**
 * Command: sets or clears (`null`) the record the call log relates to (connected, held or wrap-up).
 * @public
 */
export interface SetRelatedRecordCallEvent extends CallEventBase {
    readonly type: 'set-related-record';
    readonly record: RecordRef | null;
}

/**
 * Fact: the records a screen-pop search found for the caller (any live state); replaces earlier matches.
 * @public
 */
export interface RecordsMatchedCallEvent extends CallEventBase {
    readonly type: 'records-matched';
    readonly records: readonly RecordRef[];
}

/**
 * How a call was joined with another party: the caller was handed to `number` (`transferred-to`), this call's
 * party took over a caller from `number` (`took-transfer-of`), or the parties were in a conference.
 * @public
 */
export type CallLinkKind = 'transferred-to' | 'took-transfer-of' | 'conference-with';

/** Another party this call was joined with; the call log names it. @public */
export interface CallLink {
    readonly kind: CallLinkKind;
    /** The other party's number, as dialled or received. */
    readonly number: string;
}

/** Fact: the call was transferred or conferenced with another party (dialing, connected or held). @public */
export interface LinkedCallEvent extends CallEventBase {
    readonly type: 'linked';
    readonly link: CallLink;
}

/** Command: the agent finished the wrap-up (wrap-up → ended). @public */
export interface SaveWrapUpCallEvent extends CallEventBase {
    readonly type: 'save-wrap-up';
}

/**
 * Fact: the wrap-up time the call center allows ran out (wrap-up → ended); the engine runs the timer.
 * @public
 */
export interface WrapUpTimeoutCallEvent extends CallEventBase {
    readonly type: 'wrap-up-timeout';
}

/**
 * Everything that drives a {@link CallSession}: facts from the phone system and commands from the agent,
 * told apart by `type`.
 * @public
 */
export type CallEvent =
    | IncomingCallEvent
    | DialCallEvent
    | ProgressCallEvent
    | ConnectedCallEvent
    | HoldCallEvent
    | ResumeCallEvent
    | MuteCallEvent
    | UnmuteCallEvent
    | QualityCallEvent
    | EndedCallEvent
    | SetNotesCallEvent
    | SetDispositionCallEvent
    | SetRelatedRecordCallEvent
    | RecordsMatchedCallEvent
    | SaveWrapUpCallEvent
    | WrapUpTimeoutCallEvent
    | LinkedCallEvent;

/** The `type` of a {@link CallEvent}. @public */
export type CallEventType = CallEvent['type'];

/** The event of one `type`. @public */
export type CallEventOf<TType extends CallEventType> = Extract<CallEvent, { readonly type: TType }>;
