import { initialSnapshot, WindowBridge } from './bridge';
import type { BridgeWindow, EngineSnapshot } from './bridge';
import { OpenCtiHost } from './cti';
import type { WindowWithOpenCti } from './cti';
import { ApexCallLogWriter, CallLogQueue, LocalStorageLogStore, MemoryLogStore } from './log';
import type { LogStore, StorageLike } from './log';
import { DEFAULT_ITEM_LABELS, loadAgentStatus, saveAgentStatus, SoftphoneEngine } from './softphone';
import type { EngineLog, ItemLabels } from './softphone';
import { DemoTelephonyProvider } from './telephony';
import type { TelephonyProvider } from './telephony';
import { systemClock } from './time';
import type { Clock } from './time';

export type { EngineLog } from './softphone';

/** The adapter page's window: the bridge, `sforce.opencti` once `opencti_min.js` loaded, and storage. */
export type EngineWindow = BridgeWindow & WindowWithOpenCti & { readonly localStorage?: StorageLike };

export interface EngineOptions {
    readonly window: EngineWindow;
    readonly log?: EngineLog;
    /** Time limit for each Open CTI call. */
    readonly ctiTimeoutMs?: number;
    /** The utility item's labels, from Custom Labels on the adapter page. */
    readonly itemLabels?: Partial<ItemLabels>;
    readonly clock?: Clock;
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

/** The page's localStorage, or undefined where the browser blocks it (e.g. third-party storage off). */
function pageStorage(window: EngineWindow): StorageLike | undefined {
    try {
        return window.localStorage ?? undefined;
    } catch {
        return undefined;
    }
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
    const bridge = new WindowBridge(
        page,
        (message) => {
            if (running.engine) void running.engine.handle(message);
            else bridge.send(current);
        },
        (reason) => log.warn(`Ignored a bridge message: ${reason}`)
    );
    const publish = (snapshot: EngineSnapshot): void => {
        current = snapshot;
        bridge.send(snapshot);
    };
    publish(current);

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
        ...(options.ctiTimeoutMs === undefined ? {} : { timeoutMs: options.ctiTimeoutMs }),
        setTimer: (handler, ms) => clock.setTimer(handler, ms),
        clearTimer: (timer) => clock.clearTimer(timer as Parameters<Clock['clearTimer']>[0]),
        onListenerProblem: (problem) => log.warn(problem.message)
    });
    const storage = pageStorage(page);
    const store: LogStore = storage ? new LocalStorageLogStore(storage) : new MemoryLogStore();
    if (!storage) log.warn('Browser storage is unavailable: pending call logs are kept in memory only.');
    const logQueue = new CallLogQueue({
        store,
        clock,
        writer: new ApexCallLogWriter(host, {
            onRefreshFailed: (error) => log.warn(`refreshView: ${String(error)}`)
        })
    });
    let provider: TelephonyProvider | undefined;
    const engine = new SoftphoneEngine({
        host,
        clock,
        log,
        itemLabels: { ...DEFAULT_ITEM_LABELS, ...options.itemLabels },
        logQueue,
        publish,
        createProvider: (settings) => {
            if (settings.telephonyMode === 'demo') provider = new DemoTelephonyProvider({ clock });
            else if (settings.telephonyMode === 'sip')
                log.warn('The SIP provider is not part of this version yet.');
            return provider;
        },
        loadAgentStatus: () => loadAgentStatus(storage),
        saveAgentStatus: (status) => saveAgentStatus(storage, status)
    });
    running.engine = engine;
    return {
        snapshot: () => current,
        started: engine.start(),
        demo: () => (provider instanceof DemoTelephonyProvider ? provider : undefined),
        stop: async () => {
            bridge.dispose();
            logQueue.dispose();
            await engine.dispose();
        }
    };
}
