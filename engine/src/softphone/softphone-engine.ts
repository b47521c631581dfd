import {
    initialSnapshot,
    MAX_DETAIL_LENGTH,
    MAX_DISPLAY_NAME_LENGTH,
    MAX_PHONE_NUMBER_LENGTH
} from '../bridge';
import type {
    AgentStatus,
    CallView,
    ConnectionProblemView,
    EngineSnapshot,
    NoticeKey,
    NoticeView,
    RecentCallView,
    TabView,
    TakeOverRefusal,
    UiCommand
} from '../bridge';
import type { ExternalCommand, ExternalOutcome } from '../channel';
import type { AppView, ClickToDialRequest, CtiHost, RecordRef } from '../cti';
import { logOfCall, stateIfLeftNow } from '../log';
import type { CallLogQueue, CallLogQueueSnapshot } from '../log';
import { dialableDigits, parsePhoneNumber, readCallerId } from '../phone';
import type { CallerId } from '../phone';
import { popInboundCall } from '../screen-pop';
import { CallSession, CallState, IDLE_LINE, lineTransition, readStoredWrapUp } from '../session';
import type { CallEvent, LegStates, LineData, LineEvent } from '../session';
import { PROFILE_OBJECT, readSettings } from '../settings';
import type { PhoneSystemChoice, SettingsProblem, SoftphoneSettings } from '../settings';
import type {
    CallEndCause,
    CallProgress,
    IncomingCall,
    RegistrationState,
    TelephonyProvider
} from '../telephony';
import { TelephonyError } from '../telephony/telephony-error';
import { inertText } from '../text';
import type { Clock, TimerHandle } from '../time';
import { displayNumber, toCallView, toRecentCallView } from './call-view';
import type { ItemLabels } from './item-labels';
import { guardProviderDelegate } from './provider-boundary';
import type { WrapUpStore } from './wrap-up-store';
import { definedFields } from '../object';
import { messageOf } from '../errors';

/** Where engine diagnostics go; the page passes `console`, tests a spy. */
export interface EngineLog {
    info(message: string): void;
    warn(message: string): void;
}

/** What the engine is built from; `startEngine` wires the real ones, tests bring fakes. */
export interface SoftphoneEngineDeps {
    readonly host: CtiHost;
    readonly clock: Clock;
    readonly log: EngineLog;
    readonly itemLabels: ItemLabels;
    /**
     * Makes the telephony provider for the call center's telephony mode; undefined when there is none. A
     * promise when the provider's code loads first (the demo line is its own static resource); when it rejects,
     * the phone says it could not connect, with the error's words.
     */
    readonly createProvider: (
        settings: SoftphoneSettings
    ) => TelephonyProvider | undefined | Promise<TelephonyProvider | undefined>;
    /** The durable call log queue (it outlives page reloads through its store). */
    readonly logQueue: CallLogQueue;
    /** Receives every new snapshot. */
    readonly publish: (snapshot: EngineSnapshot) => void;
    /** The agent's last chosen status, kept across reloads; undefined when none is stored. */
    readonly loadAgentStatus?: () => AgentStatus | undefined;
    readonly saveAgentStatus?: (status: AgentStatus) => void;
    /** Keeps the call in wrap-up across page loads, so a reload brings the wrap-up back. */
    readonly wrapUps?: WrapUpStore;
    /** Asks the tab that owns the phone line to hand it to this tab (the UI's Take over). */
    readonly takeOver?: () => void;
    /**
     * Resolves in the frame that paints the last snapshot (messages posted then arrive after its paint);
     * without it, work that waits for that goes on at once.
     */
    readonly afterUiPaint?: () => Promise<void>;
    /**
     * Whether the softphone's panel is on screen now (not minimised); without it, it is taken to be minimised, and
     * a ring opens it at once.
     */
    readonly panelOnScreen?: () => boolean;
    /**
     * Which phone-system profile applies to the agent (Apex `SoftphonePhoneSystem`); without it, or when it
     * fails, the call center's settings are used.
     */
    readonly loadPhoneSystem?: () => Promise<PhoneSystemChoice>;
}

const RECENT_CALLS = 20;

/** Who chose a call's record; see {@link SoftphoneEngine} `relateAutomatically`. */
type RelationSource = 'agent' | 'pop' | 'click-to-dial' | 'open';

/** How strongly each source holds: a source replaces the relation only of one no stronger than itself. */
const RELATION_STRENGTH: Readonly<Record<RelationSource, number>> = {
    open: 1,
    pop: 2,
    'click-to-dial': 2,
    agent: 3
};
/** A caller id already in E.164: its session number is the text itself, parsed or not. */
const E164_TEXT = /^\+[1-9]\d{6,14}$/;
/** How many numbers' display forms are kept (a ring's number is formatted after its card is painted). */
const DISPLAY_NUMBERS_KEPT = 50;

/** How long after it began a wrap-up without a time limit is still brought back by a reload. */
export const UNLIMITED_WRAP_UP_RESTORE_MS = 60 * 60 * 1000;

function directionOf(event: CallEvent): 'inbound' | 'outbound' {
    return event.type === 'incoming' ? 'inbound' : 'outbound';
}

/** The notice for a command that failed: a refused microphone has its own words, anything else is generic. */
function noticeKeyOf(error: unknown): NoticeKey {
    return error instanceof TelephonyError && error.code === 'microphone-denied'
        ? 'microphone-denied'
        : 'command-failed';
}

/**
 * What the phone system is asked to dial: an external number (E.164) with the dial prefix in place of its `+`
 * when there is one; extensions and short codes as they are.
 */
export function withDialPrefix(number: string, dialPrefix: string): string {
    return dialPrefix !== '' && number.startsWith('+') ? dialPrefix + number.slice(1) : number;
}

function isPromiseLike<T>(value: T | PromiseLike<T>): value is PromiseLike<T> {
    return typeof (value as Partial<PromiseLike<T>> | undefined)?.then === 'function';
}

/**
 * The softphone: ties the telephony provider, one `CallSession` per call, Open CTI (settings, click-to-dial,
 * screen pop, utility item) and the call log queue together, runs the UI's commands, and publishes a
 * snapshot of everything after each change. It holds no call state of its own beyond the current session.
 */
export class SoftphoneEngine {
    #settings: SoftphoneSettings | undefined;
    #settingsProblems: readonly SettingsProblem[] = [];
    #provider: TelephonyProvider | undefined;
    /** A provider whose code is loading (the demo line); `releaseTelephony` and `dispose` make it stale. */
    #startingTelephony: Promise<void> | undefined;
    /** Counts starts and releases of telephony, so a provider that arrives after a release is not used. */
    #telephonyStarts = 0;
    #session: CallSession | undefined;
    readonly #background = new Map<string, CallSession>();
    #unsubscribeSession: (() => void) | undefined;
    /** The second call on the line (a waiting call or a consultation), beside `session`. */
    #second: CallSession | undefined;
    #unsubscribeSecond: (() => void) | undefined;
    /** How the calls on the agent's line relate (see `lineTransition`). */
    #line: LineData = IDLE_LINE;
    /** Both legs are ending by the agent's command (a warm transfer): the first keeps its wrap-up. */
    #endingTogether = false;
    #wrapUpTimer: TimerHandle | undefined;
    #recent: RecentCallView[] = [];
    /** The record open in the console now (navigation tracking), and when this page saw it opened. */
    #openRecord: RecordRef | undefined;
    #openRecordAt = Number.NEGATIVE_INFINITY;
    /** When the agent's previous call ended (its wrap-up closed): records open since then are theirs to use. */
    #lastCallEndedAt = Number.NEGATIVE_INFINITY;
    /**
     * Where the relation of the call on screen came from: the agent's choice (nothing overrides it), the
     * screen pop or click-to-dial (only the agent overrides them), or a record opened for the call.
     */
    #relationSource: RelationSource | undefined;
    #agentStatus: AgentStatus = 'offline';
    #registration: RegistrationState | 'not-started' = 'unregistered';
    #registrationDetail: string | undefined;
    #notice: NoticeView | undefined;
    #logs: CallLogQueueSnapshot;
    #base: EngineSnapshot = initialSnapshot();
    #itemLabel: string | undefined;
    readonly #unsubscribeLogs: () => void;
    #disposed = false;
    /** This tab's part in the one-softphone-per-agent rule; undefined where tabs are not coordinated. */
    #tab: TabView | undefined;
    #connectionProblems: readonly ConnectionProblemView[] = [];
    /** The agent's remembered status is still to be restored for the telephony just started. */
    #statusToRestore = false;
    /** A snapshot is due: `publish` posts one per task, however many changes the task made. */
    #publishDue = false;
    /** Numbers as the agent reads them, by number. */
    readonly #displayNumbers = new Map<string, string>();
    /** The ringing call's number, not formatted until its card is on screen (formatting costs a frame). */
    #unformattedNumber: string | undefined;

