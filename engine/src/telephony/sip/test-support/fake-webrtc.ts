import type { ManualClock } from '../../../time';
import { HOST_GRACE_MS } from '../enough-ice-candidates';
import type { IceCandidateType } from '../enough-ice-candidates';
import { waitFor } from './wait-for';
import type { MicrophoneDevices } from '../microphone';

let trackIds = 0;

/** A microphone track that records whether it was stopped. @internal */
export class FakeMediaStreamTrack {
    readonly kind = 'audio';
    readonly id = `track-${++trackIds}`;
    enabled = true;
    readyState: MediaStreamTrackState = 'live';

    constructor(private readonly made: FakeMediaStreamTrack[]) {
        made.push(this);
    }

    stop(): void {
        this.readyState = 'ended';
    }

    clone(): FakeMediaStreamTrack {
        return new FakeMediaStreamTrack(this.made);
    }
}

/** Just enough of `MediaStream` for the microphone and SIP.js's handler. @internal */
export class FakeMediaStream extends EventTarget {
    private readonly tracks: FakeMediaStreamTrack[];

    constructor(tracks: readonly FakeMediaStreamTrack[] = []) {
        super();
        this.tracks = [...tracks];
    }

    getTracks(): FakeMediaStreamTrack[] {
        return [...this.tracks];
    }

    getAudioTracks(): FakeMediaStreamTrack[] {
        return this.tracks.filter((track) => track.kind === 'audio');
    }

    getVideoTracks(): FakeMediaStreamTrack[] {
        return [];
    }

    getTrackById(id: string): FakeMediaStreamTrack | null {
        return this.tracks.find((track) => track.id === id) ?? null;
    }

    addTrack(track: FakeMediaStreamTrack): void {
        this.tracks.push(track);
    }

    removeTrack(track: FakeMediaStreamTrack): void {
        this.tracks.splice(this.tracks.indexOf(track), 1);
    }

    clone(): FakeMediaStream {
        return new FakeMediaStream(this.tracks.map((track) => track.clone()));
    }
}

class FakeMediaStreamTrackEvent extends Event {
    readonly track: unknown;

    constructor(type: string, init: { track: unknown }) {
        super(type);
        this.track = init.track;
    }
}

/**
 * `navigator.mediaDevices` with one fake microphone: counts `getUserMedia` calls, can refuse them or hold
 * them until {@link FakeMicrophoneDevices.letOpen}, fires `devicechange`, and knows every track it made.
 * @internal
 */
export class FakeMicrophoneDevices implements MicrophoneDevices {
    /** Every track made, clones included. */
    readonly tracks: FakeMediaStreamTrack[] = [];
    readonly asked: MediaStreamConstraints[] = [];
    /** Thrown by the next `getUserMedia` calls. */
    refusal: Error | undefined;
    /** Holds `getUserMedia` until {@link FakeMicrophoneDevices.letOpen}. */
    holding = false;
    private readonly held: (() => void)[] = [];
    private readonly listeners = new Set<() => void>();

    async getUserMedia(constraints: MediaStreamConstraints): Promise<MediaStream> {
        this.asked.push(constraints);
        if (this.holding) await new Promise<void>((resolve) => this.held.push(resolve));
        if (this.refusal) throw this.refusal;
        return new FakeMediaStream([new FakeMediaStreamTrack(this.tracks)]) as unknown as MediaStream;
    }

    /** Lets the held `getUserMedia` calls finish. */
    letOpen(): void {
        this.holding = false;
        for (const resolve of this.held.splice(0)) resolve();
    }

    /** Tracks not stopped yet. */
    get live(): FakeMediaStreamTrack[] {
        return this.tracks.filter((track) => track.readyState === 'live');
    }

    /** `devicechange` listeners attached now. */
    get watchers(): number {
        return this.listeners.size;
    }

    addEventListener(_type: 'devicechange', listener: () => void): void {
        this.listeners.add(listener);
    }

    removeEventListener(_type: 'devicechange', listener: () => void): void {
        this.listeners.delete(listener);
    }

    /** A device was plugged in or out. */
    changeDevices(): void {
        for (const listener of [...this.listeners]) listener();
    }
}

const CANDIDATE_ADDRESS: Readonly<Record<IceCandidateType, string>> = {
    host: '127.0.0.1 50000',
    srflx: '203.0.113.7 40000',
    prflx: '203.0.113.8 40001',
    relay: '198.51.100.9 3478'
};

/** An SDP candidate attribute value of `type`, over `transport`. @internal */
export function candidateLine(type: IceCandidateType, transport: 'udp' | 'tcp' = 'udp'): string {
    return `candidate:1 1 ${transport} 2122260223 ${CANDIDATE_ADDRESS[type]} typ ${type} generation 0`;
}

