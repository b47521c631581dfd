import type { OpenCtiCallTypes, OpenCtiScreenPopTypes } from '../../engine/src/cti';

/**
 * `sforce.opencti.SCREENPOP_TYPE` in the local console. The developer guide names the constants, not their
 * values; these are the values Salesforce's own `SCREEN_POP_DATA` carries (`"type": "sobject"`), the same
 * as the engine's unit-test fake uses (it imports them from here). Adapters must read them from the API object, never spell them.
 */
export const SCREENPOP_TYPE: OpenCtiScreenPopTypes = Object.freeze({
    SOBJECT: 'sobject',
    URL: 'url',
    OBJECTHOME: 'objecthome',
    LIST: 'list',
    SEARCH: 'search',
    NEW_RECORD_MODAL: 'newRecord',
    FLOW: 'flow'
});

/** `sforce.opencti.CALL_TYPE`; the guide's samples pass `callType: 'inbound'`. */
export const CALL_TYPE: OpenCtiCallTypes = Object.freeze({
    INBOUND: 'inbound',
    OUTBOUND: 'outbound',
    INTERNAL: 'internal'
});
