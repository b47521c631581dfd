import { CallState } from './call-state';
import { IDLE_LINE, lineTransition } from './line-transition';
import type { LegStates, LineData, LineEvent } from './line-transition';

const ONE: LineData = { mode: 'one-call', first: 'a', talking: 'a' };
const WAITING: LineData = { mode: 'call-waiting', first: 'a', second: 'b', talking: 'a' };
const TWO: LineData = { mode: 'two-calls', first: 'a', second: 'b', talking: 'b' };
const CONFERENCE: LineData = { mode: 'conference', first: 'a', second: 'b' };
const BOTH_ANSWERED: LegStates = { a: CallState.Held, b: CallState.Connected };

function next(line: LineData, event: LineEvent, legs: LegStates = BOTH_ANSWERED): LineData {
    const result = lineTransition(line, event, legs);
    if (!result.ok) throw new Error(result.reason);
    return result.line;
}

function reason(line: LineData, event: LineEvent, legs: LegStates = BOTH_ANSWERED): string {
    const result = lineTransition(line, event, legs);
    if (result.ok) throw new Error(`accepted: ${JSON.stringify(result.line)}`);
    return result.reason;
}

describe('lineTransition', () => {
    describe('allowed moves', () => {
        it('puts the first call of an idle line on it, inbound or outbound', () => {
            for (const direction of ['inbound', 'outbound'] as const) {
                expect(next(IDLE_LINE, { type: 'add-call', callId: 'a', direction }, {})).toEqual(ONE);
            }
        });

        it('makes an inbound call on an answered call a waiting call; the agent still talks to the first', () => {
            const line = next(
                ONE,
                { type: 'add-call', callId: 'b', direction: 'inbound' },
                { a: CallState.Connected }
            );
            expect(line).toEqual(WAITING);
        });

        it('makes a call the agent dials on an answered (held) call a consultation, which the agent talks to', () => {
            const line = next(
                ONE,
                { type: 'add-call', callId: 'b', direction: 'outbound' },
                { a: CallState.Held }
            );
            expect(line).toEqual(TWO);
        });

        it('answers the waiting call: two calls, talking to the second', () => {
            expect(
                next(WAITING, { type: 'answer-waiting' }, { a: CallState.Held, b: CallState.Ringing })
            ).toEqual(TWO);
        });

        it('swaps the leg the agent talks to, back and forth', () => {
            const swapped = next(TWO, { type: 'swap' });
            expect(swapped.talking).toBe('a');
            expect(next(swapped, { type: 'swap' }).talking).toBe('b');
        });

        it('merges two answered calls into a conference, with no one leg talked to alone', () => {
            expect(next(TWO, { type: 'merge' })).toEqual(CONFERENCE);
        });

        it('completes a transfer from two answered calls or from a conference; the legs then end', () => {
            expect(next(TWO, { type: 'transfer' })).toEqual(TWO);
            expect(
                next(CONFERENCE, { type: 'transfer' }, { a: CallState.Connected, b: CallState.Connected })
            ).toEqual(CONFERENCE);
        });

        it.each([
            ['a waiting call', WAITING],
            ['two calls', TWO],
            ['a conference', CONFERENCE]
        ])('leaves the other leg alone on the line when either leg of %s ends', (_name, line) => {
            expect(next(line, { type: 'leg-ended', callId: 'a' })).toEqual({
                mode: 'one-call',
                first: 'b',
                talking: 'b'
            });
            expect(next(line, { type: 'leg-ended', callId: 'b' })).toEqual(ONE);
        });

        it('is idle again once the only call ends', () => {
            expect(next(ONE, { type: 'leg-ended', callId: 'a' })).toEqual(IDLE_LINE);
        });

        it('never changes the line it was given', () => {
            const line = { ...TWO };
            next(line, { type: 'swap' });
            expect(line).toEqual(TWO);
        });
    });

    describe('illegal moves, each with a reason and what to do', () => {
        it.each<[string, LineData, LineEvent, LegStates, RegExp]>([
            [
                'a third call',
                TWO,
                { type: 'add-call', callId: 'c', direction: 'inbound' },
                BOTH_ANSWERED,
                /Cannot take a second call: two calls are on the line already; end one of them first\./
            ],
            [
                'a third call in a conference',
                CONFERENCE,
                { type: 'add-call', callId: 'c', direction: 'outbound' },
                BOTH_ANSWERED,
                /two calls are on the line already/
            ],
            [
                'a second call behind a waiting one',
                WAITING,
                { type: 'add-call', callId: 'c', direction: 'inbound' },
                BOTH_ANSWERED,
                /two calls are on the line already/
            ],
            [
                'a second call while the first rings',
                ONE,
                { type: 'add-call', callId: 'b', direction: 'inbound' },
                { a: CallState.Ringing },
                /the first call is ringing; answer it or end it first\./
            ],
            [
                'a consultation while the first is dialing',
                ONE,
                { type: 'add-call', callId: 'b', direction: 'outbound' },
                { a: CallState.Dialing },
                /the first call is dialing; answer it or end it first\./
            ],
            [
                'a second call during wrap-up',
                ONE,
                { type: 'add-call', callId: 'b', direction: 'inbound' },
                { a: CallState.WrapUp },
                /the first call is in wrap-up; save its wrap-up first\./
            ],
            [
                'a swap with no call',
                IDLE_LINE,
                { type: 'swap' },
                {},
                /Cannot swap calls: there is no call; a call starts with an incoming call or a dial\./
            ],
            [
                'a swap with one call',
                ONE,
                { type: 'swap' },
                { a: CallState.Connected },
                /Cannot swap calls: there is only one call; consult another number first\./
            ],
            [
                'a conference with one call',
                ONE,
                { type: 'merge' },
                { a: CallState.Connected },
                /Cannot start a conference: there is only one call/
            ],
            [
                'a transfer with one call',
                ONE,
                { type: 'transfer' },
                { a: CallState.Connected },
                /Cannot complete the transfer: there is only one call/
            ],
            [
                'answering a waiting call that is not there',
                ONE,
                { type: 'answer-waiting' },
                { a: CallState.Connected },
                /Cannot answer the waiting call: there is only one call/
            ],
            [
                'answering a waiting call twice',
                TWO,
                { type: 'answer-waiting' },
                BOTH_ANSWERED,
                /Cannot answer the waiting call: no call is waiting; both calls are answered already\./
            ],
            [
                'answering a waiting call before the first',
                WAITING,
                { type: 'answer-waiting' },
                { a: CallState.WrapUp, b: CallState.Ringing },
                /the first call is not answered; answer or end it first\./
            ],
            [
                'a swap while a call waits',
                WAITING,
                { type: 'swap' },
                { a: CallState.Connected, b: CallState.Ringing },
                /Cannot swap calls: a call is waiting; answer or decline the waiting call first\./
            ],
            [
                'a conference while a call waits',
                WAITING,
                { type: 'merge' },
                { a: CallState.Connected, b: CallState.Ringing },
                /Cannot start a conference: a call is waiting/
            ],
            [
                'a transfer to a waiting call',
                WAITING,
                { type: 'transfer' },
                { a: CallState.Connected, b: CallState.Ringing },
                /Cannot complete the transfer: a call is waiting/
            ],
            [
                'a swap while the consulted party rings',
                TWO,
                { type: 'swap' },
                { a: CallState.Held, b: CallState.Dialing },
                /Cannot swap calls: the consulted party has not answered yet; wait for them to answer or cancel\./
            ],
            [
                'a conference while the consulted party rings',
                TWO,
                { type: 'merge' },
                { a: CallState.Held, b: CallState.Dialing },
                /Cannot start a conference: the consulted party has not answered yet/
            ],
            [
                'a transfer while the consulted party rings',
                TWO,
                { type: 'transfer' },
                { a: CallState.Held, b: CallState.Dialing },
                /Cannot complete the transfer: the consulted party has not answered yet/
            ],
            [
                'a conference with a leg in wrap-up',
                TWO,
                { type: 'merge' },
                { a: CallState.WrapUp, b: CallState.Connected },
                /one of the calls is not answered; answer it or end it first\./
            ],
            [
                'a swap in a conference',
                CONFERENCE,
                { type: 'swap' },
                BOTH_ANSWERED,
                /Cannot swap calls: the calls are in a conference; drop one party to talk to the other alone\./
            ],
            [
                'a second merge',
                CONFERENCE,
                { type: 'merge' },
                BOTH_ANSWERED,
                /Cannot start a conference: the calls are in a conference; drop one party first\./
            ],
            [
                'answering a waiting call in a conference',
                CONFERENCE,
                { type: 'answer-waiting' },
                BOTH_ANSWERED,
                /the calls are in a conference/
            ],
            [
                'ending a call that is not on the line',
                TWO,
                { type: 'leg-ended', callId: 'z' },
                BOTH_ANSWERED,
                /Cannot end a call: call z is not on the line; end one of the calls on it\./
            ],
            [
                'ending a call on an idle line',
                IDLE_LINE,
                { type: 'leg-ended', callId: 'a' },
                {},
                /call a is not on the line/
            ]
        ])('refuses %s', (_name, line, event, legs, expected) => {
            expect(reason(line, event, legs)).toMatch(expected);
        });
    });
});
