import { Inviter, SessionState } from 'sip.js';
import type {
    Invitation,
    Session,
    SessionDelegate,
    SessionDescriptionHandlerModifier,
    UserAgent,
    UserAgentOptions
} from 'sip.js';
import type { IncomingResponse } from 'sip.js/lib/core/index.js';
import { systemClock } from '../../time';
import type { Clock, TimerHandle } from '../../time';
import { CallTable } from '../call-table';
import { TelephonyError } from '../telephony-error';
import type {
    CallEndCause,
    CallProgress,
    DeclineOptions,
    DialOptions,
    RegistrationState,
    TelephonyCredentials,
    TelephonyProvider,
    TelephonyProviderDelegate
} from '../telephony-provider';
import {
    DTMF_GAP_MS,
    DTMF_RELAY_CONTENT_TYPE,
    DTMF_TONE_MS,
    dtmfRelayBody,
    toneOfDtmfRelay
} from './dtmf-relay';
import { enoughIceCandidatesFor } from './enough-ice-candidates';
import { IceServerSource } from './ice-server-source';
import { incomingCallFromInvite } from './incoming-call-from-invite';
import { isLoopbackServer, keepLoopbackCandidates } from './loopback-media';
import { Microphone } from './microphone';
import { createRemoteAudioElement } from './remote-audio';
import type { RemoteAudio } from './remote-audio';
import type { SipCall, SipCallState } from './sip-call';
import { checkSipCredentials } from './sip-credentials';
import { endCauseForStatus, statusText } from './sip-end-cause';
import { SipLine } from './sip-line';
import { QualityMonitor } from '../quality/quality-monitor';
import { audioSenderOf, remoteStreamOf, setSending, statsSourceOf } from './session-media';
import { mixConference } from './conference-mix';
import { referToWithReplaces } from './refer-to-with-replaces';
import type { ConferenceMix } from './conference-mix';
import { sipTarget } from './sip-target';
import { softphoneSessionDescriptionHandlerFactory } from './softphone-session-description-handler';
import { DEFAULT_RECONNECT_BACKOFF } from './sip-telephony-provider-options';
import type {
    NetworkEvents,
    SipProviderLog,
    SipTelephonyProviderOptions
} from './sip-telephony-provider-options';
import { messageOf } from '../../errors';

type Lifecycle = 'running' | 'disposing' | 'disposed';

