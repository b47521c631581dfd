import { isSalesforceId } from '../../engine/src/cti/salesforce-id';
import { invalidParam, succeeded } from '../open-cti/open-cti-answers';
import type { OpenCtiAnswer } from '../open-cti/open-cti-answers';
import { SCREENPOP_TYPE } from '../open-cti/open-cti-constants';
import type { ConsoleLocation, FlowArgument, NewRecordModal } from './console-location';
import type { ConsoleState } from './console-state';

/** Where a valid screen pop goes: a page, or a new-record form over the current page. */
export type ScreenPopPlan =
    | { readonly kind: 'page'; readonly location: ConsoleLocation }
    | { readonly kind: 'modal'; readonly modal: NewRecordModal };

/** The search page needs at least this many characters. */
export const MIN_SEARCH_LENGTH = 3;

function isObject(value: unknown): value is Readonly<Record<string, unknown>> {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isRelativeUrl(url: string): boolean {
    return url.startsWith('/') && !url.startsWith('//');
}

function flowArgumentsOf(value: unknown): FlowArgument[] | undefined {
    if (value === undefined) return [];
    if (!Array.isArray(value)) return undefined;
    const args: FlowArgument[] = [];
    for (const arg of value as unknown[]) {
        if (!isObject(arg) || typeof arg.name !== 'string' || typeof arg.type !== 'string') return undefined;
        args.push({ name: arg.name, type: arg.type, value: arg.value });
    }
    return args;
}

function textValues(value: unknown): Record<string, string> | undefined {
    if (value === undefined) return {};
    if (!isObject(value)) return undefined;
    const values: Record<string, string> = {};
    for (const [field, fieldValue] of Object.entries(value)) {
        if (fieldValue === null || fieldValue === undefined) continue;
        if (typeof fieldValue === 'object') return undefined;
        values[field] = String(fieldValue);
    }
    return values;
}

/**
 * Reads `screenPop`'s `{ type, params, defaultFieldValues? }` as the guide documents it, refusing what
 * Salesforce refuses with `INVALID_PARAM`: `SOBJECT {recordId}`, `URL {url}` (relative), `OBJECTHOME {scope}`,
 * `LIST {listViewId, scope}`, `SEARCH {searchString}` (3+ characters), `NEW_RECORD_MODAL {entityName,
 * defaultFieldValues}` (default values are accepted in `params`, where adapters put them, or beside it, where
 * the guide's table lists them), `FLOW {flowDevName, flowArgs}`. Like Lightning, it does not check that the
 * record or object exists: the page says so.
 */
export function readScreenPop(args: Readonly<Record<string, unknown>>): ScreenPopPlan | OpenCtiAnswer {
    const { type, params } = args;
    if (!isObject(params)) return invalidParam('params', 'An object', params);
    const text = (name: string): string | undefined => {
        const value = params[name];
        return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
    };
    const page = (location: ConsoleLocation): ScreenPopPlan => ({ kind: 'page', location });
    switch (type) {
        case SCREENPOP_TYPE.SOBJECT: {
            const recordId = text('recordId');
            if (!recordId || !isSalesforceId(recordId)) {
                return invalidParam('recordId', 'A record ID', params.recordId);
            }
            return page({ kind: 'record', recordId });
        }
        case SCREENPOP_TYPE.URL: {
            const url = text('url');
            if (!url || !isRelativeUrl(url)) return invalidParam('url', 'A relative URL', params.url);
            return page({ kind: 'url', url });
        }
        case SCREENPOP_TYPE.OBJECTHOME: {
            const scope = text('scope');
            if (!scope) return invalidParam('scope', 'An object API name', params.scope);
            return page({ kind: 'object-home', sobjectType: scope });
        }
        case SCREENPOP_TYPE.LIST: {
            const scope = text('scope');
            const listViewId = text('listViewId');
            if (!scope) return invalidParam('scope', 'An object API name', params.scope);
            if (!listViewId) return invalidParam('listViewId', 'A list view ID', params.listViewId);
            return page({ kind: 'list', sobjectType: scope, listViewId });
        }
        case SCREENPOP_TYPE.SEARCH: {
            const searchString = text('searchString');
            if (!searchString || searchString.length < MIN_SEARCH_LENGTH) {
                return invalidParam('searchString', 'A string of at least 3 characters', params.searchString);
            }
            return page({ kind: 'search', searchString });
        }
        case SCREENPOP_TYPE.NEW_RECORD_MODAL: {
            const entityName = text('entityName');
            if (!entityName) return invalidParam('entityName', 'An object API name', params.entityName);
            const inParams = textValues(params.defaultFieldValues);
            const beside = textValues(args.defaultFieldValues);
            if (!inParams) return invalidParam('defaultFieldValues', 'An object', params.defaultFieldValues);
            if (!beside) return invalidParam('defaultFieldValues', 'An object', args.defaultFieldValues);
            return { kind: 'modal', modal: { entityName, defaultFieldValues: { ...beside, ...inParams } } };
        }
        case SCREENPOP_TYPE.FLOW: {
            const flowDevName = text('flowDevName');
            if (!flowDevName) return invalidParam('flowDevName', 'A flow API name', params.flowDevName);
            const flowArgs = flowArgumentsOf(params.flowArgs);
            if (!flowArgs)
                return invalidParam('flowArgs', 'An array of { name, type, value }', params.flowArgs);
            return page({ kind: 'flow', flowDevName, flowArgs });
        }
        default:
            return invalidParam('type', 'One of sforce.opencti.SCREENPOP_TYPE', type);
    }
}

/** Whether a value is an Open CTI answer rather than a plan. */
export function isAnswer(value: ScreenPopPlan | OpenCtiAnswer): value is OpenCtiAnswer {
    return 'success' in value;
}

/** Makes a screen pop: opens the page, or the new-record form over the page that is open. */
export function applyScreenPop(state: ConsoleState, plan: ScreenPopPlan): void {
    if (plan.kind === 'page') state.navigate(plan.location);
    else state.openModal(plan.modal);
}

/** `screenPop`: checks the arguments, pops, and answers `returnValue: null`. */
export function handleScreenPop(state: ConsoleState, args: Readonly<Record<string, unknown>>): OpenCtiAnswer {
    const plan = readScreenPop(args);
    if (isAnswer(plan)) return plan;
    applyScreenPop(state, plan);
    return succeeded(null);
}