    readonly #deps: SoftphoneEngineDeps;
    constructor(deps: SoftphoneEngineDeps) {
        this.#deps = deps;
        this.#logs = deps.logQueue.snapshot();
        this.#unsubscribeLogs = deps.logQueue.subscribe((logs) => {
            this.#logs = logs;
            this.#publish();
        });
    }

    /** The snapshot the UI shows now. */
    snapshot(): EngineSnapshot {
        const settings = this.#settings;
        const callView = this.#viewOf(this.#session);
        const secondView = this.#viewOf(this.#second);
        const line = this.#line;
        const lineView =
            line.mode === 'idle' || line.mode === 'one-call'
                ? undefined
                : {
                      mode: line.mode,
                      ...(line.mode === 'two-calls' && line.talking ? { talking: line.talking } : {})
                  };
        return {
            ...this.#base,
            agentStatus: this.#agentStatus,
            registration: this.#registration,
            ...(this.#registrationDetail === undefined
                ? {}
                : { registrationDetail: this.#registrationDetail }),
            ...definedFields({ call: callView, secondCall: secondView, line: lineView }),
            recentCalls: this.#recent,
            pendingLogs: this.#logs.pending.map((entry) => ({
                callId: entry.callId,
                attempts: entry.attempts,
                ...(entry.lastError === null ? {} : { lastError: entry.lastError }),
                nextAttemptAt: entry.nextAttemptAt
            })),
            settingsProblems: this.#settingsProblems.map(({ setting, message, stopsPhone }) => ({
                setting,
                message,
                ...(stopsPhone === true ? { stopsPhone } : {})
            })),
            dispositions: settings?.dispositions ?? [],
            ...definedFields({ notice: this.#notice, tab: this.#tab }),
            ...(this.#connectionProblems.length === 0
                ? {}
                : { connectionProblems: this.#connectionProblems }),
            ...(this.#logs.storageProblem === null || this.#logs.pending.length === 0
                ? {}
                : { logStorageProblem: this.#logs.storageProblem.slice(0, 1000) }),
            ...definedFields({ credentials: this.#provider?.credentials })
        };
    }

    #viewOf(session: CallSession | undefined): CallView | undefined {
        const settings = this.#settings;
        if (!session || !settings) return undefined;
        const call = session.snapshot();
        return toCallView(
            call,
            settings.defaultCountry,
            settings.wrapUpSeconds,
            call.number === null ? undefined : this.#shownNumber(call.number, settings.defaultCountry),
            this.#openRecord
        );
    }

    /**
     * Connects to the console: reads and checks the call center settings, starts telephony, click-to-dial
     * and navigation tracking, sends pending call logs from earlier page loads, and tells Salesforce the
     * softphone is up. Never throws: failures end in a signed-out snapshot or a notice.
     */
    async start(): Promise<EngineSnapshot> {
        const { host, log } = this.#deps;
        try {
            const [raw, phoneSystem] = await Promise.all([
                host.getCallCenterSettings(),
                this.#loadPhoneSystem()
            ]);
            const { settings, problems } = readSettings(raw, phoneSystem.choice);
            if (phoneSystem.problem) problems.unshift(phoneSystem.problem);
            this.#settings = settings;
            this.#settingsProblems = problems;
            for (const problem of problems) log.warn(`Call center setting: ${problem.message}`);
            // A setting that stops the phone leaves no telephony mode running (never the demo line by default).
            this.#base = {
                ...this.#base,
                status: 'ready',
                ...(this.#phoneStopped() ? {} : { telephonyMode: settings.telephonyMode }),
                ...definedFields({
                    callCenterName: settings.callCenterName,
                    phoneSystem: settings.phoneSystem?.label
                })
            };
        } catch (error) {
            log.warn(messageOf(error));
            this.#base = {
                ...this.#base,
                status: 'signed-out',
                reason: 'open-cti-failed',
                detail: messageOf(error)
            };
            await this.#notifyInitialized();
            this.#publish();
            return this.snapshot();
        }

        // Only the tab that owns the phone line registers; a tab standing by starts telephony when it takes over.
        // A provider whose code loads first (the demo line) loads while Open CTI starts.
        let telephony: Promise<void> | undefined;
        if (this.#ownsLine()) {
            telephony = this.#startTelephony(this.#settings);
            this.#restoreWrapUp();
        }
        await Promise.all([this.#startClickToDial(telephony), this.#startNavigationTracking()]);
        await this.#notifyInitialized();
        void this.#deps.logQueue.retryNow();
        await this.#restoreAgentStatus();
        await this.#updateUtilityItem();
        this.#publish();
        return this.snapshot();
    }

    /**
     * The agent's phone-system profile; a failure to read it is a problem that does not stop the phone (the
     * call center's settings are used meanwhile).
     */
    async #loadPhoneSystem(): Promise<{ choice: PhoneSystemChoice; problem?: SettingsProblem }> {
        const load = this.#deps.loadPhoneSystem;
        if (!load) return { choice: { kind: 'call-center' } };
        try {
            return { choice: await load() };
        } catch (error) {
            return {
                choice: { kind: 'call-center' },
                problem: {
                    setting: PROFILE_OBJECT,
                    value: '',
                    message:
                        `${PROFILE_OBJECT} could not be read for this user (${messageOf(error)}); ` +
                        "the call center's phone system is used"
                }
            };
        }
    }

    // ----- one softphone per agent (the tab guard drives these)

    /** This tab's part in the one-softphone-per-agent rule changed. */
    setTab(view: TabView): void {
        this.#tab = view;
        this.#publish();
    }

    /**
     * This tab now owns the phone line: starts telephony and restores the agent's status. Before the settings
     * are read it does nothing; `start` then starts telephony itself.
     */
    async activateTelephony(): Promise<void> {
        const settings = this.#settings;
        // This tab's queue has just loaded what a gone page left: its wrap-up comes back here.
        this.#restoreWrapUp();
        if (!settings || this.#provider || this.#disposed) return;
        if (this.#startingTelephony) return this.#startingTelephony;
        await this.#startTelephony(settings);
        if (this.#provider) {
            await this.#deps.host.enableClickToDial().catch((error: unknown) => {
                this.#deps.log.warn(`Click-to-dial unavailable: ${messageOf(error)}`);
            });
        }
        await this.#restoreAgentStatus();
        this.#publish();
    }

    /**
     * Gives the phone line up (another tab takes it over): unregisters and disposes of the provider. The agent's
     * stored status is left as it is, for the tab that takes over.
     */
    async releaseTelephony(): Promise<void> {
        const provider = this.#provider;
        this.#provider = undefined;
        this.#telephonyStarts++;
        this.#startingTelephony = undefined;
        this.#statusToRestore = false;
        this.#registration = 'unregistered';
        this.#registrationDetail = undefined;
        this.#publish();
        if (!provider) return;
        await provider
            .unregister()
            .catch((error: unknown) => this.#deps.log.warn(`Unregister: ${messageOf(error)}`));
        await provider.dispose().catch((error: unknown) => this.#deps.log.warn(messageOf(error)));
        this.#publish();
    }

    /** Why the phone line cannot move to another tab now: a call (or its wrap-up) is on this tab's screen. */
    handOverBlocker(): TakeOverRefusal | undefined {
        return this.#session !== undefined || this.#second !== undefined || this.#background.size > 0
            ? 'call-in-progress'
            : undefined;
    }

    /** Connections the browser blocked or that failed before they opened (from the diagnostics). */
    setConnectionProblems(problems: readonly ConnectionProblemView[]): void {
        this.#connectionProblems = problems;
        this.#publish();
    }

    /**
     * Stores the log of the call on screen as it stands now (talk time so far, notes), provisional: the page may be
     * going away, and the next page load then writes it.
     */
    persistCallInProgress(): void {
        const session = this.#session;
        if (this.#second && !this.#second.terminal) this.#logCall(this.#second, this.#second.state, true);
        if (!session || session.terminal) return;
        this.#logCall(session, session.state, true);
        if (session.state === CallState.WrapUp) this.#keepWrapUp(session);
    }

    #ownsLine(): boolean {
        return this.#tab === undefined || this.#tab.role === 'owner';
    }

    /** Whether a call center setting stops the phone (see `SettingsProblem.stopsPhone`). */
    #phoneStopped(): boolean {
        return this.#settingsProblems.some((problem) => problem.stopsPhone === true);
    }

    /**
     * Starts the telephony provider of the call center's mode, unless a setting stops the phone: then nothing
     * is tried, and the phone says it cannot start (not that it cannot connect), naming the settings. A provider
     * whose code loads first is in place when the promise resolves; one that fails to load leaves the
     * registration `failed` with the reason. A provider made synchronously is in place at once.
     */
    #startTelephony(settings: SoftphoneSettings): Promise<void> {
        const stopping = this.#settingsProblems.filter((problem) => problem.stopsPhone === true);
        if (stopping.length > 0) {
            this.#provider = undefined;
            this.#phoneCannotStart([...new Set(stopping.map((problem) => problem.setting))].join(', '));
            return Promise.resolve();
        }
        const start = ++this.#telephonyStarts;
        let created: ReturnType<SoftphoneEngineDeps['createProvider']>;
        try {
            created = this.#deps.createProvider(settings);
        } catch (error) {
            this.#telephonyFailed(error);
            return Promise.resolve();
        }
        if (!isPromiseLike(created)) {
            this.#useProvider(settings, created);
            return Promise.resolve();
        }
        const starting: Promise<void> = Promise.resolve(created)
            .then(
                async (provider) => {
                    if (start === this.#telephonyStarts && !this.#disposed)
                        return this.#useProvider(settings, provider);
                    // Released or disposed while its code loaded: never used.
                    await provider
                        ?.dispose()
                        .catch((error: unknown) => this.#deps.log.warn(messageOf(error)));
                },
                (error: unknown) => {
                    if (start === this.#telephonyStarts && !this.#disposed) this.#telephonyFailed(error);
                }
            )
            .finally(() => {
                if (this.#startingTelephony === starting) this.#startingTelephony = undefined;
            });
        this.#startingTelephony = starting;
        return starting;
    }

    #useProvider(settings: SoftphoneSettings, provider: TelephonyProvider | undefined): void {
        this.#provider = provider;
        if (provider) {
            // A new provider starts unregistered (a failed load before it is over).
            this.#registration = 'unregistered';
            this.#registrationDetail = undefined;
            provider.delegate = guardProviderDelegate(this.#providerDelegate(), this.#deps.log);
            this.#statusToRestore = true;
        } else if (settings.telephonyMode === 'sip') {
            this.#phoneCannotStart('pbxWebSocketUrl, sipDomain');
        }
    }

    /** Nothing was tried: the named call center settings stop the phone. */
    #phoneCannotStart(settingNames: string): void {
        this.#registration = 'not-started';
        this.#registrationDetail = settingNames;
        this.#deps.log.warn(`The phone cannot start: fix ${settingNames} in the call center.`);
    }

    /** The provider could not be made (its code did not load): the agent reads why, under "couldn't connect". */
    #telephonyFailed(error: unknown): void {
        this.#provider = undefined;
        this.#registration = 'failed';
        this.#registrationDetail = messageOf(error);
        this.#deps.log.warn(`The phone cannot start: ${messageOf(error)}`);
    }

    /** Once per start of telephony: the agent's last chosen status, unless it was Offline. */
    async #restoreAgentStatus(): Promise<void> {
        if (!this.#statusToRestore) return;
        this.#statusToRestore = false;
        const remembered = this.#deps.loadAgentStatus?.();
        if (remembered && remembered !== 'offline') await this.#setAgentStatus(remembered);
    }

    /** Runs one command from the UI. Refusals and failures become a notice; nothing throws. */
    async handle(command: UiCommand): Promise<void> {
        this.#notice = undefined;
        try {
            await this.#run(command);
        } catch (error) {
            this.#deps.log.warn(`${command.type} failed: ${messageOf(error)}`);
            this.#showNotice('error', noticeKeyOf(error), messageOf(error));
        }
        this.#publish();
    }

    /**
     * Runs a command from outside the panel (the Lightning message channel) through the panel's own checks: a
     * number is read by the same parser, an agent on a call is refused. A dial opens the panel, as
     * click-to-dial does. Resolves with the notice that refused the command, if any, and the call it placed.
     */
    async runExternalCommand(command: ExternalCommand): Promise<ExternalOutcome> {
        this.#notice = undefined;
        const before = this.#session;
        try {
            if (command.type === 'dial') await this.#dial(command.number, command.record);
            else await this.#setAgentStatus(command.status);
        } catch (error) {
            this.#deps.log.warn(`${command.type} from the message channel failed: ${messageOf(error)}`);
            this.#showNotice('error', noticeKeyOf(error), messageOf(error));
        }
        const notice = this.#notice;
        const placed = this.#session !== before ? this.#session?.snapshot().callId : undefined;
        if (command.type === 'dial') {
            await this.#deps.host.setSoftphonePanelVisibility(true).catch(() => undefined);
        }
        this.#publish();
        return {
            ...definedFields({ notice }),
            ...(placed === undefined || placed === null ? {} : { callId: placed })
        };
    }

    /** Stops telephony, timers and listeners. */
    async dispose(): Promise<void> {
        this.#disposed = true;
        this.#clearWrapUpTimer();
        this.#unsubscribeLogs();
        this.#unsubscribeSession?.();
        this.#unsubscribeSecond?.();
        await this.#provider?.dispose();
    }

    async #run(command: UiCommand): Promise<void> {
        switch (command.type) {
            // Sound commands are the page's CallSounds' (engine.ts passes them there).
            case 'ui-ready':
            case 'enable-sound':
            case 'set-sound':
            case 'test-sound':
            case 'list-devices':
                return;
            case 'retry-logs':
                await this.#deps.logQueue.retryNow();
                return;
            case 'take-over':
                this.#deps.takeOver?.();
                return;
            case 'sign-in':
                return this.#signIn(command.user, command.password);
            case 'set-agent-status':
                return this.#setAgentStatus(command.status);
            case 'dial':
                return this.#dial(command.number);
            case 'update-wrap-up':
                return this.#updateWrapUp(command);
            case 'save-wrap-up':
                this.#sessionFor(command.callId).send({ type: 'save-wrap-up', at: this.#deps.clock.now() });
                return;
            default:
                return this.#runCallCommand(command);
        }
    }

    async #runCallCommand(
        command: Extract<UiCommand, { callId: string }> & {
            type:
                | 'answer'
                | 'decline'
                | 'hang-up'
                | 'hold'
                | 'resume'
                | 'mute'
                | 'unmute'
                | 'send-dtmf'
                | 'blind-transfer'
                | 'consult'
                | 'swap'
                | 'complete-transfer'
                | 'merge';
        }
    ): Promise<void> {
        const session = this.#sessionFor(command.callId);
        const provider = this.#requireProvider();
        const at = (): number => this.#deps.clock.now();
        switch (command.type) {
            case 'answer': {
                this.#checkState(session, [CallState.Ringing], 'answer');
                if (session === this.#second) return this.#answerWaiting(session);
                const open = this.#recordOpenedForThisCall();
                await provider.answer(command.callId);
                if (open && !session.terminal) this.#relateAutomatically(session, open, 'open');
                return;
            }
            case 'decline':
                this.#checkState(session, [CallState.Ringing], 'decline');
                // A waiting call is refused as busy (486): the agent is on another call.
                return provider.decline(
                    command.callId,
                    session === this.#second ? { reason: 'busy' } : undefined
                );
            case 'hang-up':
                return this.#hangUp(session);
            case 'hold':
                this.#checkState(session, [CallState.Connected], 'hold');
                if (this.#line.mode === 'conference') {
                    throw new Error('Cannot hold: the calls are in a conference; drop one party first.');
                }
                return provider.hold(command.callId);
            case 'resume':
                this.#checkState(session, [CallState.Held], 'resume');
                return provider.resume(command.callId);
            case 'mute':
            case 'unmute': {
                // In a conference the agent's one microphone goes to both parties: both legs follow.
                const muting = command.type === 'mute';
                const legs = this.#line.mode === 'conference' ? this.#liveLegs() : [session];
                for (const leg of legs) {
                    const data = leg.data;
                    if (data.state === CallState.Idle || (legs.length > 1 && data.muted === muting)) continue;
                    await provider[command.type](data.callId);
                    leg.send({ type: command.type, at: at() });
                }
                return;
            }
            case 'send-dtmf': {
                const digits = dialableDigits(command.digits).replace(/\+/g, '');
                if (digits === '') return this.#showNotice('error', 'invalid-digits', command.digits);
                return provider.sendDtmf(command.callId, digits);
            }
            case 'blind-transfer': {
                const target = this.#readNumber(command.target);
                if (target === undefined) return;
                return provider.blindTransfer(command.callId, target);
            }
            case 'consult':
                return this.#consult(session, command.target);
            case 'swap':
                return this.#swap(session);
            case 'complete-transfer':
                return this.#completeTransfer();
            case 'merge':
                return this.#merge();
        }
    }

    // ----- two calls: call waiting, consultation (warm transfer), conference

    /** The calls on the line now, first first. */
    #liveLegs(): CallSession[] {
        return [this.#session, this.#second].filter(
            (leg): leg is CallSession => leg !== undefined && !leg.terminal && leg.state !== CallState.WrapUp
        );
    }

    #legStates(): LegStates {
        const states: Record<string, CallState> = {};
        for (const leg of [this.#session, this.#second]) {
            const data = leg?.data;
            if (data && data.state !== CallState.Idle) states[data.callId] = data.state;
        }
        return states;
    }

    /** The line after `event`, or an error with the line's reason why not (the agent reads it in a notice). */
    #lineAfter(event: LineEvent): LineData {
        const result = lineTransition(this.#line, event, this.#legStates());
        if (!result.ok) throw new Error(result.reason);
        return result.line;
    }

    #callIdOf(session: CallSession | undefined): string {
        const data = session?.data;
        return data && data.state !== CallState.Idle ? data.callId : '';
    }

    /** Answers the waiting call: the call the agent is on goes on hold first. */
    async #answerWaiting(waiting: CallSession): Promise<void> {
        const provider = this.#requireProvider();
        const line = this.#lineAfter({ type: 'answer-waiting' });
        const first = this.#session;
        if (first?.state === CallState.Connected) await provider.hold(this.#callIdOf(first));
        await provider.answer(this.#callIdOf(waiting));
        this.#line = line;
        this.#publish();
        await this.#popAnsweredWaitingCall(waiting);
    }

    /**
     * The screen pop of a waiting call, once the agent answered it (not while they talked to the first caller):
     * its matches, and its record when the pop found one.
     */
    async #popAnsweredWaitingCall(session: CallSession): Promise<void> {
        const settings = this.#settings;
        const call = session.snapshot();
        if (!settings || call.number === null) return;
        const callerId = readCallerId(call.number, settings.defaultCountry);
        const result = await popInboundCall(
            this.#deps.host,
            {
                ...(callerId.kind === 'phone'
                    ? { numberE164: callerId.e164, nationalNumber: callerId.national }
                    : {}),
                ivrData: call.headers
            },
            settings
        );
        for (const failure of result.failures)
            this.#deps.log.warn(`Screen pop ${failure.step}: ${failure.message}`);
        if (result.failures.length > 0)
            this.#showNotice('error', 'screen-pop-failed', result.failures[0]?.message);
        if (session.terminal || session.state === CallState.WrapUp) return;
        const at = this.#deps.clock.now();
        if (result.matches.length > 0) session.send({ type: 'records-matched', at, records: result.matches });
        if (result.record) session.send({ type: 'set-related-record', at, record: result.record });
        this.#publish();
    }

    /** Holds the call and dials `input` for a warm transfer or a conference; the caller is resumed if it fails. */
    async #consult(session: CallSession, input: string): Promise<void> {
        const provider = this.#requireProvider();
        if (session !== this.#session)
            throw new Error('Cannot consult from the second call: end one call first.');
        const callId = this.#callIdOf(session);
        this.#lineAfter({ type: 'add-call', callId: `${callId}~consult`, direction: 'outbound' });
        const number = this.#readNumber(input);
        if (number === undefined) return;
        const wasTalking = session.state === CallState.Connected;
        if (wasTalking) await provider.hold(callId);
        let consultId: string;
        try {
            consultId = await provider.dial(this.#dialString(number));
        } catch (error) {
            if (wasTalking && (session.state as CallState) === CallState.Held) {
                await provider
                    .resume(callId)
                    .catch((problem: unknown) => this.#deps.log.warn(messageOf(problem)));
            }
            throw error;
        }
        this.#openSecondLeg({ type: 'dial', at: this.#deps.clock.now(), callId: consultId, number });
    }

    /** Talks to `session`, holding the call the agent was talking to. */
    async #swap(session: CallSession): Promise<void> {
        const provider = this.#requireProvider();
        const target = this.#callIdOf(session);
        if (this.#line.mode === 'two-calls' && this.#line.talking === target) {
            throw new Error(
                'Cannot swap calls: the agent talks to that call already; pick the call on hold.'
            );
        }
        const line = this.#lineAfter({ type: 'swap' });
        const other = session === this.#session ? this.#second : this.#session;
        if (other?.state === CallState.Connected) await provider.hold(this.#callIdOf(other));
        if (session.state === CallState.Held) await provider.resume(target);
        this.#line = line;
        this.#publish();
    }

    /** Joins the first call's party with the second's (REFER with Replaces); both legs end as transferred. */
    async #completeTransfer(): Promise<void> {
        const provider = this.#requireProvider();
        this.#lineAfter({ type: 'transfer' });
        this.#endingTogether = true;
        try {
            await provider.attendedTransfer(this.#callIdOf(this.#session), this.#callIdOf(this.#second));
        } finally {
            this.#endingTogether = false;
        }
    }

    /** Joins the two calls into a three-way conference: the held one is resumed, then the audio is mixed. */
    async #merge(): Promise<void> {
        const provider = this.#requireProvider();
        const line = this.#lineAfter({ type: 'merge' });
        if (!provider.conference)
            throw new Error(`Telephony mode ${provider.kind} cannot hold a conference.`);
        const [first, second] = [this.#session, this.#second];
        if (!first || !second) return;
        const talking = this.#line.talking;
        for (const leg of [first, second]) {
            if (leg.state === CallState.Held) await provider.resume(this.#callIdOf(leg));
        }
        try {
            await provider.conference(this.#callIdOf(first), this.#callIdOf(second));
        } catch (error) {
            // No conference: the party the agent was not talking to goes back on hold, as before.
            const other = talking === this.#callIdOf(first) ? second : first;
            if (other.state === CallState.Connected) {
                await provider
                    .hold(this.#callIdOf(other))
                    .catch((problem: unknown) => this.#deps.log.warn(messageOf(problem)));
            }
            throw error;
        }
        this.#line = line;
        const at = this.#deps.clock.now();
        first.send({
            type: 'linked',
            at,
            link: { kind: 'conference-with', number: second.snapshot().number ?? '' }
        });
        second.send({
            type: 'linked',
            at,
            link: { kind: 'conference-with', number: first.snapshot().number ?? '' }
        });
    }

    /**
     * Hangs up one call. Ending the consultation the agent talks to (or still dials) brings the caller on hold
     * back: the warm transfer is cancelled.
     */
    async #hangUp(session: CallSession): Promise<void> {
        const provider = this.#requireProvider();
        const callId = this.#callIdOf(session);
        const other = session === this.#session ? this.#second : this.#session;
        const backToOther =
            this.#line.mode === 'two-calls' &&
            this.#line.talking === callId &&
            other?.state === CallState.Held;
        await provider.hangUp(callId);
        if (backToOther && other?.state === CallState.Held) await provider.resume(this.#callIdOf(other));
    }

    // ----- agent status and registration

    /**
     * Available and Busy keep the agent registered (Busy refuses new calls); Offline unregisters. The phone
     * system's answer arrives through `onRegistrationChanged`, so this does not wait for it.
     */
    async #setAgentStatus(status: AgentStatus): Promise<void> {
        const provider = this.#provider;
        this.#agentStatus = status;
        this.#deps.saveAgentStatus?.(status);
        this.#publish();
        if (!provider) return;
        // A phone system the agent signs in to registers once they have; the UI shows the sign-in form meanwhile.
        if (status !== 'offline' && provider.credentials === 'needed') return;
        const change =
            status === 'offline'
                ? provider.unregister()
                : this.#registration === 'registered'
                  ? undefined
                  : provider.register();
        change?.catch((error: unknown) => {
            this.#deps.log.warn(`Registration: ${messageOf(error)}`);
            this.#showNotice('error', 'registration-failed', messageOf(error));
        });
    }

    /**
     * The agent signs in to the phone system (SIP): the provider keeps the password in memory only, then the
     * agent is registered; signing in from Offline makes them Available.
     */
    async #signIn(user: string, password: string): Promise<void> {
        const provider = this.#requireProvider();
        if (!provider.signIn) throw new Error(`Telephony mode ${provider.kind} needs no sign-in.`);
        await provider.signIn({ user, password });
        this.#publish();
        await this.#setAgentStatus(this.#agentStatus === 'offline' ? 'available' : this.#agentStatus);
    }

    #providerDelegate(): NonNullable<TelephonyProvider['delegate']> {
        return {
            onRegistrationChanged: (state, reason) => this.#onRegistrationChanged(state, reason),
            onIncomingCall: (call) => void this.#onIncomingCall(call),
            onProgress: (callId, progress) => this.#onProgress(callId, progress),
            onConnected: (callId) =>
                this.#sendToCall(callId, { type: 'connected', at: this.#deps.clock.now() }),
            onHoldChanged: (callId, held) => this.#onHoldChanged(callId, held),
            onCallRecovering: (callId, recovering, reason) =>
                this.#onCallRecovering(callId, recovering, reason),
            onQuality: (callId, sample) =>
                this.#sendToCall(callId, { type: 'quality', at: this.#deps.clock.now(), sample }),
            onEnded: (callId, cause, detail) => this.#onEnded(callId, cause, detail)
        };
    }

    #onRegistrationChanged(state: RegistrationState, reason?: string): void {
        this.#registration = state;
        this.#registrationDetail = reason;
        if (state === 'failed') this.#deps.log.warn(`Registration failed: ${reason ?? 'no reason given'}`);
        this.#publish();
    }

    // ----- calls

    async #onIncomingCall(call: IncomingCall): Promise<void> {
        const settings = this.#settings;
        const provider = this.#provider;
        if (!settings || !provider) return;
        if (this.#sessionForEvent(call.callId)) {
            // Declining the "second" offer would end the call already on screen.
            this.#deps.log.warn(`Ignored a second offer of call ${call.callId}: it is already in progress.`);
            return;
        }
        // The card goes on screen first: a caller id already in E.164 is the call's number as it is, and is
        // read (libphonenumber-js) after the card is painted; other forms are read now for their E.164.
        // Only a plausible phone number is searched, popped and related; anything else is shown as text.
        const readNumber = (): CallerId => {
            const read = readCallerId(call.from, settings.defaultCountry);
            if (read.kind === 'unknown')
                this.#deps.log.warn(
                    `Incoming caller id is not a phone number (${read.reason}): not searched.`
                );
            return read;
        };
        const early = E164_TEXT.test(call.from) ? undefined : readNumber();
        const number =
            early === undefined
                ? call.from
                : early.kind === 'phone'
                  ? early.number
                  : inertText(early.text, MAX_PHONE_NUMBER_LENGTH);

        const onAnotherCall = this.#session !== undefined;
        const offered: CallEvent & { callId: string } = {
            type: 'incoming',
            at: this.#deps.clock.now(),
            callId: call.callId,
            number,
            ...(call.displayName === undefined
                ? {}
                : { displayName: call.displayName.slice(0, MAX_DISPLAY_NAME_LENGTH) }),
            headers: call.headers
        };
        if (onAnotherCall && this.#waits(call.callId)) {
            // Call waiting: the second call shows beside the first, without taking the screen or the pop.
            this.#openSecondLeg(offered);
            this.#deps.log.info(`Call ${call.callId} is waiting behind the call in progress.`);
            return;
        }
        const busy = onAnotherCall || this.#agentStatus !== 'available';
        if (!busy) this.#unformattedNumber = number;
        const session = this.#openSession(offered, busy);
        if (busy) {
            // Another call is on screen, or the agent is not taking calls: refuse this one; it is logged as declined.
            this.#deps.log.info(
                `Declined call ${call.callId}: the agent is ${onAnotherCall ? 'on another call' : this.#agentStatus}.`
            );
            await provider
                .decline(call.callId, { reason: 'busy' })
                .catch((error: unknown) => this.#deps.log.warn(messageOf(error)));
            return;
        }
        // The ringing card goes to the UI now, then a minimised panel opens, so the card is seen. Everything else
        // waits for the card's frame: the number's formatting, the screen pop, the new item label, and opening a
        // panel that is on screen already (the console does its work for each request on the same main thread,
        // its pages and ours sharing a site, which would hold the card back). The pop then goes first: it is what
        // the agent waits for.
        this.#publishNow();
        const openPanel = (): Promise<void> =>
            this.#deps.host
                .setSoftphonePanelVisibility(true)
                .catch((error: unknown) => this.#deps.log.warn(messageOf(error)));
        const opening = this.#deps.panelOnScreen?.() === true ? undefined : openPanel();
        await (this.#deps.afterUiPaint?.() ?? Promise.resolve());
        if (this.#disposed) return;
        const callerId = early ?? readNumber();
        if (this.#unformattedNumber === number) {
            this.#unformattedNumber = undefined;
            this.#publish();
        }
        const popping = popInboundCall(
            this.#deps.host,
            {
                ...(callerId.kind === 'phone'
                    ? { numberE164: callerId.e164, nationalNumber: callerId.national }
                    : {}),
                ivrData: call.headers
            },
            settings
        );
        const [result] = await Promise.all([popping, opening ?? openPanel(), this.#updateUtilityItem()]);
        for (const failure of result.failures)
            this.#deps.log.warn(`Screen pop ${failure.step}: ${failure.message}`);
        if (result.failures.length > 0)
            this.#showNotice('error', 'screen-pop-failed', result.failures[0]?.message);
        if (result.matches.length > 0 && !session.terminal) {
            session.send({ type: 'records-matched', at: this.#deps.clock.now(), records: result.matches });
        }
        // The one record the pop found is the call's record, even if the pop itself failed.
        if (result.record && !session.terminal) this.#relateAutomatically(session, result.record, 'pop');
        this.#publish();
    }

    /**
     * Whether a call offered during another one waits beside it: the call center allows call waiting, the agent
     * is Available, and the line takes a second call now (the first is answered, no other call waits).
     */
    #waits(callId: string): boolean {
        if (this.#settings?.callWaiting !== 'on' || this.#agentStatus !== 'available' || this.#second)
            return false;
        return lineTransition(
            this.#line,
            { type: 'add-call', callId, direction: 'inbound' },
            this.#legStates()
        ).ok;
    }

    /** What the provider dials for `number`: the prefix is the PBX's, so only SIP calls take it. */
    #dialString(number: string): string {
        const settings = this.#settings;
        return withDialPrefix(number, settings?.telephonyMode === 'sip' ? settings.dialPrefix : '');
    }

    async #dial(input: string, record?: RecordRef): Promise<void> {
        if (!this.#ownsLine()) return this.#showNotice('info', 'active-in-another-tab');
        if (this.#session) return this.#showNotice('error', 'busy-on-call');
        const provider = this.#requireProvider();
        const number = this.#readNumber(input);
        if (number === undefined) return;
        const callId = await provider.dial(this.#dialString(number));
        // Click-to-dial's record, else the record the agent opened for this call (never an earlier call's).
        const related = record ?? this.#recordOpenedForThisCall();
        const source: RelationSource | undefined = record ? 'click-to-dial' : related ? 'open' : undefined;
        this.#openSession({
            type: 'dial',
            at: this.#deps.clock.now(),
            callId,
            number,
            ...definedFields({ displayName: record?.name, relatedRecord: related })
        });
        this.#relationSource = source;
        await this.#updateUtilityItem();
    }

    /** A number to dial: E.164 when it reads as one, else its dialable digits (extensions, short codes). */
    #readNumber(input: string): string | undefined {
        const settings = this.#settings;
        const parsed = parsePhoneNumber(input, settings?.defaultCountry ?? 'US');
        if (parsed.ok) return parsed.e164;
        const digits = dialableDigits(input);
        if (parsed.reason === 'too-short' && /^\d{2,8}$/.test(digits)) return digits;
        this.#showNotice('error', 'invalid-number', parsed.message);
        return undefined;
    }

    /**
     * Starts a session for a new call. The call on screen is `this.session`; a call refused because the agent
     * is busy runs in the background only until it ends, so that its log is exact.
     */
    #openSession(first: CallEvent & { callId: string }, background = false): CallSession {
        const session = new CallSession({ clock: this.#deps.clock });
        session.send(first);
        if (background) {
            this.#background.set(first.callId, session);
            session.subscribe(() => {
                if (!session.terminal) return this.#logCall(session, session.state, true);
                this.#background.delete(first.callId);
                this.#logCall(session, session.state);
                this.#addRecent(session);
            });
            return session;
        }
        this.#session = session;
        this.#relationSource = undefined;
        this.#line = this.#lineAfter({
            type: 'add-call',
            callId: first.callId,
            direction: directionOf(first)
        });
        this.#unsubscribeSession = session.subscribe(() => this.#onSessionChanged(session));
        this.#publish();
        return session;
    }

    /** Starts the session of the second call on the line: a waiting call or a consultation. */
    #openSecondLeg(first: CallEvent & { callId: string }): CallSession {
        const line = this.#lineAfter({
            type: 'add-call',
            callId: first.callId,
            direction: directionOf(first)
        });
        const session = new CallSession({ clock: this.#deps.clock });
        session.send(first);
        this.#second = session;
        this.#line = line;
        this.#unsubscribeSecond = session.subscribe(() => this.#onSessionChanged(session));
        this.#logCall(session, session.state, true);
        this.#publish();
        return session;
    }

    #onSessionChanged(session: CallSession): void {
        const state = session.state;
        const callId = this.#callIdOf(session);
        const ended = state === CallState.WrapUp || session.terminal;
        if (ended && (this.#line.first === callId || this.#line.second === callId)) {
            this.#line = this.#lineAfter({ type: 'leg-ended', callId });
        }
        const other = session === this.#session ? this.#second : this.#session;
        const otherLive = other !== undefined && !other.terminal && other.state !== CallState.WrapUp;
        if (
            state === CallState.WrapUp &&
            (session === this.#second || (otherLive && !this.#endingTogether))
        ) {
            // A leg that ends while the agent stays on the line (or with the call whose wrap-up is on screen) is
            // logged at once, with what it has: the wrap-up on screen is the remaining call's.
            session.send({ type: 'save-wrap-up', at: this.#deps.clock.now() });
            return;
        }
        if (session !== this.#session) {
            if (session.terminal) {
                this.#logCall(session, state);
                this.#closeSession(session);
            } else {
                this.#logCall(session, state, true);
            }
            void this.#updateUtilityItem();
            this.#publish();
            return;
        }
        if (state === CallState.WrapUp) {
            this.#startWrapUpTimer(session);
            this.#keepWrapUp(session);
        }
        if (session.terminal) {
            this.#clearWrapUpTimer();
            this.#deps.wrapUps?.clear();
            this.#logCall(session, state);
            this.#closeSession(session);
        } else {
            // Stored (provisional) at every change, so that a reload during the call or its wrap-up loses nothing.
            this.#logCall(session, state, true);
        }
        void this.#updateUtilityItem();
        this.#publish();
    }

    #addRecent(session: CallSession): void {
        const settings = this.#settings;
        const recent = settings ? toRecentCallView(session.snapshot(), settings.defaultCountry) : undefined;
        if (recent) this.#recent = [recent, ...this.#recent].slice(0, RECENT_CALLS);
    }

    /** Takes a finished call off the screen; a second call left on the line becomes the call on screen. */
    #closeSession(session: CallSession): void {
        if (this.#second === session) {
            this.#addRecent(session);
            this.#unsubscribeSecond?.();
            this.#unsubscribeSecond = undefined;
            this.#second = undefined;
            return;
        }
        if (this.#session !== session) return;
        this.#lastCallEndedAt = this.#deps.clock.now();
        this.#addRecent(session);
        this.#unsubscribeSession?.();
        this.#unsubscribeSession = this.#unsubscribeSecond;
        this.#session = this.#second;
        this.#unsubscribeSecond = undefined;
        this.#second = undefined;
        this.#relationSource = undefined;
    }

    #sessionForEvent(callId: string): CallSession | undefined {
        if (this.#callIdOf(this.#session) === callId) return this.#session;
        if (this.#callIdOf(this.#second) === callId) return this.#second;
        return this.#background.get(callId);
    }

    #sendToCall(callId: string, event: CallEvent): void {
        const session = this.#sessionForEvent(callId);
        if (!session || session.terminal) {
            this.#deps.log.warn(`Ignored ${event.type} for unknown call ${callId}.`);
            return;
        }
        try {
            session.send(event);
        } catch (error) {
            this.#deps.log.warn(`Call ${callId}: ${messageOf(error)}`);
        }
    }

    #onProgress(callId: string, progress: CallProgress): void {
        this.#sendToCall(callId, { type: 'progress', at: this.#deps.clock.now(), progress });
    }

    #onHoldChanged(callId: string, held: boolean): void {
        const session = this.#sessionForEvent(callId);
        if (!session) return;
        const isHeld = session.state === CallState.Held;
        if (held !== isHeld)
            this.#sendToCall(callId, { type: held ? 'hold' : 'resume', at: this.#deps.clock.now() });
    }

    /** The agent is told while a call's network path is being recovered, and the notice goes once it is. */
    #onCallRecovering(callId: string, recovering: boolean, reason?: string): void {
        if (!this.#sessionForEvent(callId)) return;
        if (recovering) {
            this.#showNotice('info', 'call-recovering', reason);
        } else if (this.#notice?.key === 'call-recovering') {
            this.#notice = undefined;
            this.#publish();
        }
    }

    #onEnded(callId: string, cause: CallEndCause, detail?: string): void {
        if (this.#notice?.key === 'call-recovering') this.#notice = undefined;
        const session = this.#sessionForEvent(callId);
        if (cause === 'transferred' && detail && session && !session.terminal) {
            // The providers name the party a transferred call went to (or, for a consultation, whose caller it took).
            const kind = session === this.#second ? 'took-transfer-of' : 'transferred-to';
            this.#sendToCall(callId, {
                type: 'linked',
                at: this.#deps.clock.now(),
                link: { kind, number: detail }
            });
        }
        this.#sendToCall(callId, {
            type: 'ended',
            at: this.#deps.clock.now(),
            cause,
            ...definedFields({ detail })
        });
    }

    async #updateWrapUp(command: Extract<UiCommand, { type: 'update-wrap-up' }>): Promise<void> {
        const session = this.#sessionFor(command.callId);
        const at = this.#deps.clock.now();
        if (command.notes !== undefined && command.notes !== session.snapshot().notes) {
            session.send({ type: 'set-notes', at, notes: command.notes });
        }
        if (command.disposition !== undefined) {
            session.send({
                type: 'set-disposition',
                at,
                disposition: command.disposition === '' ? null : command.disposition
            });
        }
        if (command.relatedRecordId === '') {
            // The agent clears the relation: the call is logged related to nothing.
            this.#relationSource = 'agent';
            session.send({ type: 'set-related-record', at, record: null });
        } else if (command.relatedRecordId !== undefined) {
            const record = this.#findRecord(session, command.relatedRecordId);
            if (!record) return this.#showNotice('error', 'unknown-record', command.relatedRecordId);
            this.#relationSource = 'agent';
            session.send({ type: 'set-related-record', at, record });
            if (session.state !== CallState.WrapUp) {
                // Picking the caller among several matches opens that record, as a single match would have.
                await this.#deps.host
                    .screenPop({ type: 'record', recordId: record.id })
                    .catch((error: unknown) =>
                        this.#showNotice('error', 'screen-pop-failed', messageOf(error))
                    );
            }
        }
    }

    /** A record the agent may relate the call to: one the caller matched, the current one, or the open one. */
    #findRecord(session: CallSession, id: string): RecordRef | undefined {
        const call = session.snapshot();
        return [...call.matchedRecords, call.relatedRecord, this.#openRecord].find(
            (record): record is RecordRef => record !== null && record !== undefined && record.id === id
        );
    }

    /**
     * The record open in the console, if the agent opened it for this call: after this page started following
     * navigation and after their previous call ended. A record an earlier call's pop opened, or that was open
     * during an earlier call, is a leftover and never related automatically.
     */
    #recordOpenedForThisCall(): RecordRef | undefined {
        return this.#openRecordAt > this.#lastCallEndedAt ? this.#openRecord : undefined;
    }

    /**
     * Relates the call on screen to a record chosen for it without the agent: the pop's record or
     * click-to-dial's, which win over a record opened for the call; never over the agent's own choice.
     */
    #relateAutomatically(session: CallSession, record: RecordRef, source: RelationSource): void {
        if (this.#session !== session || session.terminal || session.state === CallState.WrapUp) return;
        const current = this.#relationSource;
        if (current !== undefined && RELATION_STRENGTH[current] > RELATION_STRENGTH[source]) return;
        if (session.snapshot().relatedRecord?.id === record.id && current === source) return;
        try {
            session.send({ type: 'set-related-record', at: this.#deps.clock.now(), record });
            this.#relationSource = source;
        } catch (error) {
            this.#deps.log.warn(`Call relation: ${messageOf(error)}`);
        }
    }

    #sessionFor(callId: string): CallSession {
        const session = this.#callIdOf(this.#second) === callId ? this.#second : this.#session;
        if (!session || this.#callIdOf(session) !== callId) {
            throw new Error(`There is no call ${callId} on screen; it may have ended already.`);
        }
        return session;
    }

    #requireProvider(): TelephonyProvider {
        if (!this.#provider) {
            throw new Error(
                `Telephony mode ${this.#settings?.telephonyMode ?? 'unknown'} places no calls from the softphone.`
            );
        }
        return this.#provider;
    }

    #checkState(session: CallSession, allowed: CallState[], action: string): void {
        if (!allowed.includes(session.state)) {
            throw new Error(`Cannot ${action}: the call is ${session.state}.`);
        }
    }

    // ----- wrap-up and logging

    /** Times the wrap-up out when the call center limits it: what is left of the limit since it began. */
    #startWrapUpTimer(session: CallSession): void {
        const seconds = this.#settings?.wrapUpSeconds ?? 0;
        if (this.#wrapUpTimer !== undefined || seconds <= 0) return;
        const began = session.snapshot().timestamps.wrapUpStartedAt ?? this.#deps.clock.now();
        const left = Math.max(0, began + seconds * 1000 - this.#deps.clock.now());
        this.#wrapUpTimer = this.#deps.clock.setTimer(() => {
            this.#wrapUpTimer = undefined;
            if (session.state === CallState.WrapUp)
                session.send({ type: 'wrap-up-timeout', at: this.#deps.clock.now() });
        }, left);
    }

    /** Until when a reload brings this call's wrap-up back: its time limit, or an hour without one. */
    #restoreUntil(session: CallSession): number | undefined {
        const began = session.snapshot().timestamps.wrapUpStartedAt;
        if (session.state !== CallState.WrapUp || began === null) return undefined;
        const seconds = this.#settings?.wrapUpSeconds ?? 0;
        return began + (seconds > 0 ? seconds * 1000 : UNLIMITED_WRAP_UP_RESTORE_MS);
    }

    /** Stores the call in wrap-up as it stands (notes, call result, relation), for a reload to bring back. */
    #keepWrapUp(session: CallSession): void {
        const until = this.#restoreUntil(session);
        const data = session.data;
        if (until !== undefined && data.state !== CallState.Idle) this.#deps.wrapUps?.save(data, until);
    }

    /**
     * Brings back the wrap-up of a call whose page went away during it (a reload), with what was typed, the
     * call result, the relation and what is left of its countdown. Only while the call's log is still provisional
     * in the durable queue: then this page finishes it and the log is written once, on Save or time-out.
     */
    #restoreWrapUp(): void {
        if (!this.#settings || this.#disposed) return;
        const now = this.#deps.clock.now();
        const stored = this.#deps.wrapUps?.load();
        const data = stored ? readStoredWrapUp(stored.data) : undefined;
        const provisional = this.#deps.logQueue.provisionalCallIds();
        if (stored && (!data || stored.restoreUntil <= now)) {
            if (!data)
                this.#deps.log.warn('A stored wrap-up could not be read; its call log is written as it was.');
            this.#deps.wrapUps?.clear();
        } else if (data && !this.#session && provisional.includes(data.callId)) {
            const session = new CallSession({ clock: this.#deps.clock, restored: data });
            this.#session = session;
            this.#unsubscribeSession = session.subscribe(() => this.#onSessionChanged(session));
            this.#deps.log.info(`Brought back the wrap-up of call ${data.callId} after a page load.`);
            this.#startWrapUpTimer(session);
            void this.#updateUtilityItem();
            this.#publish();
        }
        // Provisional logs a gone page stored for a wrap-up that is not coming back are written now, as they stand.
        for (const callId of provisional) {
            if (callId !== this.#session?.snapshot().callId && !this.#background.has(callId))
                this.#deps.logQueue.release(callId);
        }
    }

    #clearWrapUpTimer(): void {
        if (this.#wrapUpTimer === undefined) return;
        this.#deps.clock.clearTimer(this.#wrapUpTimer);
        this.#wrapUpTimer = undefined;
    }

    /**
     * Builds the call's log and hands it to the durable queue, which stores it before sending. With `provisional`, the
     * call is still going on: the log is stored but not sent, as the call would be logged if the page went away
     * now (a ringing call as missed, a call being dialled as unanswered); its final log replaces it.
     */
    #logCall(session: CallSession, current: CallState, provisional = false): void {
        const settings = this.#settings;
        const call = session.snapshot();
        if (!settings || call.callId === null) return;
        try {
            const built = logOfCall(call, {
                state: provisional ? stateIfLeftNow(current) : current,
                displayNumber: this.#formattedNumber(call.number ?? '', settings.defaultCountry),
                logObject: settings.logObject,
                demo: settings.telephonyMode === 'demo'
            });
            if (!built) return;
            if (provisional) {
                const provisionalUntil = this.#restoreUntil(session);
                this.#deps.logQueue.enqueue(built.draft, {
                    provisional: true,
                    ...definedFields({ provisionalUntil })
                });
                return;
            }
            for (const problem of built.problems)
                this.#deps.log.warn(
                    `Call log ${built.draft.callId}: ${problem.field} ${problem.action}: ${problem.reason}`
                );
            this.#deps.logQueue.enqueue(built.draft);
            void this.#deps.logQueue.flush();
        } catch (error) {
            this.#deps.log.warn(`Call ${call.callId} could not be logged: ${messageOf(error)}`);
            if (provisional) return;
            this.#showNotice('error', 'log-failed', messageOf(error));
        }
    }

    // ----- console: click-to-dial, navigation, utility item

    /** Listens for click-to-dial, and turns it on once `telephony` has started a provider that can dial. */
    async #startClickToDial(telephony: Promise<void> | undefined): Promise<void> {
        const { host, log } = this.#deps;
        try {
            await host.onClickToDial((request) => void this.#onClickToDial(request));
            await telephony;
            // A tab standing by keeps click-to-dial on: a click then says where the softphone runs.
            if (this.#provider || this.#settings?.telephonyMode === 'click-to-dial-only' || !this.#ownsLine())
                await host.enableClickToDial();
        } catch (error) {
            log.warn(`Click-to-dial unavailable: ${messageOf(error)}`);
        }
    }

    async #onClickToDial(request: ClickToDialRequest): Promise<void> {
        this.#notice = undefined;
        try {
            await this.#dial(request.number, request.record);
        } catch (error) {
            this.#showNotice('error', 'command-failed', messageOf(error));
        }
        await this.#deps.host.setSoftphonePanelVisibility(true).catch(() => undefined);
        this.#publish();
    }

    async #startNavigationTracking(): Promise<void> {
        const { host, log } = this.#deps;
        const follow = (view: AppView): void => {
            this.#openRecord = view.record;
            this.#openRecordAt = this.#deps.clock.now();
            // A record opened during the conversation (the one its new-record form saved, one found in its
            // search page) is opened for this call; one opened while it rang counts when it is answered.
            const live = this.#session;
            if (live && view.record && (live.state === CallState.Connected || live.state === CallState.Held))
                this.#relateAutomatically(live, view.record, 'open');
            // The call's form offers the open record once the call is answered (a ringing card does not).
            const state = this.#session?.state;
            if (state !== undefined && state !== CallState.Ringing && state !== CallState.Dialing)
                this.#publish();
        };
        try {
            await host.onNavigationChange(follow);
            const first = await host.getAppViewInfo();
            // What was open before this page followed navigation counts as opened before any call of its own.
            if (this.#openRecordAt === Number.NEGATIVE_INFINITY) this.#openRecord = first.record;
        } catch (error) {
            log.warn(`Navigation tracking unavailable: ${messageOf(error)}`);
        }
    }

    async #notifyInitialized(): Promise<void> {
        try {
            await this.#deps.host.notifyInitializationComplete();
        } catch (error) {
            this.#deps.log.warn(messageOf(error));
        }
    }

    /** The utility item's label follows the call: Phone, Incoming call, On a call, On hold, Wrap-up. */
    async #updateUtilityItem(): Promise<void> {
        const labels = this.#deps.itemLabels;
        const state = this.#session?.state;
        const label =
            state === CallState.Ringing
                ? labels.ringing
                : state === CallState.Dialing
                  ? labels.dialing
                  : state === CallState.Connected
                    ? labels.onCall
                    : state === CallState.Held
                      ? labels.onHold
                      : state === CallState.WrapUp
                        ? labels.wrapUp
                        : labels.idle;
        if (label === this.#itemLabel || this.#disposed) return;
        this.#itemLabel = label;
        await this.#deps.host
            .setSoftphoneItemLabel(label)
            .catch((error: unknown) => this.#deps.log.warn(messageOf(error)));
    }

    #showNotice(kind: NoticeView['kind'], key: NoticeKey, detail?: string): void {
        this.#notice = {
            kind,
            key,
            ...definedFields({ detail: detail?.slice(0, MAX_DETAIL_LENGTH) })
        };
        this.#publish();
    }

    /**
     * Posts the snapshot once the current task's changes are made (a microtask later): one snapshot per task,
     * each parsed once by the UI, however many changes a task makes.
     */
    #publish(): void {
        if (this.#publishDue || this.#disposed) return;
        this.#publishDue = true;
        queueMicrotask(() => {
            if (this.#publishDue) this.#publishNow();
        });
    }

    /** Posts the snapshot now (a ringing card), and none for this task's changes so far. */
    #publishNow(): void {
        this.#publishDue = false;
        if (!this.#disposed) this.#deps.publish(this.snapshot());
    }

    /**
     * How `number` reads for the agent, or nothing yet while its ringing card is being painted: the UI then
     * shows the number as received.
     */
    #shownNumber(number: string, defaultCountry: string): string {
        return number === this.#unformattedNumber ? '' : this.#formattedNumber(number, defaultCountry);
    }

    /** `displayNumber`, kept: every snapshot of a call shows its number, and formatting reparses it. */
    #formattedNumber(number: string, defaultCountry: string): string {
        const key = `${defaultCountry} ${number}`;
        let shown = this.#displayNumbers.get(key);
        if (shown === undefined) {
            shown = displayNumber(number, defaultCountry);
            if (this.#displayNumbers.size >= DISPLAY_NUMBERS_KEPT) this.#displayNumbers.clear();
            this.#displayNumbers.set(key, shown);
        }
        return shown;
    }
}
