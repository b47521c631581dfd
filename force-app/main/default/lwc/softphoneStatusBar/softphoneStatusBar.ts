import { LightningElement, api } from 'lwc';
import type { AgentStatus, RegistrationStatus, UiCommand } from 'c/softphoneBridgeProtocol';
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

const REGISTRATION_TEXT: Record<RegistrationStatus, string> = {
    unregistered: SIGNED_OUT,
    registering: REGISTERING,
    registered: READY,
    failed: REGISTRATION_FAILED,
    'not-started': PHONE_CANNOT_START
};

const REGISTRATION_CLASS: Record<RegistrationStatus, string> = {
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
    @api callCenterName: string | undefined;
    /** The label of the agent's phone-system profile; absent when the call center's phone system is used. */
    @api phoneSystem: string | undefined;
    @api agentStatus: AgentStatus = 'offline';
    @api registration: RegistrationStatus = 'unregistered';
    @api registrationDetail: string | undefined;
    @api telephonyMode: 'sip' | 'demo' | 'click-to-dial-only' | undefined;

    labels = { agentStatus: AGENT_STATUS, callCenter: CALL_CENTER_LABEL };

    get phoneSystemText(): string {
        return this.phoneSystem ? formatLabel(PHONE_SYSTEM_IN_USE, this.phoneSystem) : '';
    }

    get statusOptions(): { label: string; value: AgentStatus }[] {
        return [
            { label: AVAILABLE, value: 'available' },
            { label: BUSY, value: 'busy' },
            { label: OFFLINE, value: 'offline' }
        ];
    }

    /** A desk phone (click-to-dial only) does not register here, so there is nothing to report. */
    get showsRegistration(): boolean {
        return this.telephonyMode !== 'click-to-dial-only';
    }

    get registrationText(): string {
        return REGISTRATION_TEXT[this.registration] ?? SIGNED_OUT;
    }

    get registrationClass(): string {
        return `softphone-status-bar__registration slds-text-body_small ${REGISTRATION_CLASS[this.registration] ?? ''}`;
    }

    /** Why it failed (connecting) in the phone system's words; which settings stop it (starting). */
    get registrationDetailText(): string {
        if (this.registration === 'not-started')
            return formatLabel(PHONE_CANNOT_START_DETAIL, this.registrationDetail ?? '');
        return this.registration === 'failed' ? (this.registrationDetail ?? '') : '';
    }

    get modeText(): string {
        if (this.telephonyMode === 'demo') return TELEPHONY_MODE_DEMO;
        if (this.telephonyMode === 'click-to-dial-only') return TELEPHONY_MODE_CLICK_TO_DIAL;
        return '';
    }

    handleStatusChange(event: CustomEvent<{ value: string }>): void {
        const status = event.detail.value as AgentStatus;
        // The menu shows the engine's status, not the choice: the next snapshot confirms (or refuses) it.
        (event.target as HTMLInputElement).value = this.agentStatus;
        if (status !== this.agentStatus) this.send({ type: 'set-agent-status', status });
    }

    private send(command: UiCommand): void {
        this.dispatchEvent(new CustomEvent<UiCommand>('command', { detail: command }));
    }
}
