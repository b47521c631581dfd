import type { CallCenterSettings, OpenCtiAppViewPayload } from '../../engine/src/cti';
import type { OpenCtiListenerName } from '../messages/open-cti-messages';
import { fieldText, personAccountPayload } from '../org/org-record';
import type { OrgStore } from '../org/org-store';
import { recordTitle } from '../org/org-search';
import { failed, succeeded } from '../open-cti/open-cti-answers';
import type { OpenCtiAnswer } from '../open-cti/open-cti-answers';
import type { OpenCtiMethodName } from '../open-cti/open-cti-methods';
import { appViewOf, isListLocation } from './console-location';
import type { ConsoleLocation } from './console-location';
import type { ConsoleState } from './console-state';
import { projectApex, handleRunApex } from './run-apex-handler';
import type { SimulatedTurnServer } from '../org/turn-credential-service';
import type { SimulatedPhoneSystems } from '../org/phone-system-service';
import type { ApexMethods } from './run-apex-handler';
import { handleSaveLog } from './save-log-handler';
import { handleScreenPop } from './screen-pop-handler';
import { handleSearchAndScreenPop } from './search-handler';
import { DEFAULT_SOFTPHONE_LAYOUT } from './softphone-layout';
import type { SoftphoneLayout } from './softphone-layout';
import type { ConsoleMessageService } from './console-message-service';
import { utilityHandlers } from './utility-handlers';

/** One Open CTI call the console answered, for its log. */
export interface OpenCtiLogEntry {
    readonly method: OpenCtiMethodName;
    readonly outcome: 'success' | 'error';
    /** Milliseconds after the service started. */
    readonly at: number;
    /** The arguments, shortened, and the first error's description if it failed. */
    readonly detail: string;
}

export interface OpenCtiServiceOptions {
    readonly org: OrgStore;
    readonly state: ConsoleState;
    /** What `getCallCenterSettings` answers: the call center file as a flat map keyed by path. */
    readonly settings: CallCenterSettings;
    /** The console's origin: Lightning's URLs are absolute. */
    readonly origin: string;
    /** Sends an event to the panel's listeners. */
    readonly emit: (listener: OpenCtiListenerName, payload: Readonly<Record<string, unknown>>) => void;
    readonly layout?: SoftphoneLayout;
    /** `runApex`'s methods; the project's (`SoftphoneCallLogService`, `SoftphoneTurnCredentials`) by default. */
    readonly apex?: ApexMethods;
    /** The org's TURN secret record, for the project's `SoftphoneTurnCredentials`; none by default. */
    readonly turnServer?: SimulatedTurnServer;
    /** The org's phone-system profiles and the agent's custom permissions, for `SoftphonePhoneSystem`. */
    readonly phoneSystems?: SimulatedPhoneSystems;
    readonly now?: () => number;
    /**
     * The console's Lightning Message Service, for `subscribe` / `publish` / `unsubscribe`, and how a message
     * reaches the panel's listener of a subscription. Without them those methods answer `GENERIC_ERROR`.
     */
    readonly messages?: ConsoleMessageService;
    readonly emitChannelMessage?: (subscription: number, message: Readonly<Record<string, unknown>>) => void;
}

/** The console's side of Open CTI. */
export interface OpenCtiService {
    /** Answers one call from the panel. */
    handle(method: OpenCtiMethodName, args: Readonly<Record<string, unknown>>): OpenCtiAnswer;
    /**
     * The agent clicks a phone field on a record page: the panel's `onClickToDial` listeners get
     * `{ number, recordId, recordName, objectType }` (and `personAccount` with `contactId` or `accountId` for a
     * person account). Only while click-to-dial is enabled and the softphone
     * listens, as in Lightning; returns whether the click went to the softphone.
     */
    clickToDial(recordId: string, field: string): boolean;
    /** The calls answered so far (the last {@link OPEN_CTI_LOG_LIMIT}), oldest first. */
    log(): readonly OpenCtiLogEntry[];
    /** Tells `listener` about each later call; returns the function that stops it. */
    subscribeLog(listener: (entry: OpenCtiLogEntry) => void): () => void;
    /** Stops following the console state. */
    dispose(): void;
}

/** How many calls the console's log keeps, the newest (a console left open all day stays small). */
export const OPEN_CTI_LOG_LIMIT = 1000;

function summary(args: Readonly<Record<string, unknown>>): string {
    const text = JSON.stringify(args);
    return text === '{}' ? '' : text.length > 200 ? `${text.slice(0, 199)}…` : text;
}

function firstError(answer: OpenCtiAnswer): string {
    const [error] = answer.errors ?? [];
    if (typeof error === 'object' && error !== null && 'description' in error) {
        return String((error as { description: unknown }).description);
    }
    return String(error);
}

/**
 * Creates the console's implementation of Open CTI for Lightning: every method the softphone uses, with the
 * documented arguments, answers and errors, over the org and the console state. Navigation the agent or a
 * screen pop makes reaches `onNavigationChange` listeners, except going from a record to a list view, which
 * Lightning console apps do not report (the guide says so). Unsupported methods answer `GENERIC_ERROR`.
 */
