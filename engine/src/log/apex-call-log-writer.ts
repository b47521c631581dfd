import type { CtiHost } from '../cti';
import {
    CALL_LOG_APEX_CLASS,
    CALL_LOG_APEX_METHOD,
    CALL_LOG_APEX_PARAM,
    toApexCallLogRequest
} from './apex-call-log-request';
import type { CallLogEntry } from './call-log-entry';
import { CallLogWriteError } from './call-log-write-error';
import type { CallLogWriteResult, CallLogWriter } from './call-log-writer';
import { isSalesforceId } from '../cti/salesforce-id';
import { apexReturnValue } from '../cti/apex-answer';

/** The two Open CTI calls the writer needs; any {@link CtiHost} has them. */
export type CallLogHost = Pick<CtiHost, 'runApex' | 'refreshView'>;

/**
 * Options for {@link ApexCallLogWriter}.
 *
 * @public
 */
export interface ApexCallLogWriterOptions {
    /** The Apex class, namespace-qualified in a namespaced package; {@link CALL_LOG_APEX_CLASS} by default. */
    readonly apexClass?: string;
    /** Refresh the agent's view after a save so the record page shows the new Task; true by default. */
    readonly refreshView?: boolean;
    /** Told when `refreshView` fails. The log is saved all the same, so the write still succeeds. */
    readonly onRefreshFailed?: (error: unknown) => void;
}

/**
 * The Task Id in what `runApex` answered. Open CTI puts the Apex method's return value under `runApex` in
 * `returnValue` (`{ runApex: "00T..." }`); a bare string is accepted too, for hosts that unwrap it.
 */
function readTaskId(returnValue: unknown): string | undefined {
    const value = apexReturnValue(returnValue);
    return typeof value === 'string' && isSalesforceId(value) && value.startsWith('00T') ? value : undefined;
}

/**
 * {@link CallLogWriter} that saves a Task through Open CTI: `runApex` on
 * `SoftphoneCallLogService.saveCallLog(callLog)`, which creates the running user's Task for the call id or
 * updates it when one exists (so writing twice never makes two Tasks), then `refreshView`. Two Open CTI
 * round-trips per log at most.
 *
 * `VoiceCall` entries are refused: VoiceCall records belong to the telephony integration that creates them,
 * so they need their own writer.
 *
 * @public
 */
export class ApexCallLogWriter implements CallLogWriter {
    readonly #apexClass: string;
    readonly #refresh: boolean;
    readonly #onRefreshFailed: ((error: unknown) => void) | undefined;

    readonly #host: CallLogHost;
    constructor(host: CallLogHost, options: ApexCallLogWriterOptions = {}) {
        this.#host = host;
        this.#apexClass = options.apexClass ?? CALL_LOG_APEX_CLASS;
        this.#refresh = options.refreshView ?? true;
        this.#onRefreshFailed = options.onRefreshFailed;
    }

    /**
     * @throws CallLogWriteError for a `VoiceCall` entry or an answer that is not a Task Id
     * @throws CtiError / CtiTimeoutError from `runApex` (the Apex method's error messages are in `errors`)
     */
    async write(entry: CallLogEntry): Promise<CallLogWriteResult> {
        if (entry.logObject !== 'Task') {
            throw new CallLogWriteError(
                `${entry.logObject} logs cannot be saved through ${this.#apexClass}; it writes Tasks only.`
            );
        }
        const returnValue = await this.#host.runApex(this.#apexClass, CALL_LOG_APEX_METHOD, {
            [CALL_LOG_APEX_PARAM]: JSON.stringify(toApexCallLogRequest(entry))
        });
        const recordId = readTaskId(returnValue);
        if (recordId === undefined) {
            throw new CallLogWriteError(
                `${this.#apexClass}.${CALL_LOG_APEX_METHOD} answered ${JSON.stringify(returnValue) ?? 'nothing'} ` +
                    'instead of a Task Id.'
            );
        }
        if (this.#refresh) {
            try {
                await this.#host.refreshView();
            } catch (error) {
                this.#onRefreshFailed?.(error);
            }
        }
        return { recordId };
    }
}
