// Generated from force-app/main/default/lwc/softphone/softphone.ts by `npm run build`. Do not edit: change the TypeScript source.
import { LightningElement } from 'lwc';
import { parseBridgeMessage, serializeBridgeMessage, uiReadyMessage } from 'c/softphoneBridgeProtocol';
import CALL_CENTER_LABEL from '@salesforce/label/c.Softphone_CallCenterLabel';
import ENGINE_MISSING from '@salesforce/label/c.Softphone_EngineMissing';
import OPEN_CTI_FAILED from '@salesforce/label/c.Softphone_OpenCtiFailed';
import OPEN_CTI_MISSING from '@salesforce/label/c.Softphone_OpenCtiMissing';
import READY from '@salesforce/label/c.Softphone_Ready';
import SIGNED_OUT from '@salesforce/label/c.Softphone_SignedOut';
import STARTING from '@salesforce/label/c.Softphone_Starting';
import TITLE from '@salesforce/label/c.Softphone_Title';
/** How long the UI waits for the engine's first snapshot before saying the engine did not load. */
export const ENGINE_WAIT_MS = 5000;
const REASON_TEXT = {
    'open-cti-missing': OPEN_CTI_MISSING,
    'open-cti-failed': OPEN_CTI_FAILED,
    'engine-missing': ENGINE_MISSING
};
/**
 * The agent's softphone panel. It renders the engine's snapshots and sends commands over the bridge;
 * it holds no call state of its own.
 */
export default class Softphone extends LightningElement {
    labels = {
        title: TITLE,
        starting: STARTING,
        ready: READY,
        signedOut: SIGNED_OUT,
        callCenter: CALL_CENTER_LABEL
    };
    snapshot = { status: 'starting' };
    engineTimer;
    messageListener = (event) => this.handleMessage(event);
    connectedCallback() {
        window.addEventListener('message', this.messageListener);
        // A timer is the only way to notice that the engine never answers (its static resource did not load).
        // eslint-disable-next-line @lwc/lwc/no-async-operation
        this.engineTimer = setTimeout(() => {
            this.snapshot = { status: 'signed-out', reason: 'engine-missing' };
        }, ENGINE_WAIT_MS);
        window.postMessage(serializeBridgeMessage(uiReadyMessage()), window.location.origin);
    }
    disconnectedCallback() {
        window.removeEventListener('message', this.messageListener);
        clearTimeout(this.engineTimer);
    }
    get isStarting() {
        return this.snapshot.status === 'starting';
    }
    get isReady() {
        return this.snapshot.status === 'ready';
    }
    get reasonText() {
        return this.snapshot.reason ? REASON_TEXT[this.snapshot.reason] : '';
    }
    get detail() {
        return this.snapshot.detail ?? '';
    }
    get callCenterName() {
        return this.snapshot.callCenterName ?? '';
    }
    handleMessage(event) {
        if (event.origin !== window.location.origin) return;
        const result = parseBridgeMessage(event.data);
        if (!result.ok) {
            if (result.ours) console.warn(`[softphone] Ignored a bridge message: ${result.reason}`);
            return;
        }
        if (result.message.source !== 'engine') return;
        clearTimeout(this.engineTimer);
        this.snapshot = result.message.snapshot;
    }
}
