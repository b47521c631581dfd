import { CallState } from './call-state';

/**
 * The agent's line: which calls are on it and how they relate. Each call keeps its own `CallSession`; the line
 * holds at most two, and says which one the agent talks to.
 *
 * ```
 *            add-call                     add-call: inbound (the first is answered)
 *   IDLE ------------> ONE-CALL ------------------------------------------> CALL-WAITING
 *    ^                  |  ^  ^  add-call: outbound, a consultation           |      |
 *    | leg-ended        |  |  |  (the first is answered)                      |      | answer-waiting
 *    +------------------+  |  |                                               |      v
 *                          |  +--- leg-ended (either) ---- TWO-CALLS <--------+-- swap (the other leg)
 *                          |                               |      ^
 *                          |         leg-ended (either)    | merge
 *                          +-------------------------------+-- CONFERENCE
 * ```
 * CALL-WAITING goes back to ONE-CALL when either leg ends. `transfer` (two answered legs, or the conference)
 * keeps the line as it is: both legs then end. Every other pair of line and event is refused with a reason.
 * @public
 */
export type LineMode = 'idle' | 'one-call' | 'call-waiting' | 'two-calls' | 'conference';

/** The calls on the agent's line, by id. @public */
export interface LineData {
    readonly mode: LineMode;
    /** The first call: the caller a consultation is about, or the call a second one waited behind. */
    readonly first?: string;
    /** The second call: a consultation, or a waiting call. */
    readonly second?: string;
    /** The leg the agent talks to while there are two calls (the other is on hold). */
    readonly talking?: string;
}

/** What changes the line. @public */
export type LineEvent =
    | { readonly type: 'add-call'; readonly callId: string; readonly direction: 'inbound' | 'outbound' }
    | { readonly type: 'answer-waiting' }
    | { readonly type: 'swap' }
    | { readonly type: 'merge' }
    | { readonly type: 'transfer' }
    | { readonly type: 'leg-ended'; readonly callId: string };

/** The state of each call on the line, by id (a call not listed has ended). @public */
export type LegStates = Readonly<Record<string, CallState>>;

/** @public */
export type LineResult =
    { readonly ok: true; readonly line: LineData } | { readonly ok: false; readonly reason: string };

export const IDLE_LINE: LineData = Object.freeze({ mode: 'idle' });

const ACTIONS: Readonly<Record<LineEvent['type'], string>> = {
    'add-call': 'take a second call',
    'answer-waiting': 'answer the waiting call',
    swap: 'swap calls',
    merge: 'start a conference',
    transfer: 'complete the transfer',
    'leg-ended': 'end a call'
};

function refuse(type: LineEvent['type'], problem: string, advice: string): LineResult {
    return { ok: false, reason: `Cannot ${ACTIONS[type]}: ${problem}; ${advice}.` };
}

function ok(line: LineData): LineResult {
    return { ok: true, line: Object.freeze(line) };
}

/** Answered: the agent talked to the party, who may be on hold now. */
function answered(state: CallState | undefined): boolean {
    return state === CallState.Connected || state === CallState.Held;
}

function otherLeg(line: LineData, callId: string): string | undefined {
    return callId === line.first ? line.second : line.first;
}

/** What is left after `callId` ended: the other leg alone, or nothing. */
function legEnded(line: LineData, callId: string): LineResult {
    if (callId !== line.first && callId !== line.second) {
        return refuse('leg-ended', `call ${callId} is not on the line`, 'end one of the calls on it');
    }
    const rest = otherLeg(line, callId);
    return ok(rest === undefined ? IDLE_LINE : { mode: 'one-call', first: rest, talking: rest });
}

function addCall(
    line: LineData,
    event: Extract<LineEvent, { type: 'add-call' }>,
    legs: LegStates
): LineResult {
    if (line.mode === 'idle') return ok({ mode: 'one-call', first: event.callId, talking: event.callId });
    if (line.mode !== 'one-call' || line.first === undefined) {
        return refuse('add-call', 'two calls are on the line already', 'end one of them first');
    }
    const first = legs[line.first];
    if (!answered(first)) {
        return refuse(
            'add-call',
            `the first call is ${first === CallState.WrapUp ? 'in wrap-up' : (first ?? 'over')}`,
            first === CallState.WrapUp ? 'save its wrap-up first' : 'answer it or end it first'
        );
    }
    return event.direction === 'inbound'
        ? ok({ ...line, mode: 'call-waiting', second: event.callId })
        : ok({ ...line, mode: 'two-calls', second: event.callId, talking: event.callId });
}

/** Both legs answered, else why not: a consultation still ringing, or a waiting call not answered. */
function bothAnswered(type: LineEvent['type'], line: LineData, legs: LegStates): LineResult | undefined {
    const second = line.second === undefined ? undefined : legs[line.second];
    if (second === CallState.Dialing) {
        return refuse(type, 'the consulted party has not answered yet', 'wait for them to answer or cancel');
    }
    if (!answered(second) || !answered(line.first === undefined ? undefined : legs[line.first])) {
        return refuse(type, 'one of the calls is not answered', 'answer it or end it first');
    }
    return undefined;
}

/**
 * Applies one event to the line, purely; `legs` are the calls' states now. A move the line does not allow
 * (a third call, a swap with one call, a conference with a party still ringing) is refused with a reason in
 * the house style, `Cannot <action>: <problem>; <what to do>.`
 * @public
 */
export function lineTransition(line: LineData, event: LineEvent, legs: LegStates): LineResult {
    if (event.type === 'add-call') return addCall(line, event, legs);
    if (event.type === 'leg-ended') return legEnded(line, event.callId);
    switch (line.mode) {
        case 'idle':
            return refuse(event.type, 'there is no call', 'a call starts with an incoming call or a dial');
        case 'one-call':
            return refuse(event.type, 'there is only one call', 'consult another number first');
        case 'call-waiting':
            if (event.type === 'answer-waiting') {
                return answered(line.first === undefined ? undefined : legs[line.first]) && line.second
                    ? ok({ ...line, mode: 'two-calls', talking: line.second })
                    : refuse(event.type, 'the first call is not answered', 'answer or end it first');
            }
            return refuse(event.type, 'a call is waiting', 'answer or decline the waiting call first');
        case 'two-calls': {
            if (event.type === 'answer-waiting') {
                return refuse(event.type, 'no call is waiting', 'both calls are answered already');
            }
            const refusal = bothAnswered(event.type, line, legs);
            if (refusal) return refusal;
            const { talking, ...legsOnly } = line;
            if (event.type === 'swap') {
                const next = otherLeg(line, talking ?? '');
                return ok(next === undefined ? line : { ...line, talking: next });
            }
            return ok(event.type === 'merge' ? { ...legsOnly, mode: 'conference' } : line);
        }
        case 'conference':
            if (event.type === 'transfer') return ok(line);
            return refuse(
                event.type,
                'the calls are in a conference',
                event.type === 'swap' ? 'drop one party to talk to the other alone' : 'drop one party first'
            );
    }
}
