import type { CallCenterSettings } from './open-cti-types';

/**
 * The person account behind a record, when the org has person accounts and the record is one: its
 * business-side Account Id and its Contact Id (a Task's `WhatId` and `WhoId`).
 */
export interface PersonAccountRef {
    readonly accountId?: string;
    readonly contactId?: string;
}

/** A Salesforce record the console knows about (screen pop match, open record, click-to-dial source). */
export interface RecordRef {
    /** A 15- or 18-character Salesforce Id. */
    readonly id: string;
    readonly name?: string;
    /** API name, e.g. `Contact`, `Account`, `Case`. */
    readonly objectType?: string;
    /** Present only when Salesforce says the record is (part of) a person account. */
    readonly personAccount?: PersonAccountRef;
}

/** What the agent has open in the console (`getAppViewInfo` / `onNavigationChange`). */
export interface AppView {
    /** Salesforce warns the URL's structure may change: show it, never parse it. */
    readonly url?: string;
    readonly record?: RecordRef;
}

/** A phone number the agent clicked in Salesforce (`onClickToDial`). */
export interface ClickToDialRequest {
    /** The number as Salesforce gave it (the payload documents a number; we always hand on a string). */
    readonly number: string;
    readonly record?: RecordRef;
    /** The comma-separated `params` a `lightning-click-to-dial` component passed along, if any. */
    readonly params?: string;
}

/** `INBOUND`, `OUTBOUND` or `INTERNAL`, as `sforce.opencti.CALL_TYPE`. */
export type CtiCallType = 'inbound' | 'outbound' | 'internal';

/** One argument passed to a screen flow (`FLOW` screen pop): the flow's input variable name, type and value. */
export interface FlowArgument {
    readonly name: string;
    readonly type: string;
    readonly value: unknown;
}

/**
 * What `searchAndScreenPop` with `deferred: true` hands back under `SCREEN_POP_DATA`: the pop the softphone
 * layout chose. Opaque on purpose; Salesforce says to pass it to `screenPop` unmodified.
 */
export interface LayoutScreenPop {
    readonly __layoutScreenPop: unique symbol;
}

/** Where a screen pop takes the agent, one case per `sforce.opencti.SCREENPOP_TYPE`. */
export type ScreenPopTarget =
    | { readonly type: 'record'; readonly recordId: string }
    /** Pops the search page's Top Results; Salesforce needs at least 3 characters. */
    | { readonly type: 'search'; readonly searchString: string }
    | {
          readonly type: 'new-record';
          /** API name, e.g. `Contact`, or `ns__Thing__c`. */
          readonly entityName: string;
          readonly defaultFieldValues?: Readonly<Record<string, string>>;
      }
    /** A relative URL inside Salesforce. */
    | { readonly type: 'url'; readonly url: string }
    | { readonly type: 'object-home'; readonly scope: string }
    | { readonly type: 'list'; readonly listViewId: string; readonly scope: string }
    | {
          readonly type: 'flow';
          readonly flowDevName: string;
          readonly flowArgs?: readonly FlowArgument[];
      }
    /** The pop a deferred search returned (`SearchResult.layoutScreenPop`), passed back unmodified. */
    | { readonly type: 'layout'; readonly screenPop: LayoutScreenPop };

/** Records `searchAndScreenPop` found for a search string (with `deferred: true`, nothing pops). */
export interface SearchResult {
    /** Only objects and fields the softphone layout names for the call type are searched and returned. */
    readonly matches: readonly RecordRef[];
    /** The screen pop the softphone layout would have made, to pop later with `{ type: 'layout' }`. */
    readonly layoutScreenPop?: LayoutScreenPop;
}

/** The fields of a call log record, with `entityApiName` to create or `Id` to update (`saveLog`). */
export type LogRecordValue = Readonly<Record<string, string | number | boolean | null>>;

/**
 * Everything the engine asks of the Salesforce console, promise-based. The Open CTI implementation is one;
 * the simulator and tests bring others. Every method rejects with `CtiError` (Salesforce said no, or its
 * answer was not the documented shape) or `CtiTimeoutError` (no answer in time).
 */
export interface CtiHost {
    /** Tells Salesforce the softphone started, so it does not switch to the call center's standby URL. */
    notifyInitializationComplete(): Promise<void>;
    /** The call center definition's settings as a flat map keyed by path. */
    getCallCenterSettings(): Promise<CallCenterSettings>;

    enableClickToDial(): Promise<void>;
    disableClickToDial(): Promise<void>;
    /**
     * Sets the one click-to-dial listener; a later call replaces it. Open CTI's `onClickToDial` takes only a
     * listener and never calls back, so this resolves once the listener is registered (it rejects if the
     * registration throws). Payloads that are not the documented shape never reach the listener.
     */
    onClickToDial(listener: (request: ClickToDialRequest) => void): Promise<void>;

    /** Opens a record, a search, a new-record form, a URL, an object home, a list, a flow or a layout pop. */
    screenPop(target: ScreenPopTarget): Promise<void>;
    /**
     * Searches the objects of the softphone layout for a string (a phone number, a case number) with
     * `searchAndScreenPop({ deferred: true })`, so nothing pops.
     */
    search(searchString: string, callType: CtiCallType): Promise<SearchResult>;

    getAppViewInfo(): Promise<AppView>;
    /** Sets the one navigation listener; a later call replaces it. Resolves like {@link onClickToDial}. */
    onNavigationChange(listener: (view: AppView) => void): Promise<void>;

    /** Creates (`entityApiName`) or updates (`Id`) a record through Open CTI; resolves with its Id. */
    saveLog(value: LogRecordValue): Promise<string>;
    /**
     * Runs an Apex method exposed to Open CTI (`runApex`): parameters are sent as a query string
     * (`name=value&...`, values URI-encoded). Resolves with what the method returned (`returnValue.runApex`),
     * typically a string the caller parses.
     */
    runApex(
        apexClass: string,
        methodName: string,
        params: Readonly<Record<string, string>>
    ): Promise<unknown>;
    /** Refreshes the record the agent is looking at, e.g. after a call log was saved. */
    refreshView(): Promise<void>;

    setSoftphonePanelVisibility(visible: boolean): Promise<void>;
    setSoftphoneItemLabel(label: string): Promise<void>;
    /** An SLDS utility icon name such as `call` or `end_call`. */
    setSoftphoneItemIcon(key: string): Promise<void>;
}
