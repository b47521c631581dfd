import { CallSounds, isSoundCommand } from './audio';
import { afterUiPaint, initialSnapshot, watchOnScreen, WindowBridge } from './bridge';
import type { BridgeWindow, EngineSnapshot, OnScreenWindow, PaintWindow } from './bridge';
import { ChannelLink, openCtiChannelTransport } from './channel';
import { apexPhoneSystem, apexTurnCredentials, OpenCtiHost } from './cti';
import type { WindowWithOpenCti } from './cti';
import { ConnectivityDiagnostics, watchWebSockets } from './diagnostics';
import type { CspViolation, WebSocketWindow } from './diagnostics';
import {
    ApexCallLogWriter,
    CALL_LOG_STORAGE_KEY,
    CallLogQueue,
    CORRUPT_KEY_SUFFIX,
    LocalStorageLogStore,
    MemoryLogStore,
    pageAgentStorage
} from './log';
import type { LogStore, StorageLike } from './log';
import {
    AGENT_STATUS_STORAGE_KEY,
    DEFAULT_ITEM_LABELS,
    loadAgentStatus,
    saveAgentStatus,
    SoftphoneEngine,
    storageWrapUpStore,
    WRAP_UP_STORAGE_KEY
} from './softphone';
import type { EngineLog, ItemLabels } from './softphone';
import { createTabGuard } from './tabs';
import type { TabsEnvironment } from './tabs';
import {
    DEMO_LINE,
    DESK_PHONE_LINE,
    loadLineResource,
    REMOTE_AUDIO_ATTRIBUTE,
    SipTelephonyProvider
} from './telephony';
import type {
    DemoLine,
    DeskPhoneLine,
    LinePage,
    LineResource,
    SipTelephonyProviderOptions,
    TelephonyProvider
} from './telephony';
import type { DemoTelephonyProvider } from './telephony/demo';
import { systemClock } from './time';
import type { Clock } from './time';
import type { SoftphoneSettings } from './settings';
import { definedFields } from './object';

export type { EngineLog } from './softphone';

/** The adapter page's document, as far as the engine uses it: CSP reports, visibility, a `tel:` link. */
export interface EngineDocument {
    addEventListener(type: 'securitypolicyviolation', listener: (event: CspViolation) => void): void;
    addEventListener(type: 'visibilitychange', listener: () => void): void;
    removeEventListener(type: 'securitypolicyviolation', listener: (event: CspViolation) => void): void;
    removeEventListener(type: 'visibilitychange', listener: () => void): void;
    readonly visibilityState?: string;
    createElement?(tagName: 'a'): { href: string; rel: string; click(): void };
}

/**
 * The adapter page's window: the bridge, `sforce.opencti` once `opencti_min.js` loaded, and storage; where the
 * browser has them, its document, `WebSocket` (watched for diagnostics), Web Locks and BroadcastChannel (to
 * keep one softphone per agent across tabs).
 */
export type EngineWindow = BridgeWindow &
    WindowWithOpenCti &
    TabsEnvironment &
    WebSocketWindow &
    PaintWindow &
    OnScreenWindow & {
        readonly localStorage?: StorageLike;
        readonly document?: EngineDocument;
        /** The demo line, once its static resource has loaded (see `loadLineResource`). */
        readonly SoftphoneDemoLine?: unknown;
        /** The desk phone line, once its static resource has loaded (see `loadLineResource`). */
        readonly SoftphoneDeskPhoneLine?: unknown;
    };

export interface EngineOptions {
    readonly window: EngineWindow;
    readonly log?: EngineLog;
    /** Time limit for each Open CTI call. */
    readonly ctiTimeoutMs?: number;
    /** The utility item's labels, from Custom Labels on the adapter page. */
    readonly itemLabels?: Partial<ItemLabels>;
    readonly clock?: Clock;
    /**
     * Whose phone line this is, e.g. `<org id>:<user id>`: the tabs of a browser profile with the same key share
     * one softphone (the others stand by). The adapter page passes the org and user ids.
     */
    readonly ownerKey?: string;
    /**
     * Opens a `tel:` URI (click-to-dial-only mode) in the agent's desk phone or phone app. Defaults to clicking
     * a link in the adapter page; the UI shows the same link in case the browser wants a click of its own.
     */
    readonly openTelUri?: (uri: string) => void;
    /**
     * The API name of the softphone's Lightning message channel (`Softphone__c`): the softphone publishes its
     * state there and takes commands from it, through Open CTI's LMS methods. Without it there is no channel.
     */
    readonly messageChannel?: string;
    /**
     * The URL of the demo line's static resource (`SoftphoneDemoLine`): the engine loads it only when the call
     * center's telephony mode is `demo`. The adapter page passes `URLFOR($Resource.SoftphoneDemoLine)`.
     */
    readonly demoLineUrl?: string;
    /** Loads the demo line some other way than by its URL (tests and the bench, which build it from source). */
    readonly loadDemoLine?: () => Promise<DemoLine>;
    /**
     * The URL of the desk phone line's static resource (`SoftphoneDeskPhoneLine`): the engine loads it only when
     * the call center's telephony mode is `click-to-dial-only`. The adapter page passes
     * `URLFOR($Resource.SoftphoneDeskPhoneLine)`.
     */
    readonly deskPhoneLineUrl?: string;
    /** Loads the desk phone line some other way than by its URL (tests, which build it from source). */
    readonly loadDeskPhoneLine?: () => Promise<DeskPhoneLine>;
}

