import { LightningElement } from 'lwc';
import template from './leftOut.html';

/**
 * Stands in for a part of a base component that the UI bundle leaves out (see `base-component-parts.ts`):
 * renders nothing and says so in the console, so a use nobody planned for shows up instead of failing quietly.
 */
export default class LeftOut extends LightningElement {
    connectedCallback() {
        console.error(
            `[softphone] <${this.template.host.localName}> is left out of the UI bundle; see scripts/build/lwc-ui/base-component-parts.ts`
        );
    }

    render() {
        return template;
    }
}
