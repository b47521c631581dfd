/**
 * Browser entry: starts the engine static resource the way the Softphone Visualforce page does, in the
 * utility panel's own window, once `sforce.opencti` (here the simulator's, or nothing) has loaded, with the
 * utility item's Custom Labels; then runs the console's "call the agent" commands on the engine's demo line.
 */
import { runDemoLineCommand } from '../caller/run-demo-line-command';
import { encodeFrameMessage } from '../messages/frame-envelope';
import { parseDemoLineCommand } from '../messages/demo-line-messages';
import type { DemoLineResultMessage } from '../messages/demo-line-messages';
import type { ItemLabels } from '../../engine/src/softphone/item-labels';
import { SIMULATED_OWNER_KEY } from '../org/simulated-user';
import { ROUTES } from '../site/routes';
import { ITEM_LABELS_ELEMENT_ID } from './simulator-globals';
import type { PanelWindow } from './simulator-globals';

function itemLabels(): Partial<ItemLabels> {
    const text = document.getElementById(ITEM_LABELS_ELEMENT_ID)?.textContent;
    return text ? (JSON.parse(text) as Partial<ItemLabels>) : {};
}

const engine = (window as PanelWindow).SoftphoneEngine;
if (engine) {
    const running = engine.startEngine({
        window,
        log: console,
        ownerKey: SIMULATED_OWNER_KEY,
        itemLabels: itemLabels(),
        messageChannel: 'Softphone__c',
        // As the Softphone page passes URLFOR($Resource.SoftphoneDemoLine): loaded only in demo mode.
        demoLineUrl: ROUTES.demoLineResource,
        // Likewise URLFOR($Resource.SoftphoneDeskPhoneLine): loaded only in click-to-dial-only mode.
        deskPhoneLineUrl: ROUTES.deskPhoneLineResource
    });
    window.addEventListener('message', (event: MessageEvent) => {
        if (event.source !== window.parent || event.origin !== window.location.origin) return;
        const message = parseDemoLineCommand(event.data);
        if (!message) return;
        const reply: DemoLineResultMessage = {
            type: 'demo-line-result',
            id: message.id,
            result: runDemoLineCommand(running.demo(), message.command)
        };
        window.parent.postMessage(encodeFrameMessage(reply), window.location.origin);
    });
} else {
    console.error('[softphone] The SoftphoneEngine static resource did not load.');
}
