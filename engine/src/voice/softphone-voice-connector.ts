import {
    ActiveCallsResult,
    AgentConfigResult,
    AgentVendorStatusInfo,
    CallInfo,
    CallResult,
    CapabilitiesResult,
    Constants,
    Contact,
    CustomError,
    GenericResult,
    HangupResult,
    HoldToggleResult,
    InitResult,
    LogoutResult,
    MuteToggleResult,
    ParticipantResult,
    Phone,
    PhoneCall,
    PhoneCallAttributes,
    publishError,
    publishEvent
} from '@salesforce/scv-connector-base';
import type { BackoffPolicy, CallLogEntry, CallLogQueueSnapshot, LogStore } from '../log';
import { CallLogQueue, MemoryLogStore } from '../log';
import { CallState } from '../session';
import { readSettings } from '../settings';
import type { SettingsProblem, SoftphoneSettings } from '../settings';
import type { CallEndCause, TelephonyProvider } from '../telephony/telephony-provider';
import { TelephonyError } from '../telephony/telephony-error';
import type { Clock } from '../time';
import type { EngineLog } from '../softphone';
import { LABEL_NAMESPACE, UNEXPORTED_ERROR_TYPE, VOICE_ERROR_LABELS } from './base-library-names';
import type { VoiceCallRecords } from './voice-call-records';
import { VoiceCallUpdateWriter } from './voice-call-update';
import { VoiceLine } from './voice-line';
import type { VoiceAgentStatus, VoiceCallView, VoiceProblem } from './voice-line';
import { messageOf } from '../errors';

/** The base library's publishing functions; the real ones unless a test listens in between. */
export interface VoiceEvents {
    readonly publishEvent: typeof publishEvent;
    readonly publishError: typeof publishError;
}

/** What the sign-in frame (the connector page's form) is told. */
export interface SignInFrame {
    /** The frame shows the form; `problem` says why the last try failed. */
    show(problem?: string): void;
    hide(): void;
}

export interface SoftphoneVoiceConnectorOptions {
    /** The VoiceCall service (Apex through Visualforce remoting in the page). */
    readonly records: VoiceCallRecords;
    /** Makes the telephony provider for the contact center's settings (SIP, or the demo line). */
    readonly createProvider: (settings: SoftphoneSettings) => TelephonyProvider | undefined;
    /** Where queued VoiceCall updates are kept across reloads; in memory when absent. */
    readonly updateStore?: LogStore;
    readonly clock: Clock;
    readonly log: EngineLog;
    readonly signInFrame?: SignInFrame;
    readonly events?: VoiceEvents;
    /** Pixels of the sign-in frame Salesforce shows. */
    readonly loginFrameHeight?: number;
    /** Tries at creating a VoiceCall while a call rings, and the pause between them (tests shorten them). */
    readonly createAttempts?: number;
    readonly createRetryMs?: number;
    /** Backoff of VoiceCall updates that failed; the call log queue's default (2 s doubling to 5 min) otherwise. */
    readonly updateBackoff?: Partial<BackoffPolicy>;
}

/** A command failed in a way the base library has an error type for. */
class TypedError extends Error {
    constructor(
        readonly type: string,
        message: string
    ) {
        super(message);
        Object.setPrototypeOf(this, new.target.prototype);
    }
}

const DEFAULT_LOGIN_FRAME_HEIGHT = 320;

/** The string items of the connector configuration: the contact center's settings, as Open CTI reports them. */
function settingsOf(config: unknown): Record<string, string> {
    const items: Record<string, string> = {};
    if (typeof config !== 'object' || config === null) return items;
    for (const [key, value] of Object.entries(config as Record<string, unknown>))
        if (typeof value === 'string') items[key] = value;
    return items;
}

/** The base library's call state for a call in `state`. */
function callStateOf(state: CallState): string {
    switch (state) {
        case CallState.Ringing:
        case CallState.Dialing:
            return Constants.CALL_STATE.RINGING;
        case CallState.Connected:
        case CallState.Held:
            return Constants.CALL_STATE.CONNECTED;
        default:
            return Constants.CALL_STATE.ENDED;
    }
}

