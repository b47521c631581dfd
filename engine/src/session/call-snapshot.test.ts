import { ManualClock } from '../time';
import type { CallEvent } from './call-event';
import type { CallSessionData } from './call-session-data';
import { createCallSessionData } from './call-session-data';
import { toCallSnapshot } from './call-snapshot';
import { CallState } from './call-state';
import { transition } from './call-transition';

const SECOND = 1000;

/** An event without its time; {@link Script} stamps it. */
type Unstamped<TEvent = CallEvent> = TEvent extends CallEvent ? Omit<TEvent, 'at'> : never;

/** Drives pure data with a ManualClock, stamping each event with the clock's time. */
class Script {
    readonly clock = new ManualClock();
    data: CallSessionData = createCallSessionData(this.clock.now());

    send(event: Unstamped): this {
        const result = transition(this.data, { ...event, at: this.clock.now() });
        if (!result.ok) throw new Error(result.reason);
        this.data = result.data;
        return this;
    }

    wait(ms: number): this {
        this.clock.advance(ms);
        return this;
    }

    snapshot(): ReturnType<typeof toCallSnapshot> {
        return toCallSnapshot(this.data, this.clock.now());
    }
}

function inbound(): Script {
    return new Script().send({ type: 'incoming', callId: 'in-1', number: '+14155550100' });
}

