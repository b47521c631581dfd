import { CtiError, CtiTimeoutError } from '../errors';
import { OpenCtiHost } from '../cti';
import type { CtiHost, RecordRef } from '../cti';
import { ManualClock } from '../time';
import { FakeOpenCti, fakeError } from '../../../sim/test-support/fake-open-cti';
import type { FakeRecord } from '../../../sim/test-support/fake-open-cti';
import type { InboundCaller } from './inbound-caller';
import { popInboundCall, popPickedRecord } from './pop-inbound-call';
import type { ScreenPopSettings } from './screen-pop-settings';
import { taskRelationFor } from '../log/task-relation';
import { hostOnManualClock } from '../../test-support/host-on-manual-clock';

const ADA: FakeRecord = {
    Id: '003000000000001AAA',
    RecordType: 'Contact',
    Name: 'Ada Lovelace',
    Phone: '(415) 555-0123'
};
const ADA_LEAD: FakeRecord = {
    Id: '00Q000000000001EAA',
    RecordType: 'Lead',
    Name: 'Ada L.',
    MobilePhone: '415.555.0123'
};
const CASE_1026: FakeRecord = {
    Id: '500000000000001AAA',
    RecordType: 'Case',
    CaseNumber: '00001026'
};
const LONDON: FakeRecord = {
    Id: '001000000000002AAA',
    RecordType: 'Account',
    Name: 'Difference Engines Ltd',
    Phone: '020 7946 0000'
};
const PERSON: FakeRecord = {
    Id: '001000000000003AAA',
    RecordType: 'Account',
    Name: 'Charles Babbage',
    Phone: '+1 212 555 0100',
    IsPersonAccount: true,
    PersonContactId: '003000000000003AAA'
};

const SETTINGS: ScreenPopSettings = {
    screenPopNoMatch: 'NEW_RECORD_MODAL',
    screenPopNewRecordObject: 'Contact',
    screenPopMultipleMatches: 'SEARCH'
};

function caller(
    numberE164: string | undefined,
    nationalNumber: string | undefined,
    ivrData: Record<string, string> = {}
): InboundCaller {
    return {
        ...(numberE164 === undefined ? {} : { numberE164 }),
        ...(nationalNumber === undefined ? {} : { nationalNumber }),
        ivrData
    };
}

function setUp(...records: FakeRecord[]): { api: FakeOpenCti; host: OpenCtiHost } {
    const api = new FakeOpenCti().addRecords(ADA, ADA_LEAD, CASE_1026, LONDON, PERSON, ...records);
    return { api, host: new OpenCtiHost(api) };
}

/** The one record of a result, or a failed test. */
function recordOf(result: { readonly record?: RecordRef | undefined }): RecordRef {
    if (!result.record) throw new Error('expected the result to name a record');
    return result.record;
}

function search(api: FakeOpenCti, searchParams: string): { method: string; args: Record<string, unknown> } {
    return {
        method: 'searchAndScreenPop',
        args: { searchParams, callType: api.CALL_TYPE.INBOUND, deferred: true }
    };
}

