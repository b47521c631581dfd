import { CALL_END_CAUSES } from '../telephony';
import type { CallEvent, CallEventOf, CallEventType } from './call-event';
import type { ActiveCallSessionData, CallSessionData } from './call-session-data';
import { createCallSessionData } from './call-session-data';
import { CallState, isTerminalCallState } from './call-state';
import { transition } from './call-transition';
import { MAX_DISPOSITION_LENGTH, MAX_NOTES_LENGTH } from '../bridge/protocol';

const T0 = Date.UTC(2026, 0, 1, 9, 0, 0);
const CALL_ID = 'call-1';
const CONTACT = { id: '003000000000001AAA', name: 'Ada Lovelace', objectType: 'Contact' };
const CASE = { id: '500000000000001AAA', name: '00001001', objectType: 'Case' };

/** One valid event of each type, stamped `at`. */
function sample<TType extends CallEventType>(type: TType, at: number): CallEventOf<TType>;
function sample(type: CallEventType, at: number): CallEvent {
    switch (type) {
        case 'incoming':
            return { type, at, callId: CALL_ID, number: '+14155550100' };
        case 'dial':
            return { type, at, callId: CALL_ID, number: '+14155550199' };
        case 'progress':
            return { type, at, progress: 'ringing' };
        case 'ended':
            return { type, at, cause: 'remote-hang-up' };
        case 'set-notes':
            return { type, at, notes: 'Asked about the invoice.' };
        case 'set-disposition':
            return { type, at, disposition: 'Resolved' };
        case 'set-related-record':
            return { type, at, record: CASE };
        case 'records-matched':
            return { type, at, records: [CONTACT] };
        case 'linked':
            return { type, at, link: { kind: 'transferred-to', number: '+14155550188' } };
        case 'quality':
            return { type, at, sample: { rttMs: 40, jitterMs: 4, lossPercent: 0, mos: 4.39 } };
        default:
            return { type, at } as CallEvent;
    }
}

const EVENT_TYPES: readonly CallEventType[] = [
    'incoming',
    'dial',
    'progress',
    'connected',
    'hold',
    'resume',
    'mute',
    'unmute',
    'quality',
    'ended',
    'set-notes',
    'set-disposition',
    'set-related-record',
    'records-matched',
    'save-wrap-up',
    'wrap-up-timeout',
    'linked'
];

function apply(data: CallSessionData, event: CallEvent): CallSessionData {
    const result = transition(data, event);
    if (!result.ok) throw new Error(result.reason);
    return result.data;
}

/** Events that take a new session to `state`, one second apart. */
const PATHS: Readonly<Record<CallState, readonly CallEventType[]>> = {
    [CallState.Idle]: [],
    [CallState.Ringing]: ['incoming'],
    [CallState.Dialing]: ['dial'],
    [CallState.Connected]: ['incoming', 'connected'],
    [CallState.Held]: ['incoming', 'connected', 'hold'],
    [CallState.WrapUp]: ['incoming', 'connected', 'ended'],
    [CallState.Ended]: ['incoming', 'connected', 'ended', 'save-wrap-up'],
    [CallState.Declined]: ['incoming'],
    [CallState.Missed]: ['incoming'],
    [CallState.Failed]: ['dial']
};

function reach(state: CallState): CallSessionData {
    let data: CallSessionData = createCallSessionData(T0);
    PATHS[state].forEach((type, index) => {
        data = apply(data, sample(type, T0 + (index + 1) * 1000));
    });
    if (state === CallState.Declined) data = apply(data, { type: 'ended', at: T0 + 9000, cause: 'declined' });
    if (state === CallState.Missed) data = apply(data, { type: 'ended', at: T0 + 9000, cause: 'no-answer' });
    if (state === CallState.Failed) data = apply(data, { type: 'ended', at: T0 + 9000, cause: 'busy' });
    expect(data.state).toBe(state);
    return data;
}

function active(data: CallSessionData): ActiveCallSessionData {
    if (data.state === CallState.Idle) throw new Error('expected a call');
    return data;
}

const AT = T0 + 60_000;

