/**
 * The phone system as the engine sees it. The demo provider (scripted calls) and the SIP provider (SIP.js
 * over WebSocket + WebRTC) implement it; nothing outside `telephony/` knows which one runs.
 *
 * Commands return promises that resolve once the phone system accepted them and reject with a
 * `TelephonyError` saying why not. What happens to a call afterwards arrives through the delegate.
 */

import type { QualitySample } from './quality/call-quality';

/** Registration with the phone system, shown to the agent as their availability to take calls. */
export type RegistrationState = 'unregistered' | 'registering' | 'registered' | 'failed';

/** How far an outbound call got before it was answered. */
export const CALL_PROGRESSES = ['trying', 'ringing', 'early-media'] as const;
export type CallProgress = (typeof CALL_PROGRESSES)[number];

/** Why a call ended, in terms the engine maps to agent-readable reasons and call log dispositions. */
export const CALL_END_CAUSES = [
    'local-hang-up',
    'remote-hang-up',
    'caller-cancelled',
    'declined',
    'no-answer',
    'busy',
    'rejected',
    'not-found',
    'unavailable',
    'transferred',
    'connection-lost',
    'media-failed',
    'error'
] as const;
export type CallEndCause = (typeof CALL_END_CAUSES)[number];

/** An inbound call as the phone system offers it. */
export interface IncomingCall {
    /** Unique per call, stable for its life; becomes the Task's `CallObject`. */
    readonly callId: string;
    /** The caller's number as signalled (not yet normalised). */
    readonly from: string;
    readonly displayName?: string;
    /** Extra data the IVR put on the call, e.g. `X-Case-Number`; names lower-cased. */
    readonly headers: Readonly<Record<string, string>>;
}

/** Callbacks through which a provider reports what happens; all optional, as in SIP.js delegates. */
export interface TelephonyProviderDelegate {
    onRegistrationChanged?(state: RegistrationState, reason?: string): void;
    onIncomingCall?(call: IncomingCall): void;
    onProgress?(callId: string, progress: CallProgress): void;
    onConnected?(callId: string): void;
    /** The remote side put the call on hold or resumed it, or the provider confirmed ours. */
    onHoldChanged?(callId: string, held: boolean): void;
    /** DTMF digits received from the remote side. */
    onDtmf?(callId: string, digits: string): void;
    onEnded?(callId: string, cause: CallEndCause, detail?: string): void;
    /**
     * A connected call lost its network path (the WebSocket to the phone system, or the media's ICE) and is
     * being recovered (`true`, with the reason in words), or is whole again (`false`). A call that cannot be
     * recovered ends with `onEnded` instead.
     */
    onCallRecovering?(callId: string, recovering: boolean, reason?: string): void;
    /**
     * A reading of a connected call's audio path (every few seconds while it is connected, none while it is
     * held): round-trip time, jitter, loss and the estimated MOS over the interval since the last one.
     */
    onQuality?(callId: string, sample: QualitySample): void;
}

/** Options for {@link TelephonyProvider.decline}. */
export interface DeclineOptions {
    /**
     * `declined` (the default): the agent refused the call (SIP 603 Decline). `busy`: the softphone refused it
     * because the agent is on another call or not taking calls (SIP 486 Busy Here).
     */
    readonly reason?: 'declined' | 'busy';
}

/** The agent's own sign-in to a phone system that needs one (SIP); kept in memory only, never stored or logged. */
export interface TelephonyCredentials {
    /** The agent's user on the phone system, e.g. `1001`. */
    readonly user: string;
    readonly password: string;
}

/** Options for {@link TelephonyProvider.dial}. */
export interface DialOptions {
    /** Extra headers for the phone system, e.g. an account code. */
    readonly headers?: Readonly<Record<string, string>>;
}

export interface TelephonyProvider {
    /** `demo`, `sip`, … as in the call center's telephony mode. */
    readonly kind: string;
    delegate: TelephonyProviderDelegate | undefined;

    /** Makes the agent reachable (Available). */
    register(): Promise<void>;
    /** Makes the agent unreachable (Offline); calls in progress go on. */
    unregister(): Promise<void>;

    /** Starts an outbound call to an E.164 number; resolves with its call id once it is on its way. */
    dial(number: string, options?: DialOptions): Promise<string>;
    answer(callId: string): Promise<void>;
    /** Refuses a ringing inbound call (busy/decline to the caller). */
    decline(callId: string, options?: DeclineOptions): Promise<void>;
    /** Ends a call in any state: cancels a ringing outbound call, hangs up a connected one. */
    hangUp(callId: string): Promise<void>;
    hold(callId: string): Promise<void>;
    resume(callId: string): Promise<void>;
    mute(callId: string): Promise<void>;
    unmute(callId: string): Promise<void>;
    /** Sends DTMF digits (0-9, *, #, A-D) on a connected call. */
    sendDtmf(callId: string, digits: string): Promise<void>;
    /** Transfers a connected call to another number; the call then ends with cause `transferred`. */
    blindTransfer(callId: string, target: string): Promise<void>;
    /**
     * Joins the caller on `callId` with the party on `consultCallId` (a second call the agent dialled),
     * then both of the agent's legs end with cause `transferred`.
     */
    attendedTransfer(callId: string, consultCallId: string): Promise<void>;
    /**
     * Joins two connected calls into a three-way conference mixed here: each party hears the agent and the
     * other party, the agent hears both. It lasts until one of them ends or is held. Absent where the phone
     * system cannot (a desk phone).
     */
    conference?(callId: string, otherCallId: string): Promise<void>;

    /** Ends every call and releases timers, sockets and media. */
    dispose(): Promise<void>;

    /**
     * For a phone system where each agent signs in (SIP): `needed` until the agent gave credentials the phone
     * system accepts, and again after it refuses them; `ok` otherwise. Absent when the provider needs none.
     */
    readonly credentials?: 'needed' | 'ok';
    /**
     * Takes the agent's credentials (replacing earlier ones) for the next registration; they stay in memory.
     * Present only with {@link TelephonyProvider.credentials}.
     */
    signIn?(credentials: TelephonyCredentials): Promise<void>;
}
