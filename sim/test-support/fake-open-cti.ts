import type {
    OpenCtiApi,
    OpenCtiAppViewPayload,
    OpenCtiCallTypes,
    OpenCtiResponse,
    OpenCtiScreenPopTypes
} from '../../engine/src/cti';
import { appViewOf } from '../console/console-location';
import type { ConsoleLocation, NewRecordModal } from '../console/console-location';
import { createConsoleMessageService } from '../console/console-message-service';
import type { ConsoleMessageService } from '../console/console-message-service';
import { ConsoleState } from '../console/console-state';
import { createOpenCtiService } from '../console/open-cti-service';
import type { OpenCtiService } from '../console/open-cti-service';
import { projectApex } from '../console/run-apex-handler';
import type { ApexMethod } from '../console/run-apex-handler';
import { SCREEN_POP_DATA } from '../console/search-handler';
import { DEFAULT_SOFTPHONE_LAYOUT } from '../console/softphone-layout';
import type { SoftphoneLayout } from '../console/softphone-layout';
import { encodeFrameMessage } from '../messages/frame-envelope';
import { parseOpenCtiRequest } from '../messages/open-cti-messages';
import type { OpenCtiListenerName } from '../messages/open-cti-messages';
import { failed } from '../open-cti/open-cti-answers';
import { createOpenCtiClient } from '../open-cti/open-cti-client';
import type { OpenCtiClient } from '../open-cti/open-cti-client';
import { CALL_TYPE, SCREENPOP_TYPE } from '../open-cti/open-cti-constants';
import type { OpenCtiMethodName } from '../open-cti/open-cti-methods';
import type { FieldValue, OrgRecord } from '../org/org-record';
import { OrgStore } from '../org/org-store';

/**
 * `sforce.opencti.SCREENPOP_TYPE` and `CALL_TYPE` of the fake: the simulator's. Code under test must read them
 * from the API object, never spell them, so a test may swap them (the fake translates them for its console).
 */
export { CALL_TYPE as FAKE_CALL_TYPE, SCREENPOP_TYPE as FAKE_SCREENPOP_TYPE };

/** One call made to the fake: the method and its argument object, without `callback` or `listener`. */
export interface FakeOpenCtiCall {
    readonly method: OpenCtiMethodName;
    readonly args: Readonly<Record<string, unknown>>;
}

/** A scripted answer: a response delivered to the callback later, no answer ever, or a synchronous throw. */
export type FakeAnswer = OpenCtiResponse<unknown> | 'never' | 'throw';

/** A scripted answer, or a function of the call's arguments that gives one. */
export type FakeScript = FakeAnswer | ((args: Readonly<Record<string, unknown>>) => FakeAnswer);

/**
 * A record to put in the fake org: `Id`, `RecordType` (the object's API name, as `searchAndScreenPop` names
 * it) and its fields (`Name`, `Phone`, `IsPersonAccount`, `PersonContactId`, ...), stored as given.
 */
export interface FakeRecord {
    readonly Id: string;
    readonly RecordType: string;
    readonly [field: string]: unknown;
}

/** What a screen pop opened in the console: a page, or a new-record form over the page. */
export type FakeScreenPop = ConsoleLocation | ({ readonly kind: 'new-record-modal' } & NewRecordModal);

export interface FakeOpenCtiOptions {
    /** The org behind the console; a new, empty one by default. Tabs of one browser share theirs. */
    readonly org?: OrgStore;
    /** The softphone layout `searchAndScreenPop` follows; Salesforce's default layout by default. */
    readonly layout?: SoftphoneLayout;
    /** The console's origin, before every URL it reports; none by default (URLs read `/lightning/...`). */
    readonly origin?: string;
}

/** An Open CTI error answer, `errors` as the guide documents them: `[{ code, description }]`. */
export function fakeError(code: string, description: string): OpenCtiResponse<null> {
    return failed(code, description) as OpenCtiResponse<null>;
}

/** Lightning's utility item when it sets nothing (`DEFAULT_UTILITY_ITEM`, whose module reads files). */
const UTILITY = { label: 'Phone', icon: 'call', width: 340, height: 480 };

/** The key of `value` in one constant group, for translating between the API object's values and another's. */
function keyOf(group: Readonly<Record<string, string>>, value: unknown): string | undefined {
    return Object.keys(group).find((key) => group[key] === value);
}

function translated(
    value: unknown,
    from: Readonly<Record<string, string>>,
    to: Readonly<Record<string, string>>
) {
    const key = keyOf(from, value);
    return key === undefined ? value : to[key];
}

