import { FakeOpenCti, fakeError } from '../../test-support/fake-open-cti';

/** The fake `sforce.opencti` other tests and the round-trip benchmark rely on keeps the documented contract. */
describe('FakeOpenCti', () => {
    const CONTACT = {
        Id: '003000000000001AAA',
        RecordType: 'Contact',
        Name: 'Ada Lovelace',
        Phone: '(415) 555-0123'
    };
    const OPPORTUNITY = { Id: '006000000000001AAA', RecordType: 'Opportunity', Name: 'Ada - 600 Widgets' };

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

    it('searches only the objects of the softphone layout, and pops only when not deferred', async () => {
        const api = new FakeOpenCti().addRecords(CONTACT, OPPORTUNITY);
        const deferred = await answer((callback) =>
            api.searchAndScreenPop({ searchParams: 'Ada', callType: 'inbound', deferred: true, callback })
        );
        expect(deferred).toEqual({
            success: true,
            returnValue: {
                [CONTACT.Id]: { ...CONTACT, LastModifiedDate: expect.any(String) },
                SCREEN_POP_DATA: { type: 'sobject', params: { recordId: CONTACT.Id } }
            },
            errors: null
        });
        expect(api.pops).toEqual([]);
        await answer((callback) =>
            api.searchAndScreenPop({ searchParams: 'Ada', callType: 'inbound', callback })
        );
        expect(api.pops).toEqual([{ type: 'sobject', params: { recordId: CONTACT.Id } }]);
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

    it('uses one-off scripts first, then its own behaviour again', async () => {
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

    it('creates records with their object key prefix and refuses unknown screen pop types', async () => {
        const api = new FakeOpenCti();
        const saved = await answer((callback) =>
            api.saveLog({ value: { entityApiName: 'Task', Subject: 'Call' }, callback })
        );
        expect(saved).toEqual({
            success: true,
            returnValue: { recordId: expect.stringMatching(/^00T\w{12}$/) },
            errors: null
        });
        await expect(
            answer((callback) =>
                api.screenPop({ type: 'SOBJECT', params: { recordId: CONTACT.Id }, callback })
            )
        ).resolves.toMatchObject({ success: false, errors: [{ code: 'INVALID_PARAM' }] });
    });
});