export function createOpenCtiService(options: OpenCtiServiceOptions): OpenCtiService {
    const { org, state, settings } = options;
    const layout = options.layout ?? DEFAULT_SOFTPHONE_LAYOUT;
    const apex = options.apex ?? projectApex(org, options.turnServer, Date.now, options.phoneSystems);
    const now = options.now ?? Date.now;
    const startedAt = now();
    const listening = new Set<OpenCtiListenerName>();
    const entries: OpenCtiLogEntry[] = [];
    const logListeners = new Set<(entry: OpenCtiLogEntry) => void>();

    const appView = (): OpenCtiAppViewPayload => appViewOf(state.location, state.modal, org, options.origin);
    const emit = (listener: OpenCtiListenerName, payload: Readonly<Record<string, unknown>>): boolean => {
        if (!listening.has(listener)) return false;
        options.emit(listener, payload);
        return true;
    };

    const handlers: Record<OpenCtiMethodName, (args: Readonly<Record<string, unknown>>) => OpenCtiAnswer> = {
        getCallCenterSettings: () => succeeded({ ...settings }),
        notifyInitializationComplete: () => {
            state.markInitialized();
            return succeeded(null);
        },
        enableClickToDial: () => {
            state.setClickToDial(true);
            return succeeded(null);
        },
        disableClickToDial: () => {
            state.setClickToDial(false);
            return succeeded(null);
        },
        onClickToDial: () => {
            listening.add('onClickToDial');
            return succeeded(null);
        },
        onNavigationChange: () => {
            listening.add('onNavigationChange');
            return succeeded(null);
        },
        getAppViewInfo: () => succeeded(appView()),
        screenPop: (args) => handleScreenPop(state, args),
        searchAndScreenPop: (args) => handleSearchAndScreenPop(org, state, layout, args),
        saveLog: (args) => handleSaveLog(org, args),
        runApex: (args) => handleRunApex(apex, args),
        refreshView: () => {
            state.refresh();
            return succeeded(null);
        },
        ...utilityHandlers(state),
        getSoftphoneLayout: () => unsupported('getSoftphoneLayout'),
        subscribe: (args) => {
            const { messages, emitChannelMessage } = options;
            if (!messages || !emitChannelMessage) return unsupported('subscribe');
            if (typeof args.channelName !== 'string' || args.channelName === '') {
                return failed('INVALID_PARAM', 'channelName must be the name of a Lightning message channel');
            }
            const id: number = messages.subscribe(args.channelName, (message) =>
                emitChannelMessage(id, message)
            );
            return succeeded({ subscription: id });
        },
        publish: (args) => {
            if (!options.messages) return unsupported('publish');
            if (typeof args.channelName !== 'string' || args.channelName === '') {
                return failed('INVALID_PARAM', 'channelName must be the name of a Lightning message channel');
            }
            try {
                options.messages.publish(args.channelName, args.message);
            } catch (error) {
                return failed('INVALID_PARAM', `message: ${String(error)}`);
            }
            return succeeded(null);
        },
        unsubscribe: (args) => {
            if (!options.messages) return unsupported('unsubscribe');
            const subscription = args.subscription;
            const id =
                typeof subscription === 'object' && subscription !== null
                    ? (subscription as { subscription?: unknown }).subscription
                    : subscription;
            if (typeof id !== 'number' || !options.messages.unsubscribe(id)) {
                return failed('INVALID_PARAM', 'subscription is not one that subscribe returned');
            }
            return succeeded(null);
        }
    };

    /** Softphone layouts, and LMS without a message service, are not simulated: they answer as a failure does. */
    function unsupported(method: OpenCtiMethodName): OpenCtiAnswer {
        return failed(
            'GENERIC_ERROR',
            `sforce.opencti.${method} is not available in the local console simulator.`
        );
    }

    // Navigation: report each new view once; a record-to-list move stays silent in console apps.
    let previous: ConsoleLocation = state.location;
    let lastReported = JSON.stringify(appView());
    const unsubscribe = state.subscribe((change) => {
        if (change !== 'location') return;
        const from = previous;
        previous = state.location;
        if (!state.modal && from.kind === 'record' && isListLocation(state.location)) return;
        const view = appView();
        const text = JSON.stringify(view);
        if (text === lastReported) return;
        lastReported = text;
        emit('onNavigationChange', { ...view });
    });

    return {
        handle(method, args) {
            let answer: OpenCtiAnswer;
            try {
                answer = handlers[method](args);
            } catch (error) {
                answer = failed(
                    'GENERIC_ERROR',
                    `An error occurred while calling the API method: ${String(error)}`
                );
            }
            const entry: OpenCtiLogEntry = {
                method,
                outcome: answer.success ? 'success' : 'error',
                at: now() - startedAt,
                detail: [summary(args), answer.success ? '' : firstError(answer)].filter(Boolean).join(' → ')
            };
            entries.push(entry);
            if (entries.length > OPEN_CTI_LOG_LIMIT) entries.splice(0, entries.length - OPEN_CTI_LOG_LIMIT);
            for (const listener of [...logListeners]) listener(entry);
            return answer;
        },
        clickToDial(recordId, field) {
            const record = org.get(recordId);
            const number = record ? fieldText(record, field) : '';
            if (!record || number === '' || !state.clickToDialEnabled) return false;
            return emit('onClickToDial', {
                number,
                recordId: record.Id,
                recordName: recordTitle(record),
                objectType: record.sobjectType,
                ...personAccountPayload(record)
            });
        },
        log: () => [...entries],
        subscribeLog(listener) {
            logListeners.add(listener);
            return () => logListeners.delete(listener);
        },
        dispose: unsubscribe
    };
}
