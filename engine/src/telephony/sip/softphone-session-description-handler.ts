import { SessionDescriptionHandler } from 'sip.js/lib/platform/web/index.js';
import type { Session, SessionDescriptionHandlerOptions } from 'sip.js';
import type {
    SessionDescriptionHandlerConfiguration,
    SessionDescriptionHandlerFactory,
    SessionDescriptionHandlerFactoryOptions
} from 'sip.js/lib/platform/web/index.js';
import type { Logger } from 'sip.js/lib/core/index.js';
import type { Clock, TimerHandle } from '../../time';
import { preferOfferedAudioCodecs } from './audio-codecs';
import type { AudioCodec } from './audio-codecs';
import { iceCandidateTypeOf } from './enough-ice-candidates';
import type { EnoughIceCandidates } from './enough-ice-candidates';

/** Opens the agent's microphone for one call; the call stops the stream's tracks when it ends. */
export type OpenMicrophone = (constraints: MediaStreamConstraints) => Promise<MediaStream>;

/** What the softphone's handlers share: the microphone, the rule for ICE candidates, the clock. @internal */
export interface SoftphoneMedia {
    readonly openMicrophone: OpenMicrophone;
    readonly enough: EnoughIceCandidates;
    readonly clock: Clock;
    /** ICE servers (TURN with current credentials) and transport policy for the next peer connection. */
    readonly configuration?: () => RTCConfiguration;
    /** A STUN or TURN server answered with an error (`icecandidateerror`): its URL, code and text. */
    readonly onCandidateError?: (url: string, code: number, text: string) => void;
}

function stopTracks(stream: MediaStream): void {
    for (const track of stream.getTracks()) track.stop();
}

/** The browser's audio codecs, or `undefined` where it cannot tell (and cannot order them either). */
function audioCapabilities(): (() => { readonly codecs: readonly AudioCodec[] } | null) | undefined {
    const receiver = (
        globalThis as { RTCRtpReceiver?: { getCapabilities?: typeof RTCRtpReceiver.getCapabilities } }
    ).RTCRtpReceiver;
    const getCapabilities = receiver?.getCapabilities;
    return getCapabilities ? () => getCapabilities.call(receiver, 'audio') : undefined;
}

/**
 * SIP.js's WebRTC session description handler, with these changes:
 * - an offer or answer goes out once it lists enough ICE candidates ({@link EnoughIceCandidates}), not
 *   after gathering completed (SIP.js's default, about 150 ms in Chromium even with host candidates only);
 *   complete gathering and the configured `iceGatheringTimeout` still end the wait too;
 * - a call that ends while its description is being made leaves nothing behind: a microphone stream that
 *   opens afterwards is stopped, not left live, and the wait for candidates ends at once;
 * - offers and answers list the softphone's audio codecs in its order (Opus, G.722, G.711, telephone-event:
 *   see `audio-codecs.ts`), so phones and trunks that speak only G.711 get it without transcoding;
 * - DTMF asked for while earlier tones still play joins the end of the queue instead of replacing it
 *   (`RTCDTMFSender.insertDTMF` replaces its tone buffer), so keys pressed quickly all arrive, in order.
 * @internal
 */
