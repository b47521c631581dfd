import { DESCRIPTION_TRUNCATION_MARKER, buildCallLog } from './build-call-log';
import type { CallFacts } from './build-call-log';
import { TASK_DESCRIPTION_MAX_LENGTH, TASK_SUBJECT_MAX_LENGTH } from './call-log-fields';
import { InvalidCallLogError } from './invalid-call-log-error';

const CONTACT_ID = '003000000000001AAA';
const ACCOUNT_ID = '001D000000IqhSLIAZ';
const STARTED_AT = Date.UTC(2026, 0, 15, 23, 30, 0);

const facts = (overrides: Partial<CallFacts> = {}): CallFacts => ({
    callId: 'call-1',
    direction: 'inbound',
    displayNumber: '+1 415 555 0100',
    phoneNumber: '+14155550100',
    startedAt: STARTED_AT,
    durationSeconds: 125,
    ...overrides
});

describe('buildCallLog', () => {
    it('puts the quality summary in Softphone_Call_Quality__c, and cuts one longer than the field', () => {
        const line = 'MOS avg 4.06, worst 3.41; worst loss 10%';
        expect(buildCallLog(facts({ quality: line })).draft.fields.Softphone_Call_Quality__c).toBe(line);
        expect(buildCallLog(facts()).draft.fields).not.toHaveProperty('Softphone_Call_Quality__c');
        const long = buildCallLog(facts({ quality: 'x'.repeat(300) }));
        expect(long.draft.fields.Softphone_Call_Quality__c).toHaveLength(255);
        expect(long.problems).toEqual([
            { field: 'Softphone_Call_Quality__c', action: 'truncated', reason: 'longer than 255 characters' }
        ]);
    });

    it('builds the Task fields of a finished inbound call', () => {
        const { draft, problems } = buildCallLog(
            facts({
                disposition: 'Answered',
                notes: 'Wants a call back',
                whoId: CONTACT_ID,
                whatId: ACCOUNT_ID
            }),
            { timeZone: 'UTC' }
        );
        expect(problems).toEqual([]);
        expect(draft).toEqual({
            callId: 'call-1',
            logObject: 'Task',
            phoneNumber: '+14155550100',
            fields: {
                Subject: 'Inbound call from +1 415 555 0100',
                CallType: 'Inbound',
                CallDurationInSeconds: 125,
                CallDisposition: 'Answered',
                Description: 'Wants a call back',
                WhoId: CONTACT_ID,
                WhatId: ACCOUNT_ID,
                ActivityDate: '2026-01-15',
                Status: 'Completed'
            }
        });
    });

    it('names outbound calls, and lets the org choose its own wording', () => {
        expect(buildCallLog(facts({ direction: 'outbound' })).draft.fields).toMatchObject({
            Subject: 'Outbound call to +1 415 555 0100',
            CallType: 'Outbound'
        });
        const custom = buildCallLog(facts(), { subjects: { inbound: 'Appel entrant de {number}' } });
        expect(custom.draft.fields.Subject).toBe('Appel entrant de +1 415 555 0100');
    });

    it('names a withheld number instead of leaving a blank in the subject', () => {
        expect(buildCallLog(facts({ displayNumber: ' ' })).draft.fields.Subject).toBe(
            'Inbound call from an unknown number'
        );
        expect(
            buildCallLog(facts({ displayNumber: '' }), { unknownNumber: 'Anonymous' }).draft.fields.Subject
        ).toBe('Inbound call from Anonymous');
    });

    it('takes the activity date in the given time zone', () => {
        expect(buildCallLog(facts(), { timeZone: 'America/Los_Angeles' }).draft.fields.ActivityDate).toBe(
            '2026-01-15'
        );
        expect(buildCallLog(facts(), { timeZone: 'Asia/Tokyo' }).draft.fields.ActivityDate).toBe(
            '2026-01-16'
        );
        const badZone = buildCallLog(facts(), { timeZone: 'Mars/Olympus_Mons' });
        expect(badZone.draft.fields.ActivityDate).toBe('2026-01-15');
        expect(badZone.problems).toEqual([
            expect.objectContaining({ field: 'ActivityDate', action: 'corrected' })
        ]);
    });

    it('truncates long notes with a marker instead of dropping them', () => {
        const notes = 'n'.repeat(TASK_DESCRIPTION_MAX_LENGTH + 500);
        const { draft, problems } = buildCallLog(facts({ notes }));
        const description = draft.fields.Description ?? '';
        expect(description).toHaveLength(TASK_DESCRIPTION_MAX_LENGTH);
        expect(description.endsWith(DESCRIPTION_TRUNCATION_MARKER)).toBe(true);
        expect(description.startsWith('nnnn')).toBe(true);
        expect(problems).toEqual([expect.objectContaining({ field: 'Description', action: 'truncated' })]);
    });

    it('truncates a subject over 255 characters with a marker', () => {
        const { draft, problems } = buildCallLog(facts({ displayNumber: '9'.repeat(400) }));
        expect(draft.fields.Subject).toHaveLength(TASK_SUBJECT_MAX_LENGTH);
        expect(draft.fields.Subject.endsWith('…')).toBe(true);
        expect(problems).toEqual([expect.objectContaining({ field: 'Subject', action: 'truncated' })]);
    });

    it.each([
        ['WhoId', { whoId: '003-not-an-id' }, /not a 15- or 18-character/],
        ['WhoId', { whoId: ACCOUNT_ID }, /not a Contact or Lead/],
        ['WhatId', { whatId: CONTACT_ID }, /belongs in WhoId/],
        ['WhatId', { whatId: '001D000000IqhSLAAA' }, /checksum/]
    ])('omits a %s that cannot be linked and says why', (field, overrides, reason) => {
        const { draft, problems } = buildCallLog(facts(overrides));
        expect(draft.fields).not.toHaveProperty(field);
        expect(problems).toEqual([{ field, action: 'omitted', reason: expect.stringMatching(reason) }]);
    });

    it('accepts a 15-character Lead id as WhoId', () => {
        expect(buildCallLog(facts({ whoId: '00Q000000000001' })).draft.fields.WhoId).toBe('00Q000000000001');
    });

    it('logs a negative or missing duration as 0 and rounds the rest to whole seconds', () => {
        const negative = buildCallLog(facts({ durationSeconds: -3 }));
        expect(negative.draft.fields.CallDurationInSeconds).toBe(0);
        expect(negative.problems).toEqual([expect.objectContaining({ field: 'CallDurationInSeconds' })]);
        expect(buildCallLog(facts({ durationSeconds: Number.NaN })).draft.fields.CallDurationInSeconds).toBe(
            0
        );
        expect(buildCallLog(facts({ durationSeconds: 61.6 })).draft.fields.CallDurationInSeconds).toBe(62);
    });

    it('leaves out empty disposition and notes', () => {
        const { draft } = buildCallLog(facts({ disposition: '  ', notes: '' }));
        expect(draft.fields).not.toHaveProperty('CallDisposition');
        expect(draft.fields).not.toHaveProperty('Description');
    });

    it('keeps the display number when no dialled form is known, and logs on VoiceCall when told', () => {
        const { draft } = buildCallLog({ ...facts(), phoneNumber: '' }, { logObject: 'VoiceCall' });
        expect(draft.phoneNumber).toBe('+1 415 555 0100');
        expect(draft.logObject).toBe('VoiceCall');
    });

    it('refuses a call without a usable call id, as the log could not be idempotent', () => {
        expect(() => buildCallLog(facts({ callId: '  ' }))).toThrow(InvalidCallLogError);
        expect(() => buildCallLog(facts({ callId: 'x'.repeat(256) }))).toThrow(/Task.CallObject holds 255/);
        expect(() => buildCallLog(facts({ startedAt: Number.NaN }))).toThrow(InvalidCallLogError);
    });
});
