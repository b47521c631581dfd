import { DEFAULT_BACKOFF, backoffDelay } from './retry-backoff';

describe('backoffDelay', () => {
    const highest = (): number => 0.999999;
    const lowest = (): number => 0;

    it('doubles from 2 s and stops growing at 5 minutes', () => {
        const ceilings = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10].map((failures) =>
            backoffDelay(failures, DEFAULT_BACKOFF, highest)
        );
        expect(ceilings).toEqual([
            2_000, 4_000, 8_000, 16_000, 32_000, 64_000, 128_000, 256_000, 300_000, 300_000
        ]);
    });

    it('waits at least half the step with the default jitter', () => {
        expect(backoffDelay(1, DEFAULT_BACKOFF, lowest)).toBe(1_000);
        expect(backoffDelay(20, DEFAULT_BACKOFF, lowest)).toBe(150_000);
    });

    it('spreads retries of many clients across the jitter window', () => {
        const delays = new Set(
            Array.from({ length: 20 }, (_, index) => backoffDelay(3, DEFAULT_BACKOFF, () => index / 20))
        );
        expect(delays.size).toBe(20);
        for (const delay of delays) {
            expect(delay).toBeGreaterThanOrEqual(4_000);
            expect(delay).toBeLessThanOrEqual(8_000);
        }
    });

    it('survives absurd failure counts and random values', () => {
        expect(backoffDelay(10_000, DEFAULT_BACKOFF, () => 7)).toBe(300_000);
        expect(backoffDelay(0, DEFAULT_BACKOFF, () => -1)).toBe(1_000);
    });
});
