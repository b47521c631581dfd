import { LightningElement, api } from 'lwc';
import { MAX_PHONE_NUMBER_LENGTH } from 'c/softphoneBridgeProtocol';
import type { UiCommand } from 'c/softphoneBridgeProtocol';
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
    @api disabled = false;

    labels = {
        call: CALL,
        deleteDigit: DELETE_DIGIT,
        dialPad: DIAL_PAD,
        keypad: KEYPAD,
        numberToDial: NUMBER_TO_DIAL
    };
    maxLength = MAX_PHONE_NUMBER_LENGTH;
    number = '';

    get callDisabled(): boolean {
        return this.disabled || this.number.trim() === '';
    }

    get deleteDisabled(): boolean {
        return this.disabled || this.number === '';
    }

    /** Moves focus to the number field. */
    @api
    focus(): void {
        this.template?.querySelector<HTMLElement>('[data-id="number"]')?.focus();
    }

    handleNumberChange(event: CustomEvent<{ value?: string }>): void {
        this.number = event.detail.value ?? '';
    }

    handleKeyDown(event: KeyboardEvent): void {
        if (event.key !== 'Enter') return;
        event.preventDefault();
        this.dial();
    }

    handleDigit(event: CustomEvent<string>): void {
        if (this.number.length < MAX_PHONE_NUMBER_LENGTH) this.number += event.detail;
    }

    handleDelete(): void {
        this.number = this.number.slice(0, -1);
    }

    handleCall(): void {
        this.dial();
    }

    private dial(): void {
        if (this.callDisabled) return;
        this.send({ type: 'dial', number: this.number.trim() });
    }

    private send(command: UiCommand): void {
        this.dispatchEvent(new CustomEvent<UiCommand>('command', { detail: command }));
    }
}
