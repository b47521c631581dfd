const LOOPBACK_HOST = /^(127(\.\d{1,3}){3}|localhost|\[?::1\]?)$/i;

/**
 * Whether the PBX WebSocket URL points at this machine (`ws://127.0.0.1`, `localhost`, `::1`): the settings
 * allow `ws://` only there, for tests and local trials.
 * @public
 */
export function isLoopbackServer(url: string): boolean {
    try {
        return LOOPBACK_HOST.test(new URL(url).hostname);
    } catch {
        return false;
    }
}

/** IPv4 loopback only: with `::1` too, ICE may pair it with a global IPv6 address of this machine. */
const LOOPBACK_ADDRESS = /^127(\.\d{1,3}){3}$/;

function isLoopbackCandidate(line: string): boolean {
    // a=candidate:<foundation> <component> <transport> <priority> <address> <port> typ <type> ...
    const address = line.split(' ')[4] ?? '';
    return LOOPBACK_ADDRESS.test(address);
}

/**
 * A SIP.js session description modifier that keeps media on the loopback interface: when a description
 * lists IPv4 loopback ICE candidates (Chromium gathers them with `--allow-loopback-in-peer-connection`),
 * every other candidate is dropped. A description without them is left as it is.
 *
 * The provider applies it to the descriptions of a PBX on this machine, where the other party runs on this
 * machine too (the end-to-end tests); it is applied to remote descriptions, whose candidates are complete.
 * @public
 */
export function keepLoopbackCandidates(
    description: RTCSessionDescriptionInit
): Promise<RTCSessionDescriptionInit> {
    const sdp = description.sdp;
    if (sdp === undefined) return Promise.resolve(description);
    const lines = sdp.split('\r\n');
    const candidates = lines.filter((line) => line.startsWith('a=candidate:'));
    if (!candidates.some(isLoopbackCandidate)) return Promise.resolve(description);
    const kept = lines.filter((line) => !line.startsWith('a=candidate:') || isLoopbackCandidate(line));
    return Promise.resolve({ ...description, sdp: kept.join('\r\n') });
}
