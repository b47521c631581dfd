import { SoftphoneError } from '../errors/softphone-error';

/** Why the phone system refused a command; `code` lets the UI pick a label. */
export type TelephonyErrorCode =
    | 'no-such-call'
    | 'invalid-state'
    | 'not-registered'
    | 'invalid-number'
    | 'failed'
    | 'credentials-needed'
    | 'invalid-credentials'
    | 'microphone-denied';

/** A telephony command could not be carried out. */
export class TelephonyError extends SoftphoneError {
    constructor(
        readonly code: TelephonyErrorCode,
        message: string
    ) {
        super(message);
    }
}