/** A running engine. */
export interface RunningEngine {
    /** The state the UI shows now. */
    snapshot(): EngineSnapshot;
    /** Resolves once start-up has settled on `ready` or `signed-out`. */
    readonly started: Promise<EngineSnapshot>;
    /** The demo phone system when the call center's telephony mode is `demo` (the simulator rings through it). */
    demo(): DemoTelephonyProvider | undefined;
    /** Stops telephony, timers and the bridge. */
    stop(): Promise<void>;
}

const SILENT_LOG: EngineLog = { info: () => undefined, warn: () => undefined };

/** Calls `onHidden` when the page is hidden: the tab is switched away from, closed or reloaded. */
function followVisibility(page: EngineWindow, onHidden: () => void): () => void {
    const document = page.document;
    if (!document) return () => undefined;
    const listener = (): void => {
        if (document.visibilityState === 'hidden') onHidden();
    };
    document.addEventListener('visibilitychange', listener);
    return () => document.removeEventListener('visibilitychange', listener);
}

/**
 * The SIP provider for the call center's PBX, or undefined (with a warning) when the PBX WebSocket URL or SIP
 * domain is missing; the settings problems name them for the admin.
 */
function createSipProvider(
    settings: SoftphoneSettings,
    clock: Clock,
    log: EngineLog,
    turn: Pick<SipTelephonyProviderOptions, 'turnCredentials' | 'onIceServerProblem'>,
    devices: Pick<SipTelephonyProviderOptions, 'speakerId' | 'microphoneId' | 'onPlaybackRefused'>
): TelephonyProvider | undefined {
    const { pbxWebSocketUrl: server, sipDomain: domain } = settings;
    if (server === undefined || domain === undefined) {
        log.warn('SIP telephony needs the PBX WebSocket URL and the SIP domain.');
        return undefined;
    }
    return new SipTelephonyProvider({
        server,
        domain,
        iceServers: settings.iceServers,
        iceTransportPolicy: settings.iceTransportPolicy,
        ...turn,
        ...devices,
        microphoneBetweenCalls: settings.microphoneBetweenCalls,
        clock,
        log
    });
}

/** The adapter page's scripts, for loading a line's static resource into it, and the global `line` it defines. */
function linePage(line: () => unknown): LinePage {
    return {
        addScript: (url, onLoad, onError) => {
            const document = (globalThis as Partial<Window & typeof globalThis>).document;
            if (!document?.head) return undefined;
            const script = document.createElement('script');
            script.addEventListener('load', onLoad);
            script.addEventListener('error', onError);
            script.src = url;
            document.head.append(script);
            return script;
        },
        line
    };
}

/**
 * Loads a line's static resource once, when its telephony mode first starts (by `load` when given, else by its
 * URL); a failed load is tried again the next time telephony starts.
 */
function lineOnDemand<Line>(
    page: LinePage,
    resource: LineResource<Line>,
    url: string | undefined,
    clock: Clock,
    load: (() => Promise<Line>) | undefined
): () => Promise<Line> {
    let line: Promise<Line> | undefined;
    return () => {
        line ??= (load?.() ?? loadLineResource(page, resource, url, clock)).catch((error: unknown) => {
            line = undefined;
            throw error;
        });
        return line;
    };
}

