/**
 * The slice of Salesforce's Lightning `sforce.opencti` object the engine uses, typed from the Open CTI
 * developer guide (API 38.0+, "... for Lightning Experience" pages): every method takes one argument object
 * and answers through `callback` with `{ success, returnValue, errors }`; `onClickToDial` and
 * `onNavigationChange` take a `listener` instead and never call back.
 *
 * Payload types describe what the guide documents. Salesforce's answers still arrive as untyped JavaScript,
 * so the engine checks them (see the `*-payload.ts` mappers) before it trusts a field.
 */

/**
 * One entry of `errors`. The guide ("Common Error Messages for Lightning Experience Methods") documents
 * objects with `code` (e.g. `INVALID_PARAM`, `GENERIC_ERROR`, `SERVER_ERROR`, `SOFTPHONE_CONTAINER_ERROR`),
 * `description` and, for `saveLog`, `details`; older samples show plain strings.
 */
export type OpenCtiErrorEntry =
    string | { readonly code?: string; readonly description?: string; readonly details?: unknown };

export interface OpenCtiResponse<T> {
    readonly success: boolean;
    readonly returnValue: T | null;
    readonly errors: readonly unknown[] | null;
}

export type OpenCtiCallback<T> = (response: OpenCtiResponse<T>) => void;

/** The argument object of a method whose only argument is the optional callback. */
export interface OpenCtiCallbackArgs<T> {
    readonly callback?: OpenCtiCallback<T>;
}

/** `getCallCenterSettings` answers a flat map keyed by path, e.g. `/reqGeneralInfo/reqDisplayName`. */
export type CallCenterSettings = Readonly<Record<string, string>>;

/**
 * `sforce.opencti.SCREENPOP_TYPE`. The guide names the constants but not their values, so the engine always
 * reads them from the loaded API object.
 */
export interface OpenCtiScreenPopTypes {
    readonly SOBJECT: string;
    readonly URL: string;
    readonly OBJECTHOME: string;
    readonly LIST: string;
    readonly SEARCH: string;
    readonly NEW_RECORD_MODAL: string;
    readonly FLOW: string;
}

/** `sforce.opencti.CALL_TYPE`, read from the API object like {@link OpenCtiScreenPopTypes}. */
export interface OpenCtiCallTypes {
    readonly INBOUND: string;
    readonly OUTBOUND: string;
    readonly INTERNAL: string;
}

/** `params` of `screenPop`, by type. */
export type OpenCtiScreenPopParams =
    | { readonly recordId: string }
    | { readonly url: string }
    | { readonly scope: string }
    | { readonly listViewId: string; readonly scope: string }
    | { readonly searchString: string }
    | { readonly entityName: string; readonly defaultFieldValues?: Readonly<Record<string, string>> }
    | {
          readonly flowDevName: string;
          readonly flowArgs?: readonly {
              readonly name: string;
              readonly type: string;
              readonly value: unknown;
          }[];
      };

/** `screenPop({ type, params, callback })`; `returnValue` is always null. */
export interface OpenCtiScreenPopArgs extends OpenCtiCallbackArgs<null> {
    readonly type: string;
    readonly params: OpenCtiScreenPopParams;
}

/** `searchAndScreenPop({ searchParams, queryParams, params, defaultFieldValues, callType, deferred, callback })`. */
export interface OpenCtiSearchAndScreenPopArgs extends OpenCtiCallbackArgs<OpenCtiSearchReturnValue> {
    readonly searchParams?: string;
    /** Passed to the URL only when the layout pops to Visualforce. */
    readonly queryParams?: string;
    /** Flow arguments: `{ FLOW: { flowArgs: [...] } }`. */
    readonly params?: unknown;
    readonly defaultFieldValues?: Readonly<Record<string, string>>;
    /** One of `sforce.opencti.CALL_TYPE`. */
    readonly callType: string;
    /** `true`: search only, and return the pop under `SCREEN_POP_DATA` instead of making it. */
    readonly deferred?: boolean;
}

/**
 * One record in `searchAndScreenPop`'s answer: the fields the softphone layout shows, with `Id`,
 * `RecordType` (the object's API name) and `LastModifiedDate`; `IsPersonAccount`, `PersonContactId` and
 * `AccountId` for person accounts. One sample in the guide names the object `object` instead.
 */
export interface OpenCtiSearchRecord {
    readonly Id?: string;
    readonly Name?: string;
    readonly RecordType?: string;
    readonly object?: string;
    readonly LastModifiedDate?: string;
    readonly IsPersonAccount?: boolean;
    readonly PersonContactId?: string;
    readonly AccountId?: string;
    readonly [field: string]: unknown;
}

