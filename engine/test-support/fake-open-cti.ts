import type {
    OpenCtiApi,
    OpenCtiAppViewPayload,
    OpenCtiCallTypes,
    OpenCtiClickToDialPayload,
    OpenCtiResponse,
    OpenCtiScreenPopTypes
} from '../src/cti';
import { parsePhoneNumber } from '../src/phone';
import {
    CALL_TYPE as FAKE_CALL_TYPE,
    SCREENPOP_TYPE as FAKE_SCREENPOP_TYPE
} from '../../sim/open-cti/open-cti-constants';

/**
 * `sforce.opencti.SCREENPOP_TYPE` and `CALL_TYPE` of the fake: the simulator's, so the engine's tests and the
 * local console answer with the same values. Code under test must read them from the API object, never spell
 * them, so a test may swap them.
 */
export { FAKE_CALL_TYPE, FAKE_SCREENPOP_TYPE };

/** Every Open CTI method the fake implements. */
export const FAKE_OPEN_CTI_METHODS = [
    'notifyInitializationComplete',
    'getCallCenterSettings',
    'enableClickToDial',
    'disableClickToDial',
    'onClickToDial',
    'screenPop',
    'searchAndScreenPop',
    'getAppViewInfo',
    'onNavigationChange',
    'saveLog',
    'runApex',
    'refreshView',
    'setSoftphonePanelVisibility',
    'setSoftphoneItemLabel',
    'setSoftphoneItemIcon'
] as const;

export type FakeOpenCtiMethod = (typeof FAKE_OPEN_CTI_METHODS)[number];

/** One call made to the fake: the method and its argument object, without `callback` or `listener`. */
export interface FakeOpenCtiCall {
    readonly method: FakeOpenCtiMethod;
    readonly args: Readonly<Record<string, unknown>>;
}

/** A scripted answer: a response delivered to the callback later, no answer ever, or a synchronous throw. */
export type FakeAnswer = OpenCtiResponse<unknown> | 'never' | 'throw';

/** A scripted answer, or a function of the call's arguments that gives one. */
export type FakeScript = FakeAnswer | ((args: Readonly<Record<string, unknown>>) => FakeAnswer);

/**
 * A record in the fake org: `Id`, `RecordType` (the object's API name, as `searchAndScreenPop` names it),
 * `Name`, and any fields (`Phone`, `MobilePhone`, `CaseNumber`, `IsPersonAccount`, `PersonContactId`, ...).
 */
export interface FakeRecord {
    readonly Id: string;
    readonly RecordType: string;
    readonly Name?: string;
    readonly [field: string]: unknown;
}

/** A screen pop the fake made: `screenPop`'s arguments, or the pop a non-deferred search made. */
export interface FakeScreenPop {
    readonly type: string;
    readonly params: Readonly<Record<string, unknown>>;
}

type Callback = (response: OpenCtiResponse<unknown>) => void;
type Args = Readonly<Record<string, unknown>>;

const OK_NULL: OpenCtiResponse<null> = { success: true, returnValue: null, errors: null };
const LAST_MODIFIED = '2026-01-01T09:00:00.000Z';

const KEY_PREFIXES: Readonly<Record<string, string>> = {
    Account: '001',
    Contact: '003',
    Lead: '00Q',
    Opportunity: '006',
    Case: '500',
    Task: '00T',
    VoiceCall: '0LQ'
};

/** An Open CTI error answer, `errors` as the guide documents them: `[{ code, description }]`. */
export function fakeError(code: string, description: string): OpenCtiResponse<null> {
    return { success: false, returnValue: null, errors: [{ code, description }] };
}