/** Why a call ended, in the words Salesforce shows. */
function reasonOf(cause: CallEndCause | undefined): string | undefined {
    if (cause === undefined) return undefined;
    return cause === 'error' || cause === 'media-failed' || cause === 'connection-lost'
        ? Constants.HANGUP_REASON.PHONE_CALL_ERROR
        : Constants.HANGUP_REASON.PHONE_CALL_ENDED;
}

/**
 * The Salesforce Voice partner telephony connector: the softphone's engine behind
 * `@salesforce/scv-connector-base`. Salesforce's Omni-Channel widget is the agent's UI; the connector is
 * headless but for its sign-in frame, where the agent types SIP credentials (kept in memory only).
 *
 * It has the flat `VendorConnector` shape of base 3.6.2 (the version on npm) and answers the 4.x shape too:
 * `getTelephonyConnector()` resolves with the telephony part (this object), `getVoiceCapabilities()` and
 * `getSharedCapabilities()` beside `getCapabilities()`, and `mute`/`unmute` take the call when 4.x passes it.
 */
export class SoftphoneVoiceConnector {
    #line: VoiceLine | undefined;
    #updates: CallLogQueue | undefined;
    #problems: readonly SettingsProblem[] = [];
    readonly #reportedUpdateFailures = new Set<string>();
    readonly #events: VoiceEvents;
    #unsubscribeUpdates: (() => void) | undefined;
    #lostCalls: CallLogEntry[] = [];

    readonly #options: SoftphoneVoiceConnectorOptions;
    constructor(options: SoftphoneVoiceConnectorOptions) {
        this.#options = options;
        this.#events = options.events ?? { publishEvent, publishError };
    }

    /** The settings problems found at `init`, for the sign-in frame and the log. */
    get settingsProblems(): readonly SettingsProblem[] {
        return this.#problems;
    }

    // ----- VendorConnector

    /**
     * Reads the contact center's settings from the connector configuration and starts telephony. Asks Salesforce
     * for the sign-in frame when the phone system needs the agent's credentials.
     */
    async init(config: unknown): Promise<InitResult> {
        const { settings, problems } = readSettings(settingsOf(config));
        this.#problems = problems;
        for (const problem of problems) this.#options.log.warn(`Contact center setting: ${problem.message}`);
        const provider = this.#options.createProvider(settings);
        if (!provider) {
            throw new CustomError({
                labelName: VOICE_ERROR_LABELS.settingsInvalid,
                namespace: LABEL_NAMESPACE,
                message:
                    problems.map((problem) => problem.message).join('; ') ||
                    'No telephony for these settings.'
            });
        }
        const store = this.#options.updateStore ?? new MemoryLogStore();
        // Calls still going on when the page went away (a reload): their media went with it.
        this.#lostCalls = store.load().entries.filter((entry) => entry.provisional === true);
        const updates = new CallLogQueue({
            store,
            clock: this.#options.clock,
            ...(this.#options.updateBackoff === undefined ? {} : { backoff: this.#options.updateBackoff }),
            writer: new VoiceCallUpdateWriter(this.#options.records, (entry) =>
                this.#reportedUpdateFailures.delete(entry.callId)
            )
        });
        this.#updates = updates;
        this.#unsubscribeUpdates = updates.subscribe((snapshot) => this.#onUpdatesChanged(snapshot));
        this.#line = new VoiceLine({
            provider,
            records: this.#options.records,
            updates,
            settings,
            clock: this.#options.clock,
            log: this.#options.log,
            listener: {
                callRinging: (call) => this.#onCallRinging(call),
                callAnswered: (call) => this.#onCallAnswered(call),
                callEnded: (call, cause) => this.#onCallEnded(call, cause),
                problem: (problem) => this.#onProblem(problem)
            },
            ...(this.#options.createAttempts === undefined
                ? {}
                : { createAttempts: this.#options.createAttempts }),
            ...(this.#options.createRetryMs === undefined
                ? {}
                : { createRetryMs: this.#options.createRetryMs })
        });
        if (this.#line.needsSignIn) {
            this.#options.signInFrame?.show(problems[0]?.message);
            return new InitResult({
                showLogin: true,
                loginFrameHeight: this.#options.loginFrameHeight ?? DEFAULT_LOGIN_FRAME_HEIGHT
            });
        }
        this.#options.clock.setTimer(() => this.#announceLostCalls(), 0);
        return new InitResult({ showLogin: false });
    }

    /**
     * A call that was going on when the page went away (a reload) cannot come back: its audio lived in that page.
     * Salesforce is told it ended; its VoiceCall update, stored while it went on, is sent by the queue.
     */
    #announceLostCalls(): void {
        const lost = this.#lostCalls;
        this.#lostCalls = [];
        for (const entry of lost) {
            const fields = entry.fields as unknown as Record<string, unknown>;
            const voiceCallId = typeof fields['VoiceCallId'] === 'string' ? fields['VoiceCallId'] : undefined;
            this.#options.log.warn(`Call ${entry.callId} ended with the page that carried it.`);
            void this.#events.publishEvent({
                eventType: Constants.EVENT_TYPE.HANGUP as 'HANGUP',
                payload: new HangupResult({
                    calls: [
                        new PhoneCall({
                            callId: entry.callId,
                            callType:
                                fields['InitiationMethod'] === 'Outbound'
                                    ? Constants.CALL_TYPE.OUTBOUND
                                    : Constants.CALL_TYPE.INBOUND,
                            phoneNumber: entry.phoneNumber,
                            contact: new Contact({ phoneNumber: entry.phoneNumber }),
                            state: Constants.CALL_STATE.ENDED,
                            reason: Constants.HANGUP_REASON.PHONE_CALL_ERROR,
                            callAttributes: new PhoneCallAttributes({
                                ...(voiceCallId === undefined ? {} : { voiceCallId }),
                                participantType: Constants.PARTICIPANT_TYPE.INITIAL_CALLER
                            })
                        })
                    ]
                }),
                registerLog: true
            });
        }
    }

