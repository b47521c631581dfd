import { describeValue } from '../text';
import { CtiError, CtiTimeoutError, messageOf, SoftphoneError } from '../errors';
import { appViewFromPayload } from './app-view-payload';
import { callCenterSettingsFromPayload } from './call-center-settings-payload';
import { clickToDialFromPayload } from './click-to-dial-payload';
import type {
    AppView,
    ClickToDialRequest,
    CtiCallType,
    CtiHost,
    LogRecordValue,
    ScreenPopTarget,
    SearchResult
} from './cti-host';
import { callTypeConstant } from './open-cti-constants';
import { describeOpenCtiErrors } from './open-cti-errors';
import type { CallCenterSettings, OpenCtiApi } from './open-cti-types';
import { isRecord } from './payload-check';
import type { PayloadCheck } from './payload-check';
import { apexMethodParams, apexResultFromPayload } from './run-apex-payload';
import { checkLogRecordValue, savedRecordIdFromPayload } from './save-log-payload';
import { screenPopRequest } from './screen-pop-args';
import { searchResultFromPayload } from './search-result-payload';

/** Time limit for one Open CTI call unless the caller gives another. */
export const DEFAULT_CTI_TIMEOUT_MS = 10_000;

/** Options of {@link OpenCtiHost}. */
export interface OpenCtiHostOptions {
    /** Time limit for each call that answers through a callback. */
    readonly timeoutMs?: number;
    readonly setTimer?: (handler: () => void, ms: number) => unknown;
    readonly clearTimer?: (timer: unknown) => void;
    /**
     * Told when a listener payload (`onClickToDial`, `onNavigationChange`) is not the documented shape, or
     * when the engine's own listener throws. The payload is dropped; nothing is thrown back into Open CTI.
     */
    readonly onListenerProblem?: (problem: CtiError) => void;
}

/** What a callback receives, before it is checked. */
type RawCallback = (response: unknown) => void;

/**
 * `CtiHost` over Salesforce's Lightning `sforce.opencti` (Open CTI developer guide, "... for Lightning
 * Experience"). Each method makes one Open CTI call with one argument object; the callback's
 * `{ success, returnValue, errors }` settles the promise once, and a time limit covers a callback that never
 * comes. Enum values come from the API object (`SCREENPOP_TYPE`, `CALL_TYPE`). Every `returnValue` and
 * listener payload is checked by a pure mapper; one that is not the documented shape becomes a `CtiError`,
 * never an exception inside Open CTI.
 */
export class OpenCtiHost implements CtiHost {
    readonly #timeoutMs: number;
    readonly #setTimer: (handler: () => void, ms: number) => unknown;
    readonly #clearTimer: (timer: unknown) => void;
    readonly #onListenerProblem: (problem: CtiError) => void;
    readonly #registered = new Set<'onClickToDial' | 'onNavigationChange'>();
    #clickToDialListener: ((request: ClickToDialRequest) => void) | undefined;
    #navigationListener: ((view: AppView) => void) | undefined;

    readonly #api: OpenCtiApi;
    constructor(api: OpenCtiApi, options: OpenCtiHostOptions = {}) {
        this.#api = api;
        this.#timeoutMs = options.timeoutMs ?? DEFAULT_CTI_TIMEOUT_MS;
        this.#setTimer = options.setTimer ?? ((handler, ms) => setTimeout(handler, ms));
        this.#clearTimer =
            options.clearTimer ?? ((timer) => clearTimeout(timer as ReturnType<typeof setTimeout>));
        this.#onListenerProblem = options.onListenerProblem ?? (() => undefined);
    }

