import type { CallDirection } from '../../bridge/protocol';
import type { DemoCallState } from './demo-call-state';
import type { DemoCommand } from './demo-command';

const STATE_WORDS: Readonly<Record<DemoCallState, string>> = {
    ringing: 'is ringing',
    answering: 'is being answered',
    dialing: 'has not been answered yet',
    connected: 'is connected',
    held: 'is on hold',
    ended: 'has ended'
};

function whatToDo(command: DemoCommand, state: DemoCallState, direction: CallDirection): string {
    switch (state) {
        case 'ringing':
            return 'Answer it first, then try again.';
        case 'answering':
            return 'Wait for onConnected, then try again.';
        case 'dialing':
            if (command === 'answer') return 'It is an outbound call: the callee answers it, not the agent.';
            if (command === 'decline') return 'Use hangUp() to cancel an outbound call.';
            return 'Wait for onConnected, then try again.';
        case 'connected':
        case 'held':
            if (command === 'resume') return 'It is not on hold, so there is nothing to resume.';
            if (command === 'hold') return 'It is already on hold; use resume() to take it off hold.';
            if (command === 'sendDtmf' || command === 'simulateCallerDtmf') {
                return 'Resume it first: a held call carries no tones.';
            }
            return `It was already ${direction === 'inbound' ? 'answered' : 'connected'}; use hangUp() to end it.`;
        case 'ended':
            return 'Start a new call.';
    }
}

/**
 * The `invalid-state` message for `command` on a call in `state`: what is wrong and what to do instead.
 * @internal
 */
export function invalidStateMessage(
    command: DemoCommand,
    callId: string,
    state: DemoCallState,
    direction: CallDirection
): string {
    return `Cannot ${command} call ${callId}: it ${STATE_WORDS[state]}. ${whatToDo(command, state, direction)}`;
}
