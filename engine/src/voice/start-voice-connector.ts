import { initializeConnector } from '@salesforce/scv-connector-base';
import type { VendorConnector } from '@salesforce/scv-connector-base';
import { CORRUPT_KEY_SUFFIX, MemoryLogStore, pageAgentStorage } from '../log';
import type { LogStore, StorageLike } from '../log';
import type { SoftphoneSettings } from '../settings';
import type { EngineLog } from '../softphone';
import type { TelephonyProvider } from '../telephony/telephony-provider';
import { systemClock } from '../time';
import type { Clock } from '../time';
import { remotingTurnCredentials } from './remoting-turn-credentials';
import { RemotingVoiceCallRecords } from './remoting-voice-call-records';
import type { RemotingManager, VoiceRemoteActions } from './remoting-voice-call-records';
import { bindSignInForm } from './sign-in-form';
import { SoftphoneVoiceConnector } from './softphone-voice-connector';
import { voiceSipProvider } from './voice-sip-provider';
import { VOICE_CALL_UPDATES_KEY, VoiceCallUpdateStore } from './voice-call-update-store';

/** The connector page's window as the connector uses it. */
export interface VoiceConnectorWindow {
    readonly document?: Document;
    readonly localStorage?: StorageLike;
    readonly Visualforce?: { readonly remoting?: { readonly Manager?: RemotingManager } };
}

export interface VoiceConnectorPageOptions {
    readonly window: VoiceConnectorWindow;
    /** `{!$RemoteAction.SoftphoneVoiceCallService.…}` as the page resolved them. */
    readonly remoteActions: VoiceRemoteActions;
    readonly log?: EngineLog;
    readonly clock?: Clock;
    /**
     * Whose connector this is, `<org id>:<user id>` on the connector page: VoiceCall updates waiting in the
     * browser are kept per agent, so that agents sharing a browser profile never send each other's.
     */
    readonly ownerKey?: string;
}

/** The running connector, for the page (and the simulator) to look at. */
export interface RunningVoiceConnector {
    readonly connector: SoftphoneVoiceConnector;
}

const SILENT_LOG: EngineLog = { info: () => undefined, warn: () => undefined };

/**
 * Entry of the `SoftphoneVoiceConnector` static resource: the `SoftphoneVoiceConnector` Visualforce page calls it
 * once, and the base library then waits for Salesforce's `SETUP_CONNECTOR`.
 */
export function startVoiceConnector(options: VoiceConnectorPageOptions): RunningVoiceConnector {
    const log = options.log ?? SILENT_LOG;
    const clock = options.clock ?? systemClock;
    const manager = options.window.Visualforce?.remoting?.Manager;
    const records = new RemotingVoiceCallRecords(
        manager ?? {
            invokeAction: () => {
                throw new Error('Visualforce remoting is missing from the connector page.');
            }
        },
        options.remoteActions
    );
    if (!manager) log.warn('Visualforce remoting is missing: VoiceCall records cannot be created.');
    const storage = pageAgentStorage(
        options.window,
        options.ownerKey,
        [VOICE_CALL_UPDATES_KEY, VOICE_CALL_UPDATES_KEY + CORRUPT_KEY_SUFFIX],
        log
    );
    const updateStore: LogStore = storage ? new VoiceCallUpdateStore(storage) : new MemoryLogStore();
    if (!storage) log.warn('Browser storage is unavailable: VoiceCall updates are kept in memory only.');
    // TURN servers get short-lived credentials from Apex, as in the Open CTI softphone (SoftphoneTurnCredentials).
    const turnAction = options.remoteActions.issueTurnCredentials;
    const turnCredentials =
        manager && turnAction ? { turnCredentials: remotingTurnCredentials(manager, turnAction) } : {};
    const createProvider = (settings: SoftphoneSettings): TelephonyProvider | undefined =>
        voiceSipProvider(settings, { clock, log, ...turnCredentials });
    const holder: { connector?: SoftphoneVoiceConnector } = {};
    const signInFrame = options.window.document
        ? bindSignInForm(options.window.document, (user, password) =>
              holder.connector ? holder.connector.signIn(user, password) : Promise.resolve(false)
          )
        : undefined;
    const connector = new SoftphoneVoiceConnector({
        records,
        createProvider,
        updateStore,
        clock,
        log,
        ...(signInFrame === undefined ? {} : { signInFrame })
    });
    holder.connector = connector;
    initializeConnector(connector as unknown as VendorConnector);
    return { connector };
}
