import type { MixContext } from './conference-mix';
import type { SessionDescriptionHandlerFactory, UserAgentOptions } from 'sip.js';
import type { BackoffPolicy } from '../../log/retry-backoff';
import type { Clock } from '../../time';
import type { FetchTurnCredentials, IceServerProblem, IceTransportPolicy } from './ice-server-source';
import type { MicrophoneDevices } from './microphone';
import type { RemoteAudio } from './remote-audio';

/**
 * Where the SIP provider's diagnostics go (the engine passes its log). Never given a password.
 * @public
 */
export interface SipProviderLog {
    info(message: string): void;
    warn(message: string): void;
}

/** The `online`/`offline` events of a window. @public */
export interface NetworkEvents {
    addEventListener(type: 'online' | 'offline', listener: () => void): void;
    removeEventListener(type: 'online' | 'offline', listener: () => void): void;
}

/**
 * Options bucket of {@link SipTelephonyProvider}: the call center's settings, then seams for tests.
 * @public
 */
export interface SipTelephonyProviderOptions {
    /** The PBX's WebSocket URL: `wss://` (`ws://` only on this machine, as the settings allow). */
    readonly server: string;
    /** The SIP domain: the host of the agent's address (`sip:<user>@<domain>`) and of the numbers dialled. */
    readonly domain: string;
    /** STUN and TURN server URLs for ICE; none by default (host candidates only). */
    readonly iceServers?: readonly string[];
    /** `relay`: calls use TURN relay candidates only (when a TURN server is configured). Default `all`. */
    readonly iceTransportPolicy?: IceTransportPolicy;
    /**
     * Short-lived credentials for the TURN entries of `iceServers` (the engine asks Apex); fetched at
     * registration and renewed before they expire. Without it TURN entries are left out.
     */
    readonly turnCredentials?: FetchTurnCredentials;
    /** A TURN server cannot be used (no credentials, or it refused them); `undefined` once it can again. */
    readonly onIceServerProblem?: (problem: IceServerProblem | undefined) => void;
    /**
     * The agent's microphone between calls. `open` (the default): opened at registration and kept open until
     * the agent un-registers, so calls start without waiting for it, while the browser shows it in use.
     * `closed`: each call opens it and closes it when it ends, so it is in use only during calls.
     */
    readonly microphoneBetweenCalls?: 'open' | 'closed';
    /** Default: `systemClock`. Reconnect timers run on it; SIP.js keeps its own protocol timers. */
    readonly clock?: Clock;
    readonly log?: SipProviderLog;
    /** Waits before reconnecting after the WebSocket drops. Default {@link DEFAULT_RECONNECT_BACKOFF}. */
    readonly reconnectBackoff?: BackoffPolicy;
    /** Jitter source in [0, 1). Default: `Math.random`. */
    readonly random?: () => number;
    /**
     * Longest wait for ICE candidates before an offer or answer is sent, in milliseconds. Default 1000. The
     * wait usually ends much sooner, once the candidates that matter for `iceServers` are in (host ones take
     * a few milliseconds, STUN and TURN a round trip or two); this bounds it when a server is slow or silent.
     */
    readonly iceGatheringTimeoutMs?: number;
    /** Seconds a registration lasts (SIP.js refreshes it before). Default 600. */
    readonly registrationExpires?: number;
    /** Seconds an inbound call rings before it is refused with 480 and missed. Default 60. */
    readonly noAnswerTimeout?: number;
    /** The `User-Agent` header. */
    readonly userAgentString?: string;
    /** Plays each call's remote audio. Default: a hidden `<audio>` element per call in `document.body`. */
    readonly remoteAudio?: (callId: string) => RemoteAudio | undefined;
    /** Makes the Web Audio context a conference is mixed in; `new AudioContext()` by default. */
    readonly audioContext?: () => MixContext;
    /** The speaker each call plays on (`''`: the default), read when its audio starts. */
    readonly speakerId?: () => string;
    /** The browser refused to play a call's audio (autoplay policy); the engine asks the agent for a click. */
    readonly onPlaybackRefused?: () => void;
    /** The microphone each call opens (`''`: the default); a chosen one that is gone falls back to the default. */
    readonly microphoneId?: () => string;
    /** The microphone. Default: `navigator.mediaDevices`. */
    readonly mediaDevices?: () => MicrophoneDevices | undefined;
    /**
     * Where `online` and `offline` events come from. Default: the page's `window`. Back online, each call
     * restarts its ICE; offline, the agent is told the call is being recovered.
     */
    readonly network?: NetworkEvents;
    /** Test seam: SIP.js's transport (default: its WebSocket transport). */
    readonly transportConstructor?: NonNullable<UserAgentOptions['transportConstructor']>;
    /** Test seam: SIP.js's session description handler factory (default: WebRTC with the microphone). */
    readonly sessionDescriptionHandlerFactory?: SessionDescriptionHandlerFactory;
    /**
     * Told when a delegate callback throws; the provider's own state is settled by then. Default: rethrow in
     * a microtask, so the error shows as uncaught.
     */
    readonly onDelegateError?: (error: unknown) => void;
}

/**
 * 1 s, 2 s, then every 4 s, each between half and all of that. The line tries again only while the agent
 * wants to be registered (Available or Busy; Offline stops it), so an agent is Ready within about 5 s of the
 * PBX coming back however long it was down, and a PBX that stays down gets 15 to 30 tries a minute from each
 * agent, spread by the jitter: refused connections, cheap to refuse. `npm run bench reconnect` measures both.
 */
export const DEFAULT_RECONNECT_BACKOFF: BackoffPolicy = {
    baseMs: 1_000,
    maxMs: 4_000,
    factor: 2,
    jitter: 0.5
};
