import { ManualClock } from '../../time';
import { RecordingDelegate } from '../test-support';
import { DeskPhoneTelephonyProvider } from './desk-phone-telephony-provider';
import { telUri } from './tel-uri';

function rig() {
    const clock = new ManualClock();
    const opened: string[] = [];
    let counter = 0;
    const provider = new DeskPhoneTelephonyProvider({
        clock,
        openUri: (uri) => opened.push(uri),
        idFactory: () => `desk-${++counter}`
    });
    const events = new RecordingDelegate();
    provider.delegate = events;
    return { clock, opened, provider, events };
}

describe('DeskPhoneTelephonyProvider', () => {
    it('opens tel: for the number and counts the call as in progress once dial resolved', async () => {
        const { clock, opened, provider, events } = rig();
        const callId = await provider.dial('+14155550100');
        expect(opened).toEqual(['tel:+14155550100']);
        expect(events.take()).toEqual([]);
        clock.advance(0);
        expect(events.take()).toEqual([{ type: 'connected', callId }]);
    });

    it('ends the call when the agent says so, and forgets it', async () => {
        const { clock, provider, events } = rig();
        const callId = await provider.dial('1234');
        clock.advance(0);
        events.take();
        await provider.hangUp(callId);
        expect(events.take()).toEqual([{ type: 'ended', callId, cause: 'local-hang-up' }]);
        expect(provider.activeCalls()).toEqual([]);
        await expect(provider.hangUp(callId)).rejects.toMatchObject({ code: 'no-such-call' });
    });

    it('ends a call hung up before it counted as connected, without connecting it', async () => {
        const { clock, provider, events } = rig();
        const callId = await provider.dial('1234');
        await provider.hangUp(callId);
        clock.advance(0);
        expect(events.take()).toEqual([{ type: 'ended', callId, cause: 'local-hang-up' }]);
        expect(clock.pendingTimers).toBe(0);
    });

    it('refuses what the desk phone does itself, saying so', async () => {
        const { provider } = rig();
        const callId = await provider.dial('+14155550100');
        for (const command of [
            () => provider.hold(callId),
            () => provider.resume(callId),
            () => provider.mute(callId),
            () => provider.unmute(callId),
            () => provider.sendDtmf(callId),
            () => provider.blindTransfer(callId),
            () => provider.attendedTransfer(callId)
        ]) {
            await expect(command()).rejects.toMatchObject({ code: 'invalid-state', message: /desk phone/ });
        }
        await expect(provider.answer(callId)).rejects.toMatchObject({ code: 'no-such-call' });
        await expect(provider.decline(callId)).rejects.toMatchObject({ code: 'no-such-call' });
    });

    it('registers and unregisters at once, reporting each change', async () => {
        const { provider, events } = rig();
        await provider.register();
        await provider.register();
        await provider.unregister();
        expect(events.take()).toEqual([
            { type: 'registration', state: 'registered' },
            { type: 'registration', state: 'unregistered' }
        ]);
    });

    it.each(['', '+', '12345678901234567', 'javascript:alert(1)', '+1 415 555 0100', '123#', '<img>'])(
        'never opens a link for %j',
        async (number) => {
            const { opened, provider } = rig();
            await expect(provider.dial(number)).rejects.toMatchObject({ code: 'invalid-number' });
            expect(opened).toEqual([]);
        }
    );

    it('keeps the call when the browser refuses to open the link (the UI shows it instead)', async () => {
        const clock = new ManualClock();
        const problems: unknown[] = [];
        const provider = new DeskPhoneTelephonyProvider({
            clock,
            openUri: () => {
                throw new Error('Not allowed to launch tel: without a user gesture');
            },
            onProblem: (error) => problems.push(error)
        });
        await expect(provider.dial('+14155550100')).resolves.toMatch(/^desk-/);
        expect(problems).toHaveLength(1);
    });

    it('leaves no timer behind when disposed', async () => {
        const { clock, provider } = rig();
        await provider.dial('+14155550100');
        await provider.dispose();
        expect(clock.pendingTimers).toBe(0);
        await expect(Promise.resolve().then(() => provider.dial('1234'))).rejects.toMatchObject({
            code: 'invalid-state'
        });
    });
});

describe('telUri', () => {
    it.each([
        ['+14155550100', 'tel:+14155550100'],
        ['1234', 'tel:1234'],
        ['+1 415', undefined],
        ['tel:+1', undefined]
    ])('%j → %j', (number, uri) => {
        expect(telUri(number)).toBe(uri);
    });
});