function isObject(value: unknown): value is Record<string, unknown> {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function digitsOf(text: string): string {
    return text.replace(/\D/g, '');
}

function wordsOf(text: string): string[] {
    return text
        .toLowerCase()
        .split(/[^\p{L}\p{N}]+/u)
        .filter(Boolean);
}

/** The whole number in E.164 (national numbers read as US), else its digits. */
function normalisedPhone(text: string): string {
    const parsed = parsePhoneNumber(text, 'US');
    return parsed.ok ? parsed.e164 : digitsOf(text);
}

/**
 * Same phone number when the whole normalised numbers agree (`+1 415 555 0123` finds `(415) 555-0123`; `5550123`
 * finds nothing), as Salesforce's phone search compares numbers, not parts of them.
 */
function samePhone(search: string, stored: string): boolean {
    const a = normalisedPhone(search);
    return a.replace(/\D/g, '').length >= 7 && a === normalisedPhone(stored);
}

/**
 * A stand-in for Salesforce's Lightning `sforce.opencti`, faithful to the Open CTI developer guide for every
 * method the engine uses: `SCREENPOP_TYPE` and `CALL_TYPE` constants, one argument object per method, and
 * answers delivered asynchronously to `callback({ success, returnValue, errors })` with the documented
 * `returnValue` shapes. `onClickToDial` / `onNavigationChange` take a `listener` and never call back.
 *
 * Behind it is a small org: records with phone numbers that `searchAndScreenPop` searches (per call type, as
 * a softphone layout would), that `saveLog` creates and updates, and that screen pops navigate to. Any method
 * can be scripted instead ({@link script}, {@link scriptOnce}); every call is recorded with its arguments
 * ({@link calls}, {@link requests}) so tests and the round-trip benchmark can count them.
 */
export class FakeOpenCti implements OpenCtiApi {
    SCREENPOP_TYPE: OpenCtiScreenPopTypes = FAKE_SCREENPOP_TYPE;
    CALL_TYPE: OpenCtiCallTypes = FAKE_CALL_TYPE;

    /** Method names in call order. */
    readonly calls: string[] = [];
    /** Every call with its arguments, in order. */
    readonly requests: FakeOpenCtiCall[] = [];

    /** What `getCallCenterSettings` answers unless scripted otherwise. */
    settingsAnswer: FakeAnswer = { success: true, returnValue: {}, errors: null };
    /** What `notifyInitializationComplete` answers unless scripted otherwise. */
    initAnswer: FakeAnswer = OK_NULL;

    /** Objects the softphone layout searches, per `CALL_TYPE` value. */
    searchableObjects: Readonly<Record<string, readonly string[]>> = {
        [FAKE_CALL_TYPE.INBOUND]: ['Account', 'Contact', 'Lead', 'Case'],
        [FAKE_CALL_TYPE.OUTBOUND]: ['Account', 'Contact', 'Lead', 'Case'],
        [FAKE_CALL_TYPE.INTERNAL]: ['Contact']
    };
    /** The layout's "no match" pop for a deferred search: a new record of this object, or a search page. */
    layoutNoMatchEntity: string | undefined = undefined;

    /** The state the console is in. */
    clickToDialEnabled = false;
    panelVisible = false;
    itemLabel: string | undefined = undefined;
    itemIcon: string | undefined = undefined;
    refreshCount = 0;
    currentView: OpenCtiAppViewPayload | null = null;
    /** Every pop made, in order. */
    readonly pops: FakeScreenPop[] = [];

    private readonly records = new Map<string, Record<string, unknown>>();
    private readonly apex = new Map<string, (params: Readonly<Record<string, string>>) => unknown>();
    private readonly stickyScripts = new Map<FakeOpenCtiMethod, FakeScript>();
    private readonly onceScripts = new Map<FakeOpenCtiMethod, FakeScript[]>();
    private clickToDialListeners: ((payload: unknown) => void)[] = [];
    private navigationListeners: ((payload: unknown) => void)[] = [];
    private nextId = 1;

    // ---- scripting and inspection ---------------------------------------------------------------------

    /** Answers every later call of `method` with `answer` instead of the fake's own behaviour. */
    script(method: FakeOpenCtiMethod, answer: FakeScript): this {
        this.stickyScripts.set(method, answer);
        return this;
    }

    /** Answers the next calls of `method` with these answers, one each, before anything else. */
    scriptOnce(method: FakeOpenCtiMethod, ...answers: FakeScript[]): this {
        this.onceScripts.set(method, [...(this.onceScripts.get(method) ?? []), ...answers]);
        return this;
    }

    /** Drops the scripts of `method`: its own behaviour answers again. */
    unscript(method: FakeOpenCtiMethod): this {
        this.stickyScripts.delete(method);
        this.onceScripts.delete(method);
        return this;
    }

    /** The arguments of each call to `method`, in order. */
    callsTo(method: FakeOpenCtiMethod): Readonly<Record<string, unknown>>[] {
        return this.requests.filter((call) => call.method === method).map((call) => call.args);
    }

    /** How many listeners Open CTI holds for `onClickToDial` / `onNavigationChange`. */
    listenerCount(method: 'onClickToDial' | 'onNavigationChange'): number {
        return method === 'onClickToDial'
            ? this.clickToDialListeners.length
            : this.navigationListeners.length;
    }

    // ---- the org --------------------------------------------------------------------------------------

    /** Puts records in the org. */
    addRecords(...records: FakeRecord[]): this {
        for (const record of records) this.records.set(record.Id, { ...record });
        return this;
    }

    /** A record of the org, as saved. */
    record(id: string): Readonly<Record<string, unknown>> | undefined {
        const record = this.records.get(id);
        return record && { ...record };
    }

    /** The org's records of one object, or all. */
    recordsOf(objectType?: string): Readonly<Record<string, unknown>>[] {
        return [...this.records.values()]
            .filter((record) => objectType === undefined || record.RecordType === objectType)
            .map((record) => ({ ...record }));
    }

    /** Exposes an Apex method to `runApex`; it receives the decoded `methodParams`. */
    defineApex(
        apexClass: string,
        methodName: string,
        method: (params: Readonly<Record<string, string>>) => unknown
    ): this {
        this.apex.set(`${apexClass}.${methodName}`, method);
        return this;
    }

    // ---- console events -------------------------------------------------------------------------------

    /**
     * The agent clicks a phone number. Delivered to the `onClickToDial` listeners only while click-to-dial
     * is enabled, as in Salesforce; returns whether any listener got it.
     */
    clickToDial(payload: OpenCtiClickToDialPayload | Record<string, unknown>): boolean {
        if (!this.clickToDialEnabled || this.clickToDialListeners.length === 0) return false;
        for (const listener of this.clickToDialListeners.slice()) listener(payload);
        return true;
    }

    /** The agent clicks the phone field of an org record: the payload carries the record as documented. */
    clickRecordPhone(recordId: string, field = 'Phone'): boolean {
        const record = this.records.get(recordId);
        if (!record) throw new Error(`no record ${recordId} in the fake org`);
        return this.clickToDial({
            number: String(record[field] ?? ''),
            recordId,
            recordName: String(record.Name ?? ''),
            objectType: String(record.RecordType),
            ...this.personAccountFields(record)
        });
    }

    /** The agent navigates: the view becomes current and the `onNavigationChange` listeners hear it. */
    navigate(view: OpenCtiAppViewPayload | Record<string, unknown>): void {
        this.currentView = { ...view };
        for (const listener of this.navigationListeners.slice()) listener(view);
    }

    /** The agent opens an org record. */
    openRecord(recordId: string): void {
        this.navigate(this.viewOf(recordId));
    }

    // ---- sforce.opencti -------------------------------------------------------------------------------

    notifyInitializationComplete(args?: unknown): void {
        this.run('notifyInitializationComplete', args, () => this.initAnswer);
    }

    getCallCenterSettings(args?: unknown): void {
        this.run('getCallCenterSettings', args, () => this.settingsAnswer);
    }

    enableClickToDial(args?: unknown): void {
        this.run('enableClickToDial', args, () => {
            this.clickToDialEnabled = true;
            return OK_NULL;
        });
    }

    disableClickToDial(args?: unknown): void {
        this.run('disableClickToDial', args, () => {
            this.clickToDialEnabled = false;
            return OK_NULL;
        });
    }

    onClickToDial(args?: unknown): void {
        this.listen('onClickToDial', args, this.clickToDialListeners);
    }

    onNavigationChange(args?: unknown): void {
        this.listen('onNavigationChange', args, this.navigationListeners);
    }

    screenPop(args?: unknown): void {
        this.run('screenPop', args, (a) => this.pop(a));
    }

    searchAndScreenPop(args?: unknown): void {
        this.run('searchAndScreenPop', args, (a) => this.searchAnswer(a));
    }

    getAppViewInfo(args?: unknown): void {
        this.run('getAppViewInfo', args, () => ({
            success: true,
            returnValue: this.currentView && { ...this.currentView },
            errors: null
        }));
    }

    saveLog(args?: unknown): void {
        this.run('saveLog', args, (a) => this.save(a.value));
    }

    runApex(args?: unknown): void {
        this.run('runApex', args, (a) => this.runApexMethod(a));
    }

    refreshView(args?: unknown): void {
        this.run('refreshView', args, () => {
            this.refreshCount++;
            return OK_NULL;
        });
    }

    setSoftphonePanelVisibility(args?: unknown): void {
        this.run('setSoftphonePanelVisibility', args, (a) => {
            if (typeof a.visible !== 'boolean')
                return fakeError('INVALID_PARAM', 'visible must be a boolean');
            this.panelVisible = a.visible;
            return OK_NULL;
        });
    }

    setSoftphoneItemLabel(args?: unknown): void {
        this.run('setSoftphoneItemLabel', args, (a) => {
            if (typeof a.label !== 'string') return fakeError('INVALID_PARAM', 'label must be a string');
            this.itemLabel = a.label;
            return OK_NULL;
        });
    }

    setSoftphoneItemIcon(args?: unknown): void {
        this.run('setSoftphoneItemIcon', args, (a) => {
            if (typeof a.key !== 'string' || a.key === '') {
                return fakeError('INVALID_PARAM', 'key must be an SLDS icon name');
            }
            this.itemIcon = a.key;
            return OK_NULL;
        });
    }

    // ---- behaviour ------------------------------------------------------------------------------------

    /** Records a call, checks its argument object, and answers it (scripts first) through the callback. */
    private run(method: FakeOpenCtiMethod, args: unknown, behaviour: (args: Args) => FakeAnswer): void {
        const argObject = this.recordCall(method, args);
        const callback = argObject.callback;
        if (callback !== undefined && typeof callback !== 'function') {
            throw new TypeError(`sforce.opencti.${method}: callback must be a function`);
        }
        const scripted = this.scriptFor(method);
        const answer =
            scripted === undefined
                ? behaviour(argObject)
                : typeof scripted === 'function'
                  ? scripted(this.withoutFunctions(argObject))
                  : scripted;
        if (answer === 'throw') throw new Error('opencti exploded');
        if (answer === 'never' || callback === undefined) return;
        queueMicrotask(() => (callback as Callback)(answer));
    }

    private listen(
        method: 'onClickToDial' | 'onNavigationChange',
        args: unknown,
        listeners: ((p: unknown) => void)[]
    ): void {
        const argObject = this.recordCall(method, args);
        // The guide gives listeners no callback: only a scripted 'throw' means anything here.
        const scripted = this.scriptFor(method);
        const answer = typeof scripted === 'function' ? scripted(this.withoutFunctions(argObject)) : scripted;
        if (answer === 'throw') throw new Error('opencti exploded');
        if (typeof argObject.listener !== 'function') {
            throw new TypeError(`sforce.opencti.${method}: listener must be a function`);
        }
        listeners.push(argObject.listener as (payload: unknown) => void);
    }

    private recordCall(method: FakeOpenCtiMethod, args: unknown): Record<string, unknown> {
        this.calls.push(method);
        if (args !== undefined && !isObject(args)) {
            this.requests.push({ method, args: {} });
            throw new TypeError(
                `sforce.opencti.${method} takes one argument object, not ${typeof args}` +
                    ' (separate arguments are the Salesforce Classic API)'
            );
        }
        const argObject = args ?? {};
        this.requests.push({ method, args: this.withoutFunctions(argObject) });
        return argObject;
    }

    private scriptFor(method: FakeOpenCtiMethod): FakeScript | undefined {
        const queue = this.onceScripts.get(method);
        if (queue && queue.length > 0) return queue.shift();
        return this.stickyScripts.get(method);
    }

    private withoutFunctions(args: Readonly<Record<string, unknown>>): Record<string, unknown> {
        const copy: Record<string, unknown> = {};
        for (const [key, value] of Object.entries(args)) {
            if (typeof value !== 'function') copy[key] = structuredClone(value);
        }
        return copy;
    }

    private pop(args: Args): OpenCtiResponse<null> {
        const { type, params } = args;
        const types = this.SCREENPOP_TYPE;
        if (!isObject(params)) return fakeError('INVALID_PARAM', 'params must be an object');
        const text = (name: string): string | undefined =>
            typeof params[name] === 'string' && params[name] !== '' ? (params[name] as string) : undefined;
        let view: OpenCtiAppViewPayload;
        switch (type) {
            case types.SOBJECT: {
                const recordId = text('recordId');
                if (!recordId) return fakeError('INVALID_PARAM', 'params.recordId is required');
                view = this.viewOf(recordId);
                break;
            }
            case types.URL: {
                const url = text('url');
                if (!url || !url.startsWith('/'))
                    return fakeError('INVALID_PARAM', 'params.url must be relative');
                view = { url };
                break;
            }
            case types.OBJECTHOME:
            case types.LIST: {
                const scope = text('scope');
                if (!scope || (type === types.LIST && !text('listViewId'))) {
                    return fakeError('INVALID_PARAM', 'params.scope (and listViewId for LIST) are required');
                }
                view = { url: `/lightning/o/${scope}/${type === types.LIST ? 'list' : 'home'}` };
                break;
            }
            case types.SEARCH: {
                const searchString = text('searchString');
                if (!searchString || searchString.length < 3) {
                    return fakeError('INVALID_PARAM', 'params.searchString must be at least 3 characters');
                }
                view = { url: `/lightning/search?searchString=${encodeURIComponent(searchString)}` };
                break;
            }
            case types.NEW_RECORD_MODAL: {
                const entityName = text('entityName');
                if (!entityName) return fakeError('INVALID_PARAM', 'params.entityName is required');
                if (params.defaultFieldValues !== undefined && !isObject(params.defaultFieldValues)) {
                    return fakeError('INVALID_PARAM', 'params.defaultFieldValues must be an object');
                }
                view = { url: `/lightning/o/${entityName}/new` };
                break;
            }
            case types.FLOW: {
                if (!text('flowDevName')) return fakeError('INVALID_PARAM', 'params.flowDevName is required');
                if (params.flowArgs !== undefined && !Array.isArray(params.flowArgs)) {
                    return fakeError('INVALID_PARAM', 'params.flowArgs must be an array');
                }
                view = { url: `/flow/${String(params.flowDevName)}` };
                break;
            }
            default:
                return fakeError(
                    'INVALID_PARAM',
                    `type must be one of sforce.opencti.SCREENPOP_TYPE, not ${String(type)}`
                );
        }
        this.pops.push({ type: String(type), params: structuredClone(params) });
        this.navigate(view);
        return OK_NULL;
    }

    private searchAnswer(args: Args): OpenCtiResponse<unknown> {
        const { searchParams, callType, deferred } = args;
        const callTypes = Object.values(this.CALL_TYPE) as string[];
        if (typeof callType !== 'string' || !callTypes.includes(callType)) {
            return fakeError('INVALID_PARAM', 'callType must be one of sforce.opencti.CALL_TYPE');
        }
        const search = typeof searchParams === 'string' ? searchParams.trim() : '';
        const objects = this.searchableObjects[callType] ?? [];
        const matches =
            search === ''
                ? []
                : [...this.records.values()].filter(
                      (record) => objects.includes(String(record.RecordType)) && this.matches(record, search)
                  );
        const returnValue: Record<string, unknown> = {};
        for (const record of matches) {
            returnValue[String(record.Id)] = { ...record, LastModifiedDate: LAST_MODIFIED };
        }
        const screenPop = this.layoutPop(matches, search, args.defaultFieldValues);
        if (deferred === true) {
            if (screenPop) returnValue.SCREEN_POP_DATA = screenPop;
        } else if (screenPop) {
            this.pop(screenPop);
        }
        return { success: true, returnValue, errors: null };
    }

    private layoutPop(
        matches: readonly Record<string, unknown>[],
        search: string,
        defaultFieldValues: unknown
    ): { type: string; params: Record<string, unknown> } | undefined {
        const [only] = matches;
        if (matches.length === 1 && only)
            return { type: this.SCREENPOP_TYPE.SOBJECT, params: { recordId: only.Id } };
        if (matches.length === 0 && this.layoutNoMatchEntity) {
            return {
                type: this.SCREENPOP_TYPE.NEW_RECORD_MODAL,
                params: {
                    entityName: this.layoutNoMatchEntity,
                    ...(isObject(defaultFieldValues) ? { defaultFieldValues } : {})
                }
            };
        }
        if (search.length >= 3) return { type: this.SCREENPOP_TYPE.SEARCH, params: { searchString: search } };
        return undefined;
    }

    private matches(record: Record<string, unknown>, search: string): boolean {
        const words = wordsOf(search);
        return Object.entries(record).some(([field, value]) => {
            if (typeof value !== 'string' || field === 'Id' || field === 'RecordType') return false;
            if (/phone$/i.test(field)) return samePhone(search, value);
            const fieldWords = wordsOf(value);
            return words.length > 0 && words.every((word) => fieldWords.includes(word));
        });
    }

    private save(value: unknown): OpenCtiResponse<unknown> {
        if (!isObject(value)) return fakeError('INVALID_PARAM', 'value must be an object');
        const { Id: id, entityApiName, ...fields } = value;
        if (typeof id === 'string' && id !== '') {
            const existing = this.records.get(id);
            if (!existing) return fakeError('GENERIC_ERROR', `No record with Id ${id}`);
            Object.assign(existing, fields);
            return { success: true, returnValue: { recordId: id }, errors: null };
        }
        if (typeof entityApiName !== 'string' || entityApiName === '') {
            return fakeError('INVALID_PARAM', 'value needs entityApiName or Id');
        }
        const prefix = KEY_PREFIXES[entityApiName] ?? 'a00';
        const recordId = `${prefix}${String(this.nextId++).padStart(12, '0')}`;
        this.records.set(recordId, { ...fields, Id: recordId, RecordType: entityApiName });
        return { success: true, returnValue: { recordId }, errors: null };
    }

    private runApexMethod(args: Args): OpenCtiResponse<unknown> {
        const { apexClass, methodName, methodParams } = args;
        const method = this.apex.get(`${String(apexClass)}.${String(methodName)}`);
        if (!method) return fakeError('SERVER_ERROR', `Could not load Apex class: ${String(apexClass)}.`);
        const params: Record<string, string> = {};
        if (typeof methodParams === 'string' && methodParams !== '' && methodParams !== 'none') {
            for (const pair of methodParams.split('&')) {
                const [name = '', value = ''] = pair.split('=');
                params[decodeURIComponent(name)] = decodeURIComponent(value);
            }
        } else if (
            methodParams !== undefined &&
            typeof methodParams !== 'string' &&
            !isObject(methodParams)
        ) {
            return fakeError('INVALID_PARAM', 'methodParams must be a query string');
        }
        try {
            return { success: true, returnValue: { runApex: method(params) }, errors: null };
        } catch (error) {
            return fakeError('SERVER_ERROR', error instanceof Error ? error.message : String(error));
        }
    }

    private viewOf(recordId: string): OpenCtiAppViewPayload {
        const record = this.records.get(recordId);
        const objectType = record ? String(record.RecordType) : '';
        return {
            url: `/lightning/r/${objectType || 'sObject'}/${recordId}/view`,
            recordId,
            recordName: record && typeof record.Name === 'string' ? record.Name : '',
            objectType,
            ...(record ? this.personAccountFields(record) : {})
        };
    }

    private personAccountFields(record: Record<string, unknown>): Record<string, unknown> {
        if (record.IsPersonAccount !== true) return {};
        return record.RecordType === 'Account'
            ? { personAccount: true, contactId: record.PersonContactId }
            : { personAccount: true, accountId: record.AccountId };
    }
}
