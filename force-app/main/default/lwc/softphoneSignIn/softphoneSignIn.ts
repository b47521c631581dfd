import { LightningElement } from 'lwc';
import { MAX_SIP_PASSWORD_LENGTH, MAX_SIP_USER_LENGTH } from 'c/softphoneBridgeProtocol';
import type { UiCommand } from 'c/softphoneBridgeProtocol';
import PASSWORD from '@salesforce/label/c.Softphone_SipPassword';
import SIGN_IN from '@salesforce/label/c.Softphone_SipSignIn';
import SIGN_IN_HELP from '@salesforce/label/c.Softphone_SipSignInHelp';
import SIGN_IN_TITLE from '@salesforce/label/c.Softphone_SipSignInTitle';
import USER from '@salesforce/label/c.Softphone_SipUser';

/**
 * The agent signs in to the phone system (SIP) with their user name and password, shown while the engine says
 * credentials are needed. The password goes to the engine once, in a `sign-in` command, and the field is
 * cleared at once: the component keeps nothing. Enter signs in.
 *
 * Fires `command` (detail: a `UiCommand`): `sign-in`.
 */
export default class SoftphoneSignIn extends LightningElement {
    labels = {
        password: PASSWORD,
        signIn: SIGN_IN,
        help: SIGN_IN_HELP,
        title: SIGN_IN_TITLE,
        user: USER
    };
    maxUserLength = MAX_SIP_USER_LENGTH;
    maxPasswordLength = MAX_SIP_PASSWORD_LENGTH;
    user = '';
    password = '';

    get signInDisabled(): boolean {
        return this.user.trim() === '' || this.password === '';
    }

    handleUserChange(event: CustomEvent<{ value?: string }>): void {
        this.user = event.detail.value ?? '';
    }

    handlePasswordChange(event: CustomEvent<{ value?: string }>): void {
        this.password = event.detail.value ?? '';
    }

    handleKeyDown(event: KeyboardEvent): void {
        if (event.key !== 'Enter') return;
        event.preventDefault();
        this.signIn();
    }

    handleSignIn(): void {
        this.signIn();
    }

    private signIn(): void {
        if (this.signInDisabled) return;
        const command: UiCommand = { type: 'sign-in', user: this.user.trim(), password: this.password };
        this.password = '';
        this.dispatchEvent(new CustomEvent<UiCommand>('command', { detail: command }));
    }
}
