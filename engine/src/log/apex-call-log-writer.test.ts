import { CtiError } from '../errors';
import { ApexCallLogWriter } from './apex-call-log-writer';
import type { CallLogHost } from './apex-call-log-writer';
import type { CallLogEntry } from './call-log-entry';
import { CallLogWriteError } from './call-log-write-error';
import { taskDraft } from './test-support/call-log-drafts';
import { FakeCallLogOrg } from './test-support/fake-call-log-org';

const TASK_ID = '00T000000000001EAA';

const entry = (callId: string, fields: Parameters<typeof taskDraft>[1] = {}): CallLogEntry => ({
    ...taskDraft(callId, fields),
    attempts: 0,
    nextAttemptAt: 0,
    lastError: null,
    createdAt: 0,
    updatedAt: 0,
    revision: 1
});

/** A host whose `runApex` answers `returnValue` and records its arguments. */
function stubHost(returnValue: unknown) {
    const calls: { apexClass: string; methodName: string; params: Readonly<Record<string, string>> }[] = [];
    const host: CallLogHost = {
        runApex: (apexClass, methodName, params) => {
            calls.push({ apexClass, methodName, params });
            return Promise.resolve(returnValue);
        },
        refreshView: () => Promise.resolve()
    };
    return { host, calls };
}

describe('ApexCallLogWriter', () => {
    it('calls SoftphoneCallLogService.saveCallLog with the log as one URL-encoded JSON parameter', async () => {
        const org = new FakeCallLogOrg();
        const notes = 'Caller said: "A&B=C + 100%"\nNext line, café ☎';
        await new ApexCallLogWriter(org).write(entry('sip:abc@pbx;tag=1', { Description: notes }));

        expect(org.methodParams[0]).toMatch(/^callLog=%7B%22version%22%3A1%2C%22CallObject%22/);
        expect(org.methodParams[0]).not.toMatch(/[ "+&\n]/);
        const sent = JSON.parse(new URLSearchParams(org.methodParams[0]).get('callLog') ?? '') as Record<
            string,
            unknown
        >;
        expect(sent).toEqual({
            version: 1,
            CallObject: 'sip:abc@pbx;tag=1',
            Subject: 'Inbound call from +1 415 555 0100',
            CallType: 'Inbound',
            CallDurationInSeconds: 42,
            Description: notes,
            ActivityDate: '2026-01-01',
            Status: 'Completed'
        });
    });

    it('answers the Task Id and refreshes the view: two Open CTI round-trips', async () => {
        const org = new FakeCallLogOrg();
        const result = await new ApexCallLogWriter(org).write(entry('call-1'));

        expect(result.recordId).toBe(org.task('call-1')?.Id);
        expect(org.runApexCalls).toBe(1);
        expect(org.refreshViewCalls).toBe(1);
    });

    it('updates the same Task when the same call is written twice', async () => {
        const org = new FakeCallLogOrg();
        const writer = new ApexCallLogWriter(org);
        const first = await writer.write(entry('call-1'));
        const second = await writer.write(entry('call-1', { CallDisposition: 'Answered' }));

        expect(second.recordId).toBe(first.recordId);
        expect(org.tasks.size).toBe(1);
        expect(org.updates).toBe(1);
        expect(org.task('call-1')).toMatchObject({ CallDisposition: 'Answered' });
    });

    it('still succeeds when only the view refresh fails, and says so', async () => {
        const org = new FakeCallLogOrg();
        org.refreshFails = true;
        const refreshErrors: unknown[] = [];
        const writer = new ApexCallLogWriter(org, { onRefreshFailed: (error) => refreshErrors.push(error) });

        await expect(writer.write(entry('call-1'))).resolves.toEqual({ recordId: org.task('call-1')?.Id });
        expect(refreshErrors).toEqual([expect.any(CtiError)]);
    });

    it('skips the refresh when told to', async () => {
        const org = new FakeCallLogOrg();
        await new ApexCallLogWriter(org, { refreshView: false }).write(entry('call-1'));
        expect(org.refreshViewCalls).toBe(0);
    });

    it('passes Open CTI failures through, so the queue retries', async () => {
        const org = new FakeCallLogOrg().next('fail');
        await expect(new ApexCallLogWriter(org).write(entry('call-1'))).rejects.toThrow(CtiError);
        expect(org.refreshViewCalls).toBe(0);
    });

    it('refuses a VoiceCall entry without calling Apex', async () => {
        const org = new FakeCallLogOrg();
        const voiceCall: CallLogEntry = { ...entry('call-1'), logObject: 'VoiceCall' };
        await expect(new ApexCallLogWriter(org).write(voiceCall)).rejects.toThrow(/writes Tasks only/);
        expect(org.runApexCalls).toBe(0);
    });

    it.each([
        ['a bare Task Id', TASK_ID, TASK_ID],
        ["Open CTI's { runApex } wrapper", { runApex: TASK_ID }, TASK_ID]
    ])('reads the Task Id from %s', async (_label, returnValue, expected) => {
        const { host } = stubHost(returnValue);
        await expect(new ApexCallLogWriter(host).write(entry('call-1'))).resolves.toEqual({
            recordId: expected
        });
    });

    it.each([
        ['nothing', undefined],
        ['an Account Id', '001D000000IqhSLIAZ'],
        ['an error text', { runApex: 'Insufficient access' }]
    ])('rejects an answer that is %s', async (_label, returnValue) => {
        const { host } = stubHost(returnValue);
        await expect(new ApexCallLogWriter(host).write(entry('call-1'))).rejects.toThrow(CallLogWriteError);
    });

    it('calls the namespaced class in a namespaced package', async () => {
        const { host, calls } = stubHost(TASK_ID);
        await new ApexCallLogWriter(host, { apexClass: 'sfphone.SoftphoneCallLogService' }).write(
            entry('call-1')
        );
        expect(calls).toEqual([
            {
                apexClass: 'sfphone.SoftphoneCallLogService',
                methodName: 'saveCallLog',
                params: { callLog: expect.stringContaining('"CallObject":"call-1"') }
            }
        ]);
    });
});
