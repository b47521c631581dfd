import { SoftphoneError } from '../errors';

/**
 * A call log cannot be queued at all, e.g. it has no call id to make it idempotent. This is a programming
 * error in the caller; everything that can be corrected (a bad id, an over-long text) is corrected instead.
 *
 * @public
 */
export class InvalidCallLogError extends SoftphoneError {
    constructor(message = 'The call log is invalid.') {
        super(message);
    }
}