/**
 * The simulator's Open CTI in one window, for the engine's tests and the soak bench: the panel's
 * `sforce.opencti` ({@link createOpenCtiClient}) wired straight to the console's side
 * ({@link createOpenCtiService} over an {@link OrgStore} and a {@link ConsoleState}), the very code the local
 * console (`npm start`) answers the softphone with across its frames. Every message still crosses as JSON, and
 * every answer comes later (a microtask), never synchronously.
 *
 * On top: any method can be scripted instead ({@link script}, {@link scriptOnce}); every call is recorded with
 * its arguments ({@link calls}, {@link requests}); the console's state, the org and the pops it made can be read;
 * console events can be sent raw ({@link sendEvent}), as a hostile or newer Salesforce might.
 */
export class FakeOpenCti implements OpenCtiApi {
    SCREENPOP_TYPE: OpenCtiScreenPopTypes = SCREENPOP_TYPE;
    CALL_TYPE: OpenCtiCallTypes = CALL_TYPE;

    /** Method names in call order. */
    readonly calls: string[] = [];
    /** Every call that reached the console, with its arguments, in order. */
    readonly requests: FakeOpenCtiCall[] = [];
    /** Every page or form a screen pop opened, in order. */
    readonly pops: FakeScreenPop[] = [];
    readonly org: OrgStore;
    readonly console = new ConsoleState(UTILITY);
    /**
     * The console's Lightning Message Service (`subscribe` / `publish` / `unsubscribe`): what was published on a
     * channel (`messages.messages(channel)`), its subscribers, and messages other components on the page publish.
     */
    readonly messages: ConsoleMessageService = createConsoleMessageService((task) => queueMicrotask(task));

    private readonly origin: string;
    private readonly apex: Map<string, ApexMethod>;
    private readonly service: OpenCtiService;
    private readonly client: OpenCtiClient;
    private readonly stickyScripts = new Map<OpenCtiMethodName, FakeScript>();
    private readonly onceScripts = new Map<OpenCtiMethodName, FakeScript[]>();
    private readonly listeners: Record<OpenCtiListenerName, number> = {
        onClickToDial: 0,
        onNavigationChange: 0
    };
    private popping = false;

    constructor(options: FakeOpenCtiOptions = {}) {
        this.org = options.org ?? new OrgStore();
        this.origin = options.origin ?? '';
        this.apex = new Map(projectApex(this.org));
        this.service = createOpenCtiService({
            org: this.org,
            state: this.console,
            settings: {},
            origin: this.origin,
            layout: options.layout ?? DEFAULT_SOFTPHONE_LAYOUT,
            apex: this.apex,
            emit: (listener, payload) => this.deliverEvent(listener, payload),
            messages: this.messages,
            emitChannelMessage: (subscription, message) =>
                this.client.receive(
                    encodeFrameMessage({ type: 'open-cti-channel-message', subscription, message })
                )
        });
        this.client = createOpenCtiClient({ post: (text) => this.post(text) });
        this.console.subscribe((change) => {
            if (change !== 'location' || !this.popping) return;
            const modal = this.console.modal;
            this.pops.push(modal ? { kind: 'new-record-modal', ...modal } : this.console.location);
        });
    }

    // ---- scripting and inspection ---------------------------------------------------------------------

    /** Answers every later call of `method` with `answer` instead of the console's. */
    script(method: OpenCtiMethodName, answer: FakeScript): this {
        this.stickyScripts.set(method, answer);
        return this;
    }

    /** Answers the next calls of `method` with these answers, one each, before anything else. */
    scriptOnce(method: OpenCtiMethodName, ...answers: FakeScript[]): this {
        this.onceScripts.set(method, [...(this.onceScripts.get(method) ?? []), ...answers]);
        return this;
    }

    /** Drops the scripts of `method`: the console answers again. */
    unscript(method: OpenCtiMethodName): this {
        this.stickyScripts.delete(method);
        this.onceScripts.delete(method);
        return this;
    }

    /** What `getCallCenterSettings` answers (a script): the settings map, or a failure, `'never'`, `'throw'`. */
    set settingsAnswer(answer: FakeAnswer) {
        this.script('getCallCenterSettings', answer);
    }

    /** What `notifyInitializationComplete` answers instead of the console's (a script). */
    set initAnswer(answer: FakeAnswer) {
        this.script('notifyInitializationComplete', answer);
    }

    /** The arguments of each call to `method` that reached the console, in order. */
    callsTo(method: OpenCtiMethodName): Readonly<Record<string, unknown>>[] {
        return this.requests.filter((call) => call.method === method).map((call) => call.args);
    }

    /** How many listeners the adapter registered for `onClickToDial` / `onNavigationChange`. */
    listenerCount(method: OpenCtiListenerName): number {
        return this.listeners[method];
    }

