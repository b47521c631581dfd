import { DEMO_SCRIPTED_OUTCOMES, DemoTelephonyProvider, TelephonyError } from '.';
import type { TelephonyErrorCode, TelephonyProvider } from '.';
import { ManualClock } from '../time';

describe('telephony barrel', () => {
    it('exports the demo provider as a TelephonyProvider of kind demo', async () => {
        const provider: TelephonyProvider = new DemoTelephonyProvider({ clock: new ManualClock() });
        expect(provider.kind).toBe('demo');
        await expect(provider.dial('bad')).rejects.toBeInstanceOf(TelephonyError);
        expect(DEMO_SCRIPTED_OUTCOMES.length).toBeGreaterThan(0);
    });

    it('types the demo kind and the error codes narrowly', () => {
        const kind: 'demo' = new DemoTelephonyProvider({ clock: new ManualClock() }).kind;
        // @ts-expect-error 'unknown-code' is not a TelephonyErrorCode
        const code: TelephonyErrorCode = 'unknown-code';
        expect([kind, code]).toEqual(['demo', 'unknown-code']);
    });
});
