import type { CtiHost, RecordRef, SearchResult } from '../cti';
import type { InboundCaller } from './inbound-caller';
import { caseNumberFromIvr } from './ivr-case-number';
import { newRecordPhoneField } from './new-record-phone-field';
import type { ScreenPopFailure, ScreenPopResult } from './screen-pop-result';
import type { ScreenPopSettings } from './screen-pop-settings';
import { definedFields } from '../object';
import { messageOf } from '../errors';

/** Runs a host call; a rejection, or a throw from a host that breaks its promise contract, becomes a failure. */
async function attempt<T>(
    step: ScreenPopFailure['step'],
    failures: ScreenPopFailure[],
    run: () => Promise<T>
): Promise<T | undefined> {
    try {
        return await run();
    } catch (error) {
        failures.push({ step, message: messageOf(error), cause: error });
        return undefined;
    }
}

/**
 * The caller's number in the forms worth searching, each the whole number: E.164 first, then as written in
 * its own country if that differs (an org may store `(415) 555-0123`). None without a number.
 */
function searchableNumbers(caller: InboundCaller): string[] {
    const forms = [caller.numberE164?.trim() ?? '', caller.nationalNumber?.trim() ?? ''];
    return forms.filter((form, index) => /\d/.test(form) && forms.indexOf(form) === index);
}

/** A screen pop decided but not yet made. */
type PopPlan = Omit<ScreenPopResult, 'popped' | 'failures'>;

/** Makes the planned pop, if any, and reports what happened. */
async function carryOut(
    host: CtiHost,
    plan: PopPlan,
    failures: ScreenPopFailure[]
): Promise<ScreenPopResult> {
    let popped = false;
    if (plan.target) {
        const target = plan.target;
        popped = (await attempt('pop', failures, () => host.screenPop(target).then(() => true))) ?? false;
    }
    return { ...plan, popped, failures };
}

/** The pop for a search that found nothing, per `screenPopNoMatch`. */
function noMatchPlan(settings: ScreenPopSettings, caller: InboundCaller, searchString: string): PopPlan {
    switch (settings.screenPopNoMatch) {
        case 'NEW_RECORD_MODAL': {
            const entityName = settings.screenPopNewRecordObject;
            const field = newRecordPhoneField(entityName);
            const number = caller.numberE164?.trim() ?? '';
            return {
                decision: 'new-record',
                target: {
                    type: 'new-record',
                    entityName,
                    ...(field === undefined || number === ''
                        ? {}
                        : { defaultFieldValues: { [field]: number } })
                },
                matches: [],
                searchString
            };
        }
        case 'SEARCH':
            return {
                decision: 'search',
                target: { type: 'search', searchString },
                matches: [],
                searchString
            };
        default:
            return { decision: 'none', matches: [], searchString };
    }
}

/** The pop for a search that found several records, per `screenPopMultipleMatches`. */
function multipleMatchPlan(
    settings: ScreenPopSettings,
    matches: readonly RecordRef[],
    searchString: string
): PopPlan {
    const base = { matches, matchedBy: 'caller-number' as const, searchString };
    switch (settings.screenPopMultipleMatches) {
        case 'SEARCH':
            return { ...base, decision: 'search', target: { type: 'search', searchString } };
        case 'PICKER':
            return { ...base, decision: 'picker' };
        default:
            return { ...base, decision: 'none' };
    }
}

/** The pop for one record. */
function recordPlan(
    record: RecordRef,
    matchedBy: NonNullable<ScreenPopResult['matchedBy']>,
    searchString: string
): PopPlan {
    return {
        decision: 'record',
        target: { type: 'record', recordId: record.id },
        matches: [record],
        record,
        matchedBy,
        searchString
    };
}

/**
 * Decides and makes the screen pop for an inbound call, through `CtiHost` (Open CTI in the console):
 *
 * 1. IVR data first: a case number (`x-case-number`) that finds exactly one Case pops that Case.
 * 2. Otherwise the caller's number, when the caller id is one (see `readCallerId`), is searched
 *    (`CtiHost.search`, i.e. `searchAndScreenPop` with `deferred: true`, so Salesforce pops nothing by
 *    itself): the whole E.164 form, then the whole national form if the first found nothing. A caller id that
 *    is no phone number is not searched and pops nothing, whatever `screenPopNoMatch` says.
 * 3. One match pops that record. Several pop the search page for the number (`SEARCH`), or are returned for
 *    the softphone's picker (`PICKER`), or pop nothing (`NONE`). None pops a new-record modal for
 *    `screenPopNewRecordObject` with its phone field set to the number (`NEW_RECORD_MODAL`, see
 *    `newRecordPhoneField`), the search page (`SEARCH`), or nothing (`NONE`).
 *
 * Never throws or rejects: a failed search or pop is listed in `failures` for the engine to log and show. A
 * failed IVR search falls back to the number; a failed number search pops nothing (popping a new record then
 * could duplicate a caller who exists). The single record found (`record`) gives the call log's
 * `WhoId` / `WhatId` through `taskRelationFor`, even when the pop itself failed.
 */
export async function popInboundCall(
    host: CtiHost,
    caller: InboundCaller,
    settings: ScreenPopSettings
): Promise<ScreenPopResult> {
    const failures: ScreenPopFailure[] = [];

    const caseNumber = caseNumberFromIvr(caller.ivrData);
    if (caseNumber !== undefined) {
        const found = await attempt('ivr-search', failures, () => host.search(caseNumber, 'inbound'));
        const cases = found?.matches.filter((match) => match.objectType === 'Case') ?? [];
        const [onlyCase] = cases;
        if (cases.length === 1 && onlyCase) {
            return carryOut(host, recordPlan(onlyCase, 'ivr-case-number', caseNumber), failures);
        }
    }

    const numbers = searchableNumbers(caller);
    const [primary] = numbers;
    if (primary === undefined) return { decision: 'none', popped: false, matches: [], failures };

    let result: SearchResult | undefined;
    let searchString = primary;
    for (const number of numbers) {
        searchString = number;
        result = await attempt('number-search', failures, () => host.search(number, 'inbound'));
        if (result === undefined || result.matches.length > 0) break;
    }
    if (result === undefined) return { decision: 'none', popped: false, matches: [], searchString, failures };

    const [onlyMatch] = result.matches;
    if (result.matches.length === 1 && onlyMatch) {
        return carryOut(host, recordPlan(onlyMatch, 'caller-number', searchString), failures);
    }
    if (result.matches.length > 1) {
        return carryOut(host, multipleMatchPlan(settings, result.matches, searchString), failures);
    }
    return carryOut(host, noMatchPlan(settings, caller, primary), failures);
}

/**
 * Pops the record the agent chose in the picker and makes it the call's record. Like
 * {@link popInboundCall}, never throws: a failed pop is listed in `failures`.
 */
export async function popPickedRecord(
    host: CtiHost,
    picked: ScreenPopResult,
    record: RecordRef
): Promise<ScreenPopResult> {
    const plan: PopPlan = {
        decision: 'record',
        target: { type: 'record', recordId: record.id },
        matches: picked.matches,
        record,
        ...definedFields({ matchedBy: picked.matchedBy, searchString: picked.searchString })
    };
    return carryOut(host, plan, [...picked.failures]);
}
