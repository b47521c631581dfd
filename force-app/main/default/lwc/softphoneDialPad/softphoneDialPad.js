// Generated from force-app/main/default/lwc/softphoneDialPad/softphoneDialPad.ts by `npm run build`. Do not edit: change the TypeScript source.
import { LightningElement, api } from 'lwc';
import { MAX_PHONE_NUMBER_LENGTH } from 'c/softphoneBridgeProtocol';
import CALL from '@salesforce/label/c.Softphone_Call';
import DELETE_DIGIT from '@salesforce/label/c.Softphone_DeleteDigit';
import DIAL_PAD from '@salesforce/label/c.Softphone_DialPad';
import KEYPAD from '@salesforce/label/c.Softphone_Keypad';
import NUMBER_TO_DIAL from '@salesforce/label/c.Softphone_NumberToDial';
/**
 * Number entry for outbound calls: typed, pasted or keyed in, sent as the agent entered it (the engine
 * normalises it and explains in a notice when it cannot dial it). Enter calls. Disabled while a call is live.
 *
 * Fires `command` (detail: a `UiCommand`): `dial`.
 */
export default class SoftphoneDialPad extends LightningElement {
    @api
    disabled = false;
    labels = {
        call: CALL,
        deleteDigit: DELETE_DIGIT,
        dialPad: DIAL_PAD,
        keypad: KEYPAD,
        numberToDial: NUMBER_TO_DIAL
    };
    maxLength = MAX_PHONE_NUMBER_LENGTH;
    number = '';
    get callDisabled() {
        return this.disabled || this.number.trim() === '';
    }
    get deleteDisabled() {
        return this.disabled || this.number === '';
    }
    /** Moves focus to the number field. */
    @api
    focus() {
        this.template?.querySelector('[data-id="number"]')?.focus();
    }
    handleNumberChange(event) {
        this.number = event.detail.value ?? '';
    }
    handleKeyDown(event) {
        if (event.key !== 'Enter') return;
        event.preventDefault();
        this.dial();
    }
    handleDigit(event) {
        if (this.number.length < MAX_PHONE_NUMBER_LENGTH) this.number += event.detail;
    }
    handleDelete() {
        this.number = this.number.slice(0, -1);
    }
    handleCall() {
        this.dial();
    }
    dial() {
        if (this.callDisabled) return;
        this.send({ type: 'dial', number: this.number.trim() });
    }
    send(command) {
        this.dispatchEvent(new CustomEvent('command', { detail: command }));
    }
}
