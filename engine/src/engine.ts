import { WindowBridge } from './bridge';
import type { BridgeWindow, EngineSnapshot } from './bridge';
import { OpenCtiHost } from './cti';
import type { CtiHost, WindowWithOpenCti } from './cti';

/** Where engine diagnostics go; the page passes `console`, tests a spy. */
export interface EngineLog {
    info(message: string): void;
    warn(message: string): void;
}

export interface EngineOptions {
    /** The adapter page's window: it carries the bridge and, once `opencti_min.js` loaded, `sforce.opencti`. */
    readonly window: BridgeWindow & WindowWithOpenCti;
    readonly log?: EngineLog;
    /** Time limit for each Open CTI call. */
    readonly ctiTimeoutMs?: number;
}

/** A running engine. */
export interface SoftphoneEngine {
    /** The state the UI shows now. */
    snapshot(): EngineSnapshot;
    /** Resolves once start-up has settled on `ready` or `signed-out`. */
    readonly started: Promise<EngineSnapshot>;
    /** Stops listening to the bridge. */
    stop(): void;
}

const SILENT_LOG: EngineLog = { info: () => undefined, warn: () => undefined };

function callCenterName(settings: Readonly<Record<string, string>>): string | undefined {
    return settings['/reqGeneralInfo/reqDisplayName'] ?? settings['/reqGeneralInfo/reqInternalName'];
}

/**
 * Starts the engine in the adapter page: opens the bridge to the UI, connects to Open CTI, reads the call
 * center, and tells Salesforce the softphone is up. Failures end in a `signed-out` snapshot with a reason the
 * UI shows, never in a blank panel.
 */
export function startEngine(options: EngineOptions): SoftphoneEngine {
    const log = options.log ?? SILENT_LOG;
    let current: EngineSnapshot = { status: 'starting' };
    const bridge = new WindowBridge(
        options.window,
        () => bridge.send(current),
        (reason) => log.warn(`Ignored a bridge message: ${reason}`)
    );
    const publish = (next: EngineSnapshot): EngineSnapshot => {
        current = next;
        bridge.send(current);
        return current;
    };

    publish(current);

    const api = options.window.sforce?.opencti;
    let started: Promise<EngineSnapshot>;
    if (!api) {
        log.warn('sforce.opencti is missing: opencti_min.js did not load in the adapter page.');
        started = Promise.resolve(
            publish({
                status: 'signed-out',
                reason: 'open-cti-missing',
                detail: 'sforce.opencti is undefined'
            })
        );
    } else {
        const host = new OpenCtiHost(
            api,
            options.ctiTimeoutMs === undefined ? {} : { timeoutMs: options.ctiTimeoutMs }
        );
        started = connect(host, log).then(publish);
    }
    return {
        snapshot: () => current,
        started,
        stop: () => bridge.dispose()
    };
}

async function connect(host: CtiHost, log: EngineLog): Promise<EngineSnapshot> {
    let snapshot: EngineSnapshot;
    try {
        const settings = await host.getCallCenterSettings();
        const name = callCenterName(settings);
        snapshot = name === undefined ? { status: 'ready' } : { status: 'ready', callCenterName: name };
        log.info(`Open CTI connected; call center ${name ?? '(unnamed)'}.`);
    } catch (error) {
        const detail = error instanceof Error ? error.message : String(error);
        log.warn(detail);
        snapshot = { status: 'signed-out', reason: 'open-cti-failed', detail };
    }
    try {
        await host.notifyInitializationComplete();
    } catch (error) {
        log.warn(error instanceof Error ? error.message : String(error));
    }
    return snapshot;
}
