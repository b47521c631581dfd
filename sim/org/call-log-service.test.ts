import { CallLogException, saveCallLog } from './call-log-service';
import type { OrgRecord } from './org-record';
import { OrgStore } from './org-store';

/** An org with a caller, like the Apex tests' `@TestSetup`. */
function setUp(): { org: OrgStore; caller: OrgRecord; account: OrgRecord } {
    const org = new OrgStore();
    const account = org.insert('Account', { Name: 'Acme' });
    const caller = org.insert('Contact', { FirstName: 'Ada', LastName: 'Lovelace', AccountId: account.Id });
    return { org, caller, account };
}

function request(callObject: string, changes: Readonly<Record<string, unknown>> = {}): string {
    return JSON.stringify({
        version: 1,
        CallObject: callObject,
        Subject: 'Inbound call from +1 415 555 0100',
        CallType: 'Inbound',
        CallDurationInSeconds: 125,
        ActivityDate: '2026-01-15',
        Status: 'Completed',
        ...changes
    });
}

function failure(org: OrgStore, callLog: string | undefined): string {
    try {
        saveCallLog(org, callLog);
    } catch (error) {
        if (error instanceof CallLogException) return error.message;
        throw error;
    }
    throw new Error('the call log was saved');
}

describe('saveCallLog (SoftphoneCallLogService in the console)', () => {
    it('creates a completed call Task with the fields sent, and answers its 18-character Id', () => {
        const { org, caller, account } = setUp();
        const id = saveCallLog(
            org,
            request('call-create', {
                CallDisposition: 'Answered',
                Description: 'Wants a call back',
                WhoId: caller.Id,
                WhatId: account.Id
            })
        );
        expect(id).toMatch(/^00T[A-Za-z0-9]{15}$/);
        expect(org.get(id)?.fields).toMatchObject({
            CallObject: 'call-create',
            Subject: 'Inbound call from +1 415 555 0100',
            CallType: 'Inbound',
            CallDurationInSeconds: 125,
            CallDisposition: 'Answered',
            Description: 'Wants a call back',
            WhoId: caller.Id,
            WhatId: account.Id,
            ActivityDate: '2026-01-15',
            Status: 'Completed',
            TaskSubtype: 'Call'
        });
    });

    it('updates the Task of a call id sent again, keeping the fields the second send leaves out', () => {
        const { org, caller } = setUp();
        const first = saveCallLog(
            org,
            request('call-twice', { WhoId: caller.Id, CallDisposition: 'Answered' })
        );
        const second = saveCallLog(
            org,
            request('call-twice', { CallDurationInSeconds: 140, CallDisposition: 'Left voicemail' })
        );
        expect(second).toBe(first);
        expect(org.list('Task')).toHaveLength(1);
        expect(org.get(first)?.fields).toMatchObject({
            CallDurationInSeconds: 140,
            CallDisposition: 'Left voicemail',
            WhoId: caller.Id
        });
        expect(saveCallLog(org, request('CALL-TWICE'))).not.toBe(first);
    });

    it('accepts a 15-character Id, 0 seconds, and a request that arrives still URL-encoded', () => {
        const { org, caller } = setUp();
        const id = saveCallLog(
            org,
            encodeURIComponent(
                request('call-encoded', {
                    WhoId: caller.Id.slice(0, 15),
                    CallDurationInSeconds: 0,
                    Description: 'A&B=C + 100% café'
                })
            )
        );
        expect(org.get(id)?.fields).toMatchObject({
            WhoId: caller.Id,
            CallDurationInSeconds: 0,
            Description: 'A&B=C + 100% café'
        });
    });

    it.each([
        ['CallType must be Inbound, Outbound or Internal', { CallType: 'Sideways' }],
        ['Subject is 256 characters long', { Subject: 's'.repeat(256) }],
        ['Description is 32001 characters long', { Description: 'd'.repeat(32001) }],
        ['CallDisposition is 256 characters long', { CallDisposition: 'x'.repeat(256) }],
        ['WhoId must be a 15- or 18-character Salesforce Id', { WhoId: 'not-an-id' }],
        ['WhoId must be a Contact or Lead Id', { WhoId: 'account' }],
        ['WhatId must be the Id of a record other than a Contact or Lead', { WhatId: 'caller' }],
        ['CallDurationInSeconds must be a whole number of 0 or more', { CallDurationInSeconds: -1 }],
        ['CallObject is required.', { CallObject: '  ' }],
        ['ActivityDate must be a date written YYYY-MM-DD', { ActivityDate: '2026-02-30' }],
        ['Status must be Completed', { Status: 'Not Started' }],
        ['request version must be 1', { version: 2 }],
        ['Unknown call log field "OwnerId"', { OwnerId: '005000000000001AAA' }]
    ])('refuses a request with the Apex class\'s message: "%s"', (expected, changes) => {
        const { org, caller, account } = setUp();
        const ids: Readonly<Record<string, string>> = { account: account.Id, caller: caller.Id };
        const resolved = Object.fromEntries(
            Object.entries(changes).map(([key, value]) => [key, ids[String(value)] ?? value])
        );
        expect(failure(org, request('call-invalid', resolved))).toContain(expected);
        expect(org.list('Task')).toEqual([]);
    });

    it('says what is wrong with a blank, non-JSON or non-object request, and with a save the org refuses', () => {
        const { org } = setUp();
        expect(failure(org, undefined)).toBe('The call log is empty: send callLog=<JSON> in methodParams.');
        expect(failure(org, '{nope')).toMatch(/^The call log is not valid JSON: /);
        expect(failure(org, '[1]')).toBe('The call log must be a JSON object.');
        expect(failure(org, request('call-ghost', { WhoId: '003000000000099AAA' }))).toBe(
            'Could not save the call log: invalid cross reference id'
        );
    });
});
