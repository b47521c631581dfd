import { SoftphoneError } from '../errors';

/**
 * A call log write failed for a reason the writer or the queue found (an unexpected answer, no answer in
 * time, an object the writer cannot log on). Open CTI failures arrive as `CtiError` / `CtiTimeoutError`.
 *
 * @public
 */
export class CallLogWriteError extends SoftphoneError {
    constructor(message = 'The call log could not be written.') {
        super(message);
    }
}