/** Chromium's audio codecs (`RTCRtpReceiver.getCapabilities('audio')`), in its order. @internal */
export const CHROMIUM_AUDIO_CODECS: readonly RTCRtpCodec[] = [
    { mimeType: 'audio/opus', clockRate: 48000, channels: 2, sdpFmtpLine: 'minptime=10;useinbandfec=1' },
    { mimeType: 'audio/red', clockRate: 48000, channels: 2, sdpFmtpLine: '111/111' },
    { mimeType: 'audio/G722', clockRate: 8000, channels: 1 },
    { mimeType: 'audio/PCMU', clockRate: 8000, channels: 1 },
    { mimeType: 'audio/PCMA', clockRate: 8000, channels: 1 },
    { mimeType: 'audio/CN', clockRate: 8000, channels: 1 },
    { mimeType: 'audio/telephone-event', clockRate: 48000, channels: 1 },
    { mimeType: 'audio/telephone-event', clockRate: 8000, channels: 1 }
];

/**
 * An `RTCDTMFSender` that plays a tone when the test says so ({@link FakeDtmfSender.playNext}); like the
 * browser's, `insertDTMF` replaces the tones still waiting in its buffer. @internal
 */
export class FakeDtmfSender {
    toneBuffer = '';
    /** The tones played, in order. */
    played = '';

    insertDTMF(tones: string): void {
        this.toneBuffer = tones;
    }

    /** Plays the next waiting tone (it leaves the buffer); false when none waits. */
    playNext(): boolean {
        const tone = this.toneBuffer.charAt(0);
        if (tone === '') return false;
        this.toneBuffer = this.toneBuffer.slice(1);
        this.played += tone;
        return true;
    }
}

/** A transceiver of a fake peer connection: what the codec order was set to. @internal */
export interface FakeTransceiver {
    readonly receiver: { readonly track: { readonly kind: string } };
    codecPreferences: readonly RTCRtpCodec[] | undefined;
    setCodecPreferences(codecs: readonly RTCRtpCodec[]): void;
}

const BASE_SDP = ['v=0', 'o=- 1 1 IN IP4 127.0.0.1', 's=-', 't=0 0', 'm=audio 9 UDP/TLS/RTP/SAVPF 111'];

/**
 * An `RTCPeerConnection` whose ICE gathering the test drives: {@link FakePeerConnection.gather} adds a
 * candidate (to the local description too, as browsers do) and {@link FakePeerConnection.complete} ends it.
 * Events reach both `addEventListener` listeners and the `on…` handlers SIP.js sets.
 * @internal
 */
export class FakePeerConnection extends EventTarget {
    static readonly created: FakePeerConnection[] = [];

    signalingState: RTCSignalingState = 'stable';
    iceGatheringState: RTCIceGatheringState = 'new';
    iceConnectionState: RTCIceConnectionState = 'new';
    /**
     * The `getStats()` reports to give, in order (a recorded sequence); the last one is given again once
     * the others are used up. Each is a list of stats as Chromium reports them.
     */
    statsReports: Record<string, unknown>[][] = [];
    /** How many times `getStats()` was called. */
    statsRead = 0;
    remoteDescription: RTCSessionDescriptionInit | null = null;
    closed = false;
    readonly senders: { track: FakeMediaStreamTrack | null; dtmf: FakeDtmfSender }[] = [];
    readonly transceivers: FakeTransceiver[] = [];
    readonly gathered: string[] = [];
    private local: RTCSessionDescriptionInit | null = null;
    [handler: `on${string}`]: ((event: Event) => void) | null | undefined;

    constructor(readonly configuration?: RTCConfiguration) {
        super();
        FakePeerConnection.created.push(this);
    }

    static get last(): FakePeerConnection {
        const connection = FakePeerConnection.created.at(-1);
        if (!connection) throw new Error('no peer connection yet');
        return connection;
    }

    get localDescription(): RTCSessionDescriptionInit | null {
        if (!this.local) return null;
        const candidates = this.gathered.map((candidate) => `a=${candidate}`);
        return { type: this.local.type, sdp: [...BASE_SDP, ...candidates, 'a=sendrecv', ''].join('\r\n') };
    }

    getSenders(): { track: FakeMediaStreamTrack | null; dtmf: FakeDtmfSender }[] {
        return this.senders;
    }

    getReceivers(): { track: FakeMediaStreamTrack | null }[] {
        return [];
    }

    getTransceivers(): RTCRtpTransceiver[] {
        return this.transceivers as unknown as RTCRtpTransceiver[];
    }

