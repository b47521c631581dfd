import { MAX_DISPLAY_NAME_LENGTH, MAX_PHONE_NUMBER_LENGTH } from '../bridge/protocol';
import type { CallLogQueue } from '../log';
import { dialableDigits, parsePhoneNumber } from '../phone';
import { CallSession, CallState } from '../session';
import type { CallEvent } from '../session';
import type { SoftphoneSettings } from '../settings';
import type {
    CallEndCause,
    IncomingCall,
    RegistrationState,
    TelephonyCredentials,
    TelephonyProvider
} from '../telephony/telephony-provider';
import { TelephonyError } from '../telephony/telephony-error';
import type { Clock } from '../time';
import type { EngineLog } from '../softphone';
import type { VoiceCallRecords } from './voice-call-records';
import type { VoiceCallUpdateDraft } from './voice-call-update';
import { messageOf } from '../errors';

/** The agent's presence as Salesforce sets it through the connector. */
export type VoiceAgentStatus = 'online' | 'offline' | 'after-call-work';

/** One call as the connector reports it to Salesforce. */
export interface VoiceCallView {
    readonly callId: string;
    readonly direction: 'inbound' | 'outbound';
    /** The other party: E.164 where it reads as one. */
    readonly number: string;
    readonly displayName?: string;
    /** The VoiceCall record, once created (inbound calls). */
    readonly voiceCallId?: string;
    readonly state: CallState;
    readonly muted: boolean;
    /** For a consultation leg: the call it was started from. */
    readonly parentCallId?: string;
}

/** What the agent must be told about; the connector turns it into the base library's errors. */
export interface VoiceProblem {
    readonly kind:
        'voice-call-create-failed' | 'voice-call-update-failed' | 'registration-failed' | 'microphone-denied';
    readonly message: string;
    readonly callId?: string;
}

/** What the line tells the connector: the phone system's own events, never answers to the agent's commands. */
export interface VoiceLineListener {
    /** An inbound call rings and its VoiceCall exists. */
    callRinging(call: VoiceCallView): void;
    /** The other party answered an outbound call or a consultation. */
    callAnswered(call: VoiceCallView): void;
    /** A call ended without the agent's command (the other party hung up, the caller gave up, a failure). */
    callEnded(call: VoiceCallView, cause: CallEndCause): void;
    problem(problem: VoiceProblem): void;
    registrationChanged?(state: RegistrationState, reason?: string): void;
}

export interface VoiceLineOptions {
    readonly provider: TelephonyProvider;
    readonly records: VoiceCallRecords;
    /** The durable queue of VoiceCall updates (its writer is a `VoiceCallUpdateWriter`). */
    readonly updates: CallLogQueue;
    readonly settings: SoftphoneSettings;
    readonly clock: Clock;
    readonly log: EngineLog;
    readonly listener: VoiceLineListener;
    /** Tries at creating an inbound call's VoiceCall while it rings; 3 by default. */
    readonly createAttempts?: number;
    /** Pause between those tries; 1 s by default. */
    readonly createRetryMs?: number;
}

/** What the line keeps beside a call's session. */
interface LineCall {
    readonly session: CallSession;
    voiceCallId?: string;
    readonly parentCallId?: string;
    /** The agent ended (or refused, or transferred) it: Salesforce hears of the end from the command's answer. */
    endedByAgent: boolean;
    /** Salesforce was told the call rings (inbound) or was dialled (outbound). */
    announced: boolean;
    /** The final update (the call is over) is in the queue: it is sent once, as the API asks. */
    finalQueued?: boolean;
}

const LIVE_STATES: ReadonlySet<CallState> = new Set([
    CallState.Ringing,
    CallState.Dialing,
    CallState.Connected,
    CallState.Held
]);

function iso(epochMs: number): string {
    return new Date(epochMs).toISOString();
}

/**
 * The engine side of the Salesforce Voice connector, free of Salesforce's library: one {@link CallSession} per
 * call over the telephony provider (the same SIP provider as the Open CTI softphone), the agent's presence,
 * the VoiceCall of each inbound call created before Salesforce hears of it, and each call's VoiceCall update
 * kept in the durable queue from the first ring (held while the call goes on, sent when it ends), so that a
 * failing service or a page that goes away loses no record.
 */
export class VoiceLine {
    readonly #calls = new Map<string, LineCall>();
    #status: VoiceAgentStatus = 'offline';
    #registration: RegistrationState = 'unregistered';
    #agentLine = 'softphone';
    readonly #registrationWaiters = new Set<(state: RegistrationState, reason?: string) => void>();
    #disposed = false;