/**
 * `searchAndScreenPop`'s `returnValue`: {@link OpenCtiSearchRecord}s keyed by record Id, plus
 * `SCREEN_POP_DATA` (an object to pass to `screenPop` unmodified) when `deferred` is true.
 */
export type OpenCtiSearchReturnValue = Readonly<Record<string, unknown>>;

/** `getAppViewInfo`'s `returnValue` and `onNavigationChange`'s payload. Fields are empty off a record. */
export interface OpenCtiAppViewPayload {
    readonly url?: string;
    readonly recordId?: string;
    readonly recordName?: string;
    readonly objectType?: string;
    readonly accountId?: string;
    readonly contactId?: string;
    readonly personAccount?: boolean;
}

/** `onClickToDial`'s payload; the guide types `number` as a number. */
export interface OpenCtiClickToDialPayload {
    readonly number: number | string;
    readonly recordId?: string;
    readonly recordName?: string;
    readonly objectType?: string;
    readonly accountId?: string;
    readonly contactId?: string;
    readonly personAccount?: boolean;
    readonly params?: string;
}

/** `saveLog({ value })`: `entityApiName` to create, `Id` to update, plus field values. */
export interface OpenCtiSaveLogArgs extends OpenCtiCallbackArgs<OpenCtiSaveLogReturnValue> {
    readonly value: Readonly<Record<string, unknown>>;
}

/**
 * `saveLog`'s `returnValue`, "ID of object if creating or updating the object was successful": an object
 * carrying `recordId` in practice.
 */
export type OpenCtiSaveLogReturnValue = { readonly recordId: string } | string;

/**
 * `runApex({ apexClass, methodName, methodParams })`. `methodParams` is a query string; for a method
 * without parameters the guide says to pass "none or an empty object, {}".
 */
export interface OpenCtiRunApexArgs extends OpenCtiCallbackArgs<OpenCtiRunApexReturnValue> {
    readonly apexClass: string;
    readonly methodName: string;
    readonly methodParams: string | Readonly<Record<string, never>>;
}

/** `runApex`'s `returnValue`: the method's result under `runApex`. */
export interface OpenCtiRunApexReturnValue {
    readonly runApex: unknown;
}

export interface OpenCtiApi {
    readonly SCREENPOP_TYPE: OpenCtiScreenPopTypes;
    readonly CALL_TYPE: OpenCtiCallTypes;

    notifyInitializationComplete(args?: OpenCtiCallbackArgs<null>): void;
    getCallCenterSettings(args: OpenCtiCallbackArgs<CallCenterSettings>): void;

    enableClickToDial(args?: OpenCtiCallbackArgs<null>): void;
    disableClickToDial(args?: OpenCtiCallbackArgs<null>): void;
    onClickToDial(args: { readonly listener: (payload: OpenCtiClickToDialPayload) => void }): void;

    screenPop(args: OpenCtiScreenPopArgs): void;
    searchAndScreenPop(args: OpenCtiSearchAndScreenPopArgs): void;

    getAppViewInfo(args: OpenCtiCallbackArgs<OpenCtiAppViewPayload>): void;
    onNavigationChange(args: { readonly listener: (payload: OpenCtiAppViewPayload) => void }): void;

    saveLog(args: OpenCtiSaveLogArgs): void;
    runApex(args: OpenCtiRunApexArgs): void;
    refreshView(args?: OpenCtiCallbackArgs<null>): void;

    setSoftphonePanelVisibility(args: { readonly visible: boolean } & OpenCtiCallbackArgs<null>): void;
    setSoftphoneItemLabel(args: { readonly label: string } & OpenCtiCallbackArgs<null>): void;
    setSoftphoneItemIcon(args: { readonly key: string } & OpenCtiCallbackArgs<null>): void;

    /**
     * Lightning Message Service (API 47.0+, "Lightning Message Service Methods for Lightning Experience"):
     * `subscribe` calls back with the subscription that `unsubscribe` takes; `listener` gets each message.
     * Optional: an older `opencti_min.js` has none of them.
     */
    subscribe?(
        args: {
            readonly channelName: string;
            readonly listener: (message: unknown) => void;
        } & OpenCtiCallbackArgs<unknown>
    ): void;
    publish?(
        args: { readonly channelName: string; readonly message: unknown } & OpenCtiCallbackArgs<unknown>
    ): void;
    unsubscribe?(args: { readonly subscription: unknown } & OpenCtiCallbackArgs<unknown>): void;
}

/** What the adapter page's window holds once `opencti_min.js` has loaded. */
export interface WindowWithOpenCti {
    sforce?: { opencti?: OpenCtiApi };
}
