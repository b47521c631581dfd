import type {
    BodyAndContentType,
    SessionDescriptionHandler,
    SessionDescriptionHandlerFactory,
    SessionDescriptionHandlerModifier,
    SessionDescriptionHandlerOptions
} from 'sip.js';
import type { RemoteAudio } from '../remote-audio';

/** A description in the shape SIP.js carries; enough for the fakes to read a direction back. */
export function fakeSdp(direction: string, candidates: readonly string[] = []): string {
    return [
        'v=0',
        'o=- 1 1 IN IP4 127.0.0.1',
        's=-',
        't=0 0',
        'm=audio 9 UDP/TLS/RTP/SAVPF 111 126',
        'c=IN IP4 0.0.0.0',
        ...candidates,
        `a=${direction}`,
        ''
    ].join('\r\n');
}

/** The direction attribute of a description. */
export function directionOf(sdp: string): string | undefined {
    return /^a=(sendrecv|sendonly|recvonly|inactive)$/m.exec(sdp)?.[1];
}

async function modify(
    sdp: string,
    type: RTCSdpType,
    modifiers?: SessionDescriptionHandlerModifier[]
): Promise<string> {
    let description: RTCSessionDescriptionInit = { type, sdp };
    for (const modifier of modifiers ?? []) description = await modifier(description);
    return description.sdp ?? '';
}

/**
 * A session description handler without WebRTC: it writes and reads direction-only descriptions, records
 * what it was asked, and can refuse the microphone or RFC 4733 DTMF. It also offers the parts of the web
 * handler the provider uses (`enableSenderTracks`, `remoteMediaStream`).
 * @internal
 */
export class FakeSessionDescriptionHandler implements SessionDescriptionHandler {
    readonly remoteMediaStream = { id: 'remote' } as unknown as MediaStream;
    /** The agent's audio sender on the call's peer connection: a conference mix replaces its track. */
    readonly sender: {
        track: MediaStreamTrack | null;
        replaceTrack(track: MediaStreamTrack | null): Promise<void>;
    } = {
        track: { kind: 'audio', enabled: true } as MediaStreamTrack,
        replaceTrack: async (track) => {
            this.sender.track = track;
        }
    };
    /** Only the senders of a peer connection (no ICE events, no statistics). */
    readonly peerConnection = { getSenders: () => [this.sender] };
    readonly remoteDescriptions: string[] = [];
    readonly localDescriptions: string[] = [];
    readonly dtmf: string[] = [];
    sending = true;
    closed = false;

    constructor(private readonly media: FakeMedia) {}

    async getDescription(
        options?: SessionDescriptionHandlerOptions & { readonly hold?: boolean },
        modifiers?: SessionDescriptionHandlerModifier[]
    ): Promise<BodyAndContentType> {
        if (this.media.microphoneError) throw this.media.microphoneError;
        const sdp = await modify(
            fakeSdp(options?.hold === true ? 'sendonly' : 'sendrecv', this.media.candidates),
            'offer',
            modifiers
        );
        this.localDescriptions.push(sdp);
        return { body: sdp, contentType: 'application/sdp' };
    }

    async setDescription(
        sdp: string,
        _options?: unknown,
        modifiers?: SessionDescriptionHandlerModifier[]
    ): Promise<void> {
        this.remoteDescriptions.push(await modify(sdp, 'answer', modifiers));
    }

    hasDescription(contentType: string): boolean {
        return contentType === 'application/sdp';
    }

    sendDtmf(tones: string): boolean {
        if (!this.media.rfc4733) return false;
        this.dtmf.push(tones);
        return true;
    }

    enableSenderTracks(enable: boolean): void {
        this.sending = enable;
    }

    close(): void {
        this.closed = true;
    }
}

/**
 * The media of one user agent in tests: its handlers, and what it refuses.
 * @internal
 */
export class FakeMedia {
    readonly handlers: FakeSessionDescriptionHandler[] = [];
    /** Thrown by the next descriptions, as a refused `getUserMedia` would be. */
    microphoneError: Error | undefined;
    /** Whether telephone-events were negotiated: RFC 4733 DTMF works, else senders fall back to INFO. */
    rfc4733 = false;
    /** ICE candidate lines every local description lists. */
    candidates: readonly string[] = [];

    get factory(): SessionDescriptionHandlerFactory {
        return () => {
            const handler = new FakeSessionDescriptionHandler(this);
            this.handlers.push(handler);
            return handler;
        };
    }

    /** The newest handler (the current call's). */
    get last(): FakeSessionDescriptionHandler {
        const handler = this.handlers.at(-1);
        if (!handler) throw new Error('no session description handler yet');
        return handler;
    }
}

/**
 * Remote audio outputs that record what they play.
 * @internal
 */
export class FakeSpeakers {
    readonly playing = new Map<string, MediaStream>();
    readonly stopped: string[] = [];

    output(callId: string): RemoteAudio {
        return {
            play: (stream) => void this.playing.set(callId, stream),
            stop: () => {
                this.playing.delete(callId);
                this.stopped.push(callId);
            }
        };
    }
}