    addTrack(track: FakeMediaStreamTrack): void {
        this.senders.push({ track, dtmf: new FakeDtmfSender() });
        this.transceivers.push({
            receiver: { track: { kind: track.kind } },
            codecPreferences: undefined,
            setCodecPreferences(codecs) {
                this.codecPreferences = codecs;
            }
        });
    }

    /** The options of every offer made, in order (`iceRestart` marks an ICE restart). */
    readonly offerOptions: (RTCOfferOptions | undefined)[] = [];

    async createOffer(options?: RTCOfferOptions): Promise<RTCSessionDescriptionInit> {
        this.offerOptions.push(options);
        return { type: 'offer', sdp: [...BASE_SDP, 'a=sendrecv', ''].join('\r\n') };
    }

    async createAnswer(): Promise<RTCSessionDescriptionInit> {
        return { type: 'answer', sdp: [...BASE_SDP, 'a=sendrecv', ''].join('\r\n') };
    }

    async setLocalDescription(description: RTCSessionDescriptionInit): Promise<void> {
        this.local = description;
        this.signalingState = this.signalingState === 'have-remote-offer' ? 'stable' : 'have-local-offer';
        if (this.iceGatheringState === 'new') {
            this.iceGatheringState = 'gathering';
            this.fire('icegatheringstatechange', new Event('icegatheringstatechange'));
        }
    }

    async setRemoteDescription(description: RTCSessionDescriptionInit): Promise<void> {
        this.remoteDescription = description;
        this.signalingState = this.signalingState === 'have-local-offer' ? 'stable' : 'have-remote-offer';
    }

    /** Gathers one candidate of `type`. */
    gather(type: IceCandidateType, transport: 'udp' | 'tcp' = 'udp'): void {
        const candidate = candidateLine(type, transport);
        this.gathered.push(candidate);
        this.fire(
            'icecandidate',
            Object.assign(new Event('icecandidate'), { candidate: { candidate, type } })
        );
    }

    /** Gathering is complete. */
    complete(): void {
        this.iceGatheringState = 'complete';
        this.fire('icegatheringstatechange', new Event('icegatheringstatechange'));
        this.fire('icecandidate', Object.assign(new Event('icecandidate'), { candidate: null }));
    }

    close(): void {
        this.closed = true;
        this.signalingState = 'closed';
    }

    /** A report like the browser's `RTCStatsReport`: a map of stats by id. */
    async getStats(): Promise<Map<string, Record<string, unknown>>> {
        this.statsRead++;
        const stats = (this.statsReports.length > 1 ? this.statsReports.shift() : this.statsReports[0]) ?? [];
        return new Map(stats.map((stat, index) => [String(stat['id'] ?? `stat-${index}`), stat]));
    }

    /** ICE moves to `state` (the network went away, came back, or failed). */
    changeIceState(state: RTCIceConnectionState): void {
        this.iceConnectionState = state;
        this.fire('iceconnectionstatechange', new Event('iceconnectionstatechange'));
    }

    private fire(type: string, event: Event): void {
        this.dispatchEvent(event);
        this[`on${type}`]?.(event);
    }
}

const GLOBALS = ['RTCPeerConnection', 'MediaStream', 'MediaStreamTrackEvent', 'RTCRtpReceiver'] as const;

/**
 * Puts the fakes where SIP.js's web handler looks for WebRTC (Node has none); returns the undo.
 * @internal
 */
export function installFakeWebRtc(): () => void {
    const scope = globalThis as Record<string, unknown>;
    const before = GLOBALS.map((name) => scope[name]);
    scope.RTCPeerConnection = FakePeerConnection;
    scope.MediaStream = FakeMediaStream;
    scope.MediaStreamTrackEvent = FakeMediaStreamTrackEvent;
    scope.RTCRtpReceiver = {
        getCapabilities: (kind: string) =>
            kind === 'audio' ? { codecs: [...CHROMIUM_AUDIO_CODECS], headerExtensions: [] } : null
    };
    FakePeerConnection.created.length = 0;
    return () => {
        GLOBALS.forEach((name, index) => {
            scope[name] = before[index];
        });
        FakePeerConnection.created.length = 0;
    };
}

/**
 * Waits for the `count`-th peer connection of the test to make its local description, gathers a host
 * candidate on the newest one and lets the grace after it pass, so its description goes out.
 */
export async function gatherHostCandidate(clock: ManualClock, count: number): Promise<FakePeerConnection> {
    await waitFor('a local description', () => {
        const connection = FakePeerConnection.created[count - 1];
        return connection?.localDescription !== null && connection?.localDescription !== undefined;
    });
    const connection = FakePeerConnection.last;
    connection.gather('host');
    clock.advance(HOST_GRACE_MS);
    return connection;
}