/** The diagram in call-state.ts, as pairs the table must accept. */
const ACCEPTED: Readonly<Record<CallState, readonly CallEventType[]>> = {
    [CallState.Idle]: ['incoming', 'dial'],
    [CallState.Ringing]: ['connected', 'ended', 'set-related-record', 'records-matched'],
    [CallState.Dialing]: [
        'progress',
        'connected',
        'ended',
        'set-related-record',
        'records-matched',
        'linked'
    ],
    [CallState.Connected]: [
        'hold',
        'mute',
        'unmute',
        'quality',
        'ended',
        'set-notes',
        'set-disposition',
        'set-related-record',
        'records-matched',
        'linked'
    ],
    [CallState.Held]: [
        'resume',
        'mute',
        'unmute',
        'quality',
        'ended',
        'set-notes',
        'set-disposition',
        'set-related-record',
        'records-matched',
        'linked'
    ],
    [CallState.WrapUp]: [
        'set-notes',
        'set-disposition',
        'set-related-record',
        'records-matched',
        'save-wrap-up',
        'wrap-up-timeout'
    ],
    [CallState.Ended]: [],
    [CallState.Declined]: [],
    [CallState.Missed]: [],
    [CallState.Failed]: []
};

describe('transition', () => {
    describe('links to other parties (transfer, conference)', () => {
        it('keeps each party the call was transferred to or conferenced with, in order', () => {
            let data: CallSessionData = createCallSessionData(T0);
            for (const event of [
                sample('incoming', AT),
                sample('connected', AT),
                { type: 'linked', at: AT, link: { kind: 'conference-with', number: '+14155550188' } },
                { type: 'linked', at: AT, link: { kind: 'transferred-to', number: '+14155550188' } }
            ] as const) {
                const result = transition(data, event);
                if (!result.ok) throw new Error(result.reason);
                data = result.data;
            }
            expect(data.state === CallState.Idle ? [] : data.links).toEqual([
                { kind: 'conference-with', number: '+14155550188' },
                { kind: 'transferred-to', number: '+14155550188' }
            ]);
        });

        it('refuses a link without a number, and one on a call that rings', () => {
            const ringing = transition(createCallSessionData(T0), sample('incoming', AT));
            if (!ringing.ok) throw new Error(ringing.reason);
            const connected = transition(ringing.data, sample('connected', AT));
            if (!connected.ok) throw new Error(connected.reason);
            const blank = transition(connected.data, {
                type: 'linked',
                at: AT,
                link: { kind: 'transferred-to', number: ' ' }
            });
            expect(blank).toEqual({
                ok: false,
                reason: 'Cannot record a transfer or conference: the other party has no number; pass the number dialled or received.'
            });
            expect(transition(ringing.data, sample('linked', AT))).toEqual({
                ok: false,
                reason: 'Cannot record a transfer or conference: the call is ringing; answer it first.'
            });
        });
    });

    describe('legal transitions', () => {
        it('offers an incoming call: idle → ringing, inbound, with caller details and headers', () => {
            const result = transition(createCallSessionData(T0), {
                type: 'incoming',
                at: AT,
                callId: CALL_ID,
                number: '+14155550100',
                displayName: 'Ada Lovelace',
                headers: { 'x-case-number': '00001001' }
            });
            expect(result).toEqual({
                ok: true,
                data: expect.objectContaining({
                    state: CallState.Ringing,
                    direction: 'inbound',
                    callId: CALL_ID,
                    number: '+14155550100',
                    displayName: 'Ada Lovelace',
                    headers: { 'x-case-number': '00001001' },
                    createdAt: T0,
                    updatedAt: AT,
                    ringStartedAt: AT,
                    dialStartedAt: null,
                    muted: false,
                    notes: '',
                    matchedRecords: []
                })
            });
        });

        it('dials: idle → dialing, outbound, relating the click-to-dial record', () => {
            const data = active(
                apply(createCallSessionData(T0), {
                    type: 'dial',
                    at: AT,
                    callId: CALL_ID,
                    number: '+14155550199',
                    displayName: 'Ada Lovelace',
                    relatedRecord: CONTACT
                })
            );
            expect(data).toMatchObject({
                state: CallState.Dialing,
                direction: 'outbound',
                number: '+14155550199',
                displayName: 'Ada Lovelace',
                headers: {},
                dialStartedAt: AT,
                ringStartedAt: null,
                progress: null,
                relatedRecord: CONTACT
            });
        });

        it('answers a ringing call: ringing → connected, stamping connectedAt', () => {
            expect(apply(reach(CallState.Ringing), sample('connected', AT))).toMatchObject({
                state: CallState.Connected,
                connectedAt: AT
            });
        });

        it.each([
            ['declined', CallState.Declined],
            ['local-hang-up', CallState.Declined],
            ['caller-cancelled', CallState.Missed],
            ['no-answer', CallState.Missed],
            ['remote-hang-up', CallState.Missed],
            ['busy', CallState.Missed],
            ['rejected', CallState.Missed],
            ['not-found', CallState.Missed],
            ['unavailable', CallState.Missed],
            ['transferred', CallState.Missed],
            ['connection-lost', CallState.Missed],
            ['media-failed', CallState.Missed],
            ['error', CallState.Missed]
        ] as const)('ends a ringing call with %s as %s, with no wrap-up', (cause, outcome) => {
            const data = apply(reach(CallState.Ringing), { type: 'ended', at: AT, cause, detail: 'SIP 487' });
            expect(data).toMatchObject({
                state: outcome,
                endCause: cause,
                endDetail: 'SIP 487',
                disconnectedAt: AT,
                endedAt: AT,
                wrapUpStartedAt: null
            });
            expect(isTerminalCallState(data.state)).toBe(true);
        });

        it('records dialing progress: dialing → dialing', () => {
            let data = apply(reach(CallState.Dialing), { type: 'progress', at: AT, progress: 'trying' });
            data = apply(data, { type: 'progress', at: AT + 1, progress: 'early-media' });
            expect(data).toMatchObject({ state: CallState.Dialing, progress: 'early-media' });
        });

        it('connects an answered outbound call: dialing → connected', () => {
            expect(apply(reach(CallState.Dialing), sample('connected', AT))).toMatchObject({
                state: CallState.Connected,
                connectedAt: AT
            });
        });

        it.each(['local-hang-up', 'caller-cancelled', 'transferred'] as const)(
            'ends a dialing call with %s in wrap-up, so the agent can note it',
            (cause) => {
                expect(apply(reach(CallState.Dialing), { type: 'ended', at: AT, cause })).toMatchObject({
                    state: CallState.WrapUp,
                    endCause: cause,
                    disconnectedAt: AT,
                    wrapUpStartedAt: AT,
                    endedAt: null
                });
            }
        );

        it.each([
            'busy',
            'rejected',
            'not-found',
            'unavailable',
            'no-answer',
            'error',
            'declined',
            'remote-hang-up',
            'connection-lost',
            'media-failed'
        ] as const)('ends a dialing call with %s as failed, with no wrap-up', (cause) => {
            expect(apply(reach(CallState.Dialing), { type: 'ended', at: AT, cause })).toMatchObject({
                state: CallState.Failed,
                endCause: cause,
                disconnectedAt: AT,
                wrapUpStartedAt: null,
                endedAt: AT
            });
        });

        it('holds a connected call: connected → held, stamping holdStartedAt', () => {
            expect(apply(reach(CallState.Connected), sample('hold', AT))).toMatchObject({
                state: CallState.Held,
                holdStartedAt: AT
            });
        });

        it('resumes a held call: held → connected, adding the hold to heldTotalMs', () => {
            const held = active(reach(CallState.Held));
            const data = apply(held, sample('resume', AT));
            expect(data).toMatchObject({
                state: CallState.Connected,
                holdStartedAt: null,
                heldTotalMs: AT - (held.holdStartedAt ?? NaN)
            });
        });

        it.each(CALL_END_CAUSES)('ends a connected call with %s in wrap-up', (cause) => {
            expect(apply(reach(CallState.Connected), { type: 'ended', at: AT, cause })).toMatchObject({
                state: CallState.WrapUp,
                endCause: cause,
                disconnectedAt: AT,
                wrapUpStartedAt: AT,
                endedAt: null
            });
        });

        it.each(CALL_END_CAUSES)('ends a held call with %s in wrap-up, closing the open hold', (cause) => {
            const held = active(reach(CallState.Held));
            const data = apply(held, { type: 'ended', at: AT, cause });
            expect(data).toMatchObject({
                state: CallState.WrapUp,
                endCause: cause,
                holdStartedAt: null,
                heldTotalMs: AT - (held.holdStartedAt ?? NaN),
                wrapUpStartedAt: AT
            });
        });

        it('saves the wrap-up: wrap-up → ended, closed by the agent', () => {
            expect(apply(reach(CallState.WrapUp), sample('save-wrap-up', AT))).toMatchObject({
                state: CallState.Ended,
                endedAt: AT,
                wrapUpClosedBy: 'agent'
            });
        });

        it('times the wrap-up out: wrap-up → ended, closed by the timeout', () => {
            expect(apply(reach(CallState.WrapUp), sample('wrap-up-timeout', AT))).toMatchObject({
                state: CallState.Ended,
                endedAt: AT,
                wrapUpClosedBy: 'timeout'
            });
        });

        it.each([
            CallState.Ringing,
            CallState.Dialing,
            CallState.Connected,
            CallState.Held,
            CallState.WrapUp
        ])('attaches screen-pop matches while %s, replacing earlier ones', (state) => {
            let data = apply(reach(state), { type: 'records-matched', at: AT, records: [CONTACT, CASE] });
            data = apply(data, { type: 'records-matched', at: AT, records: [CASE] });
            expect(data).toMatchObject({ state, matchedRecords: [CASE] });
        });

        it('accepts exactly the pairs the diagram in CallState draws', () => {
            const accepted: Partial<Record<CallState, CallEventType[]>> = {};
            for (const state of Object.values(CallState)) {
                accepted[state] = EVENT_TYPES.filter((type) => {
                    let data = reach(state);
                    // unmute needs a muted microphone to be accepted
                    if (type === 'unmute' && ACCEPTED[state].includes('mute')) {
                        data = apply(data, sample('mute', AT));
                    }
                    return transition(data, sample(type, AT)).ok;
                });
            }
            expect(accepted).toEqual(ACCEPTED);
        });
    });

    describe('mute', () => {
        it.each([CallState.Connected, CallState.Held])(
            'toggles the flag while %s and keeps the state',
            (state) => {
                const muted = apply(reach(state), sample('mute', AT));
                expect(muted).toMatchObject({ state, muted: true });
                expect(apply(muted, sample('unmute', AT + 1))).toMatchObject({ state, muted: false });
            }
        );

        it('keeps the flag across hold and resume', () => {
            let data = apply(reach(CallState.Connected), sample('mute', AT));
            data = apply(data, sample('hold', AT + 1));
            data = apply(data, sample('resume', AT + 2));
            expect(data).toMatchObject({ state: CallState.Connected, muted: true });
        });

        it('clears the flag when the call ends', () => {
            const data = apply(apply(reach(CallState.Held), sample('mute', AT)), sample('ended', AT + 1));
            expect(data).toMatchObject({ state: CallState.WrapUp, muted: false });
        });

        it('refuses to mute twice or to unmute a live microphone', () => {
            const muted = apply(reach(CallState.Connected), sample('mute', AT));
            expect(transition(muted, sample('mute', AT))).toEqual({
                ok: false,
                reason: 'Cannot mute: the microphone is already muted; unmute it to talk.'
            });
            expect(transition(reach(CallState.Held), sample('unmute', AT))).toEqual({
                ok: false,
                reason: 'Cannot unmute: the microphone is not muted; the other party hears the agent already.'
            });
        });
    });

    describe('quality', () => {
        const reading = (lossPercent: number, mos: number, at: number): CallEvent => ({
            type: 'quality',
            at,
            sample: { rttMs: 40, jitterMs: 4, lossPercent, mos }
        });

        it('keeps how the call sounds now and its running summary, and the state', () => {
            let data = apply(reach(CallState.Connected), reading(0, 4.39, AT));
            expect(data).toMatchObject({
                state: CallState.Connected,
                quality: { level: 'good', reason: null, mos: 4.39 },
                qualitySummary: { samples: 1, averageMos: 4.39, worstMos: 4.39, worstLossPercent: 0 }
            });
            data = apply(data, reading(10, 3.41, AT + 5000));
            expect(data).toMatchObject({
                quality: { level: 'warning', reason: 'loss', mos: 3.41 },
                qualitySummary: { samples: 2, averageMos: 3.9, worstMos: 3.41, worstLossPercent: 10 }
            });
        });

        it('drops how the call sounds once it ended and keeps the summary for the log', () => {
            const data = apply(
                apply(reach(CallState.Connected), reading(10, 3.41, AT)),
                sample('ended', AT + 1)
            );
            expect(data).toMatchObject({
                state: CallState.WrapUp,
                quality: null,
                qualitySummary: { samples: 1, worstMos: 3.41 }
            });
        });

        it('refuses a reading that is not numbers of 0 or more', () => {
            expect(transition(reach(CallState.Connected), reading(Number.NaN, 4, AT))).toEqual({
                ok: false,
                reason: 'Cannot record the call quality: a value is not a number of 0 or more; pass a reading of getStats.'
            });
        });
    });

    describe('wrap-up edits', () => {
        it.each([CallState.Connected, CallState.Held, CallState.WrapUp])(
            'sets notes, disposition and related record while %s, keeping the state',
            (state) => {
                let data = apply(reach(state), { type: 'set-notes', at: AT, notes: 'Wants a callback.' });
                data = apply(data, { type: 'set-disposition', at: AT, disposition: '  Callback  ' });
                data = apply(data, { type: 'set-related-record', at: AT, record: CASE });
                expect(data).toMatchObject({
                    state,
                    notes: 'Wants a callback.',
                    disposition: 'Callback',
                    relatedRecord: CASE
                });
            }
        );

        it('keeps notes typed during the call into wrap-up and the ended call', () => {
            let data = apply(reach(CallState.Connected), {
                type: 'set-notes',
                at: AT,
                notes: 'During the call'
            });
            data = apply(data, sample('ended', AT + 1));
            data = apply(data, { type: 'set-notes', at: AT + 2, notes: 'During the call, then after' });
            data = apply(data, sample('save-wrap-up', AT + 3));
            expect(data).toMatchObject({ state: CallState.Ended, notes: 'During the call, then after' });
        });

        it('clears the disposition with null or blank text and the related record with null', () => {
            let data = apply(reach(CallState.WrapUp), {
                type: 'set-disposition',
                at: AT,
                disposition: 'Sale'
            });
            data = apply(data, { type: 'set-related-record', at: AT, record: CONTACT });
            expect(apply(data, { type: 'set-disposition', at: AT, disposition: null })).toMatchObject({
                disposition: null
            });
            expect(apply(data, { type: 'set-disposition', at: AT, disposition: '   ' })).toMatchObject({
                disposition: null
            });
            expect(apply(data, { type: 'set-related-record', at: AT, record: null })).toMatchObject({
                relatedRecord: null
            });
        });

        it('keeps only the declared fields of a related record and freezes it', () => {
            const record = { ...CASE, extra: 'ignored' };
            const data = active(
                apply(reach(CallState.WrapUp), { type: 'set-related-record', at: AT, record })
            );
            expect(data.relatedRecord).toStrictEqual(CASE);
            expect(Object.isFrozen(data.relatedRecord)).toBe(true);
        });

        it('accepts notes up to the Task Description limit', () => {
            const notes = 'x'.repeat(MAX_NOTES_LENGTH);
            expect(apply(reach(CallState.WrapUp), { type: 'set-notes', at: AT, notes })).toMatchObject({
                notes
            });
        });

        it.each<[string, CallEvent, string]>([
            [
                'notes over the limit',
                { type: 'set-notes', at: AT, notes: 'x'.repeat(MAX_NOTES_LENGTH + 1) },
                'Cannot edit the notes: they are 32001 characters long; shorten them to 32000 characters or fewer.'
            ],
            [
                'a disposition over the limit',
                { type: 'set-disposition', at: AT, disposition: 'x'.repeat(MAX_DISPOSITION_LENGTH + 1) },
                'Cannot set the disposition: it is 256 characters long; use 255 characters or fewer.'
            ],
            [
                'a related record without an id',
                { type: 'set-related-record', at: AT, record: { id: ' ' } },
                'Cannot relate a record: its id is blank; pick a saved Salesforce record.'
            ],
            [
                'matches with a blank id',
                { type: 'records-matched', at: AT, records: [CONTACT, { id: '' }] },
                'Cannot attach matched records: one of them has a blank id; pass only records the search returned.'
            ]
        ])('refuses %s, keeping the data', (_name, event, reason) => {
            expect(transition(reach(CallState.WrapUp), event)).toEqual({ ok: false, reason });
        });
    });

    describe('illegal transitions', () => {
        it.each<[CallState, CallEventType, string]>([
            [
                CallState.Idle,
                'hold',
                'Cannot hold: there is no call yet; a call starts with an incoming call or a dial.'
            ],
            [
                CallState.Idle,
                'ended',
                'Cannot end the call: there is no call yet; a call starts with an incoming call or a dial.'
            ],
            [CallState.Ringing, 'hold', 'Cannot hold: the call is ringing; answer it first.'],
            [CallState.Ringing, 'mute', 'Cannot mute: the call is ringing; answer it first.'],
            [CallState.Ringing, 'set-notes', 'Cannot edit the notes: the call is ringing; answer it first.'],
            [
                CallState.Ringing,
                'progress',
                'Cannot record dialing progress: the call is ringing; progress applies only to outbound calls while dialing.'
            ],
            [
                CallState.Ringing,
                'save-wrap-up',
                'Cannot save the wrap-up: the call is ringing; wrap-up starts once an answered call ends.'
            ],
            [
                CallState.Ringing,
                'incoming',
                'Cannot offer an incoming call: this session already has a call (ringing); use a new session for another call.'
            ],
            [CallState.Dialing, 'hold', 'Cannot hold: the call is still dialing; wait until it is answered.'],
            [
                CallState.Dialing,
                'unmute',
                'Cannot unmute: the call is still dialing; wait until it is answered.'
            ],
            [
                CallState.Dialing,
                'set-disposition',
                'Cannot set the disposition: the call is still dialing; wait until it is answered.'
            ],
            [
                CallState.Dialing,
                'wrap-up-timeout',
                'Cannot close the wrap-up on timeout: the call is still dialing; hang up first, wrap-up starts when the call ends.'
            ],
            [
                CallState.Dialing,
                'dial',
                'Cannot dial: this session already has a call (dialing); use a new session for another call.'
            ],
            [CallState.Connected, 'resume', 'Cannot resume: the call is connected; it is not on hold.'],
            [
                CallState.Connected,
                'connected',
                'Cannot connect the call: the call is connected; it was answered already.'
            ],
            [
                CallState.Connected,
                'progress',
                'Cannot record dialing progress: the call is connected; progress applies only while dialing.'
            ],
            [
                CallState.Connected,
                'save-wrap-up',
                'Cannot save the wrap-up: the call is connected; hang up first, wrap-up starts when the call ends.'
            ],
            [CallState.Held, 'hold', 'Cannot hold: the call is on hold; resume it to talk.'],
            [CallState.Held, 'connected', 'Cannot connect the call: the call is on hold; resume it to talk.'],
            [
                CallState.Held,
                'wrap-up-timeout',
                'Cannot close the wrap-up on timeout: the call is on hold; hang up first, wrap-up starts when the call ends.'
            ],
            [
                CallState.WrapUp,
                'hold',
                'Cannot hold: the call has ended and is in wrap-up; save the wrap-up to finish.'
            ],
            [
                CallState.WrapUp,
                'mute',
                'Cannot mute: the call has ended and is in wrap-up; save the wrap-up to finish.'
            ],
            [
                CallState.WrapUp,
                'ended',
                'Cannot end the call: the call has ended and is in wrap-up; save the wrap-up to finish.'
            ],
            [
                CallState.Ended,
                'set-notes',
                'Cannot edit the notes: the call is over; use a new session for the next call.'
            ],
            [
                CallState.Ended,
                'save-wrap-up',
                'Cannot save the wrap-up: the call is over; use a new session for the next call.'
            ],
            [
                CallState.Declined,
                'connected',
                'Cannot connect the call: the call was declined; use a new session for the next call.'
            ],
            [
                CallState.Missed,
                'ended',
                'Cannot end the call: the call was missed; use a new session for the next call.'
            ],
            [
                CallState.Failed,
                'set-related-record',
                'Cannot relate a record: the call failed; use a new session for the next call.'
            ],
            [
                CallState.Failed,
                'incoming',
                'Cannot offer an incoming call: this session already has a call (failed); use a new session for another call.'
            ]
        ])('refuses in %s the event %s: "%s"', (state, type, reason) => {
            expect(transition(reach(state), sample(type, AT))).toEqual({ ok: false, reason });
        });

        it('refuses every pair outside the diagram with a sentence that says what to do', () => {
            for (const state of Object.values(CallState)) {
                for (const type of EVENT_TYPES.filter((candidate) => !ACCEPTED[state].includes(candidate))) {
                    const result = transition(reach(state), sample(type, AT));
                    expect(result).toEqual({
                        ok: false,
                        reason: expect.stringMatching(/^Cannot .+: .+; .+\.$/)
                    });
                }
            }
        });

        it.each<[string, CallEvent, string]>([
            [
                'an incoming call without an id',
                { type: 'incoming', at: AT, callId: ' ', number: '+14155550100' },
                'Cannot offer an incoming call: the call id is blank; pass the id the phone system gave the call.'
            ],
            [
                'a dial without an id',
                { type: 'dial', at: AT, callId: '', number: '+14155550100' },
                'Cannot dial: the call id is blank; pass the id the phone system gave the call.'
            ],
            [
                'a dial without a number',
                { type: 'dial', at: AT, callId: CALL_ID, number: '  ' },
                'Cannot dial: the number is blank; enter a number to call.'
            ],
            [
                'an event whose time is not a number',
                { type: 'incoming', at: NaN, callId: CALL_ID, number: '+14155550100' },
                'Cannot offer an incoming call: its time NaN is not epoch milliseconds; stamp events with Clock.now().'
            ]
        ])('refuses %s', (_name, event, reason) => {
            expect(transition(createCallSessionData(T0), event)).toEqual({ ok: false, reason });
        });

        it('accepts an incoming call from a withheld (empty) number', () => {
            const event = { type: 'incoming', at: AT, callId: CALL_ID, number: '' } as const;
            expect(apply(createCallSessionData(T0), event)).toMatchObject({
                state: CallState.Ringing,
                number: ''
            });
        });
    });

    describe('purity', () => {
        it('never changes the data it is given and returns frozen data', () => {
            const before = reach(CallState.Connected);
            const copy = JSON.parse(JSON.stringify(before)) as unknown;
            const after = apply(before, sample('hold', AT));
            expect(before).toEqual(copy);
            expect(after).not.toBe(before);
            expect(Object.isFrozen(after)).toBe(true);
            expect(Object.isFrozen(active(after).headers)).toBe(true);
            expect(Object.isFrozen(active(after).matchedRecords)).toBe(true);
        });

        it('copies the headers it is given', () => {
            const headers: Record<string, string> = { 'x-queue': 'support' };
            const data = active(apply(createCallSessionData(T0), { ...sample('incoming', AT), headers }));
            headers['x-queue'] = 'changed';
            expect(data.headers).toEqual({ 'x-queue': 'support' });
        });

        it('applies an event stamped before the last one at the last one’s time', () => {
            const connected = apply(reach(CallState.Ringing), sample('connected', AT));
            const held = active(apply(connected, sample('hold', AT - 5000)));
            expect(held).toMatchObject({ holdStartedAt: AT, updatedAt: AT });
        });
    });

    describe('types', () => {
        it('rejects malformed events at compile time', () => {
            /** Never called: `tsc` checks that each line below is a type error. */
            function malformed(data: CallSessionData): void {
                // @ts-expect-error every event needs its time
                transition(data, { type: 'hold' });
                // @ts-expect-error unknown event types do not compile
                transition(data, { type: 'teleport', at: AT });
                // @ts-expect-error an incoming call needs its call id
                transition(data, { type: 'incoming', at: AT, number: '+14155550100' });
                // @ts-expect-error end causes are the telephony provider's
                transition(data, { type: 'ended', at: AT, cause: 'exploded' });
                // @ts-expect-error the data is immutable
                data.state = CallState.Ended;
            }
            expect(malformed).toBeInstanceOf(Function);
        });

        it('exposes call fields only once the state is narrowed past idle', () => {
            const data = reach(CallState.Ringing);
            // @ts-expect-error an idle session has no call id, so the union has none either
            expect(data.callId).toBe(CALL_ID);
            expect(data.state !== CallState.Idle && data.callId).toBe(CALL_ID);
        });
    });
});
