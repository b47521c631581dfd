import { OrgStore } from '../org/org-store';
import { CALL_TYPE, SCREENPOP_TYPE } from '../open-cti/open-cti-constants';
import type { OpenCtiAnswer } from '../open-cti/open-cti-answers';
import type { OpenCtiListenerName } from '../messages/open-cti-messages';
import { ConsoleState } from './console-state';
import { createOpenCtiService } from './open-cti-service';
import { SCREEN_POP_DATA } from './search-handler';
import { DEFAULT_UTILITY_ITEM } from './utility-item';

/** A console with two Contacts sharing a number and one with a number of her own. */
function setUp() {
    const org = new OrgStore();
    const ada = org.insert('Contact', { FirstName: 'Ada', LastName: 'Lovelace', Phone: '(415) 555-0123' });
    const grace = org.insert('Contact', { FirstName: 'Grace', LastName: 'Hopper', Phone: '(212) 555-0147' });
    const kate = org.insert('Contact', {
        FirstName: 'Katherine',
        LastName: 'Johnson',
        Phone: '(212) 555-0147'
    });
    const state = new ConsoleState(DEFAULT_UTILITY_ITEM);
    const events: [OpenCtiListenerName, unknown][] = [];
    let time = 1000;
    const service = createOpenCtiService({
        org,
        state,
        settings: { '/a/b': 'c' },
        origin: 'http://console.test',
        emit: (listener, payload) => events.push([listener, payload]),
        now: () => time
    });
    const advance = (ms: number): void => {
        time += ms;
    };
    return { org, state, service, events, advance, ada, grace, kate };
}

/** The first error of a failed answer. */
function errorOf(answer: OpenCtiAnswer): unknown {
    expect(answer.success).toBe(false);
    expect(answer.returnValue).toBeNull();
    return answer.errors?.[0];
}

