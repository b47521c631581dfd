import { TelephonyError } from '../telephony-error';
import { createDemoRig, registerRig } from '../test-support';
import { DEFAULT_DEMO_DELAYS } from './demo-delays';

describe('DemoTelephonyProvider inbound calls', () => {
    it('offers a call through onIncomingCall with lower-cased header names and returns it', async () => {
        const rig = createDemoRig();
        await registerRig(rig);
        const offered = rig.provider.simulateIncomingCall({
            from: '+14155550123',
            displayName: 'Ada Lovelace',
            headers: { 'X-Case-Number': '00001026' }
        });

        const expected = {
            callId: 'call-1',
            from: '+14155550123',
            displayName: 'Ada Lovelace',
            headers: { 'x-case-number': '00001026' }
        };
        expect(offered).toEqual(expected);
        expect(rig.events.take()).toEqual([{ type: 'incoming', call: expected }]);
        expect(rig.provider.activeCalls()).toEqual([
            {
                callId: 'call-1',
                direction: 'inbound',
                remoteNumber: '+14155550123',
                state: 'ringing',
                muted: false
            }
        ]);
    });

    it('offers a call without displayName or headers as headers {} and no displayName key', async () => {
        const rig = createDemoRig();
        await registerRig(rig);
        const offered = rig.provider.simulateIncomingCall({ from: 'anonymous' });
        expect(offered).toStrictEqual({ callId: 'call-1', from: 'anonymous', headers: {} });
    });

    it('refuses to offer a call while unregistered or registering, with not-registered', async () => {
        const rig = createDemoRig();
        const offer = () => rig.provider.simulateIncomingCall({ from: '+14155550123' });
        expect(offer).toThrow(TelephonyError);
        expect(offer).toThrow(expect.objectContaining({ code: 'not-registered' }));
        const registering = rig.provider.register();
        expect(offer).toThrow(/while registering: register\(\) first/);
        rig.clock.advance(DEFAULT_DEMO_DELAYS.register);
        await registering;
        rig.events.take();
        expect(offer).not.toThrow();
    });

    it('refuses to offer a call from a blank number with invalid-number', async () => {
        const rig = createDemoRig();
        await registerRig(rig);
        expect(() => rig.provider.simulateIncomingCall({ from: ' ' })).toThrow(
            expect.objectContaining({ code: 'invalid-number' })
        );
        expect(rig.events.take()).toEqual([]);
    });

    it('ends an unanswered call with no-answer after the default 30 s ring timeout', async () => {
        const rig = createDemoRig();
        await registerRig(rig);
        const { callId } = rig.provider.simulateIncomingCall({ from: '+14155550123' });
        rig.events.take();

        rig.clock.advance(29_999);
        expect(rig.events.take()).toEqual([]);
        rig.clock.advance(1);
        expect(rig.events.take()).toEqual([{ type: 'ended', callId, cause: 'no-answer' }]);
        expect(rig.provider.activeCalls()).toEqual([]);
        expect(rig.clock.pendingTimers).toBe(0);
    });

    it('uses the ring timeout given in the options', async () => {
        const rig = createDemoRig({ delays: { ringTimeout: 5_000 } });
        await registerRig(rig);
        const { callId } = rig.provider.simulateIncomingCall({ from: '+14155550123' });
        rig.events.take();
        rig.clock.advance(5_000);
        expect(rig.events.take()).toEqual([{ type: 'ended', callId, cause: 'no-answer' }]);
    });

    it('connects an answered call after the answer delay, and the ring timeout no longer applies', async () => {
        const rig = createDemoRig();
        await registerRig(rig);
        const { callId } = rig.provider.simulateIncomingCall({ from: '+14155550123' });
        rig.events.take();

        await rig.provider.answer(callId);
        expect(rig.provider.activeCalls()[0]?.state).toBe('answering');
        expect(rig.events.take()).toEqual([]);
        rig.clock.advance(DEFAULT_DEMO_DELAYS.answer);
        expect(rig.events.take()).toEqual([{ type: 'connected', callId }]);

        rig.clock.advance(DEFAULT_DEMO_DELAYS.ringTimeout);
        expect(rig.events.take()).toEqual([]);
        expect(rig.provider.activeCalls()[0]?.state).toBe('connected');
        expect(rig.clock.pendingTimers).toBe(0);
    });

    it('ends a declined call with declined', async () => {
        const rig = createDemoRig();
        await registerRig(rig);
        const { callId } = rig.provider.simulateIncomingCall({ from: '+14155550123' });
        rig.events.take();
        await rig.provider.decline(callId);
        expect(rig.events.take()).toEqual([{ type: 'ended', callId, cause: 'declined' }]);
        expect(rig.clock.pendingTimers).toBe(0);
    });

    it('ends with caller-cancelled when the caller hangs up while it rings', async () => {
        const rig = createDemoRig();
        await registerRig(rig);
        const { callId } = rig.provider.simulateIncomingCall({ from: '+14155550123' });
        rig.events.take();
        rig.provider.simulateCallerHangUp(callId);
        expect(rig.events.take()).toEqual([{ type: 'ended', callId, cause: 'caller-cancelled' }]);
        expect(rig.clock.pendingTimers).toBe(0);
    });

    it('ends with caller-cancelled when the caller hangs up after answer() but before it connected', async () => {
        const rig = createDemoRig();
        await registerRig(rig);
        const { callId } = rig.provider.simulateIncomingCall({ from: '+14155550123' });
        await rig.provider.answer(callId);
        rig.events.take();
        rig.provider.simulateCallerHangUp(callId);
        rig.clock.advance(DEFAULT_DEMO_DELAYS.answer);
        expect(rig.events.take()).toEqual([{ type: 'ended', callId, cause: 'caller-cancelled' }]);
    });

    it('ends with remote-hang-up when the caller hangs up once connected', async () => {
        const rig = createDemoRig();
        await registerRig(rig);
        const { callId } = rig.provider.simulateIncomingCall({ from: '+14155550123' });
        await rig.provider.answer(callId);
        rig.clock.advance(DEFAULT_DEMO_DELAYS.answer);
        rig.events.take();
        rig.provider.simulateCallerHangUp(callId);
        expect(rig.events.take()).toEqual([{ type: 'ended', callId, cause: 'remote-hang-up' }]);
    });

    it('ends with local-hang-up when the agent hangs up, whether ringing or connected', async () => {
        const rig = createDemoRig();
        await registerRig(rig);
        const ringing = rig.provider.simulateIncomingCall({ from: '+14155550123' }).callId;
        const connected = rig.provider.simulateIncomingCall({ from: '+14155550124' }).callId;
        await rig.provider.answer(connected);
        rig.clock.advance(DEFAULT_DEMO_DELAYS.answer);
        rig.events.take();

        await rig.provider.hangUp(ringing);
        await rig.provider.hangUp(connected);
        expect(rig.events.take()).toEqual([
            { type: 'ended', callId: ringing, cause: 'local-hang-up' },
            { type: 'ended', callId: connected, cause: 'local-hang-up' }
        ]);
        expect(rig.clock.pendingTimers).toBe(0);
    });

    it('reports events in order for two overlapping calls, each with its own call id', async () => {
        const rig = createDemoRig();
        await registerRig(rig);
        const first = rig.provider.simulateIncomingCall({ from: '+14155550101' }).callId;
        rig.clock.advance(1_000);
        const second = rig.provider.simulateIncomingCall({ from: '+14155550102' }).callId;
        await rig.provider.answer(second);
        rig.clock.advance(DEFAULT_DEMO_DELAYS.ringTimeout);

        expect(rig.events.take()).toEqual([
            expect.objectContaining({ type: 'incoming', call: expect.objectContaining({ callId: first }) }),
            expect.objectContaining({ type: 'incoming', call: expect.objectContaining({ callId: second }) }),
            { type: 'connected', callId: second },
            { type: 'ended', callId: first, cause: 'no-answer' }
        ]);
        expect(first).not.toBe(second);
    });

    it('lets calls in progress go on after unregister()', async () => {
        const rig = createDemoRig();
        await registerRig(rig);
        const { callId } = rig.provider.simulateIncomingCall({ from: '+14155550123' });
        const unregistered = rig.provider.unregister();
        rig.clock.advance(DEFAULT_DEMO_DELAYS.register);
        await unregistered;
        await rig.provider.answer(callId);
        rig.clock.advance(DEFAULT_DEMO_DELAYS.answer);
        expect(rig.events.take().slice(1)).toEqual([
            { type: 'registration', state: 'unregistered' },
            { type: 'connected', callId }
        ]);
    });
});
