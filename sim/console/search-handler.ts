import type { OrgRecord } from '../org/org-record';
import { fieldText } from '../org/org-record';
import type { OrgStore } from '../org/org-store';
import { searchOrg } from '../org/org-search';
import { sobjectNamed } from '../org/sobject-catalog';
import { invalidParam, succeeded } from '../open-cti/open-cti-answers';
import type { OpenCtiAnswer } from '../open-cti/open-cti-answers';
import { CALL_TYPE, SCREENPOP_TYPE } from '../open-cti/open-cti-constants';
import type { ConsoleState } from './console-state';
import { MIN_SEARCH_LENGTH, applyScreenPop, isAnswer, readScreenPop } from './screen-pop-handler';
import type { LayoutCallType, SoftphoneLayout } from './softphone-layout';

/** The key under which a deferred search returns the pop it did not make. */
export const SCREEN_POP_DATA = 'SCREEN_POP_DATA';

/** `screenPop` arguments without the callback, as `SCREEN_POP_DATA` carries them. */
type PopArgs = Readonly<{ type: string; params: Readonly<Record<string, unknown>> }>;

function callTypeOf(value: unknown): LayoutCallType | undefined {
    if (value === CALL_TYPE.INBOUND) return 'inbound';
    if (value === CALL_TYPE.OUTBOUND) return 'outbound';
    if (value === CALL_TYPE.INTERNAL) return 'internal';
    return undefined;
}

/**
 * One search result: the layout's fields for the record, with `Id`, `RecordType` and `LastModifiedDate`; a person
 * account's also carry `IsPersonAccount` and `PersonContactId` (an Account) or `AccountId` (its Contact).
 */
function resultOf(record: OrgRecord, layout: SoftphoneLayout): Record<string, unknown> {
    const sobject = sobjectNamed(record.sobjectType);
    const fields: Record<string, unknown> = {
        Id: record.Id,
        RecordType: record.sobjectType,
        LastModifiedDate: fieldText(record, 'LastModifiedDate')
    };
    if (sobject?.titleField === 'Name') fields.Name = fieldText(record, 'Name');
    for (const field of layout.displayFields[record.sobjectType] ?? []) {
        fields[field] = record.fields[field] ?? null;
    }
    if (record.fields.IsPersonAccount === true) {
        fields.IsPersonAccount = true;
        const other = record.sobjectType === 'Account' ? 'PersonContactId' : 'AccountId';
        fields[other] = record.fields[other] ?? null;
    }
    return fields;
}

/** The pop the layout makes for an inbound search, if any. */
function layoutPop(
    layout: SoftphoneLayout,
    matches: readonly OrgRecord[],
    searchString: string,
    defaultFieldValues: unknown
): PopArgs | undefined {
    const [only] = matches;
    if (matches.length === 1 && only) {
        return layout.singleMatch === 'record'
            ? { type: SCREENPOP_TYPE.SOBJECT, params: { recordId: only.Id } }
            : undefined;
    }
    const search: PopArgs | undefined =
        searchString.length >= MIN_SEARCH_LENGTH
            ? { type: SCREENPOP_TYPE.SEARCH, params: { searchString } }
            : undefined;
    if (matches.length > 1) return layout.multipleMatches === 'search' ? search : undefined;
    const noMatch = layout.noMatch;
    if (noMatch.kind === 'search') return search;
    if (noMatch.kind === 'new-record') {
        const defaults =
            typeof defaultFieldValues === 'object' && defaultFieldValues !== null
                ? { defaultFieldValues }
                : {};
        return {
            type: SCREENPOP_TYPE.NEW_RECORD_MODAL,
            params: { entityName: noMatch.entityName, ...defaults }
        };
    }
    return undefined;
}

/**
 * `searchAndScreenPop({ searchParams, callType, deferred, defaultFieldValues })` against the org, as the guide
 * describes it: searches the objects the softphone layout names for the call type, answers the matches keyed
 * by record Id, and pops what the layout says for inbound calls (one match: its record; several: the search
 * page; none: the layout's no-match pop). With `deferred: true` it pops nothing and returns the pop under
 * `SCREEN_POP_DATA`, ready to pass to `screenPop` unchanged.
 */
export function handleSearchAndScreenPop(
    org: OrgStore,
    state: ConsoleState,
    layout: SoftphoneLayout,
    args: Readonly<Record<string, unknown>>
): OpenCtiAnswer {
    const callType = callTypeOf(args.callType);
    if (!callType) return invalidParam('callType', 'One of sforce.opencti.CALL_TYPE', args.callType);
    if (args.searchParams !== undefined && typeof args.searchParams !== 'string') {
        return invalidParam('searchParams', 'A string', args.searchParams);
    }
    if (args.deferred !== undefined && typeof args.deferred !== 'boolean') {
        return invalidParam('deferred', 'A boolean value', args.deferred);
    }
    const searchString = (args.searchParams ?? '').trim();
    const matches = searchOrg(org, searchString, layout.searchObjects[callType]);
    const returnValue: Record<string, unknown> = {};
    for (const record of matches) returnValue[record.Id] = resultOf(record, layout);
    const pop =
        callType === 'inbound'
            ? layoutPop(layout, matches, searchString, args.defaultFieldValues)
            : undefined;
    if (pop && args.deferred === true) {
        returnValue[SCREEN_POP_DATA] = pop;
    } else if (pop) {
        const plan = readScreenPop(pop);
        if (!isAnswer(plan)) applyScreenPop(state, plan);
    }
    return succeeded(returnValue);
}
