import type { CallCenterSettings, OpenCtiResponse } from '../../engine/src/cti';
import { OPEN_CTI_METHODS } from './open-cti-methods';
import type { OpenCtiMethodName } from './open-cti-methods';

/** How the fake answered one call. */
export type OpenCtiOutcome = 'success' | 'unsupported';

/** One call the adapter made to the fake `sforce.opencti`, as the simulator records it. */
export interface OpenCtiCallRecord {
    readonly method: OpenCtiMethodName;
    readonly outcome: OpenCtiOutcome;
    /** Milliseconds since the fake was created. */
    readonly at: number;
}

/** A method of the fake: one optional argument object, answers through its `callback`. */
export type FakeOpenCtiMethod = (args?: unknown) => void;

/** The fake `sforce.opencti` object: every Open CTI for Lightning method name. */
export type FakeOpenCtiApi = Readonly<Record<OpenCtiMethodName, FakeOpenCtiMethod>>;

export interface FakeOpenCtiOptions {
    /** What `getCallCenterSettings` answers: the flat map keyed by path. */
    readonly settings: CallCenterSettings;
    /** Told about each call as it is made (the simulator forwards it to the console frame). */
    readonly onCall?: (record: OpenCtiCallRecord) => void;
    /** Runs a callback later; Open CTI never answers synchronously. Defaults to `setTimeout(task, 0)`. */
    readonly schedule?: (task: () => void) => void;
    /** Clock in milliseconds; defaults to `Date.now`. */
    readonly now?: () => number;
}

/** The fake and what it recorded. */
export interface FakeOpenCti {
    /** The object to install as `window.sforce.opencti`. */
    readonly api: FakeOpenCtiApi;
    /** Every call made so far, oldest first. */
    calls(): readonly OpenCtiCallRecord[];
}

type Answer = OpenCtiResponse<unknown>;

/** The message of a method the simulator does not implement yet. */
export function unsupportedMessage(method: string): string {
    return `sforce.opencti.${method} is not supported by the local simulator yet`;
}

function isArgumentObject(value: unknown): value is Record<string, unknown> {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The callback of an argument object, checked against Lightning's contract: one object, `callback` a function. */
function callbackOf(method: string, args: unknown): ((response: Answer) => void) | undefined {
    if (args === undefined) return undefined;
    if (!isArgumentObject(args)) {
        throw new TypeError(
            `sforce.opencti.${method} takes one argument object such as { callback }, not a ${typeof args}` +
                ' (passing a function is the Salesforce Classic API)'
        );
    }
    const { callback } = args;
    if (callback !== undefined && typeof callback !== 'function') {
        throw new TypeError(`sforce.opencti.${method}: callback must be a function`);
    }
    return callback as ((response: Answer) => void) | undefined;
}

/**
 * Creates a fake of Salesforce's Lightning `sforce.opencti` with the documented contract: each method takes
 * one argument object and answers, asynchronously, `callback({ success, returnValue, errors })`.
 * `getCallCenterSettings` answers the given settings and `notifyInitializationComplete` succeeds; every
 * other method answers `success: false` with a "not supported by the local simulator yet" error. Each call
 * is recorded.
 */
export function createFakeOpenCti(options: FakeOpenCtiOptions): FakeOpenCti {
    const schedule = options.schedule ?? ((task: () => void) => void setTimeout(task, 0));
    const now = options.now ?? Date.now;
    const startedAt = now();
    const calls: OpenCtiCallRecord[] = [];
    const settings = { ...options.settings };

    const implemented: Partial<Record<OpenCtiMethodName, () => Answer>> = {
        getCallCenterSettings: () => ({ success: true, returnValue: { ...settings }, errors: null }),
        notifyInitializationComplete: () => ({ success: true, returnValue: null, errors: null })
    };

    const method =
        (name: OpenCtiMethodName): FakeOpenCtiMethod =>
        (args) => {
            const callback = callbackOf(name, args);
            const handler = implemented[name];
            const answer: Answer = handler
                ? handler()
                : { success: false, returnValue: null, errors: [unsupportedMessage(name)] };
            const record: OpenCtiCallRecord = {
                method: name,
                outcome: handler ? 'success' : 'unsupported',
                at: now() - startedAt
            };
            calls.push(record);
            options.onCall?.(record);
            if (callback) schedule(() => callback(answer));
        };

    const api = Object.fromEntries(OPEN_CTI_METHODS.map((name) => [name, method(name)])) as FakeOpenCtiApi;
    return { api: Object.freeze(api), calls: () => [...calls] };
}
