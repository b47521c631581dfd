import { FAKE_SCREENPOP_TYPE } from '../../../sim/test-support/fake-open-cti';
import type { LayoutScreenPop } from './cti-host';
import { screenPopRequest } from './screen-pop-args';

const TYPES = FAKE_SCREENPOP_TYPE;

describe('screenPopRequest', () => {
    it.each([
        [
            { type: 'record', recordId: '500000000000001' },
            { type: TYPES.SOBJECT, params: { recordId: '500000000000001' } }
        ],
        [
            { type: 'search', searchString: ' +14155550123 ' },
            { type: TYPES.SEARCH, params: { searchString: '+14155550123' } }
        ],
        [
            { type: 'new-record', entityName: 'Contact', defaultFieldValues: { Phone: '+14155550123' } },
            {
                type: TYPES.NEW_RECORD_MODAL,
                params: { entityName: 'Contact', defaultFieldValues: { Phone: '+14155550123' } }
            }
        ],
        [
            { type: 'new-record', entityName: 'ns__Caller__c' },
            { type: TYPES.NEW_RECORD_MODAL, params: { entityName: 'ns__Caller__c' } }
        ],
        [
            { type: 'url', url: '/lightning/o/Case/home' },
            { type: TYPES.URL, params: { url: '/lightning/o/Case/home' } }
        ],
        [
            { type: 'object-home', scope: 'Account' },
            { type: TYPES.OBJECTHOME, params: { scope: 'Account' } }
        ],
        [
            { type: 'list', listViewId: '00Bxx0000000001', scope: 'Case' },
            { type: TYPES.LIST, params: { listViewId: '00Bxx0000000001', scope: 'Case' } }
        ],
        [
            {
                type: 'flow',
                flowDevName: 'Caller_Intake',
                flowArgs: [{ name: 'phone', type: 'String', value: '+1' }]
            },
            {
                type: TYPES.FLOW,
                params: {
                    flowDevName: 'Caller_Intake',
                    flowArgs: [{ name: 'phone', type: 'String', value: '+1' }]
                }
            }
        ]
    ] as const)('maps %o to the documented type and params', (target, expected) => {
        expect(screenPopRequest(target, TYPES)).toEqual({ ok: true, value: expected });
    });

    it('passes a layout pop (SCREEN_POP_DATA) on as it came', () => {
        const data = { type: 'sobject', params: { recordId: '003000000000001' } };
        const request = screenPopRequest(
            { type: 'layout', screenPop: data as unknown as LayoutScreenPop },
            TYPES
        );
        expect(request).toEqual({ ok: true, value: data });
    });

    it('uses whatever values the API object gives its constants', () => {
        const custom = { ...TYPES, SOBJECT: 'SOBJECT_VALUE' };
        expect(screenPopRequest({ type: 'record', recordId: '500000000000001' }, custom)).toEqual({
            ok: true,
            value: { type: 'SOBJECT_VALUE', params: { recordId: '500000000000001' } }
        });
    });

    it.each([
        ['a record Id that is not one', { type: 'record', recordId: '42' }],
        ['a search shorter than 3 characters', { type: 'search', searchString: ' 12 ' }],
        ['an absolute URL', { type: 'url', url: 'https://evil.example.com/' }],
        ['a protocol-relative URL', { type: 'url', url: '//evil.example.com/' }],
        ['an entity that is not an API name', { type: 'new-record', entityName: 'New Contact' }],
        ['an empty list view', { type: 'list', listViewId: ' ', scope: 'Case' }],
        ['a flow name that is not an API name', { type: 'flow', flowDevName: 'my flow' }],
        ['a layout pop that is not an object', { type: 'layout', screenPop: 'sobject' }],
        ['an unknown target', { type: 'teleport' }]
    ])('refuses %s', (_case, target) => {
        expect(screenPopRequest(target as never, TYPES)).toEqual({ ok: false, problem: expect.any(String) });
    });

    it('refuses when the API object lacks the constant', () => {
        expect(screenPopRequest({ type: 'record', recordId: '500000000000001' }, undefined).ok).toBe(false);
    });
});
