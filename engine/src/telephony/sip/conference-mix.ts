/**
 * One party of a conference mixed here: what the agent sends them and what they send.
 * @internal
 */
export interface ConferenceLeg {
    /** The audio sender of the party's peer connection. */
    readonly sender: RTCRtpSender;
    /** The party's audio as received. */
    readonly remote: MediaStream;
}

/** What of Web Audio the mix uses (an `AudioContext`; tests pass a fake). @internal */
export type MixContext = Pick<
    AudioContext,
    'createMediaStreamSource' | 'createMediaStreamDestination' | 'resume' | 'close'
>;

/** A running conference mix. @internal */
export interface ConferenceMix {
    /** Silences or restores the agent's microphone for both parties (their audio to each other goes on). */
    muteMicrophone(muted: boolean): void;
    /**
     * Gives each party the track it was sent before (enable them after, as hold and mute have it) and releases
     * the audio graph.
     */
    stop(): Promise<void>;
}

/**
 * Mixes a three-way conference in the agent's browser: each party is sent the agent's microphone mixed with
 * the other party's audio (a `MediaStreamAudioDestinationNode` per party, put on its sender with
 * `replaceTrack`, so nothing is renegotiated); the agent hears both parties on their own `<audio>` elements.
 * `microphone` is the track the first party was sent (a copy of the agent's microphone).
 * @internal
 */
export async function mixConference(
    context: MixContext,
    microphone: MediaStreamTrack,
    legs: readonly [ConferenceLeg, ConferenceLeg]
): Promise<ConferenceMix> {
    const originals = legs.map((leg) => leg.sender.track);
    const mic = context.createMediaStreamSource(new MediaStream([microphone]));
    const remotes = legs.map((leg) => context.createMediaStreamSource(leg.remote));
    const mixes = legs.map((_leg, index) => {
        const destination = context.createMediaStreamDestination();
        mic.connect(destination);
        remotes[1 - index]?.connect(destination);
        return destination;
    });
    await context.resume();
    await Promise.all(
        legs.map((leg, index) => leg.sender.replaceTrack(mixes[index]?.stream.getAudioTracks()[0] ?? null))
    );
    return {
        muteMicrophone(muted) {
            microphone.enabled = !muted;
        },
        async stop() {
            await Promise.all(
                legs.map((leg, index) =>
                    leg.sender.replaceTrack(originals[index] ?? null).catch(() => undefined)
                )
            );
            mic.disconnect();
            for (const remote of remotes) remote.disconnect();
            for (const mix of mixes) for (const track of mix.stream.getTracks()) track.stop();
            await context.close().catch(() => undefined);
        }
    };
}
