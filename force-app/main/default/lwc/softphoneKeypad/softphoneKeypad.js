// Generated from force-app/main/default/lwc/softphoneKeypad/softphoneKeypad.ts by `npm run build`. Do not edit: change the TypeScript source.
import { LightningElement, api } from 'lwc';
/** The keys, row by row, as on a phone. */
export const KEYS = ['1', '2', '3', '4', '5', '6', '7', '8', '9', '*', '0', '#'];
/**
 * The twelve keys of a phone (0-9, * and #) as buttons in a 3 × 4 grid, shared by the dial pad and the in-call
 * keypad. It knows nothing about calls: it fires `digit` (detail: the key, e.g. `'5'` or `'#'`).
 */
export default class SoftphoneKeypad extends LightningElement {
    /** Accessible name of the group of keys, e.g. "Keypad". */
    @api
    label;
    @api
    disabled = false;
    get keys() {
        return KEYS.map((key) => ({ key, label: key }));
    }
    handleKey(event) {
        const digit = event.currentTarget.dataset.key;
        if (digit) this.dispatchEvent(new CustomEvent('digit', { detail: digit }));
    }
}