    readonly #options: VoiceLineOptions;
    constructor(options: VoiceLineOptions) {
        this.#options = options;
        options.provider.delegate = {
            onRegistrationChanged: (state, reason) => this.#onRegistrationChanged(state, reason),
            onIncomingCall: (call) => void this.#onIncomingCall(call),
            onProgress: (callId, progress) =>
                this.#send(callId, { type: 'progress', at: this.#now(), progress }),
            onConnected: (callId) => this.#onConnected(callId),
            onHoldChanged: (callId, held) => this.#onHoldChanged(callId, held),
            onEnded: (callId, cause, detail) => this.#onEnded(callId, cause, detail)
        };
    }

    get agentStatus(): VoiceAgentStatus {
        return this.#status;
    }

    get registrationState(): RegistrationState {
        return this.#registration;
    }

    /** Whether the agent must sign in to the phone system before going online. */
    get needsSignIn(): boolean {
        return this.#options.provider.credentials === 'needed';
    }

    /** Calls in progress (ringing, dialling, connected or held), oldest first. */
    activeCalls(): VoiceCallView[] {
        return [...this.#calls.entries()]
            .filter(([, call]) => LIVE_STATES.has(call.session.state))
            .map(([callId]) => this.view(callId))
            .filter((view): view is VoiceCallView => view !== undefined);
    }

    /** A call the line knows, live or in wrap-up. */
    view(callId: string): VoiceCallView | undefined {
        const call = this.#calls.get(callId);
        const data = call?.session.data;
        if (!call || !data || data.state === CallState.Idle) return undefined;
        return {
            callId,
            direction: data.direction,
            number: data.number,
            ...(data.displayName === null ? {} : { displayName: data.displayName }),
            ...(call.voiceCallId === undefined ? {} : { voiceCallId: call.voiceCallId }),
            state: data.state,
            muted: data.muted,
            ...(call.parentCallId === undefined ? {} : { parentCallId: call.parentCallId })
        };
    }

    // ----- presence and sign-in

    /**
     * The agent signs in to the phone system (SIP): the credentials stay in memory; resolves once the phone
     * system registered the agent, rejects with its reason otherwise.
     */
    async signIn(credentials: TelephonyCredentials): Promise<void> {
        const provider = this.#options.provider;
        if (!provider.signIn) throw new Error(`Telephony mode ${provider.kind} needs no sign-in.`);
        await provider.signIn(credentials);
        this.#agentLine = credentials.user;
        await this.#goOnline();
    }

    /**
     * Online registers the agent (and resolves once the phone system accepted it); Offline un-registers (calls in
     * progress go on); after-call work keeps the registration but refuses new calls.
     */
    async setAgentStatus(status: VoiceAgentStatus): Promise<void> {
        if (status === 'online') {
            if (this.needsSignIn)
                throw new TelephonyError('credentials-needed', 'Sign in to the phone system first.');
            await this.#goOnline();
            return;
        }
        this.#status = status;
        if (status === 'offline') await this.#options.provider.unregister();
    }

    async #goOnline(): Promise<void> {
        const settled = this.#nextRegistration();
        await this.#options.provider.register();
        if (this.#registration !== 'registered') {
            const { state, reason } = await settled;
            if (state !== 'registered')
                throw new Error(reason ?? 'The phone system refused the registration.');
        }
        this.#status = 'online';
    }

