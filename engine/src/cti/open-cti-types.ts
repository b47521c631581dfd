/**
 * The slice of Salesforce's Lightning `sforce.opencti` object the engine uses, typed from the Open CTI
 * developer guide: every method takes one argument object and answers through `callback` with
 * `{ success, returnValue, errors }`.
 */
export interface OpenCtiResponse<T> {
    readonly success: boolean;
    readonly returnValue: T | null;
    readonly errors: readonly unknown[] | null;
}

export type OpenCtiCallback<T> = (response: OpenCtiResponse<T>) => void;

/** `getCallCenterSettings` answers a flat map keyed by path, e.g. `/reqGeneralInfo/reqDisplayName`. */
export type CallCenterSettings = Readonly<Record<string, string>>;

export interface OpenCtiApi {
    notifyInitializationComplete(args?: { callback?: OpenCtiCallback<null> }): void;
    getCallCenterSettings(args: { callback: OpenCtiCallback<CallCenterSettings> }): void;
}

/** What the adapter page's window holds once `opencti_min.js` has loaded. */
export interface WindowWithOpenCti {
    sforce?: { opencti?: OpenCtiApi };
}