describe('popInboundCall', () => {
    describe('IVR data first', () => {
        it('pops the Case the caller keyed in, without searching the number', async () => {
            const { api, host } = setUp();
            const result = await popInboundCall(
                host,
                caller('+14155550123', '(415) 555-0123', { 'X-Case-Number': '00001026' }),
                SETTINGS
            );
            expect(api.requests).toEqual([
                search(api, '00001026'),
                {
                    method: 'screenPop',
                    args: { type: api.SCREENPOP_TYPE.SOBJECT, params: { recordId: CASE_1026.Id } }
                }
            ]);
            expect(result).toEqual({
                decision: 'record',
                target: { type: 'record', recordId: CASE_1026.Id },
                popped: true,
                // A Case has no Name: the softphone layout's result names its CaseNumber field.
                matches: [{ id: CASE_1026.Id, objectType: 'Case' }],
                record: { id: CASE_1026.Id, objectType: 'Case' },
                matchedBy: 'ivr-case-number',
                searchString: '00001026',
                failures: []
            });
            expect(taskRelationFor(recordOf(result))).toEqual({ whatId: CASE_1026.Id });
        });

        it('falls back to the number when the case number finds no Case', async () => {
            const { api, host } = setUp();
            const result = await popInboundCall(
                host,
                caller('+14155550199', '4155550199', { 'x-case-number': '00009999' }),
                { ...SETTINGS, screenPopNoMatch: 'NONE' }
            );
            expect(api.requests).toEqual([
                search(api, '00009999'),
                search(api, '+14155550199'),
                search(api, '4155550199')
            ]);
            expect(result).toMatchObject({ decision: 'none', popped: false, matches: [], failures: [] });
        });

        it('falls back to the number when the case search fails, and says so', async () => {
            const { api, host } = setUp();
            api.scriptOnce(
                'searchAndScreenPop',
                fakeError('SERVER_ERROR', 'A problem was encountered on the server.')
            );
            const result = await popInboundCall(
                host,
                caller('+14155550123', '(415) 555-0123', { 'x-case-number': '00001026' }),
                { ...SETTINGS, screenPopMultipleMatches: 'PICKER' }
            );
            expect(api.calls).toEqual(['searchAndScreenPop', 'searchAndScreenPop']);
            expect(result.decision).toBe('picker');
            expect(result.failures).toEqual([
                {
                    step: 'ivr-search',
                    message:
                        'Open CTI searchAndScreenPop failed: A problem was encountered on the server. (SERVER_ERROR)',
                    cause: expect.any(CtiError)
                }
            ]);
        });
    });

    describe('one record matches the number', () => {
        it('pops that record and offers it for the call log', async () => {
            const { api, host } = setUp();
            const result = await popInboundCall(host, caller('+12125550100', '212-555-0100'), SETTINGS);
            expect(api.requests).toEqual([
                search(api, '+12125550100'),
                {
                    method: 'screenPop',
                    args: { type: api.SCREENPOP_TYPE.SOBJECT, params: { recordId: PERSON.Id } }
                }
            ]);
            expect(result).toMatchObject({ decision: 'record', popped: true, matchedBy: 'caller-number' });
            expect(taskRelationFor(recordOf(result))).toEqual({
                whoId: PERSON.PersonContactId,
                whatId: PERSON.Id
            });
            expect(api.currentView).toMatchObject({ recordId: PERSON.Id });
        });

        it('searches the raw form when the E.164 form finds nothing', async () => {
            const { api, host } = setUp();
            const result = await popInboundCall(host, caller('+442079460000', '020 7946 0000'), SETTINGS);
            expect(api.requests).toEqual([
                search(api, '+442079460000'),
                search(api, '020 7946 0000'),
                {
                    method: 'screenPop',
                    args: { type: api.SCREENPOP_TYPE.SOBJECT, params: { recordId: LONDON.Id } }
                }
            ]);
            expect(result).toMatchObject({
                decision: 'record',
                searchString: '020 7946 0000',
                record: { id: LONDON.Id }
            });
        });

        it('keeps the record for the call log when the pop fails', async () => {
            const { api, host } = setUp();
            api.script(
                'screenPop',
                fakeError('GENERIC_ERROR', 'An error occurred while calling the API method.')
            );
            const result = await popInboundCall(host, caller('+12125550100', '+1 212 555 0100'), SETTINGS);
            expect(result).toMatchObject({ decision: 'record', popped: false, record: { id: PERSON.Id } });
            expect(result.failures).toEqual([
                expect.objectContaining({ step: 'pop', cause: expect.any(CtiError) })
            ]);
        });
    });

    describe('several records match the number', () => {
        it('pops the search page for the number with SEARCH', async () => {
            const { api, host } = setUp();
            const result = await popInboundCall(host, caller('+14155550123', '(415) 555-0123'), SETTINGS);
            expect(api.requests).toEqual([
                search(api, '+14155550123'),
                {
                    method: 'screenPop',
                    args: { type: api.SCREENPOP_TYPE.SEARCH, params: { searchString: '+14155550123' } }
                }
            ]);
            expect(result).toMatchObject({ decision: 'search', popped: true, failures: [] });
            expect(result.record).toBeUndefined();
            expect(result.matches.map((match) => match.id)).toEqual([ADA.Id, ADA_LEAD.Id]);
        });

        it('returns the matches for the picker with PICKER, popping nothing, then pops the one picked', async () => {
            const { api, host } = setUp();
            const result = await popInboundCall(host, caller('+14155550123', '(415) 555-0123'), {
                ...SETTINGS,
                screenPopMultipleMatches: 'PICKER'
            });
            expect(api.requests).toEqual([search(api, '+14155550123')]);
            expect(result).toMatchObject({ decision: 'picker', popped: false });
            expect(result.matches).toEqual([
                { id: ADA.Id, name: 'Ada Lovelace', objectType: 'Contact' },
                { id: ADA_LEAD.Id, name: 'Ada L.', objectType: 'Lead' }
            ]);

            const picked = await popPickedRecord(host, result, recordOf({ record: result.matches[1] }));
            expect(api.callsTo('screenPop')).toEqual([
                { type: api.SCREENPOP_TYPE.SOBJECT, params: { recordId: ADA_LEAD.Id } }
            ]);
            expect(picked).toMatchObject({ decision: 'record', popped: true, record: { id: ADA_LEAD.Id } });
            expect(taskRelationFor(recordOf(picked))).toEqual({ whoId: ADA_LEAD.Id });
        });

        it('pops nothing with NONE', async () => {
            const { api, host } = setUp();
            const result = await popInboundCall(host, caller('+14155550123', '(415) 555-0123'), {
                ...SETTINGS,
                screenPopMultipleMatches: 'NONE'
            });
            expect(api.calls).toEqual(['searchAndScreenPop']);
            expect(result).toMatchObject({ decision: 'none', popped: false });
            expect(result.matches).toHaveLength(2);
        });
    });

    describe('no record matches the number', () => {
        it('pops a new Contact with Phone filled in with NEW_RECORD_MODAL', async () => {
            const { api, host } = setUp();
            const result = await popInboundCall(host, caller('+13125550142', '312-555-0142'), SETTINGS);
            expect(api.requests).toEqual([
                search(api, '+13125550142'),
                search(api, '312-555-0142'),
                {
                    method: 'screenPop',
                    args: {
                        type: api.SCREENPOP_TYPE.NEW_RECORD_MODAL,
                        params: { entityName: 'Contact', defaultFieldValues: { Phone: '+13125550142' } }
                    }
                }
            ]);
            expect(result).toMatchObject({ decision: 'new-record', popped: true, matches: [], failures: [] });
        });

        it('fills the Web Phone of a new Case, and nothing on a custom object', async () => {
            const { api, host } = setUp();
            await popInboundCall(host, caller('+13125550142', '(312) 555-0142'), {
                ...SETTINGS,
                screenPopNewRecordObject: 'Case'
            });
            await popInboundCall(host, caller('+13125550142', '(312) 555-0142'), {
                ...SETTINGS,
                screenPopNewRecordObject: 'Caller__c'
            });
            expect(api.callsTo('screenPop')).toEqual([
                {
                    type: api.SCREENPOP_TYPE.NEW_RECORD_MODAL,
                    params: { entityName: 'Case', defaultFieldValues: { SuppliedPhone: '+13125550142' } }
                },
                { type: api.SCREENPOP_TYPE.NEW_RECORD_MODAL, params: { entityName: 'Caller__c' } }
            ]);
        });

        it('pops the search page for the number with SEARCH', async () => {
            const { api, host } = setUp();
            const result = await popInboundCall(host, caller('+13125550142', '312-555-0142'), {
                ...SETTINGS,
                screenPopNoMatch: 'SEARCH'
            });
            expect(api.callsTo('screenPop')).toEqual([
                { type: api.SCREENPOP_TYPE.SEARCH, params: { searchString: '+13125550142' } }
            ]);
            expect(result.decision).toBe('search');
        });

        it('pops nothing with NONE', async () => {
            const { api, host } = setUp();
            const result = await popInboundCall(host, caller('+13125550142', '+13125550142'), {
                ...SETTINGS,
                screenPopNoMatch: 'NONE'
            });
            expect(api.requests).toEqual([search(api, '+13125550142')]);
            expect(result).toEqual({
                decision: 'none',
                popped: false,
                matches: [],
                searchString: '+13125550142',
                failures: []
            });
        });
    });

    describe('failures', () => {
        it('pops nothing when the number search fails, rather than a new record for a caller who may exist', async () => {
            const { api, host } = setUp();
            api.script(
                'searchAndScreenPop',
                fakeError('SERVER_ERROR', 'A problem was encountered on the server.')
            );
            const result = await popInboundCall(host, caller('+13125550142', '312-555-0142'), SETTINGS);
            expect(api.calls).toEqual(['searchAndScreenPop']);
            expect(result).toMatchObject({ decision: 'none', popped: false, matches: [] });
            expect(result.failures).toEqual([expect.objectContaining({ step: 'number-search' })]);
        });

        it('reports a search that never answers as a timeout', async () => {
            const clock = new ManualClock();
            const api = new FakeOpenCti().addRecords(ADA);
            api.script('searchAndScreenPop', 'never');
            const host = hostOnManualClock(api, clock, { timeoutMs: 5000 });
            const pending = popInboundCall(host, caller('+14155550123', '+14155550123'), SETTINGS);
            await Promise.resolve();
            clock.advance(5000);
            const result = await pending;
            expect(result.failures).toEqual([
                expect.objectContaining({ step: 'number-search', cause: expect.any(CtiTimeoutError) })
            ]);
            expect(clock.pendingTimers).toBe(0);
        });

        it('reports a malformed search answer', async () => {
            const { api, host } = setUp();
            api.script('searchAndScreenPop', {
                success: true,
                returnValue: ['not', 'a', 'map'],
                errors: null
            });
            const result = await popInboundCall(host, caller('+14155550123', '+14155550123'), SETTINGS);
            expect(result.decision).toBe('none');
            expect(result.failures[0]?.message).toMatch(
                /unexpected answer: the search result should be an object/
            );
        });

        it('never throws, even over a host that throws instead of rejecting', async () => {
            const broken = {
                search: () => {
                    throw 'not even an Error';
                }
            } as unknown as CtiHost;
            await expect(
                popInboundCall(broken, caller('+14155550123', '+14155550123'), SETTINGS)
            ).resolves.toEqual({
                decision: 'none',
                popped: false,
                matches: [],
                searchString: '+14155550123',
                failures: [
                    { step: 'number-search', message: 'not even an Error', cause: 'not even an Error' }
                ]
            });
        });

        it('makes no Open CTI call for a caller without a number, and opens no new-record form', async () => {
            const { api, host } = setUp();
            const result = await popInboundCall(host, caller(undefined, undefined), SETTINGS);
            expect(api.calls).toEqual([]);
            expect(result).toEqual({ decision: 'none', popped: false, matches: [], failures: [] });
        });

        it('still pops the Case the IVR named for a caller without a number', async () => {
            const { api, host } = setUp();
            const result = await popInboundCall(
                host,
                caller(undefined, undefined, { 'x-case-number': '00001026' }),
                SETTINGS
            );
            expect(api.calls).toEqual(['searchAndScreenPop', 'screenPop']);
            expect(result).toMatchObject({ decision: 'record', record: { id: CASE_1026.Id } });
        });
    });
});
