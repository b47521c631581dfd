import { TelephonyError } from '../telephony-error';
import { createDemoRig } from '../test-support';
import { DEFAULT_DEMO_DELAYS } from './demo-delays';
import { DEMO_SCRIPTED_OUTCOMES } from './demo-scripted-outcomes';

const { progress, connect, ringTimeout } = DEFAULT_DEMO_DELAYS;

describe('DemoTelephonyProvider outbound calls', () => {
    it('resolves dial() with the call id before reporting anything about the call', async () => {
        const { provider, events } = createDemoRig();
        await expect(provider.dial('+14155550123')).resolves.toBe('call-1');
        expect(events.take()).toEqual([]);
        expect(provider.activeCalls()).toEqual([
            {
                callId: 'call-1',
                direction: 'outbound',
                remoteNumber: '+14155550123',
                state: 'dialing',
                muted: false
            }
        ]);
    });

    it('reports trying, then ringing, then connected, each after its delay', async () => {
        const { clock, provider, events } = createDemoRig();
        const callId = await provider.dial('+14155550123');

        clock.advance(progress);
        expect(events.take()).toEqual([{ type: 'progress', callId, progress: 'trying' }]);
        expect(provider.activeCalls()[0]?.progress).toBe('trying');
        clock.advance(progress);
        expect(events.take()).toEqual([{ type: 'progress', callId, progress: 'ringing' }]);
        expect(provider.activeCalls()[0]?.progress).toBe('ringing');
        clock.advance(connect - 1);
        expect(events.take()).toEqual([]);
        clock.advance(1);
        expect(events.take()).toEqual([{ type: 'connected', callId }]);
        expect(provider.activeCalls()[0]).toEqual(
            expect.not.objectContaining({ progress: expect.anything() as unknown })
        );
        expect(clock.pendingTimers).toBe(0);
    });

    it('uses the progress and connect delays given in the options', async () => {
        const { clock, provider, events } = createDemoRig({ delays: { progress: 10, connect: 20 } });
        const callId = await provider.dial('+14155550123');
        clock.advance(40);
        expect(events.take()).toEqual([
            { type: 'progress', callId, progress: 'trying' },
            { type: 'progress', callId, progress: 'ringing' },
            { type: 'connected', callId }
        ]);
    });

    it('dials without being registered', async () => {
        const { provider } = createDemoRig();
        expect(provider.registrationState).toBe('unregistered');
        await expect(provider.dial('+14155550123')).resolves.toBe('call-1');
    });

    it.each([
        ['+14155550000', 'busy', '486 Busy Here', ['trying'], 2 * progress],
        ['+14155550404', 'not-found', '404 Not Found', ['trying'], 2 * progress],
        ['+14155550480', 'unavailable', '480 Temporarily Unavailable', ['trying'], 2 * progress],
        ['+14155550500', 'error', '500 Server Internal Error', ['trying'], 2 * progress],
        [
            '+14155550408',
            'no-answer',
            '408 Request Timeout',
            ['trying', 'ringing'],
            2 * progress + ringTimeout
        ],
        ['+14155550603', 'rejected', '603 Decline', ['trying', 'ringing'], 2 * progress + connect]
    ])(
        'ends a call to %s with %s (%s) at the scripted time',
        async (number, cause, detail, steps, endsAt) => {
            const { clock, provider, events } = createDemoRig();
            const callId = await provider.dial(number);

            clock.advance(endsAt - 1);
            expect(events.take()).toEqual(
                steps.map((step) => ({ type: 'progress', callId, progress: step }))
            );
            clock.advance(1);
            expect(events.take()).toEqual([{ type: 'ended', callId, cause, detail }]);
            expect(provider.activeCalls()).toEqual([]);
            expect(clock.pendingTimers).toBe(0);
        }
    );

    it('documents every scripted outcome that the table above exercises', () => {
        expect(DEMO_SCRIPTED_OUTCOMES.map((outcome) => outcome.suffix)).toEqual([
            '0000',
            '0404',
            '0480',
            '0500',
            '0408',
            '0603'
        ]);
    });

    it.each([
        '14155550123',
        '+1415555',
        '+1234567890123456',
        '+1 415 555 0123',
        '+04155550123',
        '',
        'sip:bob'
    ])('refuses to dial %j with invalid-number and reports nothing', async (number) => {
        const { clock, provider, events } = createDemoRig();
        const dialled = provider.dial(number);
        await expect(dialled).rejects.toBeInstanceOf(TelephonyError);
        await expect(dialled).rejects.toMatchObject({ code: 'invalid-number' });
        await expect(dialled).rejects.toThrow('use an E.164 number');
        expect(events.take()).toEqual([]);
        expect(clock.pendingTimers).toBe(0);
    });

    it('cancels a call that has not been answered on hangUp(), with local-hang-up', async () => {
        const { clock, provider, events } = createDemoRig();
        const callId = await provider.dial('+14155550123');
        clock.advance(2 * progress);
        events.take();
        await provider.hangUp(callId);
        expect(events.take()).toEqual([{ type: 'ended', callId, cause: 'local-hang-up' }]);
        expect(clock.pendingTimers).toBe(0);
    });

    it('ends with rejected when the callee hangs up before answering, remote-hang-up after', async () => {
        const { clock, provider, events } = createDemoRig();
        const refused = await provider.dial('+14155550123');
        const answered = await provider.dial('+14155550124');
        clock.advance(progress);
        provider.simulateCallerHangUp(refused);
        clock.advance(progress + connect);
        provider.simulateCallerHangUp(answered);
        expect(events.take()).toEqual([
            { type: 'progress', callId: refused, progress: 'trying' },
            { type: 'progress', callId: answered, progress: 'trying' },
            { type: 'ended', callId: refused, cause: 'rejected', detail: '603 Decline' },
            { type: 'progress', callId: answered, progress: 'ringing' },
            { type: 'connected', callId: answered },
            { type: 'ended', callId: answered, cause: 'remote-hang-up' }
        ]);
    });
});