/** The page's Web Audio, media devices and call audio elements, where the browser has them. */
function pageSounds(
    clock: Clock,
    log: EngineLog,
    storage: StorageLike | undefined,
    onChange: () => void
): CallSounds {
    const scope = globalThis as Partial<Window & typeof globalThis>;
    const document = scope.document;
    return new CallSounds({
        clock,
        log,
        ...(storage ? { storage } : {}),
        createContext: () => (scope.AudioContext ? new scope.AudioContext() : undefined),
        ...(scope.navigator?.mediaDevices ? { devices: scope.navigator.mediaDevices } : {}),
        callElements: () =>
            document?.querySelectorAll<HTMLAudioElement>(`audio[${REMOTE_AUDIO_ATTRIBUTE}]`) ?? [],
        speakerChoice: typeof scope.HTMLMediaElement?.prototype.setSinkId === 'function',
        onChange
    });
}

/**
 * Starts the engine in the adapter page: opens the bridge to the UI, connects to Open CTI and runs the
 * softphone. Failures end in a `signed-out` snapshot with a reason the UI shows, never in a blank panel.
 */
export function startEngine(options: EngineOptions): RunningEngine {
    const log = options.log ?? SILENT_LOG;
    const clock = options.clock ?? systemClock;
    const page = options.window;
    // The bridge is up before the engine exists, so that the UI hears "starting" at once.
    const running: { engine?: SoftphoneEngine } = {};
    let current: EngineSnapshot = initialSnapshot();
    // The engine's last snapshot, before the sound view is added to it.
    let published = current;
    const storage = pageAgentStorage(
        page,
        options.ownerKey,
        [
            CALL_LOG_STORAGE_KEY,
            CALL_LOG_STORAGE_KEY + CORRUPT_KEY_SUFFIX,
            WRAP_UP_STORAGE_KEY,
            AGENT_STATUS_STORAGE_KEY
        ],
        log
    );
    const sounds = pageSounds(clock, log, storage, () => publish(published));
    const bridge = new WindowBridge(
        page,
        (message) => {
            if (isSoundCommand(message)) void sounds.handle(message);
            else if (running.engine) void running.engine.handle(message);
            else bridge.send(current);
        },
        (reason) => log.warn(`Ignored a bridge message: ${reason}`)
    );
    let channel: ChannelLink | undefined;
    // The message channel hears of a state once the panel has painted it: publishing there is an Open CTI
    // request that the console handles on the panel's main thread, which before a ringing card's frame would
    // hold the card back. The channel gets the latest state; it publishes only what changed.
    let channelUpdateDue = false;
    const updateChannelAfterPaint = (): void => {
        if (!channel || channelUpdateDue) return;
        channelUpdateDue = true;
        void afterUiPaint(page, clock, (listener) => bridge.onNextDelivery(listener)).then(() => {
            channelUpdateDue = false;
            channel?.update(current);
        });
    };
    const publish = (snapshot: EngineSnapshot): void => {
        published = snapshot;
        sounds.follow(snapshot);
        current = { ...snapshot, sound: sounds.view() };
        bridge.send(current);
        updateChannelAfterPaint();
    };
    publish(current);
    void sounds.refreshDevices();
    // Any click or key in the softphone lets sound start that the browser held back (autoplay policy).
    const unlockSound = (): void => {
        if (sounds.isBlocked) void sounds.enable().then(() => publish(published));
    };
    for (const type of ['pointerdown', 'keydown'] as const)
        globalThis.document?.addEventListener(type, unlockSound, true);

    const api = page.sforce?.opencti;
    if (!api) {
        log.warn('sforce.opencti is missing: opencti_min.js did not load in the adapter page.');
        publish({
            ...current,
            status: 'signed-out',
            reason: 'open-cti-missing',
            detail: 'sforce.opencti is undefined'
        });
        return {
            snapshot: () => current,
            started: Promise.resolve(current),
            demo: () => undefined,
            stop: async () => bridge.dispose()
        };
    }

    const host = new OpenCtiHost(api, {
        ...definedFields({ timeoutMs: options.ctiTimeoutMs }),
        setTimer: (handler, ms) => clock.setTimer(handler, ms),
        clearTimer: (timer) => clock.clearTimer(timer as Parameters<Clock['clearTimer']>[0]),
        onListenerProblem: (problem) => log.warn(problem.message)
    });
    const store: LogStore = storage ? new LocalStorageLogStore(storage) : new MemoryLogStore();
    if (!storage) log.warn('Browser storage is unavailable: pending call logs are kept in memory only.');
    // One softphone per agent: the tab that owns the phone line registers and writes the call logs.
    const guard = createTabGuard(page, {
        ownerKey: options.ownerKey ?? 'default',
        clock,
        log,
        delegate: {
            becameOwner: () => {
                logQueue.resume();
                void engine.activateTelephony();
            },
            handOverBlocker: () => engine.handOverBlocker(),
            release: async () => {
                providerAttempts++;
                await engine.releaseTelephony();
                provider = undefined;
                await logQueue.suspend();
            },
            changed: (view) => engine.setTab(view)
        }
    });
    if (!guard) log.warn('This browser cannot coordinate tabs (no BroadcastChannel): every tab registers.');
    const logQueue = new CallLogQueue({
        store,
        clock,
        writer: new ApexCallLogWriter(host, {
            onRefreshFailed: (error) => log.warn(`refreshView: ${String(error)}`)
        }),
        startSuspended: guard !== undefined
    });
    const diagnostics = new ConnectivityDiagnostics({
        onChange: (problems) => engine.setConnectionProblems(problems),
        log
    });
    const unwatch = [
        page.document ? diagnostics.watch(page.document) : () => undefined,
        watchWebSockets(page, diagnostics),
        followVisibility(page, () => engine.persistCallInProgress())
    ];
    const panel = watchOnScreen(page);
    unwatch.push(() => panel.stop());
    let provider: TelephonyProvider | undefined;
    // Counts provider creations and releases: a line that finishes loading after a release is not current.
    let providerAttempts = 0;
    const loadDemo = lineOnDemand(
        linePage(() => page.SoftphoneDemoLine),
        DEMO_LINE,
        options.demoLineUrl,
        clock,
        options.loadDemoLine
    );
    const loadDeskPhone = lineOnDemand(
        linePage(() => page.SoftphoneDeskPhoneLine),
        DESK_PHONE_LINE,
        options.deskPhoneLineUrl,
        clock,
        options.loadDeskPhoneLine
    );
    const engine = new SoftphoneEngine({
        host,
        clock,
        log,
        itemLabels: { ...DEFAULT_ITEM_LABELS, ...options.itemLabels },
        logQueue,
        publish,
        createProvider: (settings) => {
            provider = undefined;
            const attempt = ++providerAttempts;
            if (settings.telephonyMode === 'demo') {
                // The demo line is its own static resource, downloaded only now (never by agents on a real phone).
                return loadDemo().then(({ DemoTelephonyProvider }) => {
                    const demo = new DemoTelephonyProvider({ clock });
                    if (attempt === providerAttempts) provider = demo;
                    return demo;
                });
            }
            if (settings.telephonyMode === 'click-to-dial-only') {
                // The desk phone line is its own static resource too, downloaded only in this mode.
                return loadDeskPhone().then(({ DeskPhoneTelephonyProvider, telLinkOpener }) => {
                    const deskPhone = new DeskPhoneTelephonyProvider({
                        clock,
                        // A link in the adapter page: the engine never navigates the console.
                        openUri: options.openTelUri ?? telLinkOpener(() => page.document),
                        onProblem: (error) => log.warn(`Desk phone: ${String(error)}`)
                    });
                    if (attempt === providerAttempts) provider = deskPhone;
                    return deskPhone;
                });
            }
            if (settings.telephonyMode === 'sip')
                provider = createSipProvider(
                    settings,
                    clock,
                    log,
                    {
                        turnCredentials: apexTurnCredentials(host),
                        onIceServerProblem: (problem) => diagnostics.iceServerProblem(problem)
                    },
                    {
                        speakerId: () => sounds.speakerId,
                        microphoneId: () => sounds.microphoneId,
                        onPlaybackRefused: () => sounds.playbackRefused()
                    }
                );
            return provider;
        },
        loadAgentStatus: () => loadAgentStatus(storage),
        saveAgentStatus: (status) => saveAgentStatus(storage, status),
        wrapUps: storageWrapUpStore(storage),
        takeOver: () => guard?.takeOver(),
        loadPhoneSystem: () => apexPhoneSystem(host),
        afterUiPaint: () => afterUiPaint(page, clock, (listener) => bridge.onNextDelivery(listener)),
        panelOnScreen: () => panel.shown()
    });
    running.engine = engine;
    void guard?.start();
    if (options.messageChannel !== undefined) {
        const link = new ChannelLink({
            transport: openCtiChannelTransport(host, options.messageChannel),
            engine,
            log
        });
        link.start().then(
            () => {
                channel = link;
            },
            (error: unknown) => log.warn(`Message channel ${options.messageChannel}: ${String(error)}`)
        );
    }
    return {
        snapshot: () => current,
        started: engine.start(),
        demo: () => (provider?.kind === 'demo' ? (provider as DemoTelephonyProvider) : undefined),
        stop: async () => {
            bridge.dispose();
            for (const stop of unwatch) stop();
            guard?.dispose();
            await channel?.dispose();
            logQueue.dispose();
            await engine.dispose();
        }
    };
}
