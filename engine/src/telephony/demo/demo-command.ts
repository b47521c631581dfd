/**
 * The demo provider's commands on a call, as named in its error messages.
 * @internal
 */
export type DemoCommand =
    | 'answer'
    | 'decline'
    | 'hangUp'
    | 'hold'
    | 'resume'
    | 'mute'
    | 'unmute'
    | 'sendDtmf'
    | 'blindTransfer'
    | 'attendedTransfer'
    | 'conference'
    | 'simulateCallerHangUp'
    | 'simulateCallerDtmf';
