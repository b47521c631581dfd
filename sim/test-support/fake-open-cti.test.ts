import { FakeOpenCti, fakeError } from './fake-open-cti';

/** The fake `sforce.opencti` the engine's tests and the benchmarks rely on: the simulator's console, in one window. */
describe('FakeOpenCti', () => {
    const CONTACT = {
        Id: '003000000000001AAA',
        RecordType: 'Contact',
        Name: 'Ada Lovelace',
        Phone: '(415) 555-0123'
    };
    const OPPORTUNITY = { Id: '006000000000001AAA', RecordType: 'Opportunity', Name: 'Ada - 600 Widgets' };
    const PERSON = {
        Id: '001000000000003AAA',
        RecordType: 'Account',
        Name: 'Charles Babbage',
        Phone: '+1 212 555 0100',
        IsPersonAccount: true,
        PersonContactId: '003000000000003AAA'
    };

    function answer(call: (callback: (response: unknown) => void) => void): Promise<unknown> {
        return new Promise((resolve) => call(resolve));
    }

    it('answers asynchronously through the callback with { success, returnValue, errors }', async () => {
        const api = new FakeOpenCti();
        let answered = false;
        const response = answer((callback) => {
            api.enableClickToDial({
                callback: (value: unknown) => {
                    answered = true;
                    callback(value);
                }
            });
        });
        expect(answered).toBe(false);
        await expect(response).resolves.toEqual({ success: true, returnValue: null, errors: null });
    });

    it('refuses the Classic style of separate arguments', () => {
        const api = new FakeOpenCti();
        expect(() => api.refreshView(() => undefined)).toThrow(TypeError);
    });

    it('records every call with its argument object, without callbacks or listeners', () => {
        const api = new FakeOpenCti();
        api.setSoftphoneItemLabel({ label: 'On call', callback: () => undefined });
        api.onNavigationChange({ listener: () => undefined });
        expect(api.calls).toEqual(['setSoftphoneItemLabel', 'onNavigationChange']);
        expect(api.requests).toEqual([
            { method: 'setSoftphoneItemLabel', args: { label: 'On call' } },
            { method: 'onNavigationChange', args: {} }
        ]);
    });

    it("searches the softphone layout's objects, answers its fields, and pops only when not deferred", async () => {
        const api = new FakeOpenCti().addRecords(CONTACT, OPPORTUNITY);
        const deferred = await answer((callback) =>
            api.searchAndScreenPop({ searchParams: 'Ada', callType: 'inbound', deferred: true, callback })
        );
        expect(deferred).toEqual({
            success: true,
            returnValue: {
                [CONTACT.Id]: {
                    ...CONTACT,
                    MobilePhone: null,
                    AccountId: null,
                    LastModifiedDate: expect.any(String)
                },
                SCREEN_POP_DATA: { type: 'sobject', params: { recordId: CONTACT.Id } }
            },
            errors: null
        });
        expect(api.pops).toEqual([]);
        await answer((callback) =>
            api.searchAndScreenPop({ searchParams: 'Ada', callType: 'inbound', callback })
        );
        expect(api.pops).toEqual([{ kind: 'record', recordId: CONTACT.Id }]);
        expect(api.currentView).toEqual({
            url: `/lightning/r/Contact/${CONTACT.Id}/view`,
            recordId: CONTACT.Id,
            recordName: 'Ada Lovelace',
            objectType: 'Contact'
        });
    });

    it('answers a person account with its person contact, in searches, clicks and views', async () => {
        const api = new FakeOpenCti().addRecords(PERSON);
        const found = (await answer((callback) =>
            api.searchAndScreenPop({
                searchParams: '+12125550100',
                callType: 'inbound',
                deferred: true,
                callback
            })
        )) as { returnValue: Record<string, unknown> };
        expect(found.returnValue[PERSON.Id]).toMatchObject({
            IsPersonAccount: true,
            PersonContactId: PERSON.PersonContactId
        });
        const clicks: unknown[] = [];
        api.onClickToDial({ listener: (payload: unknown) => clicks.push(payload) });
        await answer((callback) => api.enableClickToDial({ callback }));
        expect(api.clickRecordPhone(PERSON.Id)).toBe(true);
        expect(clicks).toEqual([
            {
                number: PERSON.Phone,
                recordId: PERSON.Id,
                recordName: PERSON.Name,
                objectType: 'Account',
                personAccount: true,
                contactId: PERSON.PersonContactId
            }
        ]);
        api.openRecord(PERSON.Id);
        expect(api.currentView).toMatchObject({ personAccount: true, contactId: PERSON.PersonContactId });
    });

    it('delivers click-to-dial only while it is enabled', async () => {
        const api = new FakeOpenCti().addRecords(CONTACT);
        const clicks: unknown[] = [];
        api.onClickToDial({ listener: (payload: unknown) => clicks.push(payload) });
        expect(api.clickRecordPhone(CONTACT.Id)).toBe(false);
        await answer((callback) => api.enableClickToDial({ callback }));
        expect(api.clickRecordPhone(CONTACT.Id)).toBe(true);
        expect(clicks).toEqual([
            {
                number: '(415) 555-0123',
                recordId: CONTACT.Id,
                recordName: 'Ada Lovelace',
                objectType: 'Contact'
            }
        ]);
    });

    it('uses one-off scripts first, then the console again', async () => {
        const api = new FakeOpenCti();
        api.scriptOnce('refreshView', fakeError('SERVER_ERROR', 'down'));
        await expect(answer((callback) => api.refreshView({ callback }))).resolves.toMatchObject({
            success: false
        });
        await expect(answer((callback) => api.refreshView({ callback }))).resolves.toMatchObject({
            success: true
        });
        expect(api.refreshCount).toBe(1);
    });

    it("translates the API object's constants when a test swaps them", async () => {
        const api = new FakeOpenCti().addRecords(CONTACT);
        api.SCREENPOP_TYPE = { ...api.SCREENPOP_TYPE, SOBJECT: 'SOBJECT_FROM_API' };
        const found = (await answer((callback) =>
            api.searchAndScreenPop({ searchParams: 'Ada', callType: 'inbound', deferred: true, callback })
        )) as { returnValue: Record<string, unknown> };
        expect(found.returnValue.SCREEN_POP_DATA).toEqual({
            type: 'SOBJECT_FROM_API',
            params: { recordId: CONTACT.Id }
        });
        await answer((callback) =>
            api.screenPop({ ...(found.returnValue.SCREEN_POP_DATA as object), callback })
        );
        expect(api.pops).toEqual([{ kind: 'record', recordId: CONTACT.Id }]);
    });

    it("creates records through the org's checks and refuses unknown screen pop types", async () => {
        const api = new FakeOpenCti();
        const saved = await answer((callback) =>
            api.saveLog({ value: { entityApiName: 'Task', Subject: 'Call' }, callback })
        );
        expect(saved).toEqual({
            success: true,
            returnValue: { recordId: expect.stringMatching(/^00T\w{15}$/) },
            errors: null
        });
        await expect(
            answer((callback) =>
                api.saveLog({ value: { entityApiName: 'Task', Subject: 'Call', Colour: 'red' }, callback })
            )
        ).resolves.toMatchObject({ success: false, errors: [{ code: 'GENERIC_ERROR' }] });
        await expect(
            answer((callback) =>
                api.screenPop({ type: 'SOBJECT', params: { recordId: CONTACT.Id }, callback })
            )
        ).resolves.toMatchObject({ success: false, errors: [{ code: 'INVALID_PARAM' }] });
    });

    it("runs the project's SoftphoneCallLogService: one Task per call id", async () => {
        const api = new FakeOpenCti().addRecords(CONTACT);
        const log = (subject: string): Promise<unknown> =>
            answer((callback) =>
                api.runApex({
                    apexClass: 'SoftphoneCallLogService',
                    methodName: 'saveCallLog',
                    methodParams: `callLog=${encodeURIComponent(
                        JSON.stringify({
                            version: 1,
                            CallObject: 'call-1',
                            Subject: subject,
                            CallType: 'Inbound',
                            CallDurationInSeconds: 42,
                            ActivityDate: '2026-01-01',
                            WhoId: CONTACT.Id
                        })
                    )}`,
                    callback
                })
            );
        await expect(log('Call')).resolves.toMatchObject({ success: true });
        await expect(log('Call again')).resolves.toMatchObject({ success: true });
        expect(api.recordsOf('Task')).toEqual([
            expect.objectContaining({ CallObject: 'call-1', Subject: 'Call again', WhoId: CONTACT.Id })
        ]);
    });
});