    get clickToDialEnabled(): boolean {
        return this.console.clickToDialEnabled;
    }

    get panelVisible(): boolean {
        return this.console.utility.panelVisible;
    }

    get itemLabel(): string {
        return this.console.utility.itemLabel;
    }

    get itemIcon(): string {
        return this.console.utility.itemIcon;
    }

    get refreshCount(): number {
        return this.console.refreshCount;
    }

    /** What `getAppViewInfo` answers now. */
    get currentView(): OpenCtiAppViewPayload {
        return appViewOf(this.console.location, this.console.modal, this.org, this.origin);
    }

    // ---- the org --------------------------------------------------------------------------------------

    /** Puts records in the org, as given (a data load: Ids kept, fields unchecked). */
    addRecords(...records: FakeRecord[]): this {
        loadFakeRecords(this.org, records);
        return this;
    }

    /** A record of the org as `{ Id, RecordType, ...fields }`. */
    record(id: string): Readonly<Record<string, unknown>> | undefined {
        const record = this.org.get(id);
        return record && asFakeRecord(record);
    }

    /** The org's records of one object, or all, as `{ Id, RecordType, ...fields }`. */
    recordsOf(objectType?: string): Readonly<Record<string, unknown>>[] {
        return this.org.list(objectType).map(asFakeRecord);
    }

    /**
     * Exposes an Apex method to `runApex`; it receives the decoded `methodParams`. The project's own
     * (`SoftphoneCallLogService.saveCallLog`, the simulator's port of the class) are there already.
     */
    defineApex(apexClass: string, methodName: string, method: ApexMethod): this {
        this.apex.set(`${apexClass}.${methodName}`, method);
        return this;
    }

    // ---- console events -------------------------------------------------------------------------------

    /**
     * The agent clicks the phone field of an org record: delivered as the console delivers it (only while
     * click-to-dial is enabled and the softphone listens); returns whether the softphone got it.
     */
    clickRecordPhone(recordId: string, field = 'Phone'): boolean {
        if (!this.org.get(recordId)) throw new Error(`no record ${recordId} in the fake org`);
        return this.service.clickToDial(recordId, field);
    }

    /**
     * A click-to-dial payload as given, raw (a number the org does not have, a malformed payload): delivered
     * only while click-to-dial is enabled and the softphone listens, as in Salesforce.
     */
    clickToDial(payload: Readonly<Record<string, unknown>>): boolean {
        if (!this.console.clickToDialEnabled) return false;
        return this.sendEvent('onClickToDial', payload);
    }

    /** Any payload, raw, to the adapter's listeners; returns whether any listens. */
    sendEvent(listener: OpenCtiListenerName, payload: Readonly<Record<string, unknown>>): boolean {
        if (this.listeners[listener] === 0) return false;
        this.client.receive(encodeFrameMessage({ type: 'open-cti-event', listener, payload }));
        return true;
    }

    /** The agent opens a page (the console reports it to `onNavigationChange` as Lightning does). */
    navigate(location: ConsoleLocation): void {
        this.console.navigate(location);
    }

    /** The agent opens an org record. */
    openRecord(recordId: string): void {
        this.console.navigate({ kind: 'record', recordId });
    }

    // ---- sforce.opencti -------------------------------------------------------------------------------

    notifyInitializationComplete(args?: unknown): void {
        this.invoke('notifyInitializationComplete', args);
    }

    getCallCenterSettings(args?: unknown): void {
        this.invoke('getCallCenterSettings', args);
    }

    enableClickToDial(args?: unknown): void {
        this.invoke('enableClickToDial', args);
    }

    disableClickToDial(args?: unknown): void {
        this.invoke('disableClickToDial', args);
    }

    onClickToDial(args?: unknown): void {
        this.invoke('onClickToDial', args);
    }

    onNavigationChange(args?: unknown): void {
        this.invoke('onNavigationChange', args);
    }

    screenPop(args?: unknown): void {
        this.invoke('screenPop', args);
    }

    searchAndScreenPop(args?: unknown): void {
        this.invoke('searchAndScreenPop', args);
    }

    getAppViewInfo(args?: unknown): void {
        this.invoke('getAppViewInfo', args);
    }

    saveLog(args?: unknown): void {
        this.invoke('saveLog', args);
    }

    runApex(args?: unknown): void {
        this.invoke('runApex', args);
    }

    refreshView(args?: unknown): void {
        this.invoke('refreshView', args);
    }

    setSoftphonePanelVisibility(args?: unknown): void {
        this.invoke('setSoftphonePanelVisibility', args);
    }

