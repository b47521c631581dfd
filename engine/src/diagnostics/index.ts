/** Why connections fail, in words an admin can act on: CSP blocks and WebSockets that never opened. */
export { ConnectivityDiagnostics, MAX_CONNECTION_PROBLEMS } from './connectivity-diagnostics';
export type {
    ConnectivityDiagnosticsOptions,
    CspViolation,
    ViolationEventTarget
} from './connectivity-diagnostics';
export {
    SOFTPHONE_CSP_CONTEXT,
    TRUSTED_SITE_DIRECTIVES,
    originOf,
    socketFailureAdvice,
    trustedSiteAdvice
} from './trusted-site-advice';
export { watchWebSockets } from './watch-web-sockets';
export type {
    SocketObserver,
    WatchedSocket,
    WebSocketConstructor,
    WebSocketWindow
} from './watch-web-sockets';
