import { SoftphoneError } from '../errors';
import { ManualClock } from '../time';
import type { CallSessionChange } from './call-session';
import { CallSession } from './call-session';
import { CallState } from './call-state';
import { InvalidTransitionError } from './invalid-transition-error';

const SECOND = 1000;
const CONTACT = { id: '003000000000001AAA', name: 'Ada Lovelace', objectType: 'Contact' };

function setUp(): { clock: ManualClock; session: CallSession; changes: CallSessionChange[] } {
    const clock = new ManualClock();
    const session = new CallSession({ clock });
    const changes: CallSessionChange[] = [];
    session.subscribe((change) => changes.push(change));
    return { clock, session, changes };
}

describe('CallSession', () => {
    it('starts idle, created at the clock’s time', () => {
        const clock = new ManualClock();
        const session = new CallSession({ clock });
        expect(session.state).toBe(CallState.Idle);
        expect(session.terminal).toBe(false);
        expect(session.data).toEqual({
            state: CallState.Idle,
            createdAt: clock.now(),
            updatedAt: clock.now()
        });
    });

    it('returns the new data from send and keeps it as current', () => {
        const { clock, session } = setUp();
        const data = session.send({ type: 'incoming', at: clock.now(), callId: 'in-1', number: '+1' });
        expect(data).toBe(session.data);
        expect(session.state).toBe(CallState.Ringing);
    });

    it('throws InvalidTransitionError with the reason on an illegal event, keeping its data', () => {
        const { clock, session, changes } = setUp();
        session.send({ type: 'incoming', at: clock.now(), callId: 'in-1', number: '+1' });
        const before = session.data;
        let thrown: unknown;
        try {
            session.send({ type: 'hold', at: clock.now() });
        } catch (error) {
            thrown = error;
        }
        expect(thrown).toBeInstanceOf(InvalidTransitionError);
        expect(thrown).toBeInstanceOf(SoftphoneError);
        expect(thrown).toMatchObject({
            name: 'InvalidTransitionError',
            message: 'Cannot hold: the call is ringing; answer it first.',
            reason: 'Cannot hold: the call is ringing; answer it first.',
            state: CallState.Ringing,
            eventType: 'hold'
        });
        expect(session.data).toBe(before);
        expect(changes).toHaveLength(1);
    });

    it('tells subscribers each change with the event, the previous data and the new data', () => {
        const { clock, session, changes } = setUp();
        const idle = session.data;
        const event = { type: 'incoming', at: clock.now(), callId: 'in-1', number: '+1' } as const;
        session.send(event);
        expect(changes).toEqual([{ event, previous: idle, data: session.data }]);
    });

    it('stops telling a subscriber once it unsubscribed', () => {
        const { clock, session } = setUp();
        const listener = jest.fn();
        const unsubscribe = session.subscribe(listener);
        session.send({ type: 'dial', at: clock.now(), callId: 'out-1', number: '+1' });
        unsubscribe();
        unsubscribe();
        session.send({ type: 'progress', at: clock.now(), progress: 'ringing' });
        expect(listener).toHaveBeenCalledTimes(1);
    });

    it('delivers changes in order when a subscriber sends an event while being told', () => {
        const { clock, session, changes } = setUp();
        const heardByLater: string[] = [];
        session.subscribe(({ event }) => {
            if (event.type === 'connected') session.send({ type: 'mute', at: clock.now() });
        });
        session.subscribe(({ event }) => heardByLater.push(event.type));
        session.send({ type: 'incoming', at: clock.now(), callId: 'in-1', number: '+1' });
        session.send({ type: 'connected', at: clock.now() });
        expect(changes.map(({ event }) => event.type)).toEqual(['incoming', 'connected', 'mute']);
        expect(heardByLater).toEqual(['incoming', 'connected', 'mute']);
        expect(session.data).toMatchObject({ muted: true });
    });

    it('tells every subscriber even when one throws, then rethrows that error', () => {
        const { clock, session, changes } = setUp();
        const failure = new Error('listener broke');
        session.subscribe(() => {
            throw failure;
        });
        const after = jest.fn();
        session.subscribe(after);
        expect(() =>
            session.send({ type: 'incoming', at: clock.now(), callId: 'in-1', number: '+1' })
        ).toThrow(failure);
        expect(session.state).toBe(CallState.Ringing);
        expect(changes).toHaveLength(1);
        expect(after).toHaveBeenCalledTimes(1);
    });

    it.each([
        ['declined', CallState.Declined],
        ['caller-cancelled', CallState.Missed]
    ] as const)('releases subscribers after telling them the call was %s', (cause, outcome) => {
        const { clock, session, changes } = setUp();
        session.send({ type: 'incoming', at: clock.now(), callId: 'in-1', number: '+1' });
        expect(session.listenerCount).toBe(1);
        session.send({ type: 'ended', at: clock.now(), cause });
        expect(changes.at(-1)?.data.state).toBe(outcome);
        expect(session.terminal).toBe(true);
        expect(session.listenerCount).toBe(0);
    });

    it('registers nothing on a finished session and refuses further events', () => {
        const { clock, session } = setUp();
        session.send({ type: 'dial', at: clock.now(), callId: 'out-1', number: '+1' });
        session.send({ type: 'ended', at: clock.now(), cause: 'busy' });
        const late = jest.fn();
        const unsubscribe = session.subscribe(late);
        expect(session.listenerCount).toBe(0);
        expect(() => session.send({ type: 'dial', at: clock.now(), callId: 'out-2', number: '+1' })).toThrow(
            'Cannot dial: this session already has a call (failed); use a new session for another call.'
        );
        expect(late).not.toHaveBeenCalled();
        expect(unsubscribe).not.toThrow();
    });

    it('releases subscribers on dispose', () => {
        const { clock, session } = setUp();
        const listener = jest.fn();
        session.subscribe(listener);
        session.dispose();
        expect(session.listenerCount).toBe(0);
        session.send({ type: 'incoming', at: clock.now(), callId: 'in-1', number: '+1' });
        expect(listener).not.toHaveBeenCalled();
    });

    it('takes snapshots at the clock’s time unless told another', () => {
        const { clock, session } = setUp();
        session.send({ type: 'incoming', at: clock.now(), callId: 'in-1', number: '+1' });
        clock.advance(8 * SECOND);
        expect(session.snapshot().durations.ringMs).toBe(8 * SECOND);
        expect(session.snapshot(clock.now() - 3 * SECOND).durations.ringMs).toBe(5 * SECOND);
    });

    it('runs a whole inbound call: ring, answer, hold, mute, notes, hang-up, wrap-up, save', () => {
        const { clock, session, changes } = setUp();
        const at = (): number => clock.now();
        session.send({
            type: 'incoming',
            at: at(),
            callId: 'in-42',
            number: '+14155550100',
            displayName: 'Ada Lovelace',
            headers: { 'x-case-number': '00001001' }
        });
        session.send({ type: 'records-matched', at: at(), records: [CONTACT] });
        clock.advance(10 * SECOND);
        session.send({ type: 'connected', at: at() });
        clock.advance(20 * SECOND);
        session.send({ type: 'set-notes', at: at(), notes: 'Invoice question' });
        session.send({ type: 'hold', at: at() });
        session.send({ type: 'mute', at: at() });
        clock.advance(15 * SECOND);
        session.send({ type: 'resume', at: at() });
        session.send({ type: 'unmute', at: at() });
        clock.advance(25 * SECOND);
        session.send({ type: 'ended', at: at(), cause: 'remote-hang-up' });
        expect(session.snapshot()).toMatchObject({
            state: CallState.WrapUp,
            durations: { talkMs: 45 * SECOND }
        });
        clock.advance(40 * SECOND);
        session.send({ type: 'set-related-record', at: at(), record: CONTACT });
        session.send({ type: 'set-disposition', at: at(), disposition: 'Resolved' });
        session.send({ type: 'save-wrap-up', at: at() });

        expect(changes.map(({ data }) => data.state)).toEqual([
            CallState.Ringing,
            CallState.Ringing,
            CallState.Connected,
            CallState.Connected,
            CallState.Held,
            CallState.Held,
            CallState.Connected,
            CallState.Connected,
            CallState.WrapUp,
            CallState.WrapUp,
            CallState.WrapUp,
            CallState.Ended
        ]);
        const start = changes[0]?.event.at ?? NaN;
        expect(session.snapshot(clock.now() + 60 * SECOND)).toEqual({
            state: CallState.Ended,
            terminal: true,
            direction: 'inbound',
            callId: 'in-42',
            number: '+14155550100',
            displayName: 'Ada Lovelace',
            headers: { 'x-case-number': '00001001' },
            progress: null,
            muted: false,
            notes: 'Invoice question',
            disposition: 'Resolved',
            relatedRecord: CONTACT,
            matchedRecords: [CONTACT],
            links: [],
            endCause: 'remote-hang-up',
            endDetail: null,
            wrapUpClosedBy: 'agent',
            quality: null,
            qualitySummary: null,
            timestamps: {
                createdAt: start,
                updatedAt: start + 110 * SECOND,
                ringStartedAt: start,
                dialStartedAt: null,
                connectedAt: start + 10 * SECOND,
                holdStartedAt: null,
                disconnectedAt: start + 70 * SECOND,
                wrapUpStartedAt: start + 70 * SECOND,
                endedAt: start + 110 * SECOND
            },
            durations: {
                ringMs: 10 * SECOND,
                talkMs: 45 * SECOND,
                holdMs: 15 * SECOND,
                wrapUpMs: 40 * SECOND
            },
            capturedAt: start + 170 * SECOND
        });
        expect(session.listenerCount).toBe(0);
    });

    it('runs a whole outbound call: dial, progress, answer, hang-up, wrap-up timeout', () => {
        const { clock, session } = setUp();
        const at = (): number => clock.now();
        session.send({
            type: 'dial',
            at: at(),
            callId: 'out-7',
            number: '+14155550199',
            displayName: 'Ada Lovelace',
            relatedRecord: CONTACT
        });
        clock.advance(SECOND);
        session.send({ type: 'progress', at: at(), progress: 'trying' });
        clock.advance(2 * SECOND);
        session.send({ type: 'progress', at: at(), progress: 'ringing' });
        clock.advance(5 * SECOND);
        session.send({ type: 'connected', at: at() });
        clock.advance(90 * SECOND);
        session.send({ type: 'ended', at: at(), cause: 'local-hang-up' });
        clock.advance(30 * SECOND);
        session.send({ type: 'wrap-up-timeout', at: at() });

        expect(session.snapshot()).toMatchObject({
            state: CallState.Ended,
            direction: 'outbound',
            callId: 'out-7',
            progress: 'ringing',
            relatedRecord: CONTACT,
            endCause: 'local-hang-up',
            wrapUpClosedBy: 'timeout',
            durations: { ringMs: 8 * SECOND, talkMs: 90 * SECOND, holdMs: 0, wrapUpMs: 30 * SECOND }
        });
    });

    it('lets the agent note an outbound call they cancelled before it was answered', () => {
        const { clock, session } = setUp();
        session.send({ type: 'dial', at: clock.now(), callId: 'out-8', number: '+14155550199' });
        clock.advance(6 * SECOND);
        session.send({ type: 'ended', at: clock.now(), cause: 'local-hang-up' });
        session.send({ type: 'set-notes', at: clock.now(), notes: 'Wrong number, cancelled.' });
        session.send({ type: 'save-wrap-up', at: clock.now() });
        expect(session.snapshot()).toMatchObject({
            state: CallState.Ended,
            notes: 'Wrong number, cancelled.',
            durations: { ringMs: 6 * SECOND, talkMs: 0 }
        });
    });
});
