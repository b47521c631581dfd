// Generated from force-app/main/default/lwc/softphoneNotice/softphoneNotice.ts by `npm run build`. Do not edit: change the TypeScript source.
import { LightningElement, api } from 'lwc';
import CLOSE from '@salesforce/label/c.Softphone_NoticeClose';
import COMMAND_FAILED from '@salesforce/label/c.Softphone_NoticeCommandFailed';
import ERROR from '@salesforce/label/c.Softphone_NoticeError';
import GENERIC from '@salesforce/label/c.Softphone_NoticeGeneric';
import INFO from '@salesforce/label/c.Softphone_NoticeInfo';
import BUSY_ON_CALL from '@salesforce/label/c.Softphone_NoticeBusyOnCall';
import INVALID_DIGITS from '@salesforce/label/c.Softphone_NoticeInvalidDigits';
import INVALID_NUMBER from '@salesforce/label/c.Softphone_NoticeInvalidNumber';
import LOG_FAILED from '@salesforce/label/c.Softphone_NoticeLogFailed';
import MICROPHONE_DENIED from '@salesforce/label/c.Softphone_NoticeMicrophoneDenied';
import REGISTRATION_FAILED from '@salesforce/label/c.Softphone_NoticeRegistrationFailed';
import SCREEN_POP_FAILED from '@salesforce/label/c.Softphone_NoticeScreenPopFailed';
import UNKNOWN_RECORD from '@salesforce/label/c.Softphone_NoticeUnknownRecord';
import ACTIVE_IN_ANOTHER_TAB from '@salesforce/label/c.Softphone_NoticeActiveInAnotherTab';
import CALL_RECOVERING from '@salesforce/label/c.Softphone_NoticeCallRecovering';
/**
 * The notice keys the UI has words for. The engine sends one of these in `notice.key`; any other key is shown
 * with a generic text and its `detail`.
 */
export const NOTICE_TEXT = {
    'invalid-number': INVALID_NUMBER,
    'invalid-digits': INVALID_DIGITS,
    'busy-on-call': BUSY_ON_CALL,
    'command-failed': COMMAND_FAILED,
    'log-failed': LOG_FAILED,
    'microphone-denied': MICROPHONE_DENIED,
    'registration-failed': REGISTRATION_FAILED,
    'screen-pop-failed': SCREEN_POP_FAILED,
    'unknown-record': UNKNOWN_RECORD,
    'active-in-another-tab': ACTIVE_IN_ANOTHER_TAB,
    'call-recovering': CALL_RECOVERING
};
/** Identifies a notice by what it says, so a closed one stays closed until the engine says something else. */
function signature(notice) {
    return notice ? JSON.stringify([notice.kind, notice.key, notice.detail ?? '']) : '';
}
/**
 * The engine's current notice as an SLDS alert: an error is announced at once (`role="alert"`), information
 * politely (`role="status"`). The agent can close it; it stays closed until the engine sends another notice.
 */
export default class SoftphoneNotice extends LightningElement {
    labels = { close: CLOSE };
    current;
    closed = '';
    @api
    get notice() {
        return this.current;
    }
    set notice(value) {
        this.current = value;
        if (signature(value) !== this.closed) this.closed = '';
    }
    get isShown() {
        return this.current !== undefined && this.closed === '';
    }
    get isError() {
        return this.current?.kind === 'error';
    }
    get role() {
        return this.isError ? 'alert' : 'status';
    }
    get alertClass() {
        return `softphone-notice slds-notify slds-notify_alert slds-m-bottom_small${this.isError ? ' slds-alert_error' : ''}`;
    }
    get iconName() {
        return this.isError ? 'utility:error' : 'utility:info';
    }
    get iconText() {
        return this.isError ? ERROR : INFO;
    }
    get message() {
        const key = this.current?.key;
        return key !== undefined && Object.prototype.hasOwnProperty.call(NOTICE_TEXT, key)
            ? NOTICE_TEXT[key]
            : GENERIC;
    }
    get detail() {
        return this.current?.detail ?? '';
    }
    handleClose() {
        this.closed = signature(this.current);
    }
}
