import type { CallEventType } from './call-event';
import { CallState, isTerminalCallState } from './call-state';

const ACTIONS: Readonly<Record<CallEventType, string>> = {
    incoming: 'offer an incoming call',
    dial: 'dial',
    progress: 'record dialing progress',
    connected: 'connect the call',
    hold: 'hold',
    resume: 'resume',
    mute: 'mute',
    unmute: 'unmute',
    quality: 'record the call quality',
    ended: 'end the call',
    'set-notes': 'edit the notes',
    'set-disposition': 'set the disposition',
    'set-related-record': 'relate a record',
    'records-matched': 'attach matched records',
    'save-wrap-up': 'save the wrap-up',
    'wrap-up-timeout': 'close the wrap-up on timeout',
    linked: 'record a transfer or conference'
};

const SITUATIONS: Readonly<Record<CallState, string>> = {
    [CallState.Idle]: 'there is no call yet',
    [CallState.Ringing]: 'the call is ringing',
    [CallState.Dialing]: 'the call is still dialing',
    [CallState.Connected]: 'the call is connected',
    [CallState.Held]: 'the call is on hold',
    [CallState.WrapUp]: 'the call has ended and is in wrap-up',
    [CallState.Ended]: 'the call is over',
    [CallState.Declined]: 'the call was declined',
    [CallState.Missed]: 'the call was missed',
    [CallState.Failed]: 'the call failed'
};

const WRAP_UP_EVENTS: ReadonlySet<CallEventType> = new Set(['save-wrap-up', 'wrap-up-timeout']);

/**
 * A refusal in the house style: `Cannot <action>: <problem>; <what to do>.`
 * @internal
 */
export function cannot(type: CallEventType, problem: string, advice: string): string {
    return `Cannot ${ACTIONS[type]}: ${problem}; ${advice}.`;
}

function advice(state: CallState, type: CallEventType): string {
    if (isTerminalCallState(state)) return 'use a new session for the next call';
    switch (state) {
        case CallState.Idle:
            return 'a call starts with an incoming call or a dial';
        case CallState.Ringing:
            if (type === 'progress') return 'progress applies only to outbound calls while dialing';
            if (WRAP_UP_EVENTS.has(type)) return 'wrap-up starts once an answered call ends';
            return 'answer it first';
        case CallState.Dialing:
            if (WRAP_UP_EVENTS.has(type)) return 'hang up first, wrap-up starts when the call ends';
            return 'wait until it is answered';
        case CallState.Connected:
        case CallState.Held:
            if (type === 'resume') return 'it is not on hold';
            if (type === 'progress') return 'progress applies only while dialing';
            if (type === 'connected') {
                return state === CallState.Held ? 'resume it to talk' : 'it was answered already';
            }
            if (type === 'hold') return 'resume it to talk'; // only refused while held
            return 'hang up first, wrap-up starts when the call ends';
        case CallState.WrapUp:
            return 'save the wrap-up to finish';
        default:
            return 'use a new session for the next call';
    }
}

/**
 * Why `state` does not accept an event of `type`, and what to do instead. One sentence the engine logs and
 * the UI can show, e.g. `Cannot hold: the call is ringing; answer it first.`
 * @internal
 */
export function rejectionReason(state: CallState, type: CallEventType): string {
    if ((type === 'incoming' || type === 'dial') && state !== CallState.Idle) {
        return cannot(
            type,
            `this session already has a call (${state})`,
            'use a new session for another call'
        );
    }
    return cannot(type, SITUATIONS[state], advice(state, type));
}
