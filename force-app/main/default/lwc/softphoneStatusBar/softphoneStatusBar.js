// Generated from force-app/main/default/lwc/softphoneStatusBar/softphoneStatusBar.ts by `npm run build`. Do not edit: change the TypeScript source.
import { LightningElement, api } from 'lwc';
import { formatLabel } from 'c/softphoneFormat';
import AGENT_STATUS from '@salesforce/label/c.Softphone_AgentStatus';
import AVAILABLE from '@salesforce/label/c.Softphone_Available';
import BUSY from '@salesforce/label/c.Softphone_Busy';
import CALL_CENTER_LABEL from '@salesforce/label/c.Softphone_CallCenterLabel';
import OFFLINE from '@salesforce/label/c.Softphone_Offline';
import PHONE_SYSTEM_IN_USE from '@salesforce/label/c.Softphone_PhoneSystemInUse';
import PHONE_CANNOT_START from '@salesforce/label/c.Softphone_PhoneCannotStart';
import PHONE_CANNOT_START_DETAIL from '@salesforce/label/c.Softphone_PhoneCannotStartDetail';
import READY from '@salesforce/label/c.Softphone_Ready';
import REGISTERING from '@salesforce/label/c.Softphone_Registering';
import REGISTRATION_FAILED from '@salesforce/label/c.Softphone_RegistrationFailed';
import SIGNED_OUT from '@salesforce/label/c.Softphone_SignedOut';
import TELEPHONY_MODE_CLICK_TO_DIAL from '@salesforce/label/c.Softphone_TelephonyModeClickToDial';
import TELEPHONY_MODE_DEMO from '@salesforce/label/c.Softphone_TelephonyModeDemo';
const REGISTRATION_TEXT = {
    unregistered: SIGNED_OUT,
    registering: REGISTERING,
    registered: READY,
    failed: REGISTRATION_FAILED,
    'not-started': PHONE_CANNOT_START
};
const REGISTRATION_CLASS = {
    unregistered: 'slds-text-color_weak',
    registering: 'slds-text-color_weak',
    registered: 'slds-text-color_success',
    failed: 'slds-text-color_error',
    'not-started': 'slds-text-color_error'
};
/**
 * The top of the softphone: the call center, the agent's status (sends `set-agent-status`) and, in words,
 * how the registration with the phone system stands.
 *
 * Fires `command` (detail: a `UiCommand`).
 */
export default class SoftphoneStatusBar extends LightningElement {
    @api
    callCenterName;
    /** The label of the agent's phone-system profile; absent when the call center's phone system is used. */
    @api
    phoneSystem;
    @api
    agentStatus = 'offline';
    @api
    registration = 'unregistered';
    @api
    registrationDetail;
    @api
    telephonyMode;
    labels = { agentStatus: AGENT_STATUS, callCenter: CALL_CENTER_LABEL };
    get phoneSystemText() {
        return this.phoneSystem ? formatLabel(PHONE_SYSTEM_IN_USE, this.phoneSystem) : '';
    }
    get statusOptions() {
        return [
            { label: AVAILABLE, value: 'available' },
            { label: BUSY, value: 'busy' },
            { label: OFFLINE, value: 'offline' }
        ];
    }
    /** A desk phone (click-to-dial only) does not register here, so there is nothing to report. */
    get showsRegistration() {
        return this.telephonyMode !== 'click-to-dial-only';
    }
    get registrationText() {
        return REGISTRATION_TEXT[this.registration] ?? SIGNED_OUT;
    }
    get registrationClass() {
        return `softphone-status-bar__registration slds-text-body_small ${REGISTRATION_CLASS[this.registration] ?? ''}`;
    }
    /** Why it failed (connecting) in the phone system's words; which settings stop it (starting). */
    get registrationDetailText() {
        if (this.registration === 'not-started')
            return formatLabel(PHONE_CANNOT_START_DETAIL, this.registrationDetail ?? '');
        return this.registration === 'failed' ? (this.registrationDetail ?? '') : '';
    }
    get modeText() {
        if (this.telephonyMode === 'demo') return TELEPHONY_MODE_DEMO;
        if (this.telephonyMode === 'click-to-dial-only') return TELEPHONY_MODE_CLICK_TO_DIAL;
        return '';
    }
    handleStatusChange(event) {
        const status = event.detail.value;
        // The menu shows the engine's status, not the choice: the next snapshot confirms (or refuses) it.
        event.target.value = this.agentStatus;
        if (status !== this.agentStatus) this.send({ type: 'set-agent-status', status });
    }
    send(command) {
        this.dispatchEvent(new CustomEvent('command', { detail: command }));
    }
}