    /**
     * The agent's sign-in from the frame: registers with the phone system, then tells Salesforce (LOGIN_RESULT,
     * after which the base library reports the connector ready). A refusal is shown in the frame and published.
     */
    async signIn(user: string, password: string): Promise<boolean> {
        const line = this.#requireLine();
        try {
            await line.signIn({ user, password });
        } catch (error) {
            this.#options.log.warn(`Sign-in: ${messageOf(error)}`);
            this.#options.signInFrame?.show(messageOf(error));
            this.#events.publishError({
                eventType: Constants.EVENT_TYPE.LOGIN_RESULT as 'LOGIN_RESULT',
                error: error instanceof Error ? error : new Error(messageOf(error))
            });
            return false;
        }
        this.#options.signInFrame?.hide();
        await this.#events.publishEvent({
            eventType: Constants.EVENT_TYPE.LOGIN_RESULT as 'LOGIN_RESULT',
            payload: new GenericResult({ success: true }),
            registerLog: true
        });
        this.#announceLostCalls();
        return true;
    }

    /** base 4.x: the telephony half of the connector. */
    getTelephonyConnector(): Promise<this> {
        return Promise.resolve(this);
    }

    async getActiveCalls(): Promise<ActiveCallsResult> {
        const calls = this.#line?.activeCalls() ?? [];
        return new ActiveCallsResult({ activeCalls: calls.map((call) => this.#phoneCall(call)) });
    }

    async acceptCall(call: PhoneCall): Promise<CallResult> {
        try {
            const accepted = await this.#requireLine().accept(this.#callIdOf(call));
            return new CallResult({ call: this.#phoneCall(accepted) });
        } catch (error) {
            if (error instanceof TelephonyError && error.code === 'microphone-denied')
                this.#microphoneDenied(error);
            throw error;
        }
    }

    async declineCall(call: PhoneCall): Promise<CallResult> {
        const declined = await this.#requireLine().decline(this.#callIdOf(call));
        return new CallResult({ call: this.#phoneCall(declined) });
    }

    /** `call` may be partial (base issue #6): the engine's own record of the call is what is reported. */
    async endCall(call: PhoneCall): Promise<HangupResult> {
        const ended = await this.#requireLine().end(this.#callIdOf(call));
        return new HangupResult({ calls: [this.#phoneCall(ended)] });
    }

    async mute(call?: PhoneCall): Promise<MuteToggleResult> {
        const muted = await this.#requireLine().mute(this.#callIdOf(call));
        return new MuteToggleResult({ isMuted: muted.muted });
    }

    async unmute(call?: PhoneCall): Promise<MuteToggleResult> {
        const unmuted = await this.#requireLine().unmute(this.#callIdOf(call));
        return new MuteToggleResult({ isMuted: unmuted.muted });
    }

    async hold(call: PhoneCall): Promise<HoldToggleResult> {
        const held = await this.#requireLine().hold(this.#callIdOf(call));
        return this.#holdResult(held);
    }

    async resume(call: PhoneCall): Promise<HoldToggleResult> {
        const resumed = await this.#requireLine().resume(this.#callIdOf(call));
        return this.#holdResult(resumed);
    }

    /**
     * Online registers the agent; Offline un-registers; after-call work keeps the registration and refuses new
     * calls. A status Salesforce maps to none of them is refused with INVALID_AGENT_STATUS.
     */
    async setAgentStatus(agentStatus: string): Promise<GenericResult> {
        const statuses: Record<string, VoiceAgentStatus> = {
            [Constants.AGENT_STATUS.ONLINE]: 'online',
            [Constants.AGENT_STATUS.OFFLINE]: 'offline',
            [Constants.AGENT_STATUS.ACW]: 'after-call-work'
        };
        const status = statuses[agentStatus];
        if (status === undefined)
            throw new TypedError(
                Constants.ERROR_TYPE.INVALID_AGENT_STATUS,
                `Unknown agent status ${String(agentStatus).slice(0, 40)}.`
            );
        const line = this.#requireLine();
        if (status === 'online' && line.needsSignIn) {
            this.#options.signInFrame?.show();
            throw new CustomError({
                labelName: VOICE_ERROR_LABELS.signInNeeded,
                namespace: LABEL_NAMESPACE,
                message: 'Sign in to the phone system first.'
            });
        }
        await line.setAgentStatus(status);
        return new GenericResult({ success: true });
    }

    async getAgentStatus(): Promise<AgentVendorStatusInfo> {
        const status = this.#line?.agentStatus ?? 'offline';
        const names: Record<VoiceAgentStatus, string> = {
            online: Constants.AGENT_STATUS.ONLINE,
            offline: Constants.AGENT_STATUS.OFFLINE,
            'after-call-work': Constants.AGENT_STATUS.ACW
        };
        const availability: Record<VoiceAgentStatus, string> = {
            online: Constants.AGENT_AVAILABILITY.AVAILABLE,
            offline: Constants.AGENT_AVAILABILITY.OFFLINE,
            'after-call-work': Constants.AGENT_AVAILABILITY.BUSY
        };
        return new AgentVendorStatusInfo({
            statusId: names[status],
            statusType: availability[status],
            statusName: names[status]
        });
    }

    /** base 3.6.2 passes the contact alone; 4.x adds dial options, which the SIP phone has no use for. */
    async dial(contact: Contact): Promise<CallResult> {
        const number = contact?.phoneNumber ?? '';
        try {
            const dialled = await this.#requireLine().dial(number);
            return new CallResult({ call: this.#phoneCall(dialled) });
        } catch (error) {
            throw this.#dialError(error);
        }
    }

    async sendDigits(digits: string): Promise<void> {
        const line = this.#requireLine();
        const call = line.activeCalls().find((candidate) => candidate.state === CallState.Connected);
        if (!call) throw new TelephonyError('no-such-call', 'There is no connected call to send digits on.');
        await line.sendDigits(call.callId, digits);
    }

    /** Blind transfer (SIP REFER) or a consultation: a second leg to the contact while the call waits on hold. */
    async addParticipant(
        contact: Contact,
        call: PhoneCall,
        isBlindTransfer: boolean
    ): Promise<ParticipantResult> {
        const line = this.#requireLine();
        const callId = this.#callIdOf(call);
        const number = contact?.phoneNumber ?? '';
        try {
            if (isBlindTransfer) {
                await line.blindTransfer(callId, number);
                return new ParticipantResult({
                    initialCallHasEnded: true,
                    callInfo: new CallInfo({ isOnHold: false, isMuted: false, isRecordingPaused: false }),
                    phoneNumber: number,
                    callId
                });
            }
            const consult = await line.consult(callId, number);
            return new ParticipantResult({
                initialCallHasEnded: false,
                callInfo: new CallInfo({ isOnHold: false, isMuted: false, isRecordingPaused: false }),
                phoneNumber: consult.number,
                callId: consult.callId
            });
        } catch (error) {
            throw this.#dialError(error);
        }
    }

    /** Holds one leg and resumes the other. */
    async swap(callToHold: PhoneCall, callToResume: PhoneCall): Promise<HoldToggleResult> {
        const line = this.#requireLine();
        await line.hold(this.#callIdOf(callToHold));
        const resumed = await line.resume(this.#callIdOf(callToResume));
        return this.#holdResult(resumed);
    }

    /** No three-way calls: the SIP phone has no mixer, so capabilities say `hasMerge: false`. */
    async conference(): Promise<HoldToggleResult> {
        throw new TelephonyError('failed', 'This softphone cannot join calls into a conference.');
    }

    async pauseRecording(): Promise<never> {
        throw new TelephonyError('failed', 'Recording is done by the phone system, not the softphone.');
    }

    async resumeRecording(): Promise<never> {
        throw new TelephonyError('failed', 'Recording is done by the phone system, not the softphone.');
    }

    async getAgentConfig(): Promise<AgentConfigResult> {
        return new AgentConfigResult({
            // The library's declaration says Phone[]; at run time it takes (and Salesforce reads) type names.
            phones: [Constants.PHONE_TYPE.SOFT_PHONE] as unknown as Phone[],
            selectedPhone: new Phone({ type: Constants.PHONE_TYPE.SOFT_PHONE })
        });
    }

    async setAgentConfig(): Promise<GenericResult> {
        return new GenericResult({ success: true });
    }

    async getCapabilities(): Promise<CapabilitiesResult> {
        // The 3.6.2 declaration leaves out flags its constructor takes (base issues #25, #51, #61).
        return new CapabilitiesResult({
            hasMute: true,
            hasRecord: false,
            hasMerge: false,
            hasSwap: true,
            hasSignedRecordingUrl: false,
            debugEnabled: false,
            hasContactSearch: false,
            hasAgentAvailability: false,
            hasQueueWaitTime: false,
            supportsMos: false,
            hasSupervisorListenIn: false,
            hasSupervisorBargeIn: false,
            hasBlindTransfer: true,
            hasTransferToOmniFlow: false,
            hasPendingStatusChange: false,
            hasPhoneBook: false
        } as ConstructorParameters<typeof CapabilitiesResult>[0]);
    }

    /** base 4.x: the voice half of the capabilities (4.x checks its own result class; 3.6.2 has none). */
    async getVoiceCapabilities(): Promise<Record<string, boolean>> {
        const {
            hasMute,
            hasRecord,
            hasMerge,
            hasSwap,
            hasSignedRecordingUrl,
            supportsMos,
            hasSupervisorListenIn,
            hasSupervisorBargeIn,
            hasBlindTransfer,
            hasPhoneBook
        } = await this.getCapabilities();
        return {
            hasMute,
            hasRecord,
            hasMerge,
            hasSwap,
            hasSignedRecordingUrl,
            supportsMos,
            hasSupervisorListenIn,
            hasSupervisorBargeIn,
            hasBlindTransfer,
            hasPhoneBook
        };
    }

    /** base 4.x: the capabilities shared by every channel. */
    async getSharedCapabilities(): Promise<Record<string, boolean>> {
        const {
            debugEnabled,
            hasContactSearch,
            hasAgentAvailability,
            hasQueueWaitTime,
            hasTransferToOmniFlow,
            hasPendingStatusChange
        } = await this.getCapabilities();
        return {
            debugEnabled,
            hasContactSearch,
            hasAgentAvailability,
            hasQueueWaitTime,
            hasTransferToOmniFlow,
            hasPendingStatusChange
        };
    }

    async getPhoneContacts(): Promise<never> {
        throw new TelephonyError('failed', 'This softphone has no phone book; dial a number.');
    }

    /** Un-registers and shows the sign-in frame again, where the agent may sign in as someone else. */
    async logout(): Promise<LogoutResult> {
        const line = this.#line;
        if (line) {
            await line
                .setAgentStatus('offline')
                .catch((error: unknown) => this.#options.log.warn(messageOf(error)));
        }
        this.#options.signInFrame?.show();
        return new LogoutResult({
            success: true,
            loginFrameHeight: this.#options.loginFrameHeight ?? DEFAULT_LOGIN_FRAME_HEIGHT
        });
    }

    handleMessage(message: unknown): void {
        this.#options.log.info(`Message from Salesforce ignored: ${JSON.stringify(message)?.slice(0, 200)}`);
    }

    /** Salesforce's after-call work for the call is over. */
    wrapUpCall(call: PhoneCall): void {
        if (call?.callId) this.#line?.wrapUp(call.callId);
    }

    async getSignedRecordingUrl(): Promise<never> {
        throw new TelephonyError('failed', 'Recordings are kept by the phone system.');
    }

    downloadLogs(logs: unknown): void {
        this.#options.log.info(`Salesforce asked for ${Array.isArray(logs) ? logs.length : 0} log lines.`);
    }

    logMessageToVendor(logLevel: string, message: string): void {
        this.#options.log.info(`[${String(logLevel)}] ${String(message).slice(0, 1000)}`);
    }

    async superviseCall(): Promise<never> {
        throw new TelephonyError('failed', 'Supervisor listen-in is not supported by this softphone.');
    }

    async supervisorDisconnect(): Promise<never> {
        throw new TelephonyError('failed', 'Supervisor listen-in is not supported by this softphone.');
    }

    async supervisorBargeIn(): Promise<never> {
        throw new TelephonyError('failed', 'Supervisor barge-in is not supported by this softphone.');
    }

    onAgentWorkEvent(): void {
        // Omni-Channel work items need nothing from the phone line.
    }

    async dispose(): Promise<void> {
        this.#unsubscribeUpdates?.();
        this.#updates?.dispose();
        await this.#line?.dispose();
    }

    // ----- events the phone system starts

    #onCallRinging(call: VoiceCallView): void {
        void this.#events.publishEvent({
            eventType: Constants.EVENT_TYPE.CALL_STARTED as 'CALL_STARTED',
            payload: new CallResult({ call: this.#phoneCall(call) }),
            registerLog: true
        });
    }

    #onCallAnswered(call: VoiceCallView): void {
        if (call.parentCallId !== undefined) {
            void this.#events.publishEvent({
                eventType: Constants.EVENT_TYPE.PARTICIPANT_CONNECTED as 'PARTICIPANT_CONNECTED',
                payload: new ParticipantResult({
                    initialCallHasEnded: false,
                    callInfo: new CallInfo({ isOnHold: false, isMuted: false, isRecordingPaused: false }),
                    phoneNumber: call.number,
                    callId: call.callId
                }),
                registerLog: true
            });
            return;
        }
        void this.#events.publishEvent({
            eventType: Constants.EVENT_TYPE.CALL_CONNECTED as 'CALL_CONNECTED',
            payload: new CallResult({ call: this.#phoneCall(call) }),
            registerLog: true
        });
    }

    #onCallEnded(call: VoiceCallView, cause: CallEndCause): void {
        const phoneCall = this.#phoneCall(call, cause);
        if (call.parentCallId !== undefined) {
            void this.#events.publishEvent({
                eventType: Constants.EVENT_TYPE.PARTICIPANT_REMOVED as 'PARTICIPANT_CONNECTED',
                payload: new CallResult({ call: phoneCall }),
                registerLog: true
            });
            return;
        }
        void this.#events.publishEvent({
            eventType: Constants.EVENT_TYPE.HANGUP as 'HANGUP',
            payload: new HangupResult({ calls: [phoneCall] }),
            registerLog: true
        });
    }

    #onProblem(problem: VoiceProblem): void {
        this.#options.log.warn(`${problem.kind}: ${problem.message}`);
        if (problem.kind === 'microphone-denied') {
            this.#microphoneDenied(new Error(problem.message));
            return;
        }
        const labels: Record<VoiceProblem['kind'], string> = {
            'voice-call-create-failed': VOICE_ERROR_LABELS.voiceCallNotCreated,
            'voice-call-update-failed': VOICE_ERROR_LABELS.voiceCallUpdatePending,
            'registration-failed': VOICE_ERROR_LABELS.registrationFailed,
            'microphone-denied': ''
        };
        this.#events.publishError({
            eventType: Constants.EVENT_TYPE.SOFTPHONE_ERROR as 'SOFTPHONE_ERROR',
            error: new CustomError({
                labelName: labels[problem.kind],
                namespace: LABEL_NAMESPACE,
                message: problem.message
            })
        });
    }

    /** A VoiceCall update that failed is reported once per call; the queue keeps retrying it. */
    #onUpdatesChanged(snapshot: CallLogQueueSnapshot): void {
        for (const pending of snapshot.pending) {
            if (pending.lastError === null || this.#reportedUpdateFailures.has(pending.callId)) continue;
            this.#reportedUpdateFailures.add(pending.callId);
            this.#onProblem({
                kind: 'voice-call-update-failed',
                callId: pending.callId,
                message: `The VoiceCall of call ${pending.callId} is not updated yet (${pending.lastError}); it is retried.`
            });
        }
    }

    #microphoneDenied(error: Error): void {
        this.#events.publishError({
            eventType: Constants.EVENT_TYPE.SOFTPHONE_ERROR as 'SOFTPHONE_ERROR',
            error: new TypedError(UNEXPORTED_ERROR_TYPE.MICROPHONE_NOT_SHARED, error.message)
        });
    }

    // ----- shapes

    #phoneCall(call: VoiceCallView, cause?: CallEndCause): PhoneCall {
        const held = call.state === CallState.Held;
        const consult = call.parentCallId !== undefined;
        const reason = reasonOf(cause);
        return new PhoneCall({
            callId: call.callId,
            callType: consult
                ? Constants.CALL_TYPE.ADD_PARTICIPANT
                : call.direction === 'inbound'
                  ? Constants.CALL_TYPE.INBOUND
                  : Constants.CALL_TYPE.OUTBOUND,
            contact: new Contact({
                phoneNumber: call.number,
                ...(call.displayName === undefined ? {} : { name: call.displayName })
            }),
            phoneNumber: call.number,
            state: callStateOf(call.state),
            callAttributes: new PhoneCallAttributes({
                ...(call.voiceCallId === undefined ? {} : { voiceCallId: call.voiceCallId }),
                participantType: consult
                    ? Constants.PARTICIPANT_TYPE.THIRD_PARTY
                    : Constants.PARTICIPANT_TYPE.INITIAL_CALLER,
                ...(call.parentCallId === undefined ? {} : { parentId: call.parentCallId }),
                isOnHold: held
            }),
            callInfo: new CallInfo({
                isOnHold: held,
                isMuted: call.muted,
                isRecordingPaused: false,
                isSoftphoneCall: true
            }),
            ...(reason === undefined ? {} : { reason })
        });
    }

    #holdResult(call: VoiceCallView): HoldToggleResult {
        const held = call.state === CallState.Held;
        return new HoldToggleResult({
            isThirdPartyOnHold: call.parentCallId !== undefined && held,
            isCustomerOnHold: call.parentCallId === undefined && held,
            calls: [this.#phoneCall(call)]
        });
    }

    #dialError(error: unknown): unknown {
        if (error instanceof TelephonyError && error.code === 'invalid-number')
            return new TypedError(Constants.ERROR_TYPE.INVALID_DESTINATION, error.message);
        return error;
    }

    /** The call Salesforce names, or (3.6.2's mute without a call) the one connected call. */
    #callIdOf(call: PhoneCall | undefined): string {
        if (call?.callId) return call.callId;
        const line = this.#requireLine();
        const active = line.activeCalls().filter((candidate) => candidate.state !== CallState.Ringing);
        const current = active.find((candidate) => candidate.state === CallState.Connected) ?? active[0];
        if (!current) throw new TelephonyError('no-such-call', 'There is no call in progress.');
        return current.callId;
    }

    #requireLine(): VoiceLine {
        if (!this.#line) throw new TelephonyError('invalid-state', 'The connector has not been initialised.');
        return this.#line;
    }
}