describe('toCallSnapshot', () => {
    it('computes a 10 s ring, 45 s talk and 15 s hold from a 60 s call with a 15 s hold', () => {
        const script = inbound()
            .wait(10 * SECOND)
            .send({ type: 'connected' })
            .wait(20 * SECOND)
            .send({ type: 'hold' })
            .wait(15 * SECOND)
            .send({ type: 'resume' })
            .wait(25 * SECOND)
            .send({ type: 'ended', cause: 'remote-hang-up' })
            .wait(30 * SECOND)
            .send({ type: 'save-wrap-up' })
            .wait(99 * SECOND);
        expect(script.snapshot().durations).toEqual({
            ringMs: 10 * SECOND,
            talkMs: 45 * SECOND,
            holdMs: 15 * SECOND,
            wrapUpMs: 30 * SECOND
        });
    });

    it('counts a ring still under way up to now', () => {
        expect(
            inbound()
                .wait(7 * SECOND)
                .snapshot().durations
        ).toEqual({
            ringMs: 7 * SECOND,
            talkMs: 0,
            holdMs: 0,
            wrapUpMs: 0
        });
    });

    it('counts a hold still under way up to now, and not as talk', () => {
        const script = inbound()
            .wait(2 * SECOND)
            .send({ type: 'connected' })
            .wait(30 * SECOND)
            .send({ type: 'hold' })
            .wait(12 * SECOND);
        expect(script.snapshot().durations).toEqual({
            ringMs: 2 * SECOND,
            talkMs: 30 * SECOND,
            holdMs: 12 * SECOND,
            wrapUpMs: 0
        });
    });

    it('adds up several holds, and closes one the call ended in', () => {
        const script = inbound()
            .send({ type: 'connected' })
            .wait(10 * SECOND)
            .send({ type: 'hold' })
            .wait(5 * SECOND)
            .send({ type: 'resume' })
            .wait(10 * SECOND)
            .send({ type: 'hold' })
            .wait(8 * SECOND)
            .send({ type: 'ended', cause: 'remote-hang-up' })
            .wait(60 * SECOND);
        expect(script.snapshot().durations).toEqual({
            ringMs: 0,
            talkMs: 20 * SECOND,
            holdMs: 13 * SECOND,
            wrapUpMs: 60 * SECOND
        });
    });

    it('counts an outbound call’s dialing as its ring, and a failed one has no talk', () => {
        const script = new Script()
            .send({ type: 'dial', callId: 'out-1', number: '+14155550199' })
            .wait(4 * SECOND)
            .send({ type: 'progress', progress: 'ringing' })
            .wait(16 * SECOND)
            .send({ type: 'ended', cause: 'no-answer' })
            .wait(5 * SECOND);
        expect(script.snapshot()).toMatchObject({
            state: CallState.Failed,
            terminal: true,
            durations: { ringMs: 20 * SECOND, talkMs: 0, holdMs: 0, wrapUpMs: 0 }
        });
    });

    it('stops the ring of a missed call when it ended', () => {
        const script = inbound()
            .wait(25 * SECOND)
            .send({ type: 'ended', cause: 'caller-cancelled' })
            .wait(60 * SECOND);
        expect(script.snapshot().durations.ringMs).toBe(25 * SECOND);
    });

    it('never reports negative durations for a now before the last event', () => {
        const script = inbound()
            .wait(10 * SECOND)
            .send({ type: 'connected' });
        const snapshot = toCallSnapshot(script.data, script.clock.now() - 60 * SECOND);
        expect(snapshot.capturedAt).toBe(script.data.updatedAt);
        expect(snapshot.durations).toEqual({ ringMs: 10 * SECOND, talkMs: 0, holdMs: 0, wrapUpMs: 0 });
    });

    it('reads a now that is not a number as the last event’s time', () => {
        const script = inbound().wait(3 * SECOND);
        expect(toCallSnapshot(script.data, NaN)).toMatchObject({
            capturedAt: script.data.updatedAt,
            durations: { ringMs: 0 }
        });
    });

    it('gives an idle session every key with empty values', () => {
        const clock = new ManualClock();
        expect(toCallSnapshot(createCallSessionData(clock.now()), clock.now())).toEqual({
            state: CallState.Idle,
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
                createdAt: clock.now(),
                updatedAt: clock.now(),
                ringStartedAt: null,
                dialStartedAt: null,
                connectedAt: null,
                holdStartedAt: null,
                disconnectedAt: null,
                wrapUpStartedAt: null,
                endedAt: null
            },
            durations: { ringMs: 0, talkMs: 0, holdMs: 0, wrapUpMs: 0 },
            capturedAt: clock.now()
        });
    });

    it('round-trips through JSON unchanged, in every phase of a call', () => {
        const script = new Script();
        const snapshots = [script.snapshot()];
        const steps: Unstamped[] = [
            {
                type: 'incoming',
                callId: 'in-1',
                number: '+14155550100',
                displayName: 'Ada Lovelace',
                headers: { 'x-case-number': '00001001' }
            },
            { type: 'records-matched', records: [{ id: '003000000000001AAA', name: 'Ada Lovelace' }] },
            { type: 'connected' },
            { type: 'mute' },
            { type: 'hold' },
            { type: 'set-notes', notes: 'Line one\nLine "two" <b>' },
            { type: 'ended', cause: 'remote-hang-up', detail: 'BYE' },
            { type: 'set-related-record', record: { id: '500000000000001AAA', objectType: 'Case' } },
            { type: 'set-disposition', disposition: 'Resolved' },
            { type: 'wrap-up-timeout' }
        ];
        for (const step of steps) {
            script.wait(SECOND).send(step);
            snapshots.push(script.snapshot());
        }
        for (const snapshot of snapshots) {
            expect(JSON.parse(JSON.stringify(snapshot))).toStrictEqual(snapshot);
        }
        expect(snapshots.at(-1)).toMatchObject({ state: CallState.Ended, wrapUpClosedBy: 'timeout' });
    });

    it('shares no objects with the session data', () => {
        const script = inbound().send({
            type: 'records-matched',
            records: [{ id: '003000000000001AAA' }]
        });
        const snapshot = script.snapshot();
        const data = script.data.state === CallState.Idle ? undefined : script.data;
        expect(snapshot.headers).not.toBe(data?.headers);
        expect(snapshot.matchedRecords).not.toBe(data?.matchedRecords);
        expect(snapshot.matchedRecords[0]).not.toBe(data?.matchedRecords[0]);
    });
});
