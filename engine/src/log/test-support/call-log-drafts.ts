import type { CallLogDraft } from '../call-log-entry';
import type { CallLogFields } from '../call-log-fields';

/** A Task call log draft for `callId`, with `fields` overriding the defaults. */
export function taskDraft(callId: string, fields: Partial<CallLogFields> = {}): CallLogDraft {
    return {
        callId,
        logObject: 'Task',
        phoneNumber: '+14155550100',
        fields: {
            Subject: 'Inbound call from +1 415 555 0100',
            CallType: 'Inbound',
            CallDurationInSeconds: 42,
            ActivityDate: '2026-01-01',
            Status: 'Completed',
            ...fields
        }
    };
}