    setSoftphoneItemLabel(args?: unknown): void {
        this.invoke('setSoftphoneItemLabel', args);
    }

    setSoftphoneItemIcon(args?: unknown): void {
        this.invoke('setSoftphoneItemIcon', args);
    }

    subscribe(args?: unknown): void {
        this.invoke('subscribe', args);
    }

    publish(args?: unknown): void {
        this.invoke('publish', args);
    }

    unsubscribe(args?: unknown): void {
        this.invoke('unsubscribe', args);
    }

    /** A call from the adapter: a scripted throw here, else the panel's `sforce.opencti` takes it. */
    private invoke(method: OpenCtiMethodName, args: unknown): void {
        this.calls.push(method);
        if (this.peekScript(method) === 'throw') {
            this.nextScript(method);
            throw new Error('opencti exploded');
        }
        const api = this.client.api as unknown as Record<string, (args?: unknown) => void>;
        api[method]?.(args);
        if ((method === 'onClickToDial' || method === 'onNavigationChange') && typeof args === 'object') {
            this.listeners[method] += 1;
        }
    }

    /** The panel posted a call to the console: answer it (scripts first), a microtask later. */
    private post(text: string): void {
        const request = parseOpenCtiRequest(text);
        if (!request) throw new Error(`the fake console cannot read ${text}`);
        const { id, method } = request;
        this.requests.push({ method, args: request.args });
        const scripted = this.nextScript(method);
        let answer: FakeAnswer;
        if (scripted === undefined) {
            answer = this.consoleAnswer(method, request.args);
        } else {
            answer = typeof scripted === 'function' ? scripted(request.args) : scripted;
        }
        if (answer === 'throw') throw new Error('opencti exploded');
        if (answer === 'never') return;
        const response = answer;
        queueMicrotask(() =>
            this.client.receive(encodeFrameMessage({ type: 'open-cti-response', id, response }))
        );
    }

    /** The console's answer, in the constants of this API object (which a test may have swapped). */
    private consoleAnswer(method: OpenCtiMethodName, args: Readonly<Record<string, unknown>>): FakeAnswer {
        const popTypes = this.SCREENPOP_TYPE as unknown as Record<string, string>;
        const simPopTypes = SCREENPOP_TYPE as unknown as Record<string, string>;
        let consoleArgs = args;
        if (method === 'screenPop') {
            consoleArgs = { ...args, type: translated(args.type, popTypes, simPopTypes) };
        } else if (method === 'searchAndScreenPop') {
            const callTypes = this.CALL_TYPE as unknown as Record<string, string>;
            consoleArgs = {
                ...args,
                callType: translated(args.callType, callTypes, CALL_TYPE as unknown as Record<string, string>)
            };
        }
        this.popping = method === 'screenPop' || method === 'searchAndScreenPop';
        let answer: OpenCtiResponse<unknown>;
        try {
            answer = this.service.handle(method, consoleArgs);
        } finally {
            this.popping = false;
        }
        const returnValue = answer.returnValue as Record<string, unknown> | null;
        const popData = method === 'searchAndScreenPop' ? returnValue?.[SCREEN_POP_DATA] : undefined;
        if (popData && typeof popData === 'object') {
            const pop = popData as Record<string, unknown>;
            return {
                ...answer,
                returnValue: {
                    ...returnValue,
                    [SCREEN_POP_DATA]: { ...pop, type: translated(pop.type, simPopTypes, popTypes) }
                }
            };
        }
        return answer;
    }

    /** The console tells the panel's listeners. */
    private deliverEvent(listener: OpenCtiListenerName, payload: Readonly<Record<string, unknown>>): void {
        this.client.receive(encodeFrameMessage({ type: 'open-cti-event', listener, payload }));
    }

    private peekScript(method: OpenCtiMethodName): FakeScript | undefined {
        const queue = this.onceScripts.get(method);
        return queue && queue.length > 0 ? queue[0] : this.stickyScripts.get(method);
    }

    private nextScript(method: OpenCtiMethodName): FakeScript | undefined {
        const queue = this.onceScripts.get(method);
        if (queue && queue.length > 0) return queue.shift();
        return this.stickyScripts.get(method);
    }
}

/** Puts {@link FakeRecord}s in an org, as given (a data load: Ids kept, fields unchecked). */
export function loadFakeRecords(org: OrgStore, records: readonly FakeRecord[]): void {
    for (const { Id, RecordType, ...fields } of records) {
        org.load({ Id, sobjectType: RecordType, fields: fields as Record<string, FieldValue> });
    }
}

function asFakeRecord(record: OrgRecord): Readonly<Record<string, unknown>> {
    return { ...record.fields, Id: record.Id, RecordType: record.sobjectType };
}
