import type { DemoTelephonyProvider } from '../../engine/src/telephony/demo';
import type { DemoLineCommand, DemoLineResult } from '../messages/demo-line-messages';

/** The part of the engine's demo phone system the console's caller uses. */
export type DemoLine = Pick<DemoTelephonyProvider, 'simulateIncomingCall' | 'simulateCallerHangUp'>;

/**
 * A refusal in words for the console. The engine static resource has its own copy of `TelephonyError`, so
 * the error is recognised by its `code`, not by `instanceof`.
 */
function explain(error: unknown): string {
    const message = error instanceof Error ? error.message : String(error);
    const code = typeof error === 'object' && error !== null ? (error as { code?: unknown }).code : undefined;
    if (code === 'not-registered') {
        return `The agent is not taking calls: set the softphone to Available first. (${message})`;
    }
    if (code === 'no-such-call') return `That call has already ended. (${message})`;
    return message;
}

/**
 * Runs a console command on the softphone's demo line, in the utility panel: `ring` offers an inbound call
 * (`simulateIncomingCall`), `hang-up` ends it from the caller's side (`simulateCallerHangUp`: before the
 * agent answers, a missed call). Refusals become readable errors; nothing throws.
 *
 * @param line - `startEngine(...).demo()`: undefined unless the call center's Telephony Mode is `demo`
 */
export function runDemoLineCommand(line: DemoLine | undefined, command: DemoLineCommand): DemoLineResult {
    if (!line) {
        return {
            ok: false,
            error: 'The softphone has no demo line: it is still starting, or its Telephony Mode is not demo.'
        };
    }
    try {
        if (command.kind === 'hang-up') {
            line.simulateCallerHangUp(command.callId);
            return { ok: true, callId: command.callId };
        }
        const call = line.simulateIncomingCall({
            from: command.from,
            ...(command.displayName === undefined ? {} : { displayName: command.displayName }),
            headers: command.headers
        });
        return { ok: true, callId: call.callId };
    } catch (error) {
        return { ok: false, error: explain(error) };
    }
}
