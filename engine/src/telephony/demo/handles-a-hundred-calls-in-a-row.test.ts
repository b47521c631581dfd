import { DemoTelephonyProvider } from './demo-telephony-provider';
import { DEFAULT_DEMO_DELAYS } from './demo-delays';
import { ManualClock } from '../../time';
import { RecordingDelegate, createDemoRig, registerRig } from '../test-support';

const { answer, progress, connect } = DEFAULT_DEMO_DELAYS;

describe('DemoTelephonyProvider over many calls', () => {
    it('leaves no call and no timer behind after 100 inbound and outbound calls in a row', async () => {
        const rig = createDemoRig();
        await registerRig(rig);

        for (let i = 0; i < 100; i++) {
            let callId: string;
            if (i % 2 === 0) {
                callId = rig.provider.simulateIncomingCall({ from: '+14155550123' }).callId;
                await rig.provider.answer(callId);
                rig.clock.advance(answer);
            } else {
                callId = await rig.provider.dial('+14155550123');
                rig.clock.advance(2 * progress + connect);
            }
            await rig.provider.hold(callId);
            await rig.provider.resume(callId);
            await rig.provider.mute(callId);
            if (i % 3 === 0) rig.provider.simulateCallerHangUp(callId);
            else await rig.provider.hangUp(callId);

            const events = rig.events.take();
            expect(
                events.every(
                    (event) => event.type === 'incoming' || ('callId' in event && event.callId === callId)
                )
            ).toBe(true);
            expect(events.at(-1)).toEqual({
                type: 'ended',
                callId,
                cause: i % 3 === 0 ? 'remote-hang-up' : 'local-hang-up'
            });
            expect(rig.provider.activeCalls()).toEqual([]);
            expect(rig.clock.pendingTimers).toBe(0);
        }

        expect(rig.provider.registrationState).toBe('registered');
    });

    it('makes 100 distinct default call ids and ends every scripted call on its own', async () => {
        const clock = new ManualClock();
        const provider = new DemoTelephonyProvider({ clock });
        const events = new RecordingDelegate();
        provider.delegate = events;
        const ids = new Set<string>();

        for (let i = 0; i < 100; i++) {
            const suffix = ['0000', '0404', '0480', '0500', '0408', '0603'][i % 6] ?? '0000';
            ids.add(await provider.dial(`+1415555${suffix}`));
        }
        clock.advance(DEFAULT_DEMO_DELAYS.ringTimeout + 2 * progress);

        expect(ids.size).toBe(100);
        expect(events.events.filter((event) => event.type === 'ended')).toHaveLength(100);
        expect(provider.activeCalls()).toEqual([]);
        expect(clock.pendingTimers).toBe(0);
    });
});