describe('createOpenCtiService', () => {
    it.each([
        ['screenPop without params', 'screenPop', { type: SCREENPOP_TYPE.SOBJECT }, 'params'],
        ['screenPop of an unknown type', 'screenPop', { type: 'record', params: {} }, 'type'],
        [
            'screenPop of a record without an Id',
            'screenPop',
            { type: SCREENPOP_TYPE.SOBJECT, params: { recordId: 'x' } },
            'recordId'
        ],
        [
            'screenPop of an absolute URL',
            'screenPop',
            { type: SCREENPOP_TYPE.URL, params: { url: 'https://evil.test' } },
            'url'
        ],
        [
            'a search of two characters',
            'screenPop',
            { type: SCREENPOP_TYPE.SEARCH, params: { searchString: 'ab' } },
            'searchString'
        ],
        [
            'a list without its view',
            'screenPop',
            { type: SCREENPOP_TYPE.LIST, params: { scope: 'Case' } },
            'listViewId'
        ],
        [
            'a new record without an object',
            'screenPop',
            { type: SCREENPOP_TYPE.NEW_RECORD_MODAL, params: {} },
            'entityName'
        ],
        [
            'a flow without a name',
            'screenPop',
            { type: SCREENPOP_TYPE.FLOW, params: { flowArgs: [] } },
            'flowDevName'
        ],
        [
            'flow arguments that are not a list',
            'screenPop',
            { type: SCREENPOP_TYPE.FLOW, params: { flowDevName: 'F', flowArgs: {} } },
            'flowArgs'
        ],
        ['a search without a call type', 'searchAndScreenPop', { searchParams: 'Ada' }, 'callType'],
        [
            'a search of a number, not text',
            'searchAndScreenPop',
            { searchParams: 415, callType: CALL_TYPE.INBOUND },
            'searchParams'
        ],
        ['saveLog without a value', 'saveLog', {}, 'value'],
        [
            'saveLog of a value with neither Id nor entityApiName',
            'saveLog',
            { value: { Subject: 'x' } },
            'value'
        ],
        ['runApex without a class', 'runApex', { methodName: 'm', methodParams: '' }, 'apexClass'],
        [
            'runApex with parameters that are not a query string',
            'runApex',
            { apexClass: 'A', methodName: 'm', methodParams: 5 },
            'methodParams'
        ],
        [
            'a panel visibility that is not a boolean',
            'setSoftphonePanelVisibility',
            { visible: 'yes' },
            'visible'
        ],
        ['an empty icon', 'setSoftphoneItemIcon', { key: '' }, 'key'],
        ['a panel 100 pixels high', 'setSoftphonePanelHeight', { heightPX: 100 }, 'heightPX'],
        ['a panel 5000 pixels wide', 'setSoftphonePanelWidth', { widthPX: 5000 }, 'widthPX']
    ] as const)('refuses %s with INVALID_PARAM naming the parameter', (_name, method, args, parameter) => {
        const { service, state } = setUp();
        expect(errorOf(service.handle(method, args))).toEqual({
            code: 'INVALID_PARAM',
            description: expect.stringContaining(`An invalid value was passed to the parameter ${parameter}.`)
        });
        expect(state.location).toEqual({ kind: 'home' });
    });

    it('answers the methods it does not simulate with GENERIC_ERROR, as a failure in Salesforce does', () => {
        const { service } = setUp();
        for (const method of ['getSoftphoneLayout', 'subscribe', 'publish', 'unsubscribe'] as const) {
            expect(errorOf(service.handle(method, {}))).toEqual({
                code: 'GENERIC_ERROR',
                description: `sforce.opencti.${method} is not available in the local console simulator.`
            });
        }
    });

    it('pops what the softphone layout says when a search is not deferred: one record, the search page, or nothing', () => {
        const { service, state, ada } = setUp();
        const search = (searchParams: string, callType: string = CALL_TYPE.INBOUND): OpenCtiAnswer =>
            service.handle('searchAndScreenPop', { searchParams, callType });

        expect(Object.keys(search('+14155550123').returnValue as object)).toEqual([ada.Id]);
        expect(state.location).toEqual({ kind: 'record', recordId: ada.Id });
        search('+12125550147');
        expect(state.location).toEqual({ kind: 'search', searchString: '+12125550147' });
        search('+19995550000');
        expect(state.location).toEqual({ kind: 'search', searchString: '+19995550000' });
        state.navigate({ kind: 'home' });
        search('+14155550123', CALL_TYPE.OUTBOUND);
        expect(state.location).toEqual({ kind: 'home' });
    });

    it('answers search matches keyed by Id with the layout fields, and the pop it would make under SCREEN_POP_DATA', () => {
        const { service, state, grace, kate } = setUp();
        const answer = service.handle('searchAndScreenPop', {
            searchParams: '+12125550147',
            callType: CALL_TYPE.INBOUND,
            deferred: true
        });
        expect(answer.returnValue).toEqual({
            [grace.Id]: {
                Id: grace.Id,
                RecordType: 'Contact',
                Name: 'Grace Hopper',
                LastModifiedDate: expect.any(String),
                Phone: '(212) 555-0147',
                MobilePhone: null,
                AccountId: null
            },
            [kate.Id]: expect.objectContaining({ Name: 'Katherine Johnson' }),
            [SCREEN_POP_DATA]: { type: SCREENPOP_TYPE.SEARCH, params: { searchString: '+12125550147' } }
        });
        expect(state.location).toEqual({ kind: 'home' });
    });

    it("answers saveLog refusals with the org's reasons in details", () => {
        const { service } = setUp();
        expect(
            errorOf(service.handle('saveLog', { value: { entityApiName: 'Contact', FirstName: 'No' } }))
        ).toEqual({
            code: 'GENERIC_ERROR',
            description:
                'An error occurred while calling the saveLog() API method. Review the Details field in the error section.',
            details: [
                {
                    message: 'Required fields are missing: [LastName]',
                    statusCode: 'REQUIRED_FIELD_MISSING',
                    fields: ['LastName']
                }
            ]
        });
    });

    it('reports navigation once per new view, the new-record form included, and keeps a log of every call', () => {
        const { service, state, events, advance, ada } = setUp();
        service.handle('onNavigationChange', {});
        state.navigate({ kind: 'record', recordId: ada.Id });
        state.refresh();
        state.navigate({ kind: 'record', recordId: ada.Id });
        advance(25);
        service.handle('screenPop', {
            type: SCREENPOP_TYPE.NEW_RECORD_MODAL,
            params: { entityName: 'Contact', defaultFieldValues: { Phone: '+1' } }
        });

        expect(events).toEqual([
            [
                'onNavigationChange',
                {
                    url: `http://console.test/lightning/r/Contact/${ada.Id}/view`,
                    recordId: ada.Id,
                    recordName: 'Ada Lovelace',
                    objectType: 'Contact'
                }
            ],
            ['onNavigationChange', { url: 'http://console.test/lightning/o/Contact/new' }]
        ]);
        expect(service.log()).toEqual([
            { method: 'onNavigationChange', outcome: 'success', at: 0, detail: '' },
            {
                method: 'screenPop',
                outcome: 'success',
                at: 25,
                detail: '{"type":"newRecord","params":{"entityName":"Contact","defaultFieldValues":{"Phone":"+1"}}}'
            }
        ]);
    });

    it('takes default field values beside params too, where the guide lists them', () => {
        const { service, state } = setUp();
        service.handle('screenPop', {
            type: SCREENPOP_TYPE.NEW_RECORD_MODAL,
            params: { entityName: 'Lead', defaultFieldValues: { Phone: '+1 212' } },
            defaultFieldValues: { Company: 'Initech', Phone: 'ignored' }
        });
        expect(state.modal).toEqual({
            entityName: 'Lead',
            defaultFieldValues: { Company: 'Initech', Phone: '+1 212' }
        });
    });

    it('answers isSoftphonePanelVisible and sizes the panel within the guide’s limits', () => {
        const { service, state } = setUp();
        service.handle('setSoftphonePanelHeight', { heightPX: 600 });
        service.handle('setSoftphonePanelWidth', { widthPX: 400 });
        service.handle('setSoftphonePanelLabel', { label: 'Calls' });
        service.handle('setSoftphonePanelIcon', { key: 'phone_portrait' });
        service.handle('setSoftphonePanelVisibility', { visible: false });
        expect(service.handle('isSoftphonePanelVisible', {}).returnValue).toEqual({ visible: false });
        expect(state.utility).toMatchObject({
            panelHeight: 600,
            panelWidth: 400,
            panelLabel: 'Calls',
            panelIcon: 'phone_portrait'
        });
    });
});
