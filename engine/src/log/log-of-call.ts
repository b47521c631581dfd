import { CallState } from '../session';
import type { CallSnapshot } from '../session';
import type { LogObject } from '../settings';
import { buildCallLog, DEFAULT_CALL_LOG_SUBJECTS } from './build-call-log';
import type { BuiltCallLog, CallLogBuildOptions } from './build-call-log';
import { callLogFacts } from './call-log-facts';

/** Subjects of calls that ended without a conversation; every other call takes the default ones. */
const SUBJECTS_BY_STATE: Partial<Record<CallState, CallLogBuildOptions['subjects']>> = {
    [CallState.Missed]: { ...DEFAULT_CALL_LOG_SUBJECTS, inbound: 'Missed call from {number}' },
    [CallState.Declined]: { ...DEFAULT_CALL_LOG_SUBJECTS, inbound: 'Declined call from {number}' },
    [CallState.Failed]: { ...DEFAULT_CALL_LOG_SUBJECTS, outbound: 'Unanswered call to {number}' }
};

/** Dispositions written automatically for calls that never reached the agent's wrap-up. */
const AUTOMATIC_DISPOSITIONS: Partial<Record<CallState, string>> = {
    [CallState.Missed]: 'Missed',
    [CallState.Declined]: 'Declined'
};

/**
 * The state a call still going on is logged in should the page go away now: a ringing call as missed, a call
 * being dialled as unanswered, any other as it is.
 */
export function stateIfLeftNow(current: CallState): CallState {
    if (current === CallState.Ringing) return CallState.Missed;
    if (current === CallState.Dialing) return CallState.Failed;
    return current;
}

/** What {@link logOfCall} needs besides the call. */
export interface LogOfCallOptions {
    /** The state the call is logged in (see {@link stateIfLeftNow} for a call still going on). */
    readonly state: CallState;
    /** The other party's number as the agent reads it. */
    readonly displayNumber: string;
    readonly logObject: LogObject;
    /** A call on the demo line: its subject says so, so a simulated call is never taken for a real one. */
    readonly demo?: boolean;
}

/** What a demo line call's subject starts with. */
export const DEMO_SUBJECT_PREFIX = '[Demo] ';

function demoSubjects(
    subjects: NonNullable<CallLogBuildOptions['subjects']>
): NonNullable<CallLogBuildOptions['subjects']> {
    const all = { ...DEFAULT_CALL_LOG_SUBJECTS, ...subjects };
    return { inbound: DEMO_SUBJECT_PREFIX + all.inbound, outbound: DEMO_SUBJECT_PREFIX + all.outbound };
}

/**
 * The call → Task mapping: the call log of `call` in `options.state`, with the subject and automatic
 * disposition that state calls for; undefined for a call that has no id or direction yet.
 *
 * @throws InvalidCallLogError when the call cannot be logged (see `buildCallLog`)
 */
export function logOfCall(call: CallSnapshot, options: LogOfCallOptions): BuiltCallLog | undefined {
    const facts = callLogFacts(call, options.displayNumber);
    if (!facts) return undefined;
    const automatic = AUTOMATIC_DISPOSITIONS[options.state];
    return buildCallLog(
        { ...facts, ...(facts.disposition === undefined && automatic ? { disposition: automatic } : {}) },
        {
            logObject: options.logObject,
            subjects:
                options.demo === true
                    ? demoSubjects(SUBJECTS_BY_STATE[options.state] ?? DEFAULT_CALL_LOG_SUBJECTS)
                    : (SUBJECTS_BY_STATE[options.state] ?? DEFAULT_CALL_LOG_SUBJECTS)
        }
    );
}
