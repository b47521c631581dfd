import type { SessionDescriptionHandler } from 'sip.js';

/** What the WebRTC session description handler offers beyond SIP.js's interface. */
interface WebMedia {
    enableSenderTracks(enable: boolean): void;
    readonly remoteMediaStream: MediaStream;
}

function isWebMedia(
    handler: SessionDescriptionHandler | undefined
): handler is SessionDescriptionHandler & WebMedia {
    return (
        handler !== undefined &&
        'enableSenderTracks' in handler &&
        typeof handler.enableSenderTracks === 'function' &&
        'remoteMediaStream' in handler
    );
}

/**
 * Turns the agent's microphone on the call on or off (mute, and silence while on hold). The peer connection
 * keeps its tracks, so nothing is renegotiated. Does nothing for a handler without local tracks.
 * @internal
 */
export function setSending(handler: SessionDescriptionHandler | undefined, enabled: boolean): void {
    if (isWebMedia(handler)) handler.enableSenderTracks(enabled);
}

/**
 * The sender of the agent's audio on the call's peer connection, `undefined` for a handler without one.
 * @internal
 */
export function audioSenderOf(handler: SessionDescriptionHandler | undefined): RTCRtpSender | undefined {
    const connection =
        handler && 'peerConnection' in handler
            ? (handler.peerConnection as RTCPeerConnection | undefined)
            : undefined;
    return connection?.getSenders().find((sender) => sender.track?.kind === 'audio');
}

/**
 * The stream the remote party is heard on, `undefined` for a handler that has none.
 * @internal
 */
export function remoteStreamOf(handler: SessionDescriptionHandler | undefined): MediaStream | undefined {
    return isWebMedia(handler) ? handler.remoteMediaStream : undefined;
}

/**
 * Reads the statistics of a call's peer connection (`getStats()`), as a list of its stats; `undefined` for a
 * handler without one.
 * @internal
 */
export function statsSourceOf(
    handler: SessionDescriptionHandler | undefined
): (() => Promise<Record<string, unknown>[]>) | undefined {
    const connection = (handler as { peerConnection?: { getStats?: unknown } } | undefined)?.peerConnection;
    if (!connection || typeof connection.getStats !== 'function') return undefined;
    const peer = connection as RTCPeerConnection;
    return async () => {
        const report = await peer.getStats();
        return [...report.values()] as Record<string, unknown>[];
    };
}
