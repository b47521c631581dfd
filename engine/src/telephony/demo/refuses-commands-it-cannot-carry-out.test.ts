import { TelephonyError } from '../telephony-error';
import { connectInbound, connectOutbound, createDemoRig, registerRig } from '../test-support';
import type { DemoRig } from '../test-support';
import type { DemoTelephonyProvider } from './demo-telephony-provider';

type Command = (provider: DemoTelephonyProvider, callId: string) => Promise<unknown>;

const COMMANDS: Readonly<Record<string, Command>> = {
    answer: (provider, callId) => provider.answer(callId),
    decline: (provider, callId) => provider.decline(callId),
    hangUp: (provider, callId) => provider.hangUp(callId),
    hold: (provider, callId) => provider.hold(callId),
    resume: (provider, callId) => provider.resume(callId),
    mute: (provider, callId) => provider.mute(callId),
    unmute: (provider, callId) => provider.unmute(callId),
    sendDtmf: (provider, callId) => provider.sendDtmf(callId, '1'),
    blindTransfer: (provider, callId) => provider.blindTransfer(callId, '+14155550999'),
    attendedTransfer: (provider, callId) => provider.attendedTransfer(callId, callId),
    isMuted: async (provider, callId) => provider.isMuted(callId),
    simulateCallerHangUp: async (provider, callId) => provider.simulateCallerHangUp(callId),
    simulateCallerDtmf: async (provider, callId) => provider.simulateCallerDtmf(callId, '1')
};

async function ringingInbound(rig: DemoRig): Promise<string> {
    await registerRig(rig);
    return rig.provider.simulateIncomingCall({ from: '+14155550123' }).callId;
}

async function answeringInbound(rig: DemoRig): Promise<string> {
    const callId = await ringingInbound(rig);
    await rig.provider.answer(callId);
    return callId;
}

async function dialing(rig: DemoRig): Promise<string> {
    return rig.provider.dial('+14155550123');
}

async function held(rig: DemoRig): Promise<string> {
    const callId = await connectOutbound(rig);
    await rig.provider.hold(callId);
    return callId;
}

async function connectedInbound(rig: DemoRig): Promise<string> {
    await registerRig(rig);
    return connectInbound(rig);
}

describe('DemoTelephonyProvider refusals', () => {
    it.each(Object.keys(COMMANDS))('refuses %s on an unknown call with no-such-call', async (name) => {
        const { provider, events, clock } = createDemoRig();
        const command = COMMANDS[name];
        if (!command) throw new Error(name);
        const result = command(provider, 'demo-404');
        await expect(result).rejects.toBeInstanceOf(TelephonyError);
        await expect(result).rejects.toMatchObject({
            code: 'no-such-call',
            message:
                'No call demo-404: it has ended or never existed. Use an id from onIncomingCall or dial().'
        });
        expect(events.take()).toEqual([]);
        expect(clock.pendingTimers).toBe(0);
    });

    it.each(['hangUp', 'hold', 'answer', 'simulateCallerHangUp'])(
        'refuses %s on a call that has ended with no-such-call',
        async (name) => {
            const rig = createDemoRig();
            const callId = await connectOutbound(rig);
            await rig.provider.hangUp(callId);
            rig.events.take();
            await expect(COMMANDS[name]?.(rig.provider, callId)).rejects.toMatchObject({
                code: 'no-such-call'
            });
            expect(rig.events.take()).toEqual([]);
        }
    );

    it.each([
        ['hold', ringingInbound, 'is ringing. Answer it first, then try again.'],
        ['resume', ringingInbound, 'is ringing. Answer it first, then try again.'],
        ['mute', ringingInbound, 'is ringing. Answer it first, then try again.'],
        ['sendDtmf', ringingInbound, 'is ringing. Answer it first, then try again.'],
        ['simulateCallerDtmf', ringingInbound, 'is ringing. Answer it first, then try again.'],
        ['answer', answeringInbound, 'is being answered. Wait for onConnected, then try again.'],
        ['decline', answeringInbound, 'is being answered. Wait for onConnected, then try again.'],
        ['hold', answeringInbound, 'is being answered. Wait for onConnected, then try again.'],
        [
            'answer',
            dialing,
            'has not been answered yet. It is an outbound call: the callee answers it, not the agent.'
        ],
        ['decline', dialing, 'has not been answered yet. Use hangUp() to cancel an outbound call.'],
        ['unmute', dialing, 'has not been answered yet. Wait for onConnected, then try again.'],
        ['blindTransfer', dialing, 'has not been answered yet. Wait for onConnected, then try again.'],
        ['answer', connectedInbound, 'is connected. It was already answered; use hangUp() to end it.'],
        ['decline', connectedInbound, 'is connected. It was already answered; use hangUp() to end it.'],
        ['resume', connectedInbound, 'is connected. It is not on hold, so there is nothing to resume.'],
        ['decline', held, 'is on hold. It was already connected; use hangUp() to end it.'],
        ['hold', held, 'is on hold. It is already on hold; use resume() to take it off hold.'],
        ['sendDtmf', held, 'is on hold. Resume it first: a held call carries no tones.']
    ])('refuses %s on a call made by %p with invalid-state saying what to do', async (name, make, why) => {
        const rig = createDemoRig();
        const callId = await make(rig);
        const before = rig.provider.activeCalls();
        const timersBefore = rig.clock.pendingTimers;
        rig.events.take();

        await expect(COMMANDS[name]?.(rig.provider, callId)).rejects.toMatchObject({
            code: 'invalid-state',
            message: `Cannot ${name} call ${callId}: it ${why}`
        });
        expect(rig.provider.activeCalls()).toEqual(before);
        expect(rig.clock.pendingTimers).toBe(timersBefore);
        expect(rig.events.take()).toEqual([]);
    });
});
