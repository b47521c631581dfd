import { LightningElement, api } from 'lwc';

/** Fixture for ESLint's LWC security rule: the caller's note goes into the DOM as HTML. */
export default class CallerNote extends LightningElement {
    @api note;

    renderedCallback() {
        this.template.querySelector('div').innerHTML = this.note;
    }
}
