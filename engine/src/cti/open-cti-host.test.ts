import { CtiError, CtiTimeoutError } from '../errors';
import { FakeOpenCti, fakeError } from '../../../sim/test-support/fake-open-cti';
import type { AppView, ClickToDialRequest } from './cti-host';
import { OpenCtiHost } from './open-cti-host';

const CONTACT = {
    Id: '003000000000001AAA',
    RecordType: 'Contact',
    Name: 'Ada Lovelace',
    Phone: '(415) 555-0123'
};
const ACCOUNT = {
    Id: '001000000000001AAA',
    RecordType: 'Account',
    Name: 'Analytical Engines',
    Phone: '+1 415 555 0199'
};

describe('OpenCtiHost', () => {
    it('resolves getCallCenterSettings with the flat settings map Open CTI returns', async () => {
        const api = new FakeOpenCti();
        api.settingsAnswer = {
            success: true,
            returnValue: { '/reqGeneralInfo/reqDisplayName': 'Support line' },
            errors: null
        };
        await expect(new OpenCtiHost(api).getCallCenterSettings()).resolves.toEqual({
            '/reqGeneralInfo/reqDisplayName': 'Support line'
        });
    });

    it('rejects with CtiError carrying the error messages when success is false', async () => {
        const api = new FakeOpenCti();
        api.settingsAnswer = {
            success: false,
            returnValue: null,
            errors: [{ description: 'No call center' }]
        };
        const result = new OpenCtiHost(api).getCallCenterSettings();
        await expect(result).rejects.toBeInstanceOf(CtiError);
        await expect(result).rejects.toThrow('Open CTI getCallCenterSettings failed: No call center');
    });

    it('rejects with CtiError when the Open CTI method throws', async () => {
        const api = new FakeOpenCti();
        api.initAnswer = 'throw';
        await expect(new OpenCtiHost(api).notifyInitializationComplete()).rejects.toThrow(/opencti exploded/);
    });

    it('rejects with CtiTimeoutError when the callback never comes, and ignores a late answer', async () => {
        jest.useFakeTimers();
        try {
            const api = new FakeOpenCti();
            api.settingsAnswer = 'never';
            const result = new OpenCtiHost(api, { timeoutMs: 250 }).getCallCenterSettings();
            jest.advanceTimersByTime(250);
            await expect(result).rejects.toBeInstanceOf(CtiTimeoutError);
            await expect(result).rejects.toThrow('did not answer within 250 ms');
        } finally {
            jest.useRealTimers();
        }
    });

    it('settles once when a callback comes twice, and rejects a callback that is not a response', async () => {
        const api = new FakeOpenCti();
        api.script('refreshView', 'never');
        const twice = jest.fn();
        api.refreshView = (args?: unknown) => {
            const { callback } = args as { callback: (response: unknown) => void };
            callback({ success: true, returnValue: null, errors: null });
            callback({ success: false, returnValue: null, errors: ['late'] });
            twice();
        };
        await expect(new OpenCtiHost(api).refreshView()).resolves.toBeUndefined();
        expect(twice).toHaveBeenCalledTimes(1);

        api.refreshView = (args?: unknown) =>
            (args as { callback: (response: unknown) => void }).callback('ok');
        await expect(new OpenCtiHost(api).refreshView()).rejects.toThrow(
            /answered "ok" instead of a response/
        );
    });

    it('shows the code and description of the documented error objects', async () => {
        const api = new FakeOpenCti();
        api.script(
            'enableClickToDial',
            fakeError('SOFTPHONE_CONTAINER_ERROR', 'The container is not ready.')
        );
        await expect(new OpenCtiHost(api).enableClickToDial()).rejects.toThrow(
            'Open CTI enableClickToDial failed: The container is not ready. (SOFTPHONE_CONTAINER_ERROR)'
        );
    });

    it.each([
        ['enableClickToDial', (host: OpenCtiHost) => host.enableClickToDial(), {}],
        ['disableClickToDial', (host: OpenCtiHost) => host.disableClickToDial(), {}],
        ['refreshView', (host: OpenCtiHost) => host.refreshView(), {}],
        [
            'setSoftphonePanelVisibility',
            (host: OpenCtiHost) => host.setSoftphonePanelVisibility(true),
            { visible: true }
        ],
        [
            'setSoftphoneItemLabel',
            (host: OpenCtiHost) => host.setSoftphoneItemLabel('On call'),
            { label: 'On call' }
        ],
        [
            'setSoftphoneItemIcon',
            (host: OpenCtiHost) => host.setSoftphoneItemIcon('end_call'),
            { key: 'end_call' }
        ],
        ['notifyInitializationComplete', (host: OpenCtiHost) => host.notifyInitializationComplete(), {}]
    ] as const)(
        'calls %s once with one argument object holding the documented fields',
        async (method, run, args) => {
            const api = new FakeOpenCti();
            await expect(run(new OpenCtiHost(api))).resolves.toBeUndefined();
            expect(api.requests).toEqual([{ method, args }]);
        }
    );

    it('changes the console as the commands say', async () => {
        const api = new FakeOpenCti();
        const host = new OpenCtiHost(api);
        await host.enableClickToDial();
        await host.setSoftphonePanelVisibility(true);
        await host.setSoftphoneItemLabel('Ada Lovelace');
        await host.setSoftphoneItemIcon('call');
        await host.refreshView();
        expect(api).toMatchObject({
            clickToDialEnabled: true,
            panelVisible: true,
            itemLabel: 'Ada Lovelace',
            itemIcon: 'call',
            refreshCount: 1
        });
        await host.disableClickToDial();
        expect(api.clickToDialEnabled).toBe(false);
    });

    describe('screenPop', () => {
        it('pops a record with SCREENPOP_TYPE.SOBJECT read from the API object', async () => {
            const api = new FakeOpenCti().addRecords(CONTACT);
            api.SCREENPOP_TYPE = { ...api.SCREENPOP_TYPE, SOBJECT: 'SOBJECT_FROM_API' };
            await new OpenCtiHost(api).screenPop({ type: 'record', recordId: CONTACT.Id });
            expect(api.callsTo('screenPop')).toEqual([
                { type: 'SOBJECT_FROM_API', params: { recordId: CONTACT.Id } }
            ]);
            expect(api.currentView).toMatchObject({ recordId: CONTACT.Id, objectType: 'Contact' });
        });

        it('pops a new-record modal with its default field values in params', async () => {
            const api = new FakeOpenCti();
            await new OpenCtiHost(api).screenPop({
                type: 'new-record',
                entityName: 'Lead',
                defaultFieldValues: { Phone: '+14155550123' }
            });
            expect(api.callsTo('screenPop')).toEqual([
                {
                    type: api.SCREENPOP_TYPE.NEW_RECORD_MODAL,
                    params: { entityName: 'Lead', defaultFieldValues: { Phone: '+14155550123' } }
                }
            ]);
        });

        it('pops the layout pop of a deferred search unmodified', async () => {
            const api = new FakeOpenCti().addRecords(CONTACT);
            const host = new OpenCtiHost(api);
            const found = await host.search('(415) 555-0123', 'inbound');
            if (!found.layoutScreenPop) throw new Error('the fake returns SCREEN_POP_DATA when deferred');
            await host.screenPop({ type: 'layout', screenPop: found.layoutScreenPop });
            expect(api.callsTo('screenPop')).toEqual([
                { type: api.SCREENPOP_TYPE.SOBJECT, params: { recordId: CONTACT.Id } }
            ]);
        });

        it('refuses a target Salesforce would refuse without calling Open CTI', async () => {
            const api = new FakeOpenCti();
            const host = new OpenCtiHost(api);
            await expect(host.screenPop({ type: 'search', searchString: '12' })).rejects.toThrow(
                'Open CTI screenPop failed: a search needs at least 3 characters'
            );
            await expect(host.screenPop({ type: 'url', url: 'https://example.com' })).rejects.toBeInstanceOf(
                CtiError
            );
            expect(api.calls).toEqual([]);
        });
    });

    describe('search', () => {
        it('calls searchAndScreenPop deferred, with CALL_TYPE from the API object, and maps the matches', async () => {
            const api = new FakeOpenCti().addRecords(CONTACT, ACCOUNT);
            const result = await new OpenCtiHost(api).search('+14155550123', 'inbound');
            expect(api.callsTo('searchAndScreenPop')).toEqual([
                { searchParams: '+14155550123', callType: api.CALL_TYPE.INBOUND, deferred: true }
            ]);
            expect(result.matches).toEqual([{ id: CONTACT.Id, name: 'Ada Lovelace', objectType: 'Contact' }]);
            expect(api.pops).toEqual([]);
        });

        it('sends whatever value the API object gives CALL_TYPE.OUTBOUND', async () => {
            const api = new FakeOpenCti().addRecords(ACCOUNT);
            api.CALL_TYPE = { INBOUND: 'IN', OUTBOUND: 'OUT', INTERNAL: 'INT' };
            const result = await new OpenCtiHost(api).search('Analytical', 'outbound');
            expect(api.callsTo('searchAndScreenPop')[0]).toMatchObject({ callType: 'OUT' });
            expect(result.matches.map((match) => match.id)).toEqual([ACCOUNT.Id]);
        });

        it('rejects with CtiError when the answer is not the documented map', async () => {
            const api = new FakeOpenCti();
            api.script('searchAndScreenPop', { success: true, returnValue: 'Acme', errors: null });
            await expect(new OpenCtiHost(api).search('Acme', 'inbound')).rejects.toThrow(
                'Open CTI searchAndScreenPop failed: unexpected answer: the search result should be an object'
            );
        });

        it('refuses a blank search, and a CALL_TYPE the API object lacks, without calling Open CTI', async () => {
            const api = new FakeOpenCti();
            const host = new OpenCtiHost(api);
            await expect(host.search('  ', 'inbound')).rejects.toBeInstanceOf(CtiError);
            api.CALL_TYPE = { INBOUND: 'inbound', OUTBOUND: 'outbound' } as never;
            await expect(host.search('Acme', 'internal')).rejects.toThrow(/CALL_TYPE\.INTERNAL is undefined/);
            expect(api.calls).toEqual([]);
        });
    });

    describe('getAppViewInfo', () => {
        it('maps the current view', async () => {
            const api = new FakeOpenCti().addRecords(ACCOUNT);
            api.openRecord(ACCOUNT.Id);
            await expect(new OpenCtiHost(api).getAppViewInfo()).resolves.toEqual({
                url: `/lightning/r/Account/${ACCOUNT.Id}/view`,
                record: { id: ACCOUNT.Id, name: 'Analytical Engines', objectType: 'Account' }
            });
            expect(api.requests).toEqual([{ method: 'getAppViewInfo', args: {} }]);
        });

        it('resolves an empty view when Salesforce returns nothing', async () => {
            const api = new FakeOpenCti().script('getAppViewInfo', {
                success: true,
                returnValue: null,
                errors: null
            });
            await expect(new OpenCtiHost(api).getAppViewInfo()).resolves.toEqual({});
        });
    });

    describe('onClickToDial', () => {
        it('registers one listener with Open CTI, and a later call only replaces the engine listener', async () => {
            const api = new FakeOpenCti().addRecords(CONTACT);
            const host = new OpenCtiHost(api);
            const first = jest.fn<undefined, [ClickToDialRequest]>();
            const second = jest.fn<undefined, [ClickToDialRequest]>();
            await host.onClickToDial(first);
            await host.onClickToDial(second);
            await host.enableClickToDial();
            expect(api.clickRecordPhone(CONTACT.Id)).toBe(true);
            expect(api.callsTo('onClickToDial')).toEqual([{}]);
            expect(api.listenerCount('onClickToDial')).toBe(1);
            expect(first).not.toHaveBeenCalled();
            expect(second).toHaveBeenCalledWith({
                number: '(415) 555-0123',
                record: { id: CONTACT.Id, name: 'Ada Lovelace', objectType: 'Contact' }
            });
        });

        it('drops a payload that is not the documented shape and reports it', async () => {
            const api = new FakeOpenCti();
            const problems: CtiError[] = [];
            const listener = jest.fn();
            const host = new OpenCtiHost(api, { onListenerProblem: (problem) => problems.push(problem) });
            await host.onClickToDial(listener);
            await host.enableClickToDial();
            expect(() => api.clickToDial({ recordId: '003000000000001' })).not.toThrow();
            expect(listener).not.toHaveBeenCalled();
            expect(problems.map((problem) => problem.message)).toEqual([
                'Open CTI onClickToDial failed: ignored a payload: number should be a phone number but is undefined'
            ]);
        });

        it('reports a listener that throws instead of throwing into Open CTI', async () => {
            const api = new FakeOpenCti();
            const problems: string[] = [];
            const host = new OpenCtiHost(api, {
                onListenerProblem: (problem) => problems.push(problem.message)
            });
            await host.onClickToDial(() => {
                throw new Error('engine bug');
            });
            await host.enableClickToDial();
            expect(() => api.clickToDial({ number: 4155550123 })).not.toThrow();
            expect(problems).toEqual(['Open CTI onClickToDial failed: the listener threw: engine bug']);
        });

        it('rejects when registering throws, and registers on a later call', async () => {
            const api = new FakeOpenCti();
            api.scriptOnce('onClickToDial', 'throw');
            const host = new OpenCtiHost(api);
            await expect(host.onClickToDial(jest.fn())).rejects.toThrow(
                'Open CTI onClickToDial failed: opencti exploded'
            );
            await expect(host.onClickToDial(jest.fn())).resolves.toBeUndefined();
            expect(api.listenerCount('onClickToDial')).toBe(1);
        });
    });

    describe('onNavigationChange', () => {
        it('registers once and hands on each view, screen pops included', async () => {
            const api = new FakeOpenCti().addRecords(CONTACT);
            const host = new OpenCtiHost(api);
            const views: AppView[] = [];
            await host.onNavigationChange((view) => views.push(view));
            await host.onNavigationChange((view) => views.push(view));
            await host.screenPop({ type: 'record', recordId: CONTACT.Id });
            api.navigate({ kind: 'home' });
            expect(api.listenerCount('onNavigationChange')).toBe(1);
            expect(views).toEqual([
                {
                    url: `/lightning/r/Contact/${CONTACT.Id}/view`,
                    record: { id: CONTACT.Id, name: 'Ada Lovelace', objectType: 'Contact' }
                },
                { url: '/lightning/page/home' }
            ]);
        });

        it('reports a malformed view and keeps listening', async () => {
            const api = new FakeOpenCti();
            const problems: string[] = [];
            const views: AppView[] = [];
            const host = new OpenCtiHost(api, {
                onListenerProblem: (problem) => problems.push(problem.message)
            });
            await host.onNavigationChange((view) => views.push(view));
            api.sendEvent('onNavigationChange', { recordId: 42 });
            api.sendEvent('onNavigationChange', { url: '/lightning/page/home' });
            expect(problems).toHaveLength(1);
            expect(views).toEqual([{ url: '/lightning/page/home' }]);
        });
    });

    describe('saveLog', () => {
        it('creates with entityApiName and resolves with the new record Id', async () => {
            const api = new FakeOpenCti();
            const id = await new OpenCtiHost(api).saveLog({
                entityApiName: 'Task',
                Subject: 'Call',
                CallObject: 'call-1',
                CallDurationInSeconds: 42
            });
            expect(api.callsTo('saveLog')).toEqual([
                {
                    value: {
                        entityApiName: 'Task',
                        Subject: 'Call',
                        CallObject: 'call-1',
                        CallDurationInSeconds: 42
                    }
                }
            ]);
            expect(api.record(id)).toMatchObject({ RecordType: 'Task', CallObject: 'call-1' });
        });

        it('updates with Id', async () => {
            const api = new FakeOpenCti().addRecords({
                Id: '00T000000000001EAA',
                RecordType: 'Task',
                Subject: 'Call'
            });
            await expect(
                new OpenCtiHost(api).saveLog({ Id: '00T000000000001EAA', Description: 'Called back' })
            ).resolves.toBe('00T000000000001EAA');
            expect(api.record('00T000000000001EAA')).toMatchObject({
                Subject: 'Call',
                Description: 'Called back'
            });
        });

        it('refuses a value with neither entityApiName nor Id without calling Open CTI', async () => {
            const api = new FakeOpenCti();
            await expect(new OpenCtiHost(api).saveLog({ Subject: 'Call' })).rejects.toThrow(/entityApiName/);
            expect(api.calls).toEqual([]);
        });

        it('rejects when the answer carries no record Id', async () => {
            const api = new FakeOpenCti();
            api.script('saveLog', { success: true, returnValue: {}, errors: null });
            await expect(new OpenCtiHost(api).saveLog({ entityApiName: 'Task' })).rejects.toThrow(
                /saved record's Id is missing/
            );
        });
    });

    describe('runApex', () => {
        it('sends methodParams as a query string and resolves with returnValue.runApex', async () => {
            const api = new FakeOpenCti().defineApex('CallerLookup', 'byPhone', (params) =>
                JSON.stringify([{ Id: '003000000000001AAA', phone: params.phone }])
            );
            const result = await new OpenCtiHost(api).runApex('CallerLookup', 'byPhone', {
                phone: '+14155550123'
            });
            expect(api.callsTo('runApex')).toEqual([
                { apexClass: 'CallerLookup', methodName: 'byPhone', methodParams: 'phone=%2B14155550123' }
            ]);
            expect(JSON.parse(result as string)).toEqual([
                { Id: '003000000000001AAA', phone: '+14155550123' }
            ]);
        });

        it('rejects with the server error of a class Salesforce cannot load', async () => {
            const api = new FakeOpenCti();
            await expect(new OpenCtiHost(api).runApex('Missing', 'go', {})).rejects.toThrow(
                'Open CTI runApex failed: Could not load Apex class: Missing. (SERVER_ERROR)'
            );
            expect(api.callsTo('runApex')).toEqual([
                { apexClass: 'Missing', methodName: 'go', methodParams: {} }
            ]);
        });
    });
});
