/**
 * Browser entry of the console frame: lists the Open CTI calls the utility panel reports, and opens or
 * minimises the panel from the utility bar (minimising hides it; the softphone keeps running, as in
 * Lightning).
 */
import { parseSimulatorMessage } from './simulator-messages';

const panelFrame = document.querySelector<HTMLIFrameElement>('iframe[data-utility-panel]');
const callList = document.querySelector<HTMLElement>('[data-open-cti-calls]');
const panel = document.querySelector<HTMLElement>('[data-utility-panel-section]');
const toggles = document.querySelectorAll<HTMLButtonElement>('[data-utility-toggle]');
const utilityButton = document.querySelector<HTMLButtonElement>('[data-utility-button]');

window.addEventListener('message', (event: MessageEvent) => {
    if (event.origin !== window.location.origin || event.source !== panelFrame?.contentWindow) return;
    const message = parseSimulatorMessage(event.data);
    if (!message || !callList) return;
    const row = document.createElement('li');
    row.className = 'slds-item';
    row.dataset.method = message.call.method;
    row.dataset.outcome = message.call.outcome;
    row.textContent = `${message.call.method} — ${message.call.outcome}`;
    row.title = `${Math.round(message.call.at)} ms after Open CTI loaded`;
    callList.querySelector('[data-empty]')?.remove();
    callList.append(row);
});

function setOpen(open: boolean): void {
    panel?.classList.toggle('slds-is-open', open);
    panel?.toggleAttribute('hidden', !open);
    utilityButton?.classList.toggle('slds-is-active', open);
    utilityButton?.setAttribute('aria-pressed', String(open));
}

for (const toggle of toggles) {
    toggle.addEventListener('click', () => setOpen(!panel?.classList.contains('slds-is-open')));
}
