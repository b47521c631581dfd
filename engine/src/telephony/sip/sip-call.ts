import type { Session } from 'sip.js';
import type { CallEndCause } from '../telephony-provider';
import type { QualityMonitor } from '../quality/quality-monitor';
import type { RemoteAudio } from './remote-audio';

/**
 * Where a SIP call is, as the provider tracks it (SIP.js's own session state is one level lower):
 *
 * ```
 *  inbound:   ringing --answer()--> answering --200 OK sent--> connected <--hold()/resume()--> held
 *  outbound:  dialing --200 OK received----------------------> connected
 * ```
 * A call that ends leaves the provider's table; there is no "ended" entry.
 * @internal
 */
export type SipCallState = 'ringing' | 'answering' | 'dialing' | 'connected' | 'held';

/** A live call: its SIP.js session and what the provider knows about it. @internal */
export interface SipCall {
    readonly callId: string;
    readonly direction: 'inbound' | 'outbound';
    readonly session: Session;
    /** The number as dialled or as the caller sent it. */
    readonly remoteNumber: string;
    state: SipCallState;
    muted: boolean;
    /** A re-INVITE (hold or resume) is waiting for its answer. */
    reinviting: boolean;
    /**
     * Settles once the other side acknowledged our 200 OK to its INVITE (at once for outbound calls): no
     * re-INVITE may start before (RFC 3261 §14.1), and SIP.js ends a call whose ACK crosses one.
     */
    readonly acknowledged: Promise<void>;
    readonly acknowledge: () => void;
    /** Outbound calls are reported only once `dial()` returned their id; events before that wait here. */
    announced: boolean;
    readonly early: (() => void)[];
    /** Why the remote side ended it, learnt before SIP.js reports the session terminated. */
    remoteEnd: { readonly cause: CallEndCause; readonly detail?: string } | undefined;
    audio: RemoteAudio | undefined;
    /** Settles when the DTMF sent by SIP INFO so far has been answered: the next tones wait for it. */
    dtmfInfo: Promise<void>;
    /** Stops listening to the session's state. */
    unwatch: () => void;
    /** Why the call is being recovered (its signalling or media path dropped), while it is. */
    recovering: string | undefined;
    /** Ends the recovery if it takes too long. */
    recoveryTimer: unknown;
    /** An ICE restart (re-INVITE) is on its way. */
    restartingIce: boolean;
    /** Reads the call's audio quality while it is connected (not on hold); undefined until it connected. */
    quality: QualityMonitor | undefined;
}
