import { SoftphoneError } from '../errors';

/** Why a {@link LogStorageError} happened. */
export type LogStorageProblem = 'quota-exceeded' | 'unavailable';

/**
 * The call log store could not persist entries: the browser's storage is full (`QuotaExceededError`) or
 * cannot be used at all (blocked, disabled). The queue keeps the entries in memory and tries again.
 *
 * @public
 */
export class LogStorageError extends SoftphoneError {
    constructor(
        readonly problem: LogStorageProblem,
        message = problem === 'quota-exceeded'
            ? 'Browser storage is full: call logs are kept in memory until they are written.'
            : 'Browser storage is unavailable: call logs are kept in memory until they are written.'
    ) {
        super(message);
    }
}
