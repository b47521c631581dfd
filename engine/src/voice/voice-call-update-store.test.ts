import { FakeStorage } from '../log/test-support/fake-storage';
import type { CallLogEntry } from '../log';
import { VOICE_CALL_UPDATES_KEY, VoiceCallUpdateStore } from './voice-call-update-store';

const ENTRY: CallLogEntry = {
    callId: 'a84c1f@pbx.test',
    logObject: 'VoiceCall',
    phoneNumber: '+14155550123',
    fields: {
        Subject: 'Call from +14155550123',
        CallType: 'Inbound',
        CallDurationInSeconds: 62,
        ActivityDate: '2026-01-15',
        Status: 'Completed',
        VoiceCallId: '0LQ5g00000AbCdEAAV',
        InitiationMethod: 'Inbound',
        FromNumber: '+14155550123',
        ToNumber: '1001',
        StartTime: '2026-01-15T09:30:00.000Z',
        EndTime: '2026-01-15T09:31:10.000Z',
        AcceptTime: '2026-01-15T09:30:05.000Z',
        TotalHoldSeconds: 3
    } as CallLogEntry['fields'],
    attempts: 1,
    nextAttemptAt: 0,
    lastError: 'API answered 503',
    createdAt: 1,
    updatedAt: 2,
    revision: 1
};

describe('VoiceCallUpdateStore', () => {
    it('keeps the VoiceCall fields across a reload (the Task-shaped store would drop them)', () => {
        const storage = new FakeStorage();
        new VoiceCallUpdateStore(storage).save([ENTRY]);
        expect(new VoiceCallUpdateStore(storage).load()).toEqual({ entries: [ENTRY] });
    });

    it('sets an entry with a broken VoiceCall part aside, reports it, and keeps the others', () => {
        const storage = new FakeStorage();
        const broken = { ...ENTRY, callId: 'b', fields: { ...ENTRY.fields, StartTime: 'yesterday' } };
        new VoiceCallUpdateStore(storage).save([ENTRY, broken as CallLogEntry]);
        const loaded = new VoiceCallUpdateStore(storage).load();
        expect(loaded.entries.map((entry) => entry.callId)).toEqual([ENTRY.callId]);
        expect(loaded.problem).toMatch(/1 VoiceCall updates could not be read/);
        expect(storage.getItem(`${VOICE_CALL_UPDATES_KEY}.corrupt`)).toContain('yesterday');
    });

    it('removes the key once nothing is queued', () => {
        const storage = new FakeStorage();
        const store = new VoiceCallUpdateStore(storage);
        store.save([ENTRY]);
        store.save([]);
        expect(storage.getItem(VOICE_CALL_UPDATES_KEY)).toBeNull();
    });
});
