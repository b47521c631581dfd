import { openCtiCallMessage, parseSimulatorMessage, SIMULATOR_CHANNEL } from './simulator-messages';

describe('simulator messages', () => {
    it('round-trips an Open CTI call through JSON text', () => {
        const call = { method: 'getCallCenterSettings', outcome: 'success', at: 12 } as const;
        expect(parseSimulatorMessage(openCtiCallMessage(call))).toEqual({
            channel: SIMULATOR_CHANNEL,
            type: 'open-cti-call',
            call
        });
    });

    it.each([
        ['a live object', { channel: SIMULATOR_CHANNEL, type: 'open-cti-call' }],
        ['text that is not JSON', 'nope'],
        ['another channel', JSON.stringify({ channel: 'softphone-bridge', type: 'open-cti-call' })],
        [
            'a method Open CTI does not have',
            JSON.stringify({
                channel: SIMULATOR_CHANNEL,
                type: 'open-cti-call',
                call: { method: 'isInConsole', outcome: 'success', at: 1 }
            })
        ],
        [
            'an unknown outcome',
            JSON.stringify({
                channel: SIMULATOR_CHANNEL,
                type: 'open-cti-call',
                call: { method: 'saveLog', outcome: 'maybe', at: 1 }
            })
        ]
    ])('ignores %s', (_name, raw) => {
        expect(parseSimulatorMessage(raw)).toBeUndefined();
    });
});