    #nextRegistration(): Promise<{ state: RegistrationState; reason?: string }> {
        return new Promise((resolve) => {
            const waiter = (state: RegistrationState, reason?: string): void => {
                if (state !== 'registered' && state !== 'failed') return;
                this.#registrationWaiters.delete(waiter);
                resolve(reason === undefined ? { state } : { state, reason });
            };
            this.#registrationWaiters.add(waiter);
        });
    }

    #onRegistrationChanged(state: RegistrationState, reason?: string): void {
        this.#registration = state;
        for (const waiter of [...this.#registrationWaiters]) waiter(state, reason);
        this.#options.listener.registrationChanged?.(state, reason);
        if (state === 'failed') {
            this.#options.log.warn(`Registration failed: ${reason ?? 'no reason given'}`);
            this.#options.listener.problem({
                kind: 'registration-failed',
                message: reason ?? 'The phone system refused the registration.'
            });
        }
    }

    // ----- commands from Salesforce

    async accept(callId: string): Promise<VoiceCallView> {
        this.#requireState(callId, [CallState.Ringing], 'accept');
        await this.#options.provider.answer(callId);
        // The provider reports the answer through onConnected; a provider that answered silently is caught up.
        if (this.#live(callId).session.state === CallState.Ringing) this.#onConnected(callId);
        return this.#requireView(callId);
    }

    async decline(callId: string): Promise<VoiceCallView> {
        const call = this.#requireState(callId, [CallState.Ringing], 'decline');
        call.endedByAgent = true;
        await this.#options.provider.decline(callId);
        return this.#requireView(callId);
    }

    /** Ends a call in any state (hangs up, cancels a call being dialled). */
    async end(callId: string): Promise<VoiceCallView> {
        const call = this.#live(callId);
        call.endedByAgent = true;
        await this.#options.provider.hangUp(callId);
        return this.#requireView(callId);
    }

    async mute(callId: string): Promise<VoiceCallView> {
        const call = this.#requireState(callId, [CallState.Connected, CallState.Held], 'mute');
        if (!call.session.snapshot().muted) {
            await this.#options.provider.mute(callId);
            this.#send(callId, { type: 'mute', at: this.#now() });
        }
        return this.#requireView(callId);
    }

    async unmute(callId: string): Promise<VoiceCallView> {
        const call = this.#requireState(callId, [CallState.Connected, CallState.Held], 'unmute');
        if (call.session.snapshot().muted) {
            await this.#options.provider.unmute(callId);
            this.#send(callId, { type: 'unmute', at: this.#now() });
        }
        return this.#requireView(callId);
    }

    async hold(callId: string): Promise<VoiceCallView> {
        const call = this.#requireState(callId, [CallState.Connected, CallState.Held], 'hold');
        if (call.session.state === CallState.Connected) {
            await this.#options.provider.hold(callId);
            this.#onHoldChanged(callId, true);
        }
        return this.#requireView(callId);
    }

    async resume(callId: string): Promise<VoiceCallView> {
        const call = this.#requireState(callId, [CallState.Connected, CallState.Held], 'resume');
        if (call.session.state === CallState.Held) {
            await this.#options.provider.resume(callId);
            this.#onHoldChanged(callId, false);
        }
        return this.#requireView(callId);
    }

    async sendDigits(callId: string, input: string): Promise<void> {
        this.#requireState(callId, [CallState.Connected, CallState.Held], 'send digits on');
        const digits = dialableDigits(input).replace(/\+/g, '');
        if (digits === '')
            throw new TelephonyError('invalid-number', `"${input.slice(0, 40)}" has no DTMF digits.`);
        await this.#options.provider.sendDtmf(callId, digits);
    }

    /** Places an outbound call (also while the agent is offline, as Salesforce allows). */
    async dial(input: string, parentCallId?: string): Promise<VoiceCallView> {
        const number = this.#readNumber(input);
        this.#forgetFinishedCalls();
        const callId = await this.#options.provider.dial(number);
        const session = new CallSession({ clock: this.#options.clock });
        const call: LineCall = {
            session,
            endedByAgent: false,
            announced: true,
            ...(parentCallId === undefined ? {} : { parentCallId })
        };
        this.#calls.set(callId, call);
        session.subscribe(() => this.#onSessionChanged(callId));
        session.send({ type: 'dial', at: this.#now(), callId, number });
        return this.#requireView(callId);
    }

    /** Hands a connected call to `target` (SIP REFER); the call then ends for the agent. */
    async blindTransfer(callId: string, target: string): Promise<VoiceCallView> {
        const call = this.#requireState(callId, [CallState.Connected, CallState.Held], 'transfer');
        const number = this.#readNumber(target);
        call.endedByAgent = true;
        try {
            await this.#options.provider.blindTransfer(callId, number);
        } catch (error) {
            call.endedByAgent = false;
            throw error;
        }
        return this.#requireView(callId);
    }

    /** Puts the call on hold and calls `target` on a second leg (a consultation). */
    async consult(callId: string, target: string): Promise<VoiceCallView> {
        this.#requireState(callId, [CallState.Connected, CallState.Held], 'consult on');
        const number = this.#readNumber(target);
        await this.hold(callId);
        return this.dial(number, callId);
    }

    /** Salesforce's wrap-up of a call is over: the call's session closes. */
    wrapUp(callId: string): void {
        const call = this.#calls.get(callId);
        if (call?.session.state === CallState.WrapUp)
            this.#send(callId, { type: 'save-wrap-up', at: this.#now() });
        this.#forgetFinishedCalls();
    }

    async dispose(): Promise<void> {
        this.#disposed = true;
        for (const call of this.#calls.values()) call.session.dispose();
        await this.#options.provider.dispose();
    }

    // ----- the phone system's events

    async #onIncomingCall(incoming: IncomingCall): Promise<void> {
        const { provider, settings, log } = this.#options;
        if (this.#calls.has(incoming.callId)) {
            log.warn(`Ignored a second offer of call ${incoming.callId}.`);
            return;
        }
        this.#forgetFinishedCalls();
        const busy = this.#status !== 'online' || this.activeCalls().length > 0;
        if (busy) {
            log.info(
                `Declined call ${incoming.callId}: the agent is ${this.#status === 'online' ? 'on a call' : this.#status}.`
            );
            await provider
                .decline(incoming.callId, { reason: 'busy' })
                .catch((error: unknown) => log.warn(messageOf(error)));
            return;
        }
        const parsed = parsePhoneNumber(incoming.from, settings.defaultCountry);
        const number = parsed.ok ? parsed.e164 : incoming.from.slice(0, MAX_PHONE_NUMBER_LENGTH);
        const session = new CallSession({ clock: this.#options.clock });
        const call: LineCall = { session, endedByAgent: false, announced: false };
        this.#calls.set(incoming.callId, call);
        session.subscribe(() => this.#onSessionChanged(incoming.callId));
        session.send({
            type: 'incoming',
            at: this.#now(),
            callId: incoming.callId,
            number,
            ...(incoming.displayName === undefined
                ? {}
                : { displayName: incoming.displayName.slice(0, MAX_DISPLAY_NAME_LENGTH) }),
            headers: incoming.headers
        });
        const created = await this.#createVoiceCall(incoming.callId, number);
        if (this.#disposed || session.terminal) return;
        if (created === undefined) {
            // Without a VoiceCall Salesforce cannot offer the call: the caller hears busy, so the phone system
            // can route it on; the queued update records it as a missed call once the service answers again.
            call.endedByAgent = true;
            await provider
                .decline(incoming.callId, { reason: 'busy' })
                .catch((error: unknown) => log.warn(messageOf(error)));
            return;
        }
        call.voiceCallId = created;
        this.#enqueueUpdate(incoming.callId, true);
        call.announced = true;
        const view = this.view(incoming.callId);
        if (view) this.#options.listener.callRinging(view);
    }

    /** Creates the VoiceCall while the call rings, trying again a few times; undefined when it never worked. */
    async #createVoiceCall(callId: string, number: string): Promise<string | undefined> {
        const attempts = this.#options.createAttempts ?? 3;
        const pause = this.#options.createRetryMs ?? 1_000;
        const session = this.#live(callId).session;
        let lastError = '';
        for (let attempt = 1; attempt <= attempts; attempt += 1) {
            try {
                const { voiceCallId } = await this.#options.records.create({
                    vendorCallKey: callId,
                    from: number,
                    to: this.#agentLine,
                    initiationMethod: 'Inbound',
                    startTime: iso(session.data.createdAt)
                });
                return voiceCallId;
            } catch (error) {
                lastError = messageOf(error);
                this.#options.log.warn(
                    `VoiceCall of call ${callId}, try ${attempt} of ${attempts}: ${lastError}`
                );
            }
            if (session.terminal || this.#disposed || attempt === attempts) break;
            await new Promise<void>((resolve) => this.#options.clock.setTimer(resolve, pause));
            if (session.terminal || this.#disposed) break;
        }
        if (!session.terminal) {
            this.#options.listener.problem({
                kind: 'voice-call-create-failed',
                callId,
                message: lastError
            });
        }
        return undefined;
    }

    #onConnected(callId: string): void {
        const call = this.#calls.get(callId);
        if (!call || call.session.state === CallState.Connected) return;
        const wasDialing = call.session.state === CallState.Dialing;
        this.#send(callId, { type: 'connected', at: this.#now() });
        const view = this.view(callId);
        if (wasDialing && view && view.state === CallState.Connected)
            this.#options.listener.callAnswered(view);
    }

    #onHoldChanged(callId: string, held: boolean): void {
        const call = this.#calls.get(callId);
        if (!call) return;
        const isHeld = call.session.state === CallState.Held;
        if (held !== isHeld) this.#send(callId, { type: held ? 'hold' : 'resume', at: this.#now() });
    }

    #onEnded(callId: string, cause: CallEndCause, detail?: string): void {
        const call = this.#calls.get(callId);
        if (!call || !LIVE_STATES.has(call.session.state)) return;
        this.#send(callId, {
            type: 'ended',
            at: this.#now(),
            cause,
            ...(detail === undefined ? {} : { detail })
        });
        const view = this.view(callId);
        if (view && call.announced && !call.endedByAgent) this.#options.listener.callEnded(view, cause);
    }

    #onSessionChanged(callId: string): void {
        const call = this.#calls.get(callId);
        if (!call) return;
        const state = call.session.state;
        // The update is stored (held) from the first ring, sent once the phone call is over.
        if (state === CallState.Ringing && call.voiceCallId === undefined) return;
        if (LIVE_STATES.has(state)) {
            this.#enqueueUpdate(callId, true);
        } else if (!call.finalQueued) {
            call.finalQueued = true;
            this.#enqueueUpdate(callId, false);
        }
    }

    /** Forgets calls that are over; kept until then so that a command's answer can still describe its call. */
    #forgetFinishedCalls(): void {
        for (const [callId, call] of this.#calls) if (call.session.terminal) this.#calls.delete(callId);
    }

    #enqueueUpdate(callId: string, provisional: boolean): void {
        const draft = this.#updateDraft(callId);
        if (!draft) return;
        try {
            this.#options.updates.enqueue(draft, { provisional });
            if (!provisional) void this.#options.updates.flush();
        } catch (error) {
            this.#options.log.warn(
                `VoiceCall update of call ${callId} could not be queued: ${messageOf(error)}`
            );
        }
    }

    #updateDraft(callId: string): VoiceCallUpdateDraft | undefined {
        const call = this.#calls.get(callId);
        if (!call) return undefined;
        const snapshot = call.session.snapshot();
        if (snapshot.direction === null || snapshot.number === null) return undefined;
        const inbound = snapshot.direction === 'inbound';
        const times = snapshot.timestamps;
        const start = times.ringStartedAt ?? times.dialStartedAt ?? times.createdAt;
        return {
            callId,
            logObject: 'VoiceCall',
            phoneNumber: snapshot.number,
            fields: {
                Subject: `${inbound ? 'Call from' : 'Call to'} ${snapshot.number}`,
                CallType: inbound ? 'Inbound' : 'Outbound',
                CallDurationInSeconds: Math.round(snapshot.durations.talkMs / 1000),
                ActivityDate: iso(start).slice(0, 10),
                Status: 'Completed',
                ...(call.voiceCallId === undefined ? {} : { VoiceCallId: call.voiceCallId }),
                InitiationMethod: inbound ? 'Inbound' : 'Outbound',
                FromNumber: inbound ? snapshot.number : this.#agentLine,
                ToNumber: inbound ? this.#agentLine : snapshot.number,
                StartTime: iso(start),
                ...(times.disconnectedAt === null ? {} : { EndTime: iso(times.disconnectedAt) }),
                ...(times.connectedAt === null ? {} : { AcceptTime: iso(times.connectedAt) }),
                TotalHoldSeconds: Math.round(snapshot.durations.holdMs / 1000)
            }
        };
    }

    // ----- helpers

    #send(callId: string, event: CallEvent): void {
        const call = this.#calls.get(callId);
        if (!call || call.session.terminal) {
            this.#options.log.warn(`Ignored ${event.type} for unknown call ${callId}.`);
            return;
        }
        try {
            call.session.send(event);
        } catch (error) {
            this.#options.log.warn(`Call ${callId}: ${messageOf(error)}`);
        }
    }

    #live(callId: string): LineCall {
        const call = this.#calls.get(callId);
        if (!call || !LIVE_STATES.has(call.session.state))
            throw new TelephonyError(
                'no-such-call',
                `There is no call ${callId} in progress; it may have ended already.`
            );
        return call;
    }

    #requireState(callId: string, allowed: readonly CallState[], action: string): LineCall {
        const call = this.#live(callId);
        if (!allowed.includes(call.session.state))
            throw new TelephonyError(
                'invalid-state',
                `Cannot ${action} the call: it is ${call.session.state}.`
            );
        return call;
    }

    #requireView(callId: string): VoiceCallView {
        const view = this.view(callId);
        if (!view) throw new TelephonyError('no-such-call', `There is no call ${callId}.`);
        return view;
    }

    /** A number to dial: E.164 when it reads as one, else the digits of an extension or short code. */
    #readNumber(input: string): string {
        const parsed = parsePhoneNumber(input, this.#options.settings.defaultCountry);
        if (parsed.ok) return parsed.e164;
        const digits = dialableDigits(input);
        if (parsed.reason === 'too-short' && /^\d{2,8}$/.test(digits)) return digits;
        throw new TelephonyError('invalid-number', parsed.message);
    }

    #now(): number {
        return this.#options.clock.now();
    }
}
