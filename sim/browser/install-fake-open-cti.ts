/**
 * Browser entry, loaded by the utility panel in place of Salesforce's `opencti_min.js`: installs
 * `window.sforce.opencti`, whose calls go to the console window as JSON messages and whose answers and
 * listener events come back the same way, and records every call in `window.softphoneSimulator`.
 */
import { createOpenCtiClient } from '../open-cti/open-cti-client';
import type { PanelWindow } from './simulator-globals';

const panel = window as PanelWindow;
const hasConsole = window.parent !== window;
const client = createOpenCtiClient({
    post: hasConsole ? (message) => window.parent.postMessage(message, window.location.origin) : undefined,
    onListenerError: (error) => console.error('[simulator] An Open CTI listener threw:', error)
});
if (!hasConsole) {
    console.warn('[simulator] This page is the utility panel: open the console page (/) around it.');
}
window.addEventListener('message', (event: MessageEvent) => {
    if (event.source !== window.parent || event.origin !== window.location.origin) return;
    client.receive(event.data);
});
panel.sforce = { ...panel.sforce, opencti: client.api };
panel.softphoneSimulator = { openCti: { calls: client.calls } };
