import type { OpenCtiAppViewPayload } from '../../engine/src/cti';
import { personAccountPayload } from '../org/org-record';
import type { OrgStore } from '../org/org-store';
import { recordTitle } from '../org/org-search';
import { sobjectOfId } from '../org/sobject-catalog';

/** One argument of a screen flow, as `screenPop`'s `FLOW` type passes it. */
export interface FlowArgument {
    readonly name: string;
    readonly type: string;
    readonly value: unknown;
}

/** What the console's workspace shows: one case per kind of page a screen pop or the agent can open. */
export type ConsoleLocation =
    | { readonly kind: 'home' }
    | { readonly kind: 'record'; readonly recordId: string }
    | { readonly kind: 'search'; readonly searchString: string }
    | { readonly kind: 'object-home'; readonly sobjectType: string }
    | { readonly kind: 'list'; readonly sobjectType: string; readonly listViewId: string }
    | { readonly kind: 'url'; readonly url: string }
    | { readonly kind: 'flow'; readonly flowDevName: string; readonly flowArgs: readonly FlowArgument[] };

/** The new-record form a `NEW_RECORD_MODAL` pop opens over the current page. */
export interface NewRecordModal {
    readonly entityName: string;
    /** Field values the form starts with (`defaultFieldValues`). */
    readonly defaultFieldValues: Readonly<Record<string, string>>;
}

/** The home page. */
export const HOME: ConsoleLocation = { kind: 'home' };

/** The relative Lightning URL of a location (or of the modal over it). */
export function locationUrl(location: ConsoleLocation, modal?: NewRecordModal): string {
    if (modal) return `/lightning/o/${modal.entityName}/new`;
    switch (location.kind) {
        case 'home':
            return '/lightning/page/home';
        case 'record': {
            const objectType = sobjectOfId(location.recordId)?.apiName ?? 'sObject';
            return `/lightning/r/${objectType}/${location.recordId}/view`;
        }
        case 'search':
            return `/lightning/search?searchString=${encodeURIComponent(location.searchString)}`;
        case 'object-home':
            return `/lightning/o/${location.sobjectType}/home`;
        case 'list':
            return `/lightning/o/${location.sobjectType}/list?filterName=${encodeURIComponent(location.listViewId)}`;
        case 'url':
            return location.url;
        case 'flow':
            return `/flow/${location.flowDevName}`;
    }
}

/** Whether a location is an object's list (object home or list view). */
export function isListLocation(location: ConsoleLocation): boolean {
    return location.kind === 'object-home' || location.kind === 'list';
}

/**
 * What `getAppViewInfo` answers and `onNavigationChange` delivers for a location: the absolute URL, and on a
 * record page `recordId`, `recordName` and `objectType` (a record the org does not have keeps its Id and the
 * object its key prefix names), with `personAccount` and the other half of a person account. Off a record,
 * only the URL, as the guide says.
 *
 * @param origin - the console's origin, e.g. `http://127.0.0.1:5173`, as Salesforce's URLs are absolute
 */
export function appViewOf(
    location: ConsoleLocation,
    modal: NewRecordModal | undefined,
    org: OrgStore,
    origin: string
): OpenCtiAppViewPayload {
    const url = origin + locationUrl(location, modal);
    if (modal || location.kind !== 'record') return { url };
    const record = org.get(location.recordId);
    return {
        url,
        recordId: record?.Id ?? location.recordId,
        recordName: record ? recordTitle(record) : '',
        objectType: record?.sobjectType ?? sobjectOfId(location.recordId)?.apiName ?? '',
        ...(record ? personAccountPayload(record) : {})
    };
}
