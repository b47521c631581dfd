import { SoftphoneError } from '../errors';
import { CallState } from './call-state';
import { InvalidTransitionError } from './invalid-transition-error';

describe('InvalidTransitionError', () => {
    it('is a SoftphoneError named for its class, carrying state, event and reason', () => {
        const error = new InvalidTransitionError(
            CallState.Ringing,
            'hold',
            'Cannot hold: the call is ringing; answer it first.'
        );
        expect(error).toBeInstanceOf(InvalidTransitionError);
        expect(error).toBeInstanceOf(SoftphoneError);
        expect(error).toBeInstanceOf(Error);
        expect(error).toMatchObject({
            name: 'InvalidTransitionError',
            message: 'Cannot hold: the call is ringing; answer it first.',
            state: CallState.Ringing,
            eventType: 'hold'
        });
    });

    it('has a default message naming the state and the event', () => {
        expect(new InvalidTransitionError(CallState.Ended, 'mute').message).toBe(
            'Cannot apply mute in state ended.'
        );
    });
});
