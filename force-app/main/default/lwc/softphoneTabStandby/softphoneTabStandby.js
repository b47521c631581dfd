// Generated from force-app/main/default/lwc/softphoneTabStandby/softphoneTabStandby.ts by `npm run build`. Do not edit: change the TypeScript source.
import { LightningElement, api } from 'lwc';
import ACTIVE_IN_ANOTHER_TAB from '@salesforce/label/c.Softphone_ActiveInAnotherTab';
import ACTIVE_IN_ANOTHER_TAB_HELP from '@salesforce/label/c.Softphone_ActiveInAnotherTabHelp';
import REFUSED_NO_ANSWER from '@salesforce/label/c.Softphone_TakeOverRefusedNoAnswer';
import REFUSED_ON_CALL from '@salesforce/label/c.Softphone_TakeOverRefusedOnCall';
import TAKE_OVER from '@salesforce/label/c.Softphone_TakeOver';
import TAKING_OVER from '@salesforce/label/c.Softphone_TakingOver';
const REFUSAL_TEXT = {
    'call-in-progress': REFUSED_ON_CALL,
    'no-answer': REFUSED_NO_ANSWER
};
/**
 * Shown in a browser tab whose softphone stands by because another tab of the same agent owns the phone
 * line: says so, offers Take over, and says why the other tab refused (a call in progress, no answer).
 *
 * Fires `command` (detail: a `UiCommand`): `take-over`.
 */
export default class SoftphoneTabStandby extends LightningElement {
    @api
    role = 'standby';
    @api
    refusal;
    labels = { title: ACTIVE_IN_ANOTHER_TAB, help: ACTIVE_IN_ANOTHER_TAB_HELP };
    /** Moves focus to Take over. */
    @api
    focus() {
        this.template?.querySelector('[data-id="take-over"]')?.focus();
    }
    get takingOver() {
        return this.role === 'taking-over';
    }
    get buttonLabel() {
        return this.takingOver ? TAKING_OVER : TAKE_OVER;
    }
    get refusalText() {
        const refusal = this.refusal;
        return refusal !== undefined && Object.prototype.hasOwnProperty.call(REFUSAL_TEXT, refusal)
            ? REFUSAL_TEXT[refusal]
            : '';
    }
    handleTakeOver() {
        if (this.takingOver) return;
        this.dispatchEvent(new CustomEvent('command', { detail: { type: 'take-over' } }));
    }
}
