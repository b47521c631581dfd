import type { EngineSnapshot, UiCommand } from '../src/bridge';
import { serializeBridgeMessage, uiMessage } from '../src/bridge';
import { PHONE_SYSTEM_APEX } from '../src/cti';
import type { CspViolation, WebSocketConstructor } from '../src/diagnostics';
import { startEngine } from '../src/engine';
import { agentStorageKey } from '../src/log';
import type { EngineOptions, RunningEngine } from '../src/engine';
import { FakeStorage } from '../src/log/test-support/fake-storage';
import { ManualClock } from '../src/time';
import { FakeBridgeWindow } from './fake-bridge-window';
import { loadDemoLineFromSource } from './demo-line-from-source';
import { loadDeskPhoneLineFromSource } from './desk-phone-line-from-source';
import { FakeCallLogService } from './fake-call-log-service';
import type { SavedTask, ServiceBehaviour } from './fake-call-log-service';
import { fakeError, FakeOpenCti, loadFakeRecords } from '../../sim/test-support/fake-open-cti';
import type { FakeAnswer, FakeRecord } from '../../sim/test-support/fake-open-cti';
import { FakeBroadcastHub, FakeLockBroker } from './fake-tabs';
import { settle } from './settle';

/** The adapter page's document: listeners for CSP reports and visibility, and links that record their clicks. */
export class FakeDocument {
    visibilityState = 'visible';
    /** Every link clicked (the `tel:` URIs the desk phone was asked to open). */
    readonly opened: string[] = [];
    private readonly listeners = new Map<string, ((event: never) => void)[]>();

    addEventListener(type: string, listener: (event: never) => void): void {
        this.listeners.set(type, [...(this.listeners.get(type) ?? []), listener]);
    }

    removeEventListener(type: string, listener: (event: never) => void): void {
        this.listeners.set(
            type,
            (this.listeners.get(type) ?? []).filter((candidate) => candidate !== listener)
        );
    }

    createElement(_tag: 'a'): { href: string; rel: string; click(): void } {
        const opened = this.opened;
        return {
            href: '',
            rel: '',
            click() {
                opened.push(this.href);
            }
        };
    }

    /** The browser reports a CSP violation. */
    violate(event: CspViolation): void {
        for (const listener of this.listeners.get('securitypolicyviolation') ?? []) listener(event as never);
    }

    /** The tab is hidden (switched away from, or being closed or reloaded). */
    hide(): void {
        this.visibilityState = 'hidden';
        for (const listener of this.listeners.get('visibilitychange') ?? []) listener(undefined as never);
    }

    listenerCount(type: string): number {
        return (this.listeners.get(type) ?? []).length;
    }
}

/** A Task as the fake org keeps it. */
export type OrgTask = SavedTask;

/** What the org does with the next `runApex` calls (see {@link FakeCallLogService}). */
export type ApexBehaviour = ServiceBehaviour;

/**
 * One Salesforce org, seen from the tabs of one browser profile: its records (the simulator's org, which every
 * tab's Open CTI searches) and `SoftphoneCallLogService` upserting Tasks by `CallObject` (the simulator's port,
 * parameters decoded from `methodParams` as Salesforce does), with scripted faults, answering as Open CTI's
 * `runApex` does.
 */
export class FakeOrg extends FakeCallLogService {
    /** The `methodParams` of every call. */
    readonly requests: string[] = [];

    /** Every `runApex` call. */
    get apexCalls(): number {
        return this.calls;
    }

    /**
     * What `SoftphonePhoneSystem.currentProfile` answers (its JSON); by default no profile applies, so the
     * call center's settings do. Those calls are not counted in {@link apexCalls} (they are not call logs).
     */
    phoneSystemAnswer = JSON.stringify({ version: 1, profile: null });

    /** The `runApex` answer for one call, as a scripted `FakeOpenCti` answer. */
    runApex(args: Readonly<Record<string, unknown>>): FakeAnswer {
        if (
            args['apexClass'] === PHONE_SYSTEM_APEX.apexClass &&
            args['methodName'] === PHONE_SYSTEM_APEX.methodName
        ) {
            return { success: true, returnValue: { runApex: this.phoneSystemAnswer }, errors: null };
        }
        const methodParams = String(args['methodParams'] ?? '');
        this.requests.push(methodParams);
        if (!FakeCallLogService.isTarget(args['apexClass'], args['methodName'])) {
            this.calls += 1;
            return fakeError('APEX_ERROR', 'No such method');
        }
        const outcome = this.save(Object.fromEntries(new URLSearchParams(methodParams)));
        if (outcome.kind === 'failed') return fakeError(outcome.code, outcome.message);
        if (outcome.kind === 'no-answer') return 'never';
        return { success: true, returnValue: { runApex: outcome.id }, errors: null };
    }
}

/** The adapter page of one tab: bridge, Open CTI, storage, document, Web Locks and BroadcastChannel. */
export class FakePageWindow extends FakeBridgeWindow {
    readonly document = new FakeDocument();
    /** The page's WebSocket, when a test gives it one (the engine wraps it to watch connections). */
    WebSocket?: WebSocketConstructor;

