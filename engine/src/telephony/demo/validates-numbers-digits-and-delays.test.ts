import { DemoTelephonyProvider } from './demo-telephony-provider';
import { DEFAULT_DEMO_DELAYS, resolveDemoDelays } from './demo-delays';
import { scriptedOutcomeFor } from './demo-scripted-outcomes';
import { isDtmfDigits, isE164Like } from './dialable-number';

describe('demo validation', () => {
    it.each(['+14155550123', '+12345678', '+123456789012345', '+442071838750'])(
        'accepts %s as E.164-like',
        (number) => expect(isE164Like(number)).toBe(true)
    );

    it.each(['14155550123', '+1234567', '+1234567890123456', '+0123456789', '+1 415 555 0123', '+1-415', ''])(
        'rejects %j as not E.164-like',
        (number) => expect(isE164Like(number)).toBe(false)
    );

    it('accepts every DTMF tone and nothing else', () => {
        expect(isDtmfDigits('0123456789*#ABCD')).toBe(true);
        expect(['', 'a', 'E', ' ', '1,2', 'p'].filter(isDtmfDigits)).toEqual([]);
    });

    it('finds the scripted outcome by the last four digits only', () => {
        expect(scriptedOutcomeFor('+14155550000')?.cause).toBe('busy');
        expect(scriptedOutcomeFor('+14155550001')).toBeUndefined();
        expect(scriptedOutcomeFor('+14155500004')).toBeUndefined();
    });

    it('fills in default delays and keeps the ones given', () => {
        expect(resolveDemoDelays()).toEqual(DEFAULT_DEMO_DELAYS);
        expect(resolveDemoDelays({ answer: 0 })).toEqual({ ...DEFAULT_DEMO_DELAYS, answer: 0 });
        expect(DEFAULT_DEMO_DELAYS.ringTimeout).toBe(30_000);
    });

    it.each([-1, Number.NaN, Number.POSITIVE_INFINITY])(
        'refuses a delay of %p with a RangeError naming it',
        (ms) => {
            expect(() => new DemoTelephonyProvider({ delays: { connect: ms } })).toThrow(
                new RangeError(
                    `Demo delay "connect" must be a finite number of milliseconds, 0 or more; got ${String(ms)}.`
                )
            );
        }
    );
});
