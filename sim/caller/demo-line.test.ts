import { DEFAULT_DEMO_DELAYS, DemoTelephonyProvider } from '../../engine/src/telephony/demo';
import type { IncomingCall } from '../../engine/src/telephony';
import { ManualClock } from '../../engine/src/time';
import { encodeFrameMessage } from '../messages/frame-envelope';
import { parseDemoLineCommand } from '../messages/demo-line-messages';
import { createDemoLineCaller } from './demo-line-caller';
import { runDemoLineCommand } from './run-demo-line-command';

/** The engine's demo phone system on a manual clock, recording what it offers and how calls end. */
function demoLine() {
    const clock = new ManualClock();
    const provider = new DemoTelephonyProvider({ clock, idFactory: () => 'call-1' });
    const offered: IncomingCall[] = [];
    const ended: string[] = [];
    provider.delegate = {
        onIncomingCall: (call) => offered.push(call),
        onEnded: (callId, cause) => ended.push(`${callId} ${cause}`)
    };
    return { clock, provider, offered, ended };
}

describe('runDemoLineCommand', () => {
    it('rings the agent with the caller number, name and IVR data, and lets the caller hang up: a missed call', async () => {
        const { clock, provider, offered, ended } = demoLine();
        const registered = provider.register();
        clock.advance(DEFAULT_DEMO_DELAYS.register);
        await registered;

        const ring = runDemoLineCommand(provider, {
            kind: 'ring',
            from: '+14155550123',
            displayName: 'Ada',
            headers: { 'X-Case-Number': '00001026' }
        });
        expect(ring).toEqual({ ok: true, callId: 'call-1' });
        expect(offered).toEqual([
            {
                callId: 'call-1',
                from: '+14155550123',
                displayName: 'Ada',
                headers: { 'x-case-number': '00001026' }
            }
        ]);
        expect(runDemoLineCommand(provider, { kind: 'hang-up', callId: 'call-1' })).toEqual({
            ok: true,
            callId: 'call-1'
        });
        expect(ended).toEqual(['call-1 caller-cancelled']);
        expect(runDemoLineCommand(provider, { kind: 'hang-up', callId: 'call-1' })).toEqual({
            ok: false,
            error: expect.stringMatching(/^That call has already ended\./)
        });
        await provider.dispose();
    });

    it('says why it cannot ring: no demo line, or an agent who is not Available', () => {
        const { provider } = demoLine();
        const ring = { kind: 'ring', from: '+14155550123', headers: {} } as const;
        expect(runDemoLineCommand(undefined, ring)).toEqual({
            ok: false,
            error: 'The softphone has no demo line: it is still starting, or its Telephony Mode is not demo.'
        });
        expect(runDemoLineCommand(provider, ring)).toEqual({
            ok: false,
            error: expect.stringMatching(
                /^The agent is not taking calls: set the softphone to Available first\./
            )
        });
    });
});

describe('createDemoLineCaller', () => {
    afterEach(() => jest.useRealTimers());

    it('posts each command to the panel and resolves with the result the panel posts back', async () => {
        const posted: string[] = [];
        const caller = createDemoLineCaller({ post: () => (message) => posted.push(message) });
        const ringing = caller.ring({ from: '+1', headers: {} });
        const command = parseDemoLineCommand(posted[0]);
        expect(command).toEqual({
            type: 'demo-line-command',
            id: 1,
            command: { kind: 'ring', from: '+1', headers: {} }
        });
        caller.receive(
            encodeFrameMessage({ type: 'demo-line-result', id: 1, result: { ok: true, callId: 'demo-1' } })
        );
        await expect(ringing).resolves.toEqual({ ok: true, callId: 'demo-1' });
    });

    it('gives up when the panel is missing or does not answer in time', async () => {
        jest.useFakeTimers();
        await expect(createDemoLineCaller({ post: () => undefined }).hangUp('x')).resolves.toEqual({
            ok: false,
            error: 'The softphone panel is not loaded.'
        });
        const silent = createDemoLineCaller({ post: () => () => undefined, timeoutMs: 2000 });
        const hangingUp = silent.hangUp('demo-1');
        jest.advanceTimersByTime(2000);
        await expect(hangingUp).resolves.toEqual({
            ok: false,
            error: 'The softphone did not answer within 2 s.'
        });
    });
});
