import { SoftphoneError } from './softphone-error';

/** An Open CTI method did not call back within its time limit. */
export class CtiTimeoutError extends SoftphoneError {
    constructor(
        readonly method: string,
        readonly timeoutMs: number
    ) {
        super(`Open CTI ${method} did not answer within ${timeoutMs} ms`);
    }
}
