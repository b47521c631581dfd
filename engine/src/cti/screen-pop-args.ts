import { describeValue } from '../text';
import { isSalesforceId } from './salesforce-id';
import type { ScreenPopTarget } from './cti-host';
import { screenPopTypeConstant } from './open-cti-constants';
import type { OpenCtiScreenPopArgs, OpenCtiScreenPopParams, OpenCtiScreenPopTypes } from './open-cti-types';
import { accepted, isRecord, rejected } from './payload-check';
import type { PayloadCheck } from './payload-check';

/** What `screenPop` is called with, less the callback. */
export type ScreenPopRequest = Omit<OpenCtiScreenPopArgs, 'callback'>;

/** The search page needs at least this many characters ("The string must be at least 3 characters"). */
export const MIN_SEARCH_LENGTH = 3;

const API_NAME = /^[A-Za-z][A-Za-z0-9_]*$/;

function withType(
    types: OpenCtiScreenPopTypes | undefined,
    key: keyof OpenCtiScreenPopTypes,
    params: OpenCtiScreenPopParams
): PayloadCheck<ScreenPopRequest> {
    const type = screenPopTypeConstant(types, key);
    return type.ok ? accepted({ type: type.value, params }) : type;
}

function isRelativeUrl(url: string): boolean {
    return url.startsWith('/') && !url.startsWith('//') && !/^\/*[A-Za-z][A-Za-z0-9+.-]*:/.test(url);
}

/**
 * Maps a {@link ScreenPopTarget} to `screenPop`'s `{ type, params }` as the guide documents them:
 * `SOBJECT {recordId}`, `URL {url}` (relative), `OBJECTHOME {scope}`, `LIST {listViewId, scope}`,
 * `SEARCH {searchString}` (3+ characters), `NEW_RECORD_MODAL {entityName, defaultFieldValues}`,
 * `FLOW {flowDevName, flowArgs}`; a layout pop (`SCREEN_POP_DATA`) is passed on as it came.
 * Targets Salesforce would refuse are refused here, before any round trip.
 */
export function screenPopRequest(
    target: ScreenPopTarget,
    types: OpenCtiScreenPopTypes | undefined
): PayloadCheck<ScreenPopRequest> {
    switch (target.type) {
        case 'record':
            if (!isSalesforceId(target.recordId)) {
                return rejected(
                    `recordId should be a Salesforce Id but is ${describeValue(target.recordId)}`
                );
            }
            return withType(types, 'SOBJECT', { recordId: target.recordId });
        case 'search': {
            const searchString = target.searchString.trim();
            if (searchString.length < MIN_SEARCH_LENGTH) {
                return rejected(
                    `a search needs at least ${MIN_SEARCH_LENGTH} characters, not ${describeValue(searchString)}`
                );
            }
            return withType(types, 'SEARCH', { searchString });
        }
        case 'new-record': {
            if (!API_NAME.test(target.entityName)) {
                return rejected(
                    `entityName should be an object API name but is ${describeValue(target.entityName)}`
                );
            }
            const defaults = target.defaultFieldValues;
            return withType(types, 'NEW_RECORD_MODAL', {
                entityName: target.entityName,
                ...(defaults === undefined || Object.keys(defaults).length === 0
                    ? {}
                    : { defaultFieldValues: { ...defaults } })
            });
        }
        case 'url':
            if (!isRelativeUrl(target.url))
                return rejected(`url must be a relative path, not ${describeValue(target.url)}`);
            return withType(types, 'URL', { url: target.url });
        case 'object-home':
            if (!API_NAME.test(target.scope))
                return rejected(`scope should be an object API name but is ${describeValue(target.scope)}`);
            return withType(types, 'OBJECTHOME', { scope: target.scope });
        case 'list':
            if (!API_NAME.test(target.scope))
                return rejected(`scope should be an object API name but is ${describeValue(target.scope)}`);
            if (target.listViewId.trim() === '') return rejected('listViewId is empty');
            return withType(types, 'LIST', { listViewId: target.listViewId, scope: target.scope });
        case 'flow':
            if (!API_NAME.test(target.flowDevName)) {
                return rejected(
                    `flowDevName should be a flow API name but is ${describeValue(target.flowDevName)}`
                );
            }
            return withType(types, 'FLOW', {
                flowDevName: target.flowDevName,
                ...(target.flowArgs === undefined
                    ? {}
                    : { flowArgs: target.flowArgs.map((arg) => ({ ...arg })) })
            });
        case 'layout':
            if (!isRecord(target.screenPop)) {
                return rejected(
                    `the layout screen pop should be an object but is ${describeValue(target.screenPop)}`
                );
            }
            return accepted(target.screenPop as unknown as ScreenPopRequest);
        default:
            return rejected(
                `unknown screen pop target ${describeValue((target as { type?: unknown }).type)}`
            );
    }
}
