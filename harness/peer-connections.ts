/** An init script that keeps the peer connections a page creates, so a test can read their statistics. */
export const RECORD_PEER_CONNECTIONS = `(() => {
    const Original = window.RTCPeerConnection;
    if (!Original || window.__peerConnections) return;
    const created = [];
    window.__peerConnections = created;
    window.RTCPeerConnection = new Proxy(Original, {
        construct(target, args) {
            const connection = new target(...args);
            created.push(connection);
            return connection;
        }
    });
})();`;

/** A page that ran {@link RECORD_PEER_CONNECTIONS}. */
export type PeerWindow = Window & { __peerConnections?: RTCPeerConnection[] };