    notifyInitializationComplete(): Promise<void> {
        return this.#command('notifyInitializationComplete', (callback) =>
            this.#api.notifyInitializationComplete({ callback })
        );
    }

    getCallCenterSettings(): Promise<CallCenterSettings> {
        return this.#request(
            'getCallCenterSettings',
            (callback) => this.#api.getCallCenterSettings({ callback }),
            callCenterSettingsFromPayload
        );
    }

    enableClickToDial(): Promise<void> {
        return this.#command('enableClickToDial', (callback) => this.#api.enableClickToDial({ callback }));
    }

    disableClickToDial(): Promise<void> {
        return this.#command('disableClickToDial', (callback) => this.#api.disableClickToDial({ callback }));
    }

    onClickToDial(listener: (request: ClickToDialRequest) => void): Promise<void> {
        this.#clickToDialListener = listener;
        return this.#register('onClickToDial', () =>
            this.#api.onClickToDial({
                listener: (payload: unknown) =>
                    this.#deliver('onClickToDial', clickToDialFromPayload(payload), this.#clickToDialListener)
            })
        );
    }

    screenPop(target: ScreenPopTarget): Promise<void> {
        const request = screenPopRequest(target, this.#api.SCREENPOP_TYPE);
        if (!request.ok) return this.#refuse('screenPop', request.problem);
        return this.#command('screenPop', (callback) => this.#api.screenPop({ ...request.value, callback }));
    }

    search(searchString: string, callType: CtiCallType): Promise<SearchResult> {
        const searchParams = searchString.trim();
        if (searchParams === '') return this.#refuse('searchAndScreenPop', 'the search string is empty');
        const type = callTypeConstant(this.#api.CALL_TYPE, callType);
        if (!type.ok) return this.#refuse('searchAndScreenPop', type.problem);
        return this.#request(
            'searchAndScreenPop',
            (callback) =>
                this.#api.searchAndScreenPop({
                    searchParams,
                    callType: type.value,
                    deferred: true,
                    callback
                }),
            searchResultFromPayload
        );
    }

    getAppViewInfo(): Promise<AppView> {
        return this.#request(
            'getAppViewInfo',
            (callback) => this.#api.getAppViewInfo({ callback }),
            appViewFromPayload
        );
    }

    onNavigationChange(listener: (view: AppView) => void): Promise<void> {
        this.#navigationListener = listener;
        return this.#register('onNavigationChange', () =>
            this.#api.onNavigationChange({
                listener: (payload: unknown) =>
                    this.#deliver('onNavigationChange', appViewFromPayload(payload), this.#navigationListener)
            })
        );
    }

    saveLog(value: LogRecordValue): Promise<string> {
        const checked = checkLogRecordValue(value);
        if (!checked.ok) return this.#refuse('saveLog', checked.problem);
        return this.#request(
            'saveLog',
            (callback) => this.#api.saveLog({ value: { ...checked.value }, callback }),
            savedRecordIdFromPayload
        );
    }

    runApex(
        apexClass: string,
        methodName: string,
        params: Readonly<Record<string, string>>
    ): Promise<unknown> {
        if (apexClass.trim() === '' || methodName.trim() === '') {
            return this.#refuse('runApex', 'apexClass and methodName are required');
        }
        return this.#request(
            'runApex',
            (callback) =>
                this.#api.runApex({
                    apexClass,
                    methodName,
                    methodParams: apexMethodParams(params),
                    callback
                }),
            apexResultFromPayload
        );
    }

    refreshView(): Promise<void> {
        return this.#command('refreshView', (callback) => this.#api.refreshView({ callback }));
    }

    setSoftphonePanelVisibility(visible: boolean): Promise<void> {
        return this.#command('setSoftphonePanelVisibility', (callback) =>
            this.#api.setSoftphonePanelVisibility({ visible, callback })
        );
    }

    setSoftphoneItemLabel(label: string): Promise<void> {
        return this.#command('setSoftphoneItemLabel', (callback) =>
            this.#api.setSoftphoneItemLabel({ label, callback })
        );
    }

    setSoftphoneItemIcon(key: string): Promise<void> {
        if (key.trim() === '') return this.#refuse('setSoftphoneItemIcon', 'the icon key is empty');
        return this.#command('setSoftphoneItemIcon', (callback) =>
            this.#api.setSoftphoneItemIcon({ key, callback })
        );
    }

    /**
     * Subscribes `listener` to a Lightning message channel through Open CTI's LMS `subscribe`; resolves with
     * the subscription `unsubscribeFromChannel` takes. Rejects where this `opencti_min.js` has no LMS methods.
     */
    subscribeToChannel(channelName: string, listener: (message: unknown) => void): Promise<unknown> {
        const subscribe = this.#api.subscribe?.bind(this.#api);
        if (!subscribe)
            return this.#refuse('subscribe', 'this Open CTI has no Lightning Message Service methods');
        const guarded = (message: unknown): void => {
            try {
                listener(message);
            } catch (error) {
                this.#report(new CtiError('subscribe', [`the listener threw: ${messageOf(error)}`]));
            }
        };
        return this.#call('subscribe', (callback) => subscribe({ channelName, listener: guarded, callback }));
    }

    /** Publishes one message (a plain JSON object) on a Lightning message channel through Open CTI. */
    publishToChannel(channelName: string, message: object): Promise<void> {
        const publish = this.#api.publish?.bind(this.#api);
        if (!publish)
            return this.#refuse('publish', 'this Open CTI has no Lightning Message Service methods');
        return this.#command('publish', (callback) => publish({ channelName, message, callback }));
    }

    /** Ends a subscription made by {@link subscribeToChannel}. */
    unsubscribeFromChannel(subscription: unknown): Promise<void> {
        const unsubscribe = this.#api.unsubscribe?.bind(this.#api);
        if (!unsubscribe)
            return this.#refuse('unsubscribe', 'this Open CTI has no Lightning Message Service methods');
        return this.#command('unsubscribe', (callback) => unsubscribe({ subscription, callback }));
    }

    /** A call whose `returnValue` is always null: resolves once Open CTI says `success: true`. */
    #command(method: string, invoke: (callback: RawCallback) => void): Promise<void> {
        return this.#call(method, invoke).then(() => undefined);
    }

    /** A call whose `returnValue` is checked and mapped; a value not of the documented shape rejects. */
    #request<T>(
        method: string,
        invoke: (callback: RawCallback) => void,
        map: (returnValue: unknown) => PayloadCheck<T>
    ): Promise<T> {
        return this.#call(method, invoke).then((returnValue) => {
            const mapped = map(returnValue);
            if (!mapped.ok) throw new CtiError(method, [`unexpected answer: ${mapped.problem}`]);
            return mapped.value;
        });
    }

    /** Rejects without calling Open CTI: the request itself is not what the guide allows. */
    #refuse<T>(method: string, problem: string): Promise<T> {
        return Promise.reject(new CtiError(method, [problem]));
    }

    /** Runs one Open CTI method and settles once: on its callback, on a throw, or at the time limit. */
    #call(method: string, invoke: (callback: RawCallback) => void): Promise<unknown> {
        return new Promise<unknown>((resolve, reject) => {
            let settled = false;
            const timer = this.#setTimer(() => {
                if (settled) return;
                settled = true;
                reject(new CtiTimeoutError(method, this.#timeoutMs));
            }, this.#timeoutMs);
            const settle = (outcome: () => void): void => {
                if (settled) return;
                settled = true;
                this.#clearTimer(timer);
                outcome();
            };
            const callback: RawCallback = (response) =>
                settle(() => {
                    if (isRecord(response) && response.success === true) {
                        resolve(response.returnValue ?? null);
                    } else if (isRecord(response)) {
                        reject(new CtiError(method, describeOpenCtiErrors(response.errors)));
                    } else {
                        reject(
                            new CtiError(method, [
                                `answered ${describeValue(response)} instead of a response`
                            ])
                        );
                    }
                });
            try {
                invoke(callback);
            } catch (error) {
                settle(() =>
                    reject(error instanceof SoftphoneError ? error : new CtiError(method, [messageOf(error)]))
                );
            }
        });
    }

    /**
     * Registers a listener with Open CTI once; later calls only swap the engine's listener. The guide gives
     * these methods no callback, so registration is done when the call returns.
     */
    #register(method: 'onClickToDial' | 'onNavigationChange', invoke: () => void): Promise<void> {
        if (this.#registered.has(method)) return Promise.resolve();
        try {
            invoke();
        } catch (error) {
            return this.#refuse(method, messageOf(error));
        }
        this.#registered.add(method);
        return Promise.resolve();
    }

    /** Hands a checked listener payload to the engine; problems are reported, never thrown into Open CTI. */
    #deliver<T>(method: string, payload: PayloadCheck<T>, listener: ((value: T) => void) | undefined): void {
        if (!payload.ok) {
            this.#report(new CtiError(method, [`ignored a payload: ${payload.problem}`]));
            return;
        }
        try {
            listener?.(payload.value);
        } catch (error) {
            this.#report(new CtiError(method, [`the listener threw: ${messageOf(error)}`]));
        }
    }

    #report(problem: CtiError): void {
        try {
            this.#onListenerProblem(problem);
        } catch {
            // A broken reporter must not break Open CTI's dispatch either.
        }
    }
}
