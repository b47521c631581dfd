/**
 * Browser entry, loaded by the utility panel in place of Salesforce's `opencti_min.js`: installs the fake
 * `window.sforce.opencti` with the call center settings the server put in the page, records every call in
 * `window.softphoneSimulator`, and tells the console frame about each call.
 */
import { createFakeOpenCti } from '../open-cti/fake-open-cti';
import type { CallCenterSettings } from '../../engine/src/cti';
import { openCtiCallMessage } from './simulator-messages';
import { SETTINGS_ELEMENT_ID } from './simulator-globals';
import type { PanelWindow } from './simulator-globals';

function readSettings(): CallCenterSettings {
    const element = document.getElementById(SETTINGS_ELEMENT_ID);
    if (!element?.textContent)
        throw new Error(`[simulator] #${SETTINGS_ELEMENT_ID} is missing from the page`);
    return JSON.parse(element.textContent) as CallCenterSettings;
}

const panel = window as PanelWindow;
const fake = createFakeOpenCti({
    settings: readSettings(),
    onCall: (call) => {
        if (call.outcome === 'unsupported') {
            console.warn(
                `[simulator] sforce.opencti.${call.method} is not supported by the local simulator yet`
            );
        }
        if (window.parent !== window)
            window.parent.postMessage(openCtiCallMessage(call), window.location.origin);
    }
});
panel.sforce = { ...panel.sforce, opencti: fake.api };
panel.softphoneSimulator = { openCti: { calls: fake.calls } };
