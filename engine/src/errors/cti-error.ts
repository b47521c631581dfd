import { SoftphoneError } from './softphone-error';

/** An Open CTI method answered `success: false`; `errors` holds what Salesforce said. */
export class CtiError extends SoftphoneError {
    constructor(
        readonly method: string,
        readonly errors: readonly string[]
    ) {
        super(`Open CTI ${method} failed: ${errors.length > 0 ? errors.join('; ') : 'no reason given'}`);
    }
}
