import { SoftphoneError } from '../errors';
import type { CallEventType } from './call-event';
import type { CallState } from './call-state';

/**
 * A {@link CallSession} refused an event: the state does not accept it, or its content is wrong.
 * The message is the refusal's reason, which says what to do instead.
 * @public
 */
export class InvalidTransitionError extends SoftphoneError {
    /**
     * @param state - the state the session was in
     * @param eventType - the event it refused
     * @param reason - why, and what to do; defaults to a generic sentence
     */
    constructor(
        readonly state: CallState,
        readonly eventType: CallEventType,
        readonly reason: string = `Cannot apply ${eventType} in state ${state}.`
    ) {
        super(reason);
    }
}
