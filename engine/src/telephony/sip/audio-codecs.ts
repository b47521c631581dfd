/** One audio codec as the browser lists it (`RTCRtpReceiver.getCapabilities('audio').codecs`). */
export interface AudioCodec {
    readonly mimeType: string;
    readonly clockRate: number;
    readonly channels?: number;
    readonly sdpFmtpLine?: string;
}

/**
 * The audio codecs the softphone offers, best first, by MIME type:
 * - Opus: wideband and loss-tolerant, what browsers and WebRTC-native PBXs speak;
 * - G.722: wideband, what HD desk phones speak;
 * - G.711 µ-law (PCMU) and A-law (PCMA): what every SIP phone, trunk and PSTN gateway speaks, so a media
 *   bridge (rtpengine, a PBX) relays a narrowband phone's audio as it is instead of transcoding it;
 * - telephone-event: RFC 4733 DTMF, at each clock rate the browser has (8 kHz goes with G.711 and G.722).
 * Left out: RED (RFC 2198 redundant Opus, which phones and most bridges do not carry) and CN (comfort noise,
 * which the browser does not send), so the offer lists only what a call can use.
 * @internal
 */
export const OFFERED_AUDIO_CODECS: readonly string[] = [
    'audio/opus',
    'audio/G722',
    'audio/PCMU',
    'audio/PCMA',
    'audio/telephone-event'
];

/**
 * The browser's audio codecs in the order the softphone offers them ({@link OFFERED_AUDIO_CODECS}), the others
 * left out. Empty when the browser has none of them, so the caller can leave the browser's own order alone.
 * @internal
 */
export function offeredAudioCodecs<C extends AudioCodec>(available: readonly C[]): C[] {
    const rank = (codec: C): number =>
        OFFERED_AUDIO_CODECS.findIndex((type) => type.toLowerCase() === codec.mimeType.toLowerCase());
    const offered = available.filter((codec) => rank(codec) >= 0);
    // Stable: codecs of one type (telephone-event at 48 and 8 kHz) keep the browser's order.
    offered.sort((a, b) => rank(a) - rank(b));
    return offered.some((codec) => rank(codec) < OFFERED_AUDIO_CODECS.length - 1) ? offered : [];
}

/** What of the WebRTC API the codec order needs: present in Chromium, Safari and Firefox 128+. */
interface TransceiverWithCodecs {
    readonly receiver: { readonly track: { readonly kind: string } | null };
    setCodecPreferences?(codecs: readonly AudioCodec[]): void;
}

/**
 * Puts the audio transceivers of `connection` on the softphone's codec order, before an offer or answer is
 * made. In an answer the browser picks the first codec of this order the other side offered. Does nothing in
 * a browser without `setCodecPreferences` (its own order, which has G.711 too, stays).
 * @internal
 */
export function preferOfferedAudioCodecs(
    connection: Pick<RTCPeerConnection, 'getTransceivers'>,
    capabilities: (() => { readonly codecs: readonly AudioCodec[] } | null) | undefined
): void {
    const transceivers = connection.getTransceivers() as unknown as TransceiverWithCodecs[];
    const audio = transceivers.filter(
        (transceiver) =>
            transceiver.receiver.track?.kind === 'audio' &&
            typeof transceiver.setCodecPreferences === 'function'
    );
    if (audio.length === 0 || !capabilities) return;
    const codecs = offeredAudioCodecs(capabilities()?.codecs ?? []);
    if (codecs.length === 0) return;
    for (const transceiver of audio) transceiver.setCodecPreferences?.(codecs);
}
