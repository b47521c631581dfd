import { RemotingVoiceCallRecords } from './remoting-voice-call-records';
import type { RemotingEvent, RemotingManager } from './remoting-voice-call-records';

const ACTIONS = { createVoiceCall: 'Svc.create', updateVoiceCall: 'Svc.update' };
const REQUEST = {
    vendorCallKey: 'k',
    from: '+14155550123',
    to: '1001',
    initiationMethod: 'Inbound' as const,
    startTime: '2026-01-15T09:30:00.000Z'
};

function manager(result: unknown, event: RemotingEvent, calls: unknown[][] = []): RemotingManager {
    return {
        invokeAction: (action, payload, callback, options) => {
            calls.push([action, payload, options]);
            callback(result, event);
        }
    };
}

describe('RemotingVoiceCallRecords', () => {
    it('sends the request as JSON to the remote action, unescaped, and reads the VoiceCall id', async () => {
        const calls: unknown[][] = [];
        const records = new RemotingVoiceCallRecords(
            manager({ voiceCallId: '0LQ5g00000AbCdEAAV' }, { status: true }, calls),
            ACTIONS
        );
        await expect(records.create(REQUEST)).resolves.toEqual({ voiceCallId: '0LQ5g00000AbCdEAAV' });
        expect(calls).toEqual([['Svc.create', JSON.stringify(REQUEST), { escape: false, timeout: 30_000 }]]);
    });

    it("rejects with the service's message, and an answer without a record id", async () => {
        const failing = new RemotingVoiceCallRecords(
            manager(null, { status: false, message: 'API answered 401' }),
            ACTIONS
        );
        await expect(failing.create(REQUEST)).rejects.toThrow('API answered 401');
        const odd = new RemotingVoiceCallRecords(manager({ voiceCallId: '<b>' }, { status: true }), ACTIONS);
        await expect(odd.create(REQUEST)).rejects.toThrow(/without a VoiceCall id/);
    });
});
