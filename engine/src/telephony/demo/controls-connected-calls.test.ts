import { connectInbound, connectOutbound, createDemoRig, registerRig } from '../test-support';
import { DEMO_DTMF_LOG_LIMIT } from './demo-dtmf-record';

describe('DemoTelephonyProvider controls on a connected call', () => {
    it('reports hold and resume through onHoldChanged', async () => {
        const rig = createDemoRig();
        const callId = await connectOutbound(rig);
        await rig.provider.hold(callId);
        expect(rig.provider.activeCalls()[0]?.state).toBe('held');
        await rig.provider.resume(callId);
        expect(rig.provider.activeCalls()[0]?.state).toBe('connected');
        expect(rig.events.take()).toEqual([
            { type: 'hold', callId, held: true },
            { type: 'hold', callId, held: false }
        ]);
    });

    it('ends a held call with remote-hang-up when the caller hangs up', async () => {
        const rig = createDemoRig();
        await registerRig(rig);
        const callId = await connectInbound(rig);
        await rig.provider.hold(callId);
        rig.provider.simulateCallerHangUp(callId);
        expect(rig.events.take()).toEqual([
            { type: 'hold', callId, held: true },
            { type: 'ended', callId, cause: 'remote-hang-up' }
        ]);
    });

    it('tracks the mute flag without reporting anything, on connected and held calls', async () => {
        const rig = createDemoRig();
        const callId = await connectOutbound(rig);
        expect(rig.provider.isMuted(callId)).toBe(false);
        await rig.provider.mute(callId);
        await rig.provider.mute(callId);
        expect(rig.provider.isMuted(callId)).toBe(true);
        expect(rig.provider.activeCalls()[0]?.muted).toBe(true);
        await rig.provider.hold(callId);
        await rig.provider.unmute(callId);
        expect(rig.provider.isMuted(callId)).toBe(false);
        await rig.provider.unmute(callId);
        expect(rig.events.take()).toEqual([{ type: 'hold', callId, held: true }]);
    });

    it('keeps each call its own mute flag', async () => {
        const rig = createDemoRig();
        const first = await connectOutbound(rig);
        const second = await connectOutbound(rig);
        await rig.provider.mute(first);
        expect([rig.provider.isMuted(first), rig.provider.isMuted(second)]).toEqual([true, false]);
    });

    it('logs sent DTMF digits with call id and time, and reports nothing', async () => {
        const rig = createDemoRig();
        const callId = await connectOutbound(rig);
        const start = rig.clock.now();
        await rig.provider.sendDtmf(callId, '123');
        rig.clock.advance(500);
        await rig.provider.sendDtmf(callId, '*#ABCD0');
        expect(rig.provider.dtmfSent).toEqual([
            { callId, digits: '123', at: start },
            { callId, digits: '*#ABCD0', at: start + 500 }
        ]);
        expect(rig.events.take()).toEqual([]);
    });

    it.each(['', '12x', 'a', 'E', '1 2', '+'])(
        'refuses DTMF %j with invalid-number and logs nothing',
        async (digits) => {
            const rig = createDemoRig();
            const callId = await connectOutbound(rig);
            await expect(rig.provider.sendDtmf(callId, digits)).rejects.toMatchObject({
                code: 'invalid-number',
                message: expect.stringContaining('use one or more of 0-9, *, # and A-D') as unknown
            });
            expect(rig.provider.dtmfSent).toEqual([]);
        }
    );

    it(`keeps only the last ${DEMO_DTMF_LOG_LIMIT} DTMF sends`, async () => {
        const rig = createDemoRig();
        const callId = await connectOutbound(rig);
        for (let i = 0; i < DEMO_DTMF_LOG_LIMIT + 20; i++) {
            await rig.provider.sendDtmf(callId, String(i % 10));
        }
        expect(rig.provider.dtmfSent).toHaveLength(DEMO_DTMF_LOG_LIMIT);
        expect(rig.provider.dtmfSent[0]?.digits).toBe('0');
    });

    it('hands out a copy of the DTMF log that callers cannot change', async () => {
        const rig = createDemoRig();
        const callId = await connectOutbound(rig);
        await rig.provider.sendDtmf(callId, '1');
        (rig.provider.dtmfSent as unknown[]).length = 0;
        expect(rig.provider.dtmfSent).toHaveLength(1);
    });

    it('reports digits the remote side presses through onDtmf', async () => {
        const rig = createDemoRig();
        await registerRig(rig);
        const callId = await connectInbound(rig);
        rig.provider.simulateCallerDtmf(callId, '42#');
        expect(rig.events.take()).toEqual([{ type: 'dtmf', callId, digits: '42#' }]);
        expect(() => rig.provider.simulateCallerDtmf(callId, 'x')).toThrow(
            expect.objectContaining({ code: 'invalid-number' })
        );
    });
});
