/**
 * Where a demo call is in its life. Outbound progress (`trying`, `ringing`) is reported through
 * `onProgress` while the call stays `dialing`.
 *
 * ```
 *   simulateIncomingCall()                 dial()
 *            |                               |
 *            v                               v
 *      +-----------+  answer()  +-----------+   +-----------+
 *      |  ringing  |----------->| answering |   |  dialing  |  trying -> ringing
 *      +-----------+            +-----------+   +-----------+
 *            |                answer delay |         | connect delay (callee answers)
 *            |                             v         v
 *            |                       +-------------------+  hold()   +--------+
 *            |                       |     connected     |---------->|  held  |
 *            |                       +-------------------+<----------+--------+
 *            |                                 |           resume()      |
 *            v                                 v                         v
 *      +--------------------------------------------------------------------------+
 *      | ended: hang-up, decline, no-answer, caller hang-up, transfer, scripted end |
 *      +--------------------------------------------------------------------------+
 * ```
 *
 * Any live state can end. An ended call is forgotten at once: later commands on it get `no-such-call`.
 * @public
 */
export type DemoCallState = 'ringing' | 'answering' | 'dialing' | 'connected' | 'held' | 'ended';

const NEXT_STATES: Readonly<Record<DemoCallState, readonly DemoCallState[]>> = {
    ringing: ['answering', 'ended'],
    answering: ['connected', 'ended'],
    dialing: ['connected', 'ended'],
    connected: ['held', 'ended'],
    held: ['connected', 'ended'],
    ended: []
};

/**
 * Whether the diagram on {@link DemoCallState} has an arrow from `from` to `to`.
 * @internal
 */
export function canTransition(from: DemoCallState, to: DemoCallState): boolean {
    return NEXT_STATES[from].includes(to);
}
