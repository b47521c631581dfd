import {
    CallTimerClock,
    TICK_MS,
    callerName,
    formatCountdown,
    formatDuration,
    formatLabel,
    formatTimeOfDay,
    holdTimeMs,
    isoDateTime,
    recordLabel,
    talkTimeMs
} from 'c/softphoneFormat';

describe('c-softphone-format', () => {
    describe('formatDuration', () => {
        it.each([
            [0, '0:00'],
            [999, '0:00'],
            [1000, '0:01'],
            [59_999, '0:59'],
            [60_000, '1:00'],
            [754_000, '12:34'],
            [3_599_000, '59:59'],
            [3_600_000, '1:00:00'],
            [3_723_000, '1:02:03'],
            [36_000_000, '10:00:00']
        ])('formats %d ms as %s', (ms, expected) => {
            expect(formatDuration(ms)).toBe(expected);
        });

        it('reads negative and non-finite durations as 0:00', () => {
            expect(formatDuration(-5000)).toBe('0:00');
            expect(formatDuration(Number.NaN)).toBe('0:00');
            expect(formatDuration(Number.POSITIVE_INFINITY)).toBe('0:00');
        });
    });

    describe('formatCountdown', () => {
        it('rounds up so the last second still shows 0:01', () => {
            expect(formatCountdown(10_000, 9_001)).toBe('0:01');
            expect(formatCountdown(70_000, 10_000)).toBe('1:00');
            expect(formatCountdown(70_000, 10_500)).toBe('1:00');
        });

        it('stops at 0:00 once the time is up', () => {
            expect(formatCountdown(10_000, 10_000)).toBe('0:00');
            expect(formatCountdown(10_000, 12_000)).toBe('0:00');
        });
    });

    describe('formatTimeOfDay', () => {
        it("reads the time of day in the agent's own locale and time zone, as the browser formats it", () => {
            const at = Date.UTC(2026, 0, 1, 9, 5);
            const expected = new Intl.DateTimeFormat(undefined, {
                hour: 'numeric',
                minute: '2-digit'
            }).format(at);
            expect(formatTimeOfDay(at)).toBe(expected);
            expect(formatTimeOfDay(at)).toMatch(/\d{1,2}\D\d{2}/);
        });

        it('reads nothing for a moment that is not a number', () => {
            expect(formatTimeOfDay(Number.NaN)).toBe('');
        });
    });

    describe('isoDateTime', () => {
        it('gives the moment as an ISO date-time for <time datetime>', () => {
            expect(isoDateTime(Date.UTC(2026, 0, 1, 9, 5))).toBe('2026-01-01T09:05:00.000Z');
            expect(isoDateTime(Number.POSITIVE_INFINITY)).toBe('');
        });
    });

    describe('formatLabel', () => {
        it('fills numbered placeholders, repeated or out of order', () => {
            expect(formatLabel('{1} of {0}, {1}', 'b', 'a')).toBe('a of b, a');
            expect(formatLabel('{0} calls', 3)).toBe('3 calls');
        });

        it('leaves placeholders without a value as they are', () => {
            expect(formatLabel('{0} and {1}', 'x')).toBe('x and {1}');
        });

        it('inserts values literally, even when they look like patterns', () => {
            expect(formatLabel('Call {0}', '$& {1}')).toBe('Call $& {1}');
        });
    });

    describe('call timers', () => {
        const connectedAt = 1_000_000;

        it('has no talk time before the call connects', () => {
            expect(talkTimeMs({ heldTotalMs: 0 }, connectedAt + 5000)).toBe(0);
        });

        it('counts talk time from the connection', () => {
            expect(talkTimeMs({ connectedAt, heldTotalMs: 0 }, connectedAt + 65_000)).toBe(65_000);
        });

        it('leaves out past holds and the current hold', () => {
            const call = { connectedAt, heldTotalMs: 10_000, holdStartedAt: connectedAt + 50_000 };
            expect(talkTimeMs(call, connectedAt + 80_000)).toBe(40_000);
            expect(holdTimeMs(call, connectedAt + 80_000)).toBe(30_000);
        });

        it('has no hold time when the call is not on hold', () => {
            expect(holdTimeMs({}, connectedAt + 80_000)).toBe(0);
        });

        it('never goes below zero when clocks disagree', () => {
            expect(talkTimeMs({ connectedAt, heldTotalMs: 0 }, connectedAt - 2000)).toBe(0);
            expect(holdTimeMs({ holdStartedAt: connectedAt }, connectedAt - 2000)).toBe(0);
        });
    });

    describe('callerName', () => {
        const ada = { id: '003000000000001AAA', name: 'Ada Lovelace', objectType: 'Contact' };
        const grace = { id: '003000000000002AAA', name: 'Grace Hopper', objectType: 'Contact' };

        it('prefers the only matching record', () => {
            expect(callerName({ displayName: 'ADA L', matches: [ada] })).toBe('Ada Lovelace');
        });

        it('falls back to the signalled name when several or no records match', () => {
            expect(callerName({ displayName: 'Reception', matches: [ada, grace] })).toBe('Reception');
            expect(callerName({ displayName: 'Reception', matches: [] })).toBe('Reception');
        });

        it('is undefined when nothing names the caller', () => {
            expect(callerName({ matches: [] })).toBeUndefined();
            expect(callerName({ displayName: '', matches: [ada, grace] })).toBeUndefined();
        });
    });

    describe('recordLabel', () => {
        it('names the record and its object', () => {
            expect(recordLabel({ id: '001', name: 'Acme', objectType: 'Account' })).toBe('Acme (Account)');
        });

        it('falls back to the id', () => {
            expect(recordLabel({ id: '001000000000001AAA' })).toBe('001000000000001AAA');
        });
    });
});

describe('CallTimerClock', () => {
    beforeEach(() => jest.useFakeTimers());
    afterEach(() => jest.useRealTimers());

    it('ticks once a second while running, once however often it is started, and stops', () => {
        const ticks: number[] = [];
        const clock = new CallTimerClock((now) => ticks.push(now));
        clock.run(true);
        clock.run(true);
        jest.advanceTimersByTime(3 * TICK_MS);
        expect(ticks).toHaveLength(3);
        clock.run(false);
        jest.advanceTimersByTime(3 * TICK_MS);
        expect(ticks).toHaveLength(3);
        expect(jest.getTimerCount()).toBe(0);
    });
});
