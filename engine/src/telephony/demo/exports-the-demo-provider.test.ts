import { DEMO_SCRIPTED_OUTCOMES, DemoTelephonyProvider } from '.';
import * as telephony from '..';
import type { TelephonyErrorCode, TelephonyProvider } from '..';
import { TelephonyError } from '../telephony-error';
import { ManualClock } from '../../time';
import * as resource from './demo-line-resource';

describe('demo barrel', () => {
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

    it('is not in the telephony barrel the engine imports: the demo line is its own static resource', () => {
        expect(Object.keys(telephony)).not.toContain('DemoTelephonyProvider');
        expect(Object.keys(resource)).toEqual(['DemoTelephonyProvider']);
        expect(resource.DemoTelephonyProvider).toBe(DemoTelephonyProvider);
    });
});
