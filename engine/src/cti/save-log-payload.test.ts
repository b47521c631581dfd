import { checkLogRecordValue, savedRecordIdFromPayload } from './save-log-payload';

describe('checkLogRecordValue', () => {
    it('accepts entityApiName to create and Id to update', () => {
        expect(checkLogRecordValue({ entityApiName: 'Task', Subject: 'Call' }).ok).toBe(true);
        expect(checkLogRecordValue({ Id: '00T000000000001EAA', Description: 'x' }).ok).toBe(true);
    });

    it('refuses a value with neither, or with an Id that is not one', () => {
        expect(checkLogRecordValue({ Subject: 'Call' })).toEqual({
            ok: false,
            problem: expect.stringMatching(/entityApiName/)
        });
        expect(checkLogRecordValue({ entityApiName: ' ' }).ok).toBe(false);
        expect(checkLogRecordValue({ Id: 'task-1' }).ok).toBe(false);
    });
});

describe('savedRecordIdFromPayload', () => {
    it('reads the Id from { recordId }, and from a bare Id', () => {
        expect(savedRecordIdFromPayload({ recordId: '00T000000000001' })).toEqual({
            ok: true,
            value: '00T000000000001'
        });
        expect(savedRecordIdFromPayload('00T000000000001EAA')).toEqual({
            ok: true,
            value: '00T000000000001EAA'
        });
    });

    it.each([null, {}, { recordId: 'nope' }, 42])('rejects %p', (payload) => {
        expect(savedRecordIdFromPayload(payload).ok).toBe(false);
    });
});
