// Generated from force-app/main/default/lwc/softphonePendingLogs/softphonePendingLogs.ts by `npm run build`. Do not edit: change the TypeScript source.
import { LightningElement, api } from 'lwc';
import { formatLabel } from 'c/softphoneFormat';
import LAST_ERROR from '@salesforce/label/c.Softphone_PendingLogsLastError';
import NOT_STORED from '@salesforce/label/c.Softphone_PendingLogsNotStored';
import PENDING_LOGS_MANY from '@salesforce/label/c.Softphone_PendingLogsMany';
import PENDING_LOGS_ONE from '@salesforce/label/c.Softphone_PendingLogsOne';
import RETRY_NOW from '@salesforce/label/c.Softphone_RetryNow';
/**
 * Call logs the engine has kept but not yet written to Salesforce: how many, the last error, and Retry now.
 * Rendered by the container only when there are some.
 *
 * Fires `command` (detail: a `UiCommand`): `retry-logs`.
 */
export default class SoftphonePendingLogs extends LightningElement {
    @api
    logs = [];
    /** Why the logs cannot be kept in browser storage (they are in this page's memory only), if so. */
    @api
    storageProblem;
    labels = { lastError: LAST_ERROR, notStored: NOT_STORED, retryNow: RETRY_NOW };
    get summary() {
        return this.logs.length === 1 ? PENDING_LOGS_ONE : formatLabel(PENDING_LOGS_MANY, this.logs.length);
    }
    /** The error of the log tried most often: the one that has been failing longest. */
    get lastError() {
        let worst;
        for (const log of this.logs) {
            if (log.lastError && (!worst || log.attempts > worst.attempts)) worst = log;
        }
        return worst?.lastError ?? '';
    }
    handleRetry() {
        this.dispatchEvent(new CustomEvent('command', { detail: { type: 'retry-logs' } }));
    }
}
