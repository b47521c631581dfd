/**
 * Where a call is in its life. {@link CallSession} is the only place that holds it; the UI renders snapshots.
 *
 * ```
 *                    ended: declined, local-hang-up (the agent refused)
 *              +------------------------------------------------------------------------> DECLINED
 *              |     ended: any other cause (caller-cancelled, no-answer, remote-hang-up, error, ...)
 *              +------------------------------------------------------------------------> MISSED
 *              |
 *   incoming   |          connected (the agent answered)
 *   +-----> RINGING ---------------------------------+
 *   |                                                |
 *   |                                                v          hold
 * IDLE                                          CONNECTED ------------------> HELD
 *   |                                            ^   |   <------------------  |
 *   |  dial              connected               |   |        resume          |
 *   +-----> DIALING -----------------------------+   |                        |
 *           |  |  ^                                  | ended (any cause)      | ended (any cause)
 *           |  +--+ progress                         v                        |
 *           |                                     WRAP-UP <-------------------+
 *           |  ended: local-hang-up,                ^  |
 *           |  caller-cancelled, transferred        |  | save-wrap-up, wrap-up-timeout
 *           +---------------------------------------+  v
 *           |                                        ENDED
 *           |  ended: any other cause (busy, rejected, not-found, unavailable, no-answer, declined,
 *           |         remote-hang-up, connection-lost, media-failed, error)
 *           +-------------------------------------------------------------------------> FAILED
 * ```
 *
 * Events that keep the state (not drawn):
 *
 * | event                                                  | accepted in                                |
 * | ------------------------------------------------------ | ------------------------------------------ |
 * | `progress` (sets `progress`)                           | dialing                                    |
 * | `mute`, `unmute` (toggle `muted`; a repeat is refused) | connected, held                            |
 * | `set-notes`, `set-disposition`                         | connected, held, wrap-up                   |
 * | `set-related-record` (the call's record, or none)      | ringing, dialing, connected, held, wrap-up |
 * | `linked` (a party it was transferred/conferenced to)   | dialing, connected, held                   |
 * | `records-matched` (screen-pop search results)          | ringing, dialing, connected, held, wrap-up |
 *
 * `ended` is a fact from the phone system, so every live state accepts it with any cause; the cause only
 * picks the outcome. `resume` and `ended` close an open hold; `ended` also clears `muted`.
 * `ENDED`, `DECLINED`, `MISSED` and `FAILED` are terminal: they accept nothing, and the session releases its
 * listeners. Every pair of state and event not listed here is refused with a reason that says what to do.
 *
 * @public
 */
export enum CallState {
    /** No call yet: the session waits for `incoming` or `dial`. */
    Idle = 'idle',
    /** An inbound call is offered to the agent. */
    Ringing = 'ringing',
    /** An outbound call is on its way and not answered yet. */
    Dialing = 'dialing',
    /** Agent and remote party are talking. */
    Connected = 'connected',
    /** The agent put the call on hold. */
    Held = 'held',
    /** The call has ended; the agent finishes notes, disposition and related record. */
    WrapUp = 'wrap-up',
    /** Terminal: the call and its wrap-up are done. */
    Ended = 'ended',
    /** Terminal: the agent refused the inbound call. */
    Declined = 'declined',
    /** Terminal: the inbound call ended before the agent answered. */
    Missed = 'missed',
    /** Terminal: the outbound call ended before it was answered (busy, rejected, unreachable, ...). */
    Failed = 'failed'
}

const TERMINAL: ReadonlySet<CallState> = new Set([
    CallState.Ended,
    CallState.Declined,
    CallState.Missed,
    CallState.Failed
]);

/**
 * Whether `state` ends the session: no event is accepted afterwards.
 * @public
 */
export function isTerminalCallState(state: CallState): boolean {
    return TERMINAL.has(state);
}