export class SoftphoneSessionDescriptionHandler extends SessionDescriptionHandler {
    /** The current gathering round has produced its first candidate of the awaited type. */
    #awaitedSeen = false;
    /** … and its grace has passed: any wait for gathering ends at once. */
    #enoughGathered = false;
    #graceTimer: TimerHandle | undefined;
    readonly #connection: RTCPeerConnection;
    readonly #onCandidate = (event: RTCPeerConnectionIceEvent): void => this.#candidateGathered(event);
    readonly #onGatheringState = (): void => this.#gatheringStateChanged();
    readonly #onCandidateError = (event: Event): void => {
        const { url, errorCode, errorText } = event as Event & {
            url?: string;
            errorCode?: number;
            errorText?: string;
        };
        if (typeof url === 'string' && typeof errorCode === 'number')
            this.#media.onCandidateError?.(url, errorCode, errorText ?? '');
    };

    readonly #media: SoftphoneMedia;
    constructor(
        logger: Logger,
        media: SoftphoneMedia,
        configuration?: SessionDescriptionHandlerConfiguration
    ) {
        super(logger, (constraints) => media.openMicrophone(constraints), configuration);
        this.#media = media;
        const connection = this.peerConnection;
        if (!connection) throw new Error('The peer connection was not created.');
        this.#connection = connection;
        // SIP.js owns the on* handler properties; listeners are the documented way to watch alongside.
        connection.addEventListener('icecandidate', this.#onCandidate);
        connection.addEventListener('icegatheringstatechange', this.#onGatheringState);
        connection.addEventListener('icecandidateerror', this.#onCandidateError);
    }

    override close(): void {
        this.#stopGrace();
        this.#connection.removeEventListener('icecandidate', this.#onCandidate);
        this.#connection.removeEventListener('icegatheringstatechange', this.#onGatheringState);
        this.#connection.removeEventListener('icecandidateerror', this.#onCandidateError);
        super.close();
        // SIP.js leaves a description waiting for candidates (and its timeout) pending: it fails now instead.
        this.iceGatheringComplete();
    }

    /** Queues `tones` after those still waiting to be played, then sends as SIP.js does (RFC 4733). */
    override sendDtmf(tones: string, options?: { duration: number; interToneGap: number }): boolean {
        const waiting = this.#connection.getSenders()[0]?.dtmf?.toneBuffer ?? '';
        return super.sendDtmf(waiting + tones, options);
    }

    protected override createLocalOfferOrAnswer(
        options?: SessionDescriptionHandlerOptions
    ): Promise<RTCSessionDescriptionInit> {
        try {
            preferOfferedAudioCodecs(this.#connection, audioCapabilities());
        } catch (error) {
            // The browser's own order (which has G.711 too) stays.
            this.logger.warn(`The audio codec order was not applied: ${String(error)}`);
        }
        return super.createLocalOfferOrAnswer(options);
    }

    protected override waitForIceGatheringComplete(restart = false, timeout = 0): Promise<void> {
        const waiting = super.waitForIceGatheringComplete(restart, timeout);
        // A re-offer while gathering still goes on (hold soon after the answer) need not wait either.
        if (this.#enoughGathered && !restart) this.iceGatheringComplete();
        return waiting;
    }

    protected override setLocalMediaStream(stream: MediaStream): Promise<void> {
        if (this.peerConnection === undefined) {
            stopTracks(stream);
            return Promise.reject(new Error('Peer connection closed.'));
        }
        return super.setLocalMediaStream(stream);
    }

    #candidateGathered(event: RTCPeerConnectionIceEvent): void {
        const candidate = event.candidate;
        if (!candidate || this.#awaitedSeen) return;
        const type = iceCandidateTypeOf(candidate.candidate) ?? candidate.type;
        if (type !== this.#media.enough.awaited) return;
        this.#awaitedSeen = true;
        this.#graceTimer = this.#media.clock.setTimer(() => {
            this.#graceTimer = undefined;
            this.#enoughGathered = true;
            this.iceGatheringComplete();
        }, this.#media.enough.graceMs);
    }

    #gatheringStateChanged(): void {
        const state = this.#connection.iceGatheringState;
        if (state === 'gathering') {
            // A new round (the first, or after an ICE restart): its own candidates decide.
            this.#stopGrace();
            this.#awaitedSeen = false;
            this.#enoughGathered = false;
        } else if (state === 'complete') {
            this.#stopGrace();
            this.#enoughGathered = true;
        }
    }

    #stopGrace(): void {
        if (this.#graceTimer === undefined) return;
        this.#media.clock.clearTimer(this.#graceTimer);
        this.#graceTimer = undefined;
    }
}

/**
 * The session description handler factory of the softphone's user agents: a
 * {@link SoftphoneSessionDescriptionHandler} per call, configured by the user agent's
 * `sessionDescriptionHandlerFactoryOptions` (ICE servers, gathering timeout).
 * @internal
 */
export function softphoneSessionDescriptionHandlerFactory(
    media: SoftphoneMedia
): SessionDescriptionHandlerFactory {
    return (session: Session, options?: SessionDescriptionHandlerFactoryOptions) =>
        new SoftphoneSessionDescriptionHandler(
            session.userAgent.getLogger('sip.SessionDescriptionHandler'),
            media,
            {
                ...(options?.iceGatheringTimeout === undefined
                    ? {}
                    : { iceGatheringTimeout: options.iceGatheringTimeout }),
                // Not merged into SIP.js's defaults: those add a public STUN server the admin did not configure.
                // Taken now, per call: TURN credentials renewed later never touch a call in progress.
                peerConnectionConfiguration: {
                    ...options?.peerConnectionConfiguration,
                    ...media.configuration?.()
                }
            }
        );
}
