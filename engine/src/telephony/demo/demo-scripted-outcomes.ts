import type { CallEndCause } from '../telephony-provider';
import type { DemoDelays } from './demo-delays';

/**
 * How a dialled demo call ends when its number ends in {@link DemoScriptedOutcome.suffix}.
 * @public
 */
export interface DemoScriptedOutcome {
    /** The last four digits of the dialled number. */
    readonly suffix: string;
    /** The last progress reported before the call ends. */
    readonly lastProgress: 'trying' | 'ringing';
    /** Which of the {@link DemoDelays} passes between that progress and the end. */
    readonly endsAfter: keyof Pick<DemoDelays, 'progress' | 'connect' | 'ringTimeout'>;
    /** The cause `onEnded` reports. */
    readonly cause: CallEndCause;
    /** The `detail` `onEnded` reports: the SIP final response a real PBX would send. */
    readonly detail: string;
}

/**
 * Scripted outcomes of outbound demo calls, chosen by the last four digits of the number, so a demo or a test
 * can reach every ending. Every other valid number is answered.
 *
 * | Number ends in | Progress reported | Then, after   | Ends with                                   |
 * | -------------- | ----------------- | ------------- | ------------------------------------------- |
 * | `0000`         | trying            | `progress`    | `busy` (486 Busy Here)                      |
 * | `0404`         | trying            | `progress`    | `not-found` (404 Not Found)                 |
 * | `0480`         | trying            | `progress`    | `unavailable` (480 Temporarily Unavailable) |
 * | `0500`         | trying            | `progress`    | `error` (500 Server Internal Error)         |
 * | `0408`         | trying, ringing   | `ringTimeout` | `no-answer` (408 Request Timeout)           |
 * | `0603`         | trying, ringing   | `connect`     | `rejected` (603 Decline)                    |
 * | anything else  | trying, ringing   | `connect`     | answered: `onConnected`                     |
 *
 * e.g. `+14155550000` is busy and `+14155550123` answers.
 * @public
 */
export const DEMO_SCRIPTED_OUTCOMES: readonly DemoScriptedOutcome[] = Object.freeze([
    { suffix: '0000', lastProgress: 'trying', endsAfter: 'progress', cause: 'busy', detail: '486 Busy Here' },
    {
        suffix: '0404',
        lastProgress: 'trying',
        endsAfter: 'progress',
        cause: 'not-found',
        detail: '404 Not Found'
    },
    {
        suffix: '0480',
        lastProgress: 'trying',
        endsAfter: 'progress',
        cause: 'unavailable',
        detail: '480 Temporarily Unavailable'
    },
    {
        suffix: '0500',
        lastProgress: 'trying',
        endsAfter: 'progress',
        cause: 'error',
        detail: '500 Server Internal Error'
    },
    {
        suffix: '0408',
        lastProgress: 'ringing',
        endsAfter: 'ringTimeout',
        cause: 'no-answer',
        detail: '408 Request Timeout'
    },
    {
        suffix: '0603',
        lastProgress: 'ringing',
        endsAfter: 'connect',
        cause: 'rejected',
        detail: '603 Decline'
    }
] as const satisfies readonly DemoScriptedOutcome[]);

/**
 * The scripted outcome for a dialled number, or `undefined` when the callee answers.
 * @public
 */
export function scriptedOutcomeFor(number: string): DemoScriptedOutcome | undefined {
    return DEMO_SCRIPTED_OUTCOMES.find((outcome) => number.endsWith(outcome.suffix));
}