    constructor(
        api: FakeOpenCti,
        readonly localStorage: FakeStorage,
        readonly BroadcastChannel: ReturnType<FakeBroadcastHub['channelClass']> | undefined,
        readonly navigator: { readonly locks?: ReturnType<FakeLockBroker['manager']> }
    ) {
        super(api);
    }
}

/** Records the engine's log. */
export interface RecordedLog {
    readonly info: string[];
    readonly warn: string[];
}

/** One browser tab running the softphone. */
export class FakeTab {
    readonly log: RecordedLog = { info: [], warn: [] };
    readonly engine: RunningEngine;
    closed = false;

    constructor(
        private readonly profile: FakeBrowserProfile,
        readonly name: string,
        readonly api: FakeOpenCti,
        readonly window: FakePageWindow,
        options: Partial<EngineOptions>
    ) {
        this.engine = startEngine({
            window,
            clock: profile.clock,
            ownerKey: profile.ownerKey,
            log: {
                info: (message) => this.log.info.push(message),
                warn: (message) => this.log.warn.push(message)
            },
            loadDemoLine: loadDemoLineFromSource,
            loadDeskPhoneLine: loadDeskPhoneLineFromSource,
            ...options
        });
    }

    snapshot(): EngineSnapshot {
        return this.engine.snapshot();
    }

    /** A command from the UI, over the bridge as the LWC sends it. */
    async send(command: UiCommand): Promise<void> {
        this.window.deliver(serializeBridgeMessage(uiMessage(command)), this.window.location.origin);
        await settle();
    }

    /** The tab is closed or reloaded: the page goes away (as hidden first), its locks and channels with it. */
    async close(options: { crash?: boolean } = {}): Promise<void> {
        this.closed = true;
        if (!options.crash) {
            this.window.document.hide();
            await this.engine.stop();
        }
        this.profile.locks.closeTab(this.name);
        this.profile.hub.closeTab(this.name);
        await settle();
    }
}

/** Options for {@link FakeBrowserProfile.openTab}. */
export interface OpenTabOptions {
    /** Call center settings; the demo line by default. */
    readonly settings?: Readonly<Record<string, string>>;
    /** Leaves out Web Locks (BroadcastChannel only), or both. */
    readonly coordination?: 'web-locks' | 'broadcast-channel' | 'none';
    readonly engine?: Partial<EngineOptions>;
    /** The page's `WebSocket` constructor. */
    readonly webSocket?: WebSocketConstructor;
}

export const DEMO_SETTINGS: Readonly<Record<string, string>> = {
    '/reqGeneralInfo/reqDisplayName': 'Softphone for Salesforce',
    '/softphoneSettings/telephonyMode': 'demo',
    '/softphoneSettings/defaultCountry': 'US',
    '/softphoneSettings/wrapUpSeconds': '0',
    '/softphoneSettings/dispositionValues': 'Answered,No answer'
};

/**
 * A browser profile (one user, one org): shared time, localStorage, Web Locks and BroadcastChannel, and the
 * org behind every tab's Open CTI. Tabs opened here are the same softphone the adapter page starts.
 */
export class FakeBrowserProfile {
    readonly clock = new ManualClock(Date.UTC(2026, 10, 25, 15, 0, 0));
    /** Whose softphone the tabs run, as the adapter page passes it (`<org id>:<user id>`). */
    readonly ownerKey = 'org1:user1';
    readonly storage = new FakeStorage();
    readonly locks = new FakeLockBroker();
    readonly hub = new FakeBroadcastHub();
    readonly org = new FakeOrg();
    readonly tabs: FakeTab[] = [];

    /** Where the agent's softphone keeps `key` in the profile's storage. */
    agentKey(key: string): string {
        return agentStorageKey(key, this.ownerKey);
    }

    /** Puts records in the org every tab's Open CTI searches. */
    addRecords(...records: FakeRecord[]): this {
        loadFakeRecords(this.org.store, records);
        return this;
    }

    async openTab(name: string, options: OpenTabOptions = {}): Promise<FakeTab> {
        const api = new FakeOpenCti({ org: this.org.store });
        api.settingsAnswer = { success: true, returnValue: options.settings ?? DEMO_SETTINGS, errors: null };
        api.script('runApex', (args) => this.org.runApex(args));
        const coordination = options.coordination ?? 'web-locks';
        const window = new FakePageWindow(
            api,
            this.storage,
            coordination === 'none' ? undefined : this.hub.channelClass(name),
            coordination === 'web-locks' ? { locks: this.locks.manager(name) } : {}
        );
        if (options.webSocket) window.WebSocket = options.webSocket;
        const tab = new FakeTab(this, name, api, window, options.engine ?? {});
        this.tabs.push(tab);
        await tab.engine.started;
        await this.advance(1_000);
        return tab;
    }

    /** Moves time in steps, letting everything settle between them. */
    async advance(ms: number, step = 250): Promise<void> {
        await settle();
        for (let passed = 0; passed < ms; passed += step) {
            this.clock.advance(Math.min(step, ms - passed));
            await settle();
        }
    }

    /** Stops every tab still open (afterEach). */
    async closeAll(): Promise<void> {
        for (const tab of this.tabs) if (!tab.closed) await tab.close();
    }
}
