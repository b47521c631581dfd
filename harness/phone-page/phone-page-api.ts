/**
 * What the test phone page (`phone.ts`, a plain SIP.js user agent) exposes as `window.phone`, and what it
 * records, as plain data the test reads with `page.evaluate`.
 */

/** One thing that happened at the phone, in order, `at` milliseconds after the page loaded. */
export type PhoneEvent = PhoneHappening & { readonly at: number };

/** What happened at the phone. */
export type PhoneHappening =
    | { readonly type: 'registered' }
    | { readonly type: 'incoming'; readonly from: string; readonly callId: string }
    /** The line that shows an incoming call painted (after the frame that shows it; the ring benchmark's floor). */
    | { readonly type: 'ringing-painted'; readonly callId: string }
    | { readonly type: 'progress'; readonly status: number }
    /** A final refusal of a call this phone placed (e.g. 486 Busy Here). */
    | { readonly type: 'rejected'; readonly status: number }
    | { readonly type: 'established'; readonly callId: string }
    | { readonly type: 'terminated'; readonly callId: string }
    | { readonly type: 'info'; readonly contentType: string; readonly body: string }
    | { readonly type: 'reinvite'; readonly direction: string }
    | { readonly type: 'bye' }
    | { readonly type: 'refer'; readonly target: string };

/** Media counters of the phone's current call, from `RTCPeerConnection.getStats()`. */
export interface MediaCounters {
    readonly bytesReceived: number;
    readonly bytesSent: number;
    /** The addresses of the ICE candidates in the remote description (after the loopback filter). */
    readonly remoteCandidates: readonly string[];
}

export interface PhoneStartOptions {
    readonly server: string;
    readonly domain: string;
    readonly user: string;
    readonly displayName?: string;
    /** The password for the PBX's digest challenges, when it asks (authorization user = `user`). */
    readonly password?: string;
    /** ICE servers (with TURN credentials) and policy of this phone's peer connections; none by default. */
    readonly iceServers?: readonly RTCIceServer[];
    readonly iceTransportPolicy?: RTCIceTransportPolicy;
    /** Leave telephone-events out of this phone's descriptions, so the other side sends DTMF as SIP INFO. */
    readonly withoutTelephoneEvent?: boolean;
    /** Answer every call at once (a transfer target). */
    readonly autoAnswer?: boolean;
    /**
     * Send a steady sine tone at this frequency (Hz) as the microphone, instead of Chromium's fake device, so a
     * test can tell who is heard where (see {@link PhoneApi.levels}).
     */
    readonly toneHz?: number;
}

export interface PhoneApi {
    start(options: PhoneStartOptions): Promise<void>;
    /** Calls `target` (a user on the domain) with extra headers; resolves once the INVITE is sent. */
    call(target: string, headers?: readonly string[]): Promise<string>;
    /** Answers the call ringing here. */
    answer(): Promise<void>;
    /** Sends 183 Session Progress with SDP for the call ringing here: its audio flows before it is answered. */
    earlyMedia(): Promise<void>;
    /** Refuses the call ringing here with `statusCode` (486 Busy Here, 480 Temporarily Unavailable, …). */
    reject(statusCode: number): Promise<void>;
    /** Ends the current call: CANCEL while it rings out, BYE once connected. */
    hangUp(): Promise<void>;
    /** The SIP session state of the current call, or `none`. */
    state(): string;
    events(): readonly PhoneEvent[];
    media(): Promise<MediaCounters>;
    /**
     * How loud each frequency (Hz) is in what the current call receives, in dB (an `AnalyserNode` on the
     * received audio; about -100 for silence). The first reading starts the analyser.
     */
    levels(frequencies: readonly number[]): Promise<Record<number, number>>;
    stop(): Promise<void>;
}

export type PhoneWindow = Window & { phone?: PhoneApi };