const CONNECTED: readonly SipCallState[] = ['connected', 'held'];
const DTMF_DIGITS = /^[0-9A-D*#]+$/;
const HEADER_NAME = /^X-[A-Za-z0-9-]{1,64}$/i;
/** How long un-REGISTER and BYE may take when the agent leaves, before the socket is closed anyway. */
const GOODBYE_TIMEOUT_MS = 2_000;
/** Longest wait for the ACK of an answered call before a hold or resume goes out anyway. */
const ACK_WAIT_MS = 2_000;
/** How long a call may stay without its signalling or media path before it ends with `connection-lost`. */
export const CALL_RECOVERY_LIMIT_MS = 30_000;
/** ICE `disconnected` often heals by itself within a few seconds; after this, the ICE is restarted. */
const ICE_DISCONNECTED_GRACE_MS = 2_000;
const RECOVERING_SIGNALLING =
    'The connection to the phone system dropped; keeping the call while reconnecting.';
const RECOVERING_MEDIA = 'The network path of the call dropped; restarting it.';
/** Longest wait for TURN credentials being fetched before a call's media is set up without them. */
const TURN_WAIT_MS = 3_000;
/** A consultation leg handed over by an attended transfer is hung up by the target; if not, by us after this. */
const TRANSFERRED_LEG_TIMEOUT_MS = 32_000;

const SILENT_LOG: SipProviderLog = { info: () => undefined, warn: () => undefined };

const STATE_WORDS: Readonly<Record<SipCallState, string>> = {
    ringing: 'is ringing',
    answering: 'is being answered',
    dialing: 'has not been answered yet',
    connected: 'is connected',
    held: 'is on hold'
};

function rethrowLater(error: unknown): void {
    queueMicrotask(() => {
        throw error;
    });
}

function defaultRemoteAudio(
    callId: string,
    speakerId?: () => string,
    onPlayRefused?: () => void
): RemoteAudio | undefined {
    return typeof document === 'undefined'
        ? undefined
        : createRemoteAudioElement(document, callId, speakerId, onPlayRefused);
}

function defaultNetwork(): NetworkEvents | undefined {
    const scope = globalThis as { addEventListener?: unknown; removeEventListener?: unknown };
    return typeof window !== 'undefined' && typeof scope.addEventListener === 'function'
        ? (globalThis as unknown as NetworkEvents)
        : undefined;
}

function defaultMediaDevices(): MediaDevices | undefined {
    return typeof navigator === 'undefined' ? undefined : navigator.mediaDevices;
}

/** Extra headers for an outbound INVITE: only `X-` names, values on one line. */
function extraHeaders(headers: Readonly<Record<string, string>> | undefined): string[] {
    return Object.entries(headers ?? {})
        .filter(([name, value]) => HEADER_NAME.test(name) && !/[\r\n]/.test(value))
        .map(([name, value]) => `${name}: ${value.slice(0, 1024)}`);
}

/** Resolves on a 2xx to an in-dialog request, rejects with `failed` and the status on anything else. */
function untilAnswered(
    send: (delegate: {
        onAccept: () => void;
        onReject: (response: IncomingResponse) => void;
    }) => Promise<unknown>,
    refused: (status: string) => string
): Promise<void> {
    return new Promise<void>((resolve, reject) => {
        send({
            onAccept: () => resolve(),
            onReject: (response) =>
                reject(
                    new TelephonyError(
                        'failed',
                        refused(statusText(response.message.statusCode ?? 500, response.message.reasonPhrase))
                    )
                )
        }).catch((error: unknown) =>
            reject(
                error instanceof TelephonyError
                    ? error
                    : new TelephonyError('failed', refused(messageOf(error)))
            )
        );
    });
}

/**
 * The `sip` telephony provider: the agent's phone on a PBX through SIP over WebSocket and WebRTC, with
 * SIP.js doing all of the SIP (RFC 3261 and friends). Each agent signs in with their own SIP user and
 * password ({@link SipTelephonyProvider.signIn}); the password stays in memory, in this object and SIP.js,
 * and is never logged or stored.
 *
 * @remarks
 * - Registration (`register()` / `unregister()`) and reconnection belong to a `SipLine`: when the WebSocket
 *   drops it reconnects with backoff and jitter and registers again; 401/403 make
 *   {@link SipTelephonyProvider.credentials} `needed` again. Failures reach `onRegistrationChanged` in words.
 * - Inbound: an INVITE becomes `onIncomingCall` (number, display name, `X-` headers lower-cased); `answer()`
 *   sends 200 OK with the agent's microphone, `decline()` 603 Decline (486 Busy Here with `reason: busy`);
 *   the caller's CANCEL ends it with `caller-cancelled`, SIP.js's no-answer timer with `no-answer`.
 * - Outbound: `dial()` resolves once the INVITE is sent; 100/180/183 become progress, a final refusal an
 *   end cause ({@link endCauseForStatus}).
 * - Media set-up is quick for both directions: while the agent is registered the microphone stays open and
 *   each call takes its own copy of its track ({@link Microphone}); with `microphoneBetweenCalls` `closed`,
 *   each call opens the microphone instead and closes it when it ends. An offer or answer goes out once it
 *   lists the ICE candidates that matter for the configured ICE servers ({@link enoughIceCandidatesFor}), at
 *   most `iceGatheringTimeoutMs` after it was created.
 * - Hold and resume are re-INVITEs (`sendonly` / `sendrecv`) confirmed by `onHoldChanged`; the agent's
 *   microphone is silent while held or muted. DTMF goes as RFC 4733 telephone-events when the call
 *   negotiated them, else as SIP INFO `application/dtmf-relay`; DTMF received by INFO becomes `onDtmf`.
 * - Blind transfer is a REFER to the target; attended transfer a REFER with Replaces to the consultation
 *   call. Each of the agent's legs then ends with `transferred`.
 * - Network changes: a connected call whose WebSocket dropped keeps its media and is kept while the line
 *   reconnects the same user agent and registers again, then re-INVITEs with an ICE restart (which also gives
 *   the other side the agent's new Contact); a 481/408 to that means the call had ended at the PBX, and it ends
 *   here. ICE `failed` (or `disconnected` for 2 s) and the browser coming back `online` restart ICE the same
 *   way. `onCallRecovering` tells the engine while a call recovers; one not recovered within 30 s, and calls
 *   still being set up when the WebSocket drops, end with `connection-lost` (still logged).
 * - Remote audio plays through an `<audio>` element per call. A refused microphone rejects `dial()` and
 *   `answer()` with a `microphone-denied` {@link TelephonyError}; when it cannot be kept open ahead, each
 *   call asks for it again.
 *
 * Events about a command's own call are reported before its promise settles. Commands refuse with a
 * `TelephonyError`: `credentials-needed` before sign-in, `no-such-call`, `invalid-state` (saying what to do),
 * `invalid-number`, `failed` (with the PBX's status), `microphone-denied`.
 * @public
 */
export class SipTelephonyProvider implements TelephonyProvider {
    readonly kind = 'sip';
    delegate: TelephonyProviderDelegate | undefined;

    readonly #clock: Clock;
    readonly #log: SipProviderLog;
    readonly #onDelegateError: (error: unknown) => void;
    readonly #remoteAudio: (callId: string) => RemoteAudio | undefined;
    readonly #modifiers: SessionDescriptionHandlerModifier[];
    readonly #mediaOptions: { readonly iceGatheringTimeout: number };
    readonly #microphone: Microphone;
    /** ICE servers with current TURN credentials, for each new call's peer connection. */
    readonly #iceServers: IceServerSource;
    /** Whether the microphone stays open between calls while the agent is registered. */
    readonly #keepMicrophoneOpen: boolean;
    readonly #calls = new CallTable<SipCall>();
    /** Legs handed over by an attended transfer, hung up by us if the target does not. */
    readonly #handedOver = new Set<Session>();
    /** The conference mixed here, and its two calls, while it lasts. */
    #conferenceMix: { readonly calls: readonly [SipCall, SipCall]; readonly mix: ConferenceMix } | undefined;
    #line: SipLine | undefined;
    /** A line whose credentials the PBX refused, kept open only until its calls are over. */
    #refusedLine: SipLine | undefined;
    #registration: RegistrationState = 'unregistered';
    readonly #watchedConnections = new WeakSet<RTCPeerConnection>();
    readonly #onOnline = (): void => this.#onNetworkChange(true);
    readonly #onOffline = (): void => this.#onNetworkChange(false);
    readonly #network: NetworkEvents | undefined;
    #lifecycle: Lifecycle = 'running';

    readonly #options: SipTelephonyProviderOptions;
    constructor(options: SipTelephonyProviderOptions) {
        this.#options = options;
        this.#clock = options.clock ?? systemClock;
        this.#log = options.log ?? SILENT_LOG;
        this.#onDelegateError = options.onDelegateError ?? rethrowLater;
        this.#remoteAudio =
            options.remoteAudio ??
            ((callId) => defaultRemoteAudio(callId, options.speakerId, options.onPlaybackRefused));
        // A PBX on this machine (tests): the other parties are here too, so media stays on the loopback interface.
        this.#modifiers = isLoopbackServer(options.server) ? [keepLoopbackCandidates] : [];
        this.#mediaOptions = { iceGatheringTimeout: options.iceGatheringTimeoutMs ?? 1_000 };
        this.#microphone = new Microphone(options.mediaDevices ?? defaultMediaDevices, options.microphoneId);
        this.#keepMicrophoneOpen = (options.microphoneBetweenCalls ?? 'open') === 'open';
        this.#network = options.network ?? defaultNetwork();
        this.#network?.addEventListener('online', this.#onOnline);
        this.#network?.addEventListener('offline', this.#onOffline);
        this.#iceServers = new IceServerSource({
            urls: options.iceServers ?? [],
            policy: options.iceTransportPolicy ?? 'all',
            ...(options.turnCredentials ? { fetchCredentials: options.turnCredentials } : {}),
            clock: this.#clock,
            onProblem: (problem) => {
                if (problem) this.#log.warn(problem.detail);
                try {
                    options.onIceServerProblem?.(problem);
                } catch (error) {
                    this.#onDelegateError(error);
                }
            }
        });
    }

    /** `needed` until the agent signed in, and again after the PBX refused the user name or password. */
    get credentials(): 'needed' | 'ok' {
        return this.#line ? 'ok' : 'needed';
    }

    /** Registration as last reported through `onRegistrationChanged`. */
    get registrationState(): RegistrationState {
        return this.#registration;
    }

    /**
     * Takes the agent's SIP user and password (kept in memory only) for the registrations and calls that
     * follow; a line under earlier credentials is closed.
     * @throws TelephonyError `invalid-credentials` when one is blank or unusable; `invalid-state` during a call.
     */
    async signIn(credentials: TelephonyCredentials): Promise<void> {
        this.#assertRunning('signIn');
        const checked = checkSipCredentials(credentials);
        if (this.#calls.size > 0) {
            throw new TelephonyError(
                'invalid-state',
                'Cannot sign in again during a call: end the call first.'
            );
        }
        const previous = [this.#line, this.#refusedLine];
        this.#line = this.#createLine(checked);
        this.#refusedLine = undefined;
        this.#microphone.release();
        for (const line of previous) await line?.dispose();
        if (this.#registration !== 'unregistered') this.#setRegistration('unregistered');
    }

    /**
     * Registers the signed-in agent; resolves once the PBX accepted it (retries go on in the background).
     * With `microphoneBetweenCalls` `open` (the default) the microphone opens now and stays open until the
     * agent un-registers, so calls start without waiting for it; with `closed` each call opens its own.
     */
    async register(): Promise<void> {
        this.#assertRunning('register');
        const line = this.#requireLine('register');
        this.#iceServers.start();
        if (this.#keepMicrophoneOpen) void this.#microphone.keepOpen();
        await line.register();
    }

    /** Un-registers and closes the microphone kept open for calls, if any; calls in progress go on. */
    async unregister(): Promise<void> {
        this.#assertRunning('unregister');
        this.#microphone.release();
        const line = this.#line;
        if (line) await line.unregister();
        else if (this.#registration !== 'unregistered') this.#setRegistration('unregistered');
    }

    /**
     * Places an outbound call to `number` (E.164, or the digits of an extension); resolves with its id once
     * the INVITE is sent. `options.headers` (`X-` names only) go on the INVITE.
     */
    async dial(number: string, options?: DialOptions): Promise<string> {
        this.#assertRunning('dial');
        const line = this.#requireLine('dial');
        const target = sipTarget(number, this.#options.domain);
        if (!target) {
            throw new TelephonyError(
                'invalid-number',
                `Cannot dial "${number}": use an E.164 number such as +14155550123 or an extension's digits.`
            );
        }
        this.#iceServers.start();
        const [userAgent] = await Promise.all([line.connect(), this.#iceServers.ready(TURN_WAIT_MS)]);
        this.#assertRunning('dial');
        const inviter = new Inviter(userAgent, target, {
            earlyMedia: true,
            extraHeaders: extraHeaders(options?.headers),
            sessionDescriptionHandlerOptions: this.#sessionOptions(false),
            sessionDescriptionHandlerModifiers: this.#modifiers,
            sessionDescriptionHandlerOptionsReInvite: this.#sessionOptions(false),
            sessionDescriptionHandlerModifiersReInvite: this.#modifiers
        });
        const call = this.#addCall(inviter, 'outbound', number, 'dialing', inviter.request.callId);
        try {
            await inviter.invite({
                requestDelegate: {
                    onTrying: () => this.#progress(call, 'trying'),
                    onProgress: (response) =>
                        this.#progress(
                            call,
                            response.message.statusCode === 183 && response.message.body
                                ? 'early-media'
                                : 'ringing'
                        ),
                    onReject: (response) => {
                        const { statusCode, reasonPhrase } = response.message;
                        call.remoteEnd = {
                            cause: endCauseForStatus(statusCode ?? 500),
                            detail: statusText(statusCode ?? 500, reasonPhrase)
                        };
                    }
                }
            });
        } catch (error) {
            this.#forget(call);
            if (error instanceof TelephonyError) throw error;
            throw new TelephonyError('failed', `Could not place the call to ${number}: ${messageOf(error)}`);
        }
        this.#announce(call);
        return call.callId;
    }

    /** Answers a ringing inbound call with the agent's microphone; `onConnected` follows once 200 OK is sent. */
    async answer(callId: string): Promise<void> {
        const call = this.#callIn(callId, 'answer', ['ringing']);
        call.state = 'answering';
        await this.#iceServers.ready(TURN_WAIT_MS);
        try {
            await (call.session as Invitation).accept({
                sessionDescriptionHandlerOptions: this.#sessionOptions(false),
                sessionDescriptionHandlerModifiers: this.#modifiers
            });
        } catch (error) {
            // SIP.js has already refused the call (480) and ended the session: onEnded(media-failed) follows.
            this.#endFromProvider(call, 'media-failed', messageOf(error));
            if (error instanceof TelephonyError) throw error;
            throw new TelephonyError('failed', `Could not answer call ${callId}: ${messageOf(error)}`);
        }
    }

    /** Refuses a ringing inbound call: 603 Decline, or 486 Busy Here with `reason: 'busy'`; `onEnded(declined)`. */
    async decline(callId: string, options?: DeclineOptions): Promise<void> {
        const call = this.#callIn(callId, 'decline', ['ringing']);
        const busy = options?.reason === 'busy';
        this.#end(call, 'declined', busy ? '486 Busy Here' : '603 Decline');
        await this.#quietly('decline', () =>
            (call.session as Invitation).reject(
                busy
                    ? { statusCode: 486, reasonPhrase: 'Busy Here' }
                    : { statusCode: 603, reasonPhrase: 'Decline' }
            )
        );
    }

    /** Ends a call in any state (CANCEL, 603, or BYE): `onEnded(local-hang-up)` at once. */
    async hangUp(callId: string): Promise<void> {
        const call = this.#liveCall(callId, 'hangUp');
        this.#end(call, 'local-hang-up');
        await this.#quietly('hangUp', () => this.#release(call.session));
    }

    /** Puts a connected call on hold (re-INVITE `sendonly`); `onHoldChanged(callId, true)` once accepted. */
    async hold(callId: string): Promise<void> {
        const call = this.#callIn(callId, 'hold', ['connected']);
        if (this.#inConference(call)) await this.#endConference();
        await this.#reinvite(call, true);
    }

    /** Takes a held call off hold (re-INVITE `sendrecv`); `onHoldChanged(callId, false)` once accepted. */
    async resume(callId: string): Promise<void> {
        await this.#reinvite(this.#callIn(callId, 'resume', ['held']), false);
    }

    /** Silences the agent's microphone on a connected or held call. Reports nothing. */
    async mute(callId: string): Promise<void> {
        const call = this.#callIn(callId, 'mute', CONNECTED);
        call.muted = true;
        if (this.#inConference(call)) this.#conferenceMix?.mix.muteMicrophone(true);
        else setSending(call.session.sessionDescriptionHandler, false);
    }

    /** Turns the agent's microphone back on (unless the call is held). Reports nothing. */
    async unmute(callId: string): Promise<void> {
        const call = this.#callIn(callId, 'unmute', CONNECTED);
        call.muted = false;
        if (this.#inConference(call)) this.#conferenceMix?.mix.muteMicrophone(false);
        else setSending(call.session.sessionDescriptionHandler, call.state === 'connected');
    }

    /**
     * Sends DTMF on a connected call: RFC 4733 telephone-events when negotiated, else one SIP INFO per tone,
     * each waiting for the other side's 200 OK. Either way tones sent while earlier ones are still on their
     * way follow them, so a string keyed quickly arrives whole and in order.
     */
    async sendDtmf(callId: string, digits: string): Promise<void> {
        const call = this.#callIn(callId, 'sendDtmf', ['connected']);
        if (!DTMF_DIGITS.test(digits)) {
            throw new TelephonyError(
                'invalid-number',
                `Cannot send DTMF "${digits}": use 0-9, *, # and A-D.`
            );
        }
        const handler = call.session.sessionDescriptionHandler;
        if (handler?.sendDtmf(digits, { duration: DTMF_TONE_MS, interToneGap: DTMF_GAP_MS })) return;
        const sent = call.dtmfInfo.then(() => this.#sendDtmfInfo(call, digits));
        // A refused tone fails its own send; the tones after it still go.
        call.dtmfInfo = sent.catch(() => undefined);
        await sent;
    }

    async #sendDtmfInfo(call: SipCall, digits: string): Promise<void> {
        for (const tone of digits) {
            await untilAnswered(
                (requestDelegate) =>
                    call.session.info({
                        requestDelegate,
                        requestOptions: {
                            body: {
                                contentDisposition: 'render',
                                contentType: DTMF_RELAY_CONTENT_TYPE,
                                content: dtmfRelayBody(tone)
                            }
                        }
                    }),
                (status) => `The other party refused the tone ${tone} (${status}).`
            );
        }
    }

    /** REFERs the other party on a connected or held call to `target`, then leaves: `onEnded(transferred)`. */
    async blindTransfer(callId: string, target: string): Promise<void> {
        const call = this.#callIn(callId, 'blindTransfer', CONNECTED);
        const uri = sipTarget(target, this.#options.domain);
        if (!uri) {
            throw new TelephonyError(
                'invalid-number',
                `Cannot transfer call ${callId} to "${target}": use an E.164 number or an extension's digits.`
            );
        }
        await untilAnswered(
            (requestDelegate) => call.session.refer(uri, { requestDelegate }),
            (status) => `The other party refused the transfer to ${target} (${status}).`
        );
        this.#end(call, 'transferred', target);
        await this.#quietly('blindTransfer', () => call.session.bye());
    }

    /**
     * REFERs the caller on `callId` to the party of `consultCallId` with Replaces, so the two are joined;
     * both of the agent's legs then end with `transferred`. The target ends the consultation leg itself.
     */
    async attendedTransfer(callId: string, consultCallId: string): Promise<void> {
        const call = this.#liveCall(callId, 'attendedTransfer');
        const consult = this.#liveCall(consultCallId, 'attendedTransfer');
        if (call === consult) {
            throw new TelephonyError(
                'invalid-state',
                `Cannot attendedTransfer call ${callId} to itself: pass the consultation call the agent dialled.`
            );
        }
        this.#assertState(call, 'attendedTransfer', CONNECTED);
        this.#assertState(consult, 'attendedTransfer', CONNECTED);
        await untilAnswered(
            (requestDelegate) =>
                call.session.refer(referToWithReplaces(consult.session) ?? consult.session, {
                    requestDelegate
                }),
            (status) => `The other party refused the transfer (${status}).`
        );
        this.#end(call, 'transferred', consult.remoteNumber);
        this.#end(consult, 'transferred', call.remoteNumber);
        this.#handOver(consult.session);
        await this.#quietly('attendedTransfer', () => call.session.bye());
    }

    /**
     * Joins two connected calls into a three-way conference mixed here with Web Audio (see `mixConference`):
     * each party hears the agent and the other party. It ends when either call ends or is put on hold.
     */
    async conference(callId: string, otherCallId: string): Promise<void> {
        const call = this.#callIn(callId, 'conference', ['connected']);
        const other = this.#callIn(otherCallId, 'conference', ['connected']);
        if (call === other) {
            throw new TelephonyError(
                'invalid-state',
                `Cannot conference call ${callId} with itself: pass the agent's other call.`
            );
        }
        const legs = [call, other].map((leg) => ({
            sender: audioSenderOf(leg.session.sessionDescriptionHandler),
            remote: remoteStreamOf(leg.session.sessionDescriptionHandler)
        }));
        const [first, second] = legs;
        const microphone = first?.sender?.track;
        if (!first?.sender || !first.remote || !second?.sender || !second.remote || !microphone) {
            throw new TelephonyError('failed', 'Cannot start the conference: a call has no audio yet.');
        }
        await this.#endConference();
        const context = (this.#options.audioContext ?? (() => new AudioContext()))();
        const mix = await mixConference(context, microphone, [
            { sender: first.sender, remote: first.remote },
            { sender: second.sender, remote: second.remote }
        ]);
        this.#conferenceMix = { calls: [call, other], mix };
        mix.muteMicrophone(call.muted || other.muted);
    }

    #inConference(call: SipCall): boolean {
        return this.#conferenceMix?.calls.includes(call) === true;
    }

    /** Stops the conference mix: each call still on sends the agent's microphone alone again (held: nothing). */
    async #endConference(): Promise<void> {
        const conference = this.#conferenceMix;
        if (!conference) return;
        this.#conferenceMix = undefined;
        await conference.mix.stop();
        for (const call of conference.calls) {
            if (this.#calls.has(call.callId)) {
                setSending(call.session.sessionDescriptionHandler, call.state === 'connected' && !call.muted);
            }
        }
    }

    /**
     * Hangs up every call, closes the microphone, un-registers (waiting at most 2 s), closes the WebSocket
     * and forgets the credentials; then reports nothing more. Calling it again does nothing.
     */
    async dispose(): Promise<void> {
        if (this.#lifecycle !== 'running') return;
        this.#lifecycle = 'disposing';
        this.#iceServers.dispose();
        this.#network?.removeEventListener('online', this.#onOnline);
        this.#network?.removeEventListener('offline', this.#onOffline);
        this.#microphone.release();
        for (const call of this.#calls.list()) {
            this.#end(call, 'local-hang-up');
            await this.#quietly('dispose', () => this.#release(call.session));
        }
        for (const session of this.#handedOver) await this.#quietly('dispose', () => this.#release(session));
        this.#handedOver.clear();
        const line = this.#line;
        this.#line = undefined;
        if (line) {
            // Bounded: the line waits at most GOODBYE_TIMEOUT_MS for the PBX.
            await line.unregister().catch(() => undefined);
            await line.dispose();
        }
        await this.#refusedLine?.dispose();
        this.#refusedLine = undefined;
        if (this.#registration !== 'unregistered') this.#setRegistration('unregistered');
        this.#lifecycle = 'disposed';
    }

    // ----- the line

    #createLine(credentials: TelephonyCredentials): SipLine {
        const options = this.#options;
        const userAgentOptions: UserAgentOptions = {
            transportOptions: { server: options.server, connectionTimeout: 5 },
            ...(options.transportConstructor ? { transportConstructor: options.transportConstructor } : {}),
            sessionDescriptionHandlerFactory:
                options.sessionDescriptionHandlerFactory ??
                softphoneSessionDescriptionHandlerFactory({
                    openMicrophone: (constraints) => this.#microphone.open(constraints),
                    enough: enoughIceCandidatesFor(options.iceServers ?? []),
                    clock: this.#clock,
                    configuration: () => this.#iceServers.configuration(),
                    onCandidateError: (url, code, text) => {
                        // 401/403: the STUN/TURN error codes of wrong credentials (RFC 8489 section 14.8).
                        if (code === 401 || code === 403) this.#iceServers.refused(url, code, text);
                        else this.#log.warn(`ICE server ${url} answered ${code} ${text}`.trim());
                    }
                }),
            sessionDescriptionHandlerFactoryOptions: {
                iceGatheringTimeout: this.#mediaOptions.iceGatheringTimeout,
                // The ICE servers come per call from the handler factory's `configuration`.
                peerConnectionConfiguration: {}
            },
            noAnswerTimeout: options.noAnswerTimeout ?? 60,
            userAgentString: options.userAgentString ?? 'Softphone for Salesforce (SIP.js)',
            logBuiltinEnabled: false,
            logLevel: 'warn',
            logConnector: (level, category, _label, content) => {
                if (level === 'error' || level === 'warn') this.#log.warn(`SIP.js ${category}: ${content}`);
            }
        };
        const line: SipLine = new SipLine(
            {
                server: options.server,
                domain: options.domain,
                credentials,
                clock: this.#clock,
                backoff: options.reconnectBackoff ?? DEFAULT_RECONNECT_BACKOFF,
                random: options.random ?? Math.random,
                registrationExpires: options.registrationExpires ?? 600,
                requestTimeoutMs: GOODBYE_TIMEOUT_MS,
                userAgentOptions
            },
            {
                onRegistration: (state, reason) => {
                    if (this.#line !== line) return;
                    this.#setRegistration(state, reason);
                    if (state === 'registered') this.#onLineRegistered();
                },
                onCredentialsRefused: () => {
                    if (this.#line !== line) return;
                    // Forget them: the agent types them again. The line closes once its calls are over.
                    this.#line = undefined;
                    this.#refusedLine = line;
                    this.#microphone.release();
                    this.#closeRefusedLine();
                },
                onInvite: (invitation) => this.#onInvite(invitation),
                onConnectionLost: (userAgent) => this.#onConnectionLost(userAgent),
                keepsCalls: (userAgent) => this.#keepsCalls(userAgent)
            }
        );
        return line;
    }

    #requireLine(command: string): SipLine {
        const line = this.#line;
        if (!line) {
            throw new TelephonyError(
                'credentials-needed',
                `Cannot ${command}: sign in to the phone system with your user name and password first.`
            );
        }
        return line;
    }

    /**
     * The WebSocket under `userAgent` dropped. A connected or held call keeps its media (which does not go
     * through the WebSocket) and is recovered once the line reconnected and registered: a re-INVITE with an ICE
     * restart tells the other side where the agent is now. Calls still being set up end, as do calls not
     * recovered within {@link CALL_RECOVERY_LIMIT_MS}.
     */
    #onConnectionLost(userAgent: UserAgent): void {
        for (const call of this.#callsOn(userAgent)) {
            if (call.state === 'connected' || call.state === 'held') {
                this.#startRecovery(call, RECOVERING_SIGNALLING);
                continue;
            }
            this.#dropCall(call);
        }
    }

    #dropCall(call: SipCall): void {
        this.#end(call, 'connection-lost', 'The connection to the phone system was lost.');
        // Stop the media and SIP.js's timers; the BYE or CANCEL this sends cannot leave a closed socket.
        void this.#quietly('connection lost', () => call.session.dispose());
    }

    #startRecovery(call: SipCall, reason: string): void {
        const first = call.recovering === undefined;
        call.recovering = reason;
        if (first) {
            call.recoveryTimer = this.#clock.setTimer(() => {
                call.recoveryTimer = undefined;
                if (this.#calls.has(call.callId) && call.recovering !== undefined) this.#dropCall(call);
            }, CALL_RECOVERY_LIMIT_MS);
        }
        this.#reportFor(call, (delegate) => delegate.onCallRecovering?.(call.callId, true, reason));
    }

    #endRecovery(call: SipCall): void {
        if (call.recovering === undefined) return;
        call.recovering = undefined;
        if (call.recoveryTimer !== undefined) this.#clock.clearTimer(call.recoveryTimer as TimerHandle);
        call.recoveryTimer = undefined;
        this.#reportFor(call, (delegate) => delegate.onCallRecovering?.(call.callId, false));
    }

    /** Whether calls still use `userAgent`: the line then revives it rather than replacing it. */
    #keepsCalls(userAgent: UserAgent): boolean {
        return this.#callsOn(userAgent).some((call) => call.recovering !== undefined);
    }

    /** The line registered again: calls kept through the outage refresh their dialog and restart ICE. */
    #onLineRegistered(): void {
        for (const call of this.#calls.list()) {
            if (call.recovering === RECOVERING_SIGNALLING && call.session.userAgent.isConnected())
                void this.#restartIce(call);
        }
    }

    /**
     * Sends a re-INVITE with an ICE restart (RFC 8445 section 9): new ICE credentials and candidates for the
     * media, and, as any re-INVITE does, the agent's current Contact for the other side's next requests. A
     * 481 or 408 means the other side or the PBX ended the call while it could not tell us: it ends here too.
     */
    async #restartIce(call: SipCall): Promise<void> {
        if (call.restartingIce || call.reinviting || !this.#calls.has(call.callId)) return;
        call.restartingIce = true;
        const options = {
            ...this.#sessionOptions(call.state === 'held'),
            offerOptions: { iceRestart: true }
        };
        try {
            await new Promise<void>((resolve, reject) => {
                call.session
                    .invite({
                        requestDelegate: {
                            onAccept: () => resolve(),
                            onReject: (response) => reject(response.message.statusCode ?? 500)
                        },
                        sessionDescriptionHandlerOptions: options,
                        sessionDescriptionHandlerModifiers: this.#modifiers
                    })
                    .catch((error: unknown) => reject(error));
            });
            if (this.#calls.has(call.callId)) this.#endRecovery(call);
        } catch (failure) {
            if (!this.#calls.has(call.callId)) return;
            if (failure === 481 || failure === 408) {
                this.#end(
                    call,
                    'remote-hang-up',
                    `The call had ended at the phone system (${String(failure)}).`
                );
                void this.#quietly('ICE restart', () => call.session.dispose());
                return;
            }
            // Any other final answer while the signalling was being recovered: the other side cannot be reached
            // through the phone system any more (it restarted, or the other party's connection is gone).
            if (typeof failure === 'number' && failure !== 491 && call.recovering === RECOVERING_SIGNALLING) {
                this.#end(
                    call,
                    'connection-lost',
                    `The call could not be recovered after the connection dropped (${String(failure)}).`
                );
                void this.#quietly('ICE restart', () => call.session.dispose());
                return;
            }
            this.#log.warn(`ICE restart of call ${call.callId} failed: ${String(failure)}`);
        } finally {
            call.restartingIce = false;
        }
    }

    /** Follows a call's ICE: `disconnected` for a moment or `failed` restarts it; `connected` ends a recovery. */
    #watchIce(call: SipCall, connection: RTCPeerConnection): void {
        if (this.#watchedConnections.has(connection)) return;
        this.#watchedConnections.add(connection);
        let graceTimer: TimerHandle | undefined;
        const onChange = (): void => {
            if (!this.#calls.has(call.callId)) {
                connection.removeEventListener('iceconnectionstatechange', onChange);
                return;
            }
            const state = connection.iceConnectionState;
            if (graceTimer !== undefined) this.#clock.clearTimer(graceTimer);
            graceTimer = undefined;
            if (state === 'failed') {
                this.#startRecovery(call, call.recovering ?? RECOVERING_MEDIA);
                if (call.session.userAgent.isConnected()) void this.#restartIce(call);
            } else if (state === 'disconnected') {
                graceTimer = this.#clock.setTimer(() => {
                    graceTimer = undefined;
                    if (connection.iceConnectionState !== 'disconnected' || !this.#calls.has(call.callId))
                        return;
                    this.#startRecovery(call, call.recovering ?? RECOVERING_MEDIA);
                    if (call.session.userAgent.isConnected()) void this.#restartIce(call);
                }, ICE_DISCONNECTED_GRACE_MS);
            } else if (
                (state === 'connected' || state === 'completed') &&
                call.recovering === RECOVERING_MEDIA
            ) {
                this.#endRecovery(call);
            }
        };
        connection.addEventListener('iceconnectionstatechange', onChange);
    }

    /** The browser went offline: calls are told; back online, each connected call restarts its ICE. */
    #onNetworkChange(online: boolean): void {
        for (const call of this.#calls.list()) {
            if (call.state !== 'connected' && call.state !== 'held') continue;
            if (!online) this.#startRecovery(call, call.recovering ?? RECOVERING_MEDIA);
            else if (call.session.userAgent.isConnected()) void this.#restartIce(call);
        }
    }

    #callsOn(userAgent: UserAgent): SipCall[] {
        return this.#calls.list().filter((call) => call.session.userAgent === userAgent);
    }

    #closeRefusedLine(): void {
        const line = this.#refusedLine;
        if (!line || this.#calls.size > 0) return;
        this.#refusedLine = undefined;
        void line.dispose();
    }

    // ----- calls

    #onInvite(invitation: Invitation): void {
        if (this.#lifecycle !== 'running') {
            void this.#quietly('onInvite', () => invitation.reject({ statusCode: 480 }));
            return;
        }
        const call = this.#addCall(
            invitation,
            'inbound',
            invitation.remoteIdentity.uri.user ?? '',
            'ringing',
            invitation.request.callId
        );
        invitation.sessionDescriptionHandlerOptionsReInvite = this.#sessionOptions(false);
        invitation.sessionDescriptionHandlerModifiersReInvite = this.#modifiers;
        const offered = incomingCallFromInvite(call.callId, invitation.request, invitation.assertedIdentity);
        this.#announce(call, () => this.#report((delegate) => delegate.onIncomingCall?.(offered)));
    }

    #addCall(
        session: Session,
        direction: SipCall['direction'],
        remoteNumber: string,
        state: SipCallState,
        sipCallId: string
    ): SipCall {
        const callId = this.#calls.freeId(sipCallId || `call-${this.#clock.now()}`);
        const listener = (sessionState: SessionState): void => this.#onSessionState(call, sessionState);
        let acknowledge = (): void => undefined;
        const acknowledged = new Promise<void>((resolve) => {
            acknowledge = resolve;
        });
        if (direction === 'outbound') acknowledge();
        const call: SipCall = {
            callId,
            direction,
            session,
            remoteNumber,
            state,
            muted: false,
            reinviting: false,
            acknowledged,
            acknowledge,
            announced: false,
            early: [],
            remoteEnd: undefined,
            audio: undefined,
            dtmfInfo: Promise.resolve(),
            unwatch: () => session.stateChange.removeListener(listener),
            recovering: undefined,
            recoveryTimer: undefined,
            restartingIce: false,
            quality: undefined
        };
        session.delegate = this.#sessionDelegate(call);
        session.stateChange.addListener(listener);
        return this.#calls.add(call);
    }

    #sessionDelegate(call: SipCall): SessionDelegate {
        return {
            onAck: () => call.acknowledge(),
            onBye: (bye) => {
                call.remoteEnd ??= { cause: 'remote-hang-up' };
                void this.#quietly('onBye', () => bye.accept());
            },
            onCancel: () => {
                call.remoteEnd ??= { cause: 'caller-cancelled' };
            },
            onInfo: (info) => {
                const type = info.request.getHeader('content-type') ?? '';
                const tone = type.toLowerCase().startsWith(DTMF_RELAY_CONTENT_TYPE)
                    ? toneOfDtmfRelay(info.request.body)
                    : undefined;
                if (tone === undefined) {
                    void this.#quietly('onInfo', () => info.reject({ statusCode: 415 }));
                    return;
                }
                void this.#quietly('onInfo', () => info.accept());
                this.#reportFor(call, (delegate) => delegate.onDtmf?.(call.callId, tone));
            },
            // The agent's calls are moved by the agent, not by the other party.
            onRefer: (referral) => void this.#quietly('onRefer', () => referral.reject({ statusCode: 603 })),
            onSessionDescriptionHandler: (handler) => {
                const connection = (handler as { peerConnection?: RTCPeerConnection }).peerConnection;
                if (connection && typeof connection.addEventListener === 'function')
                    this.#watchIce(call, connection);
                const stream = remoteStreamOf(handler);
                if (!stream) return;
                call.audio ??= this.#remoteAudio(call.callId);
                call.audio?.play(stream);
            }
        };
    }

    #onSessionState(call: SipCall, state: SessionState): void {
        if (!this.#calls.has(call.callId)) return;
        if (state === SessionState.Established) {
            call.state = 'connected';
            this.#reportFor(call, (delegate) => delegate.onConnected?.(call.callId));
            this.#watchQuality(call, true);
            return;
        }
        // SIP.js reports a refused INVITE as terminated just before it hands the response to our delegate.
        if (state === SessionState.Terminated) queueMicrotask(() => this.#onTerminated(call));
    }

    #onTerminated(call: SipCall): void {
        const remote = call.remoteEnd;
        if (remote) {
            this.#end(call, remote.cause, remote.detail);
            return;
        }
        // Terminated with nothing said: a connected call ended by the other side or the network, an inbound
        // call that rang out (SIP.js's no-answer timer), or one whose answer failed.
        const cause: CallEndCause =
            call.state === 'connected' || call.state === 'held'
                ? 'remote-hang-up'
                : call.state === 'answering'
                  ? 'media-failed'
                  : call.state === 'ringing'
                    ? 'no-answer'
                    : 'error';
        this.#end(call, cause);
    }

    #progress(call: SipCall, progress: CallProgress): void {
        if (call.state !== 'dialing') return;
        this.#reportFor(call, (delegate) => delegate.onProgress?.(call.callId, progress));
    }

    async #reinvite(call: SipCall, hold: boolean): Promise<void> {
        if (call.reinviting) {
            throw new TelephonyError(
                'invalid-state',
                `Cannot ${hold ? 'hold' : 'resume'} call ${call.callId}: a hold or resume is on its way; wait for it.`
            );
        }
        call.reinviting = true;
        await this.#atMost(call.acknowledged, ACK_WAIT_MS);
        const options = this.#sessionOptions(hold);
        // Also the answer to any re-INVITE the other side sends while held.
        call.session.sessionDescriptionHandlerOptionsReInvite = options;
        try {
            await untilAnswered(
                (requestDelegate) =>
                    call.session.invite({ requestDelegate, sessionDescriptionHandlerOptions: options }),
                (status) => `The other party refused to ${hold ? 'go on hold' : 'resume'} (${status}).`
            );
        } catch (error) {
            call.session.sessionDescriptionHandlerOptionsReInvite = this.#sessionOptions(!hold);
            throw error;
        } finally {
            call.reinviting = false;
        }
        if (!this.#calls.has(call.callId)) return;
        call.state = hold ? 'held' : 'connected';
        setSending(call.session.sessionDescriptionHandler, !hold && !call.muted);
        this.#reportFor(call, (delegate) => delegate.onHoldChanged?.(call.callId, hold));
        this.#watchQuality(call, !hold);
    }

    /**
     * Reads the call's `getStats()` every few seconds while it is connected (a monitor per call, made when it
     * first connects) and reports each reading through `onQuality`; `false` stops it (on hold).
     */
    #watchQuality(call: SipCall, on: boolean): void {
        if (!on) {
            call.quality?.stop();
            return;
        }
        if (!call.quality) {
            const getStats = statsSourceOf(call.session.sessionDescriptionHandler);
            if (!getStats) return;
            call.quality = new QualityMonitor({
                getStats,
                clock: this.#clock,
                onSample: (sample) => {
                    if (this.#calls.has(call.callId) && call.state === 'connected')
                        this.#reportFor(call, (delegate) => delegate.onQuality?.(call.callId, sample));
                },
                onError: (error) => this.#log.warn(`Call ${call.callId} statistics: ${messageOf(error)}`)
            });
        }
        call.quality.start();
    }

    #sessionOptions(hold: boolean): {
        constraints: MediaStreamConstraints;
        iceGatheringTimeout: number;
        hold: boolean;
    } {
        return { constraints: { audio: true, video: false }, ...this.#mediaOptions, hold };
    }

    /** Ends a session from our side in whatever state it is in. */
    async #release(session: Session): Promise<void> {
        if (session instanceof Inviter && session.state !== SessionState.Established) {
            if (session.state === SessionState.Initial || session.state === SessionState.Establishing) {
                await session.cancel();
            }
            return;
        }
        if (session.state === SessionState.Established) {
            await session.bye();
            return;
        }
        if (session.state === SessionState.Initial || session.state === SessionState.Establishing) {
            await (session as Invitation).reject({ statusCode: 603, reasonPhrase: 'Decline' });
        }
    }

    /** Keeps a consultation leg handed over by an attended transfer until the target ends it, or hangs it up. */
    #handOver(session: Session): void {
        this.#handedOver.add(session);
        const forget = (state: SessionState): void => {
            if (state !== SessionState.Terminated) return;
            this.#handedOver.delete(session);
            session.stateChange.removeListener(forget);
        };
        session.stateChange.addListener(forget);
        this.#clock.setTimer(() => {
            if (!this.#handedOver.has(session)) return;
            this.#handedOver.delete(session);
            void this.#quietly('attendedTransfer', () => this.#release(session));
        }, TRANSFERRED_LEG_TIMEOUT_MS);
    }

    /** Reports the end once, stops the audio and forgets the call (later SIP.js events about it are ignored). */
    #end(call: SipCall, cause: CallEndCause, detail?: string): void {
        if (!this.#calls.has(call.callId)) return;
        this.#forget(call);
        this.#reportFor(call, (delegate) =>
            detail === undefined
                ? delegate.onEnded?.(call.callId, cause)
                : delegate.onEnded?.(call.callId, cause, detail)
        );
    }

    /** {@link SipTelephonyProvider.end} for a failure SIP.js may already have reported as Terminated. */
    #endFromProvider(call: SipCall, cause: CallEndCause, detail: string): void {
        call.remoteEnd = { cause, detail };
        if (call.session.state === SessionState.Terminated) this.#end(call, cause, detail);
    }

    #forget(call: SipCall): void {
        this.#calls.remove(call.callId);
        if (this.#inConference(call)) void this.#endConference();
        if (call.recoveryTimer !== undefined) this.#clock.clearTimer(call.recoveryTimer as TimerHandle);
        call.recoveryTimer = undefined;
        call.unwatch();
        call.quality?.stop();
        call.audio?.stop();
        call.audio = undefined;
        this.#closeRefusedLine();
    }

    /** Marks an outbound call known to the engine (its `dial()` returned), then sends what waited. */
    #announce(call: SipCall, first?: () => void): void {
        call.announced = true;
        first?.();
        const waiting = call.early.splice(0);
        if (waiting.length > 0) this.#clock.setTimer(() => waiting.forEach((event) => event()), 0);
    }

    #reportFor(call: SipCall, event: (delegate: TelephonyProviderDelegate) => void): void {
        if (call.announced) this.#report(event);
        else if (call.direction === 'outbound' && this.#calls.has(call.callId))
            call.early.push(() => this.#report(event));
    }

    // ----- checks

    #assertRunning(command: string): void {
        if (this.#lifecycle !== 'running') {
            throw new TelephonyError(
                'invalid-state',
                `Cannot ${command}: this SIP phone was disposed. Create a new SipTelephonyProvider.`
            );
        }
    }

    #liveCall(callId: string, command: string): SipCall {
        this.#assertRunning(command);
        return this.#calls.live(callId);
    }

    #callIn(callId: string, command: string, allowed: readonly SipCallState[]): SipCall {
        const call = this.#liveCall(callId, command);
        this.#assertState(call, command, allowed);
        return call;
    }

    #assertState(call: SipCall, command: string, allowed: readonly SipCallState[]): void {
        this.#calls.requireState(call, allowed, () => {
            const todo =
                call.state === 'ringing'
                    ? 'Answer it first.'
                    : call.state === 'answering' || call.state === 'dialing'
                      ? 'Wait until it is connected.'
                      : call.state === 'held'
                        ? 'Resume it first.'
                        : 'It is not on hold.';
            return `Cannot ${command} call ${call.callId}: it ${STATE_WORDS[call.state]}. ${todo}`;
        });
    }

    // ----- reporting

    #setRegistration(state: RegistrationState, reason?: string): void {
        this.#registration = state;
        this.#report((delegate) => delegate.onRegistrationChanged?.(state, reason));
    }

    /** Calls the delegate unless disposed; a throwing delegate cannot break the provider's state. */
    #report(event: (delegate: TelephonyProviderDelegate) => void): void {
        if (this.#lifecycle === 'disposed' || !this.delegate) return;
        try {
            event(this.delegate);
        } catch (error) {
            this.#onDelegateError(error);
        }
    }

    /** Waits for `promise`, at most `ms` on the provider's clock. */
    #atMost(promise: Promise<void>, ms: number): Promise<void> {
        return new Promise<void>((resolve) => {
            const timer = this.#clock.setTimer(resolve, ms);
            void promise.then(() => {
                this.#clock.clearTimer(timer);
                resolve();
            });
        });
    }

    /** Runs a SIP.js call whose failure changes nothing for the agent; logs it. */
    async #quietly(what: string, action: () => Promise<unknown>): Promise<void> {
        try {
            await action();
        } catch (error) {
            this.#log.warn(`SIP ${what}: ${messageOf(error)}`);
        }
    }
}
