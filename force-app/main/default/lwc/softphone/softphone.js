// Generated from force-app/main/default/lwc/softphone/softphone.ts by `npm run build`. Do not edit: change the TypeScript source.
import { LightningElement } from 'lwc';
import {
    initialSnapshot,
    parseEngineMessage,
    parseUiMessage,
    serializeBridgeMessage,
    uiMessage,
    uiReadyMessage
} from 'c/softphoneBridgeProtocol';
import CALL_CENTER_LABEL from '@salesforce/label/c.Softphone_CallCenterLabel';
import ENGINE_MISSING from '@salesforce/label/c.Softphone_EngineMissing';
import OPEN_CTI_FAILED from '@salesforce/label/c.Softphone_OpenCtiFailed';
import OPEN_CTI_MISSING from '@salesforce/label/c.Softphone_OpenCtiMissing';
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
 * What the agent is doing with the phone (idle, ringing, active, wrap-up), which decides what is on screen, and
 * the child that gets focus when it begins: the number to dial, Answer, the call's summary, the notes.
 */
const FOCUS_TARGET = {
    idle: 'c-softphone-dial-pad',
    ringing: 'c-softphone-incoming-call',
    active: 'c-softphone-active-call',
    'wrap-up': 'c-softphone-wrap-up'
};
/** The phase of each call state; a state not listed (no call, or a finished one) is idle. */
const PHASE = {
    ringing: 'ringing',
    dialing: 'active',
    connected: 'active',
    held: 'active',
    'wrap-up': 'wrap-up'
};
/**
 * The next snapshot, with each part that has not changed kept as the object the children already hold: a
 * child given a new but equal object renders again, which on a ring would redraw the recent calls, the
 * dispositions and the rest for nothing.
 */
function keepUnchanged(previous, next) {
    const before = previous;
    const merged = { ...next };
    for (const [key, value] of Object.entries(merged)) {
        const old = before[key];
        if (typeof value === 'object' && value !== null && typeof old === 'object' && old !== null) {
            if (JSON.stringify(old) === JSON.stringify(value)) merged[key] = old;
        }
    }
    return merged;
}
/**
 * The agent's softphone panel. It renders the engine's snapshots through its children and turns their
 * `command` events (detail: a `UiCommand`) into bridge messages; it holds no call state of its own.
 */
export default class Softphone extends LightningElement {
    labels = {
        title: TITLE,
        starting: STARTING,
        signedOut: SIGNED_OUT,
        callCenter: CALL_CENTER_LABEL
    };
    snapshot = initialSnapshot();
    engineTimer;
    phaseKey;
    focusPending;
    focusFrame;
    focusTimer;
    /** The ringing call whose card has been on screen for a frame (see `controlsDisabled`). */
    ringShownFor;
    ringFrame;
    ringTimer;
    messageListener = (event) => this.handleMessage(event);
    connectedCallback() {
        window.addEventListener('message', this.messageListener);
        // A timer is the only way to notice that the engine never answers (its static resource did not load).
        // eslint-disable-next-line @lwc/lwc/no-async-operation
        this.engineTimer = setTimeout(() => {
            this.snapshot = { ...initialSnapshot(), status: 'signed-out', reason: 'engine-missing' };
        }, ENGINE_WAIT_MS);
        this.post(uiReadyMessage());
    }
    disconnectedCallback() {
        window.removeEventListener('message', this.messageListener);
        clearTimeout(this.engineTimer);
        this.cancelFocus();
        this.cancelRingFrame();
    }
    renderedCallback() {
        const phase = this.focusPending;
        if (phase === undefined) return;
        this.focusPending = undefined;
        // A call that rings must not take the keyboard from what the agent is typing elsewhere in the console.
        if (phase === 'ringing' && !document.hasFocus()) return;
        // After the frame that shows the change: focusing forces a style and layout pass that would hold it back.
        this.cancelFocus();
        // eslint-disable-next-line @lwc/lwc/no-async-operation
        this.focusFrame = requestAnimationFrame(() => {
            this.focusFrame = undefined;
            // eslint-disable-next-line @lwc/lwc/no-async-operation
            this.focusTimer = setTimeout(() => {
                this.focusTimer = undefined;
                this.template?.querySelector(FOCUS_TARGET[phase])?.focus();
            }, 0);
        });
    }
    /**
     * In the task after the frame that shows the ringing card of `callId` (animation callbacks run before that
     * frame's paint), the dial pad and recent calls are disabled.
     */
    afterRingShown(callId) {
        this.cancelRingFrame();
        // eslint-disable-next-line @lwc/lwc/no-async-operation
        this.ringFrame = requestAnimationFrame(() => {
            this.ringFrame = undefined;
            // eslint-disable-next-line @lwc/lwc/no-async-operation
            this.ringTimer = setTimeout(() => {
                this.ringTimer = undefined;
                this.ringShownFor = callId;
            }, 0);
        });
    }
    cancelRingFrame() {
        if (this.ringFrame !== undefined) cancelAnimationFrame(this.ringFrame);
        clearTimeout(this.ringTimer);
        this.ringFrame = undefined;
        this.ringTimer = undefined;
    }
    cancelFocus() {
        if (this.focusFrame !== undefined) cancelAnimationFrame(this.focusFrame);
        clearTimeout(this.focusTimer);
        this.focusFrame = undefined;
        this.focusTimer = undefined;
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
    get phase() {
        const state = this.snapshot.call?.state;
        return (state && PHASE[state]) ?? 'idle';
    }
    /** The call on screen; a call in a final state (ended, missed, …) is history, not on screen. */
    get call() {
        return this.phase === 'idle' ? undefined : this.snapshot.call;
    }
    get isRinging() {
        return this.phase === 'ringing';
    }
    /**
     * The ringing card stays in the panel between calls, hidden and empty: a ring fills in and shows the card the
     * panel already has instead of creating it and its base components (a third of the script a ring runs
     * before its card is painted).
     */
    get ringingCall() {
        return this.isRinging ? this.call : undefined;
    }
    get ringingCardHidden() {
        return !this.isRinging;
    }
    get isActive() {
        return this.phase === 'active';
    }
    /** A second call is on the line: a waiting call, a consultation or a conference's other party. */
    get hasSecondCall() {
        return this.snapshot.secondCall !== undefined && this.snapshot.line !== undefined;
    }
    /** Notes are open from the moment the call connects until wrap-up is saved. */
    get showsCallLog() {
        const state = this.snapshot.call?.state;
        return state === 'connected' || state === 'held' || state === 'wrap-up';
    }
    get hasLiveCall() {
        return this.phase !== 'idle';
    }
    /**
     * The dial pad and recent calls are disabled while a call is on screen; for a call that rings, only from
     * the frame after the one that shows its card: redrawing them (twenty rows of recent calls) in the card's
     * frame would hold the card back.
     */
    get controlsDisabled() {
        if (!this.hasLiveCall) return false;
        return !this.isRinging || this.ringShownFor === this.call?.id;
    }
    get notice() {
        return this.snapshot.notice;
    }
    get hasPendingLogs() {
        return this.snapshot.pendingLogs.length > 0;
    }
    /** Another tab owns the phone line: this one says so and offers Take over, and nothing else works here. */
    get isStandby() {
        const role = this.snapshot.tab?.role;
        return this.snapshot.status === 'ready' && (role === 'standby' || role === 'taking-over');
    }
    get tabRole() {
        return this.snapshot.tab?.role ?? 'owner';
    }
    get tabRefusal() {
        return this.snapshot.tab?.refusal;
    }
    get connectionProblems() {
        return this.snapshot.connectionProblems ?? [];
    }
    /** Sound settings, where the softphone itself carries calls (not on a desk phone). */
    get showsSound() {
        return this.snapshot.sound !== undefined && !this.isDeskPhone;
    }
    get hasConnectionProblems() {
        return this.connectionProblems.length > 0;
    }
    /** Click-to-dial only: calls run on the agent's desk phone, the softphone keeps their log. */
    get isDeskPhone() {
        return this.snapshot.telephonyMode === 'click-to-dial-only';
    }
    get hasSettingsProblems() {
        return this.snapshot.settingsProblems.length > 0;
    }
    /** The phone system needs the agent's own user name and password (SIP) before it registers. */
    get needsSignIn() {
        return this.snapshot.credentials === 'needed';
    }
    /** Sends a child's command to the engine, once the protocol has checked it. */
    handleCommand(event) {
        event.stopPropagation();
        this.post(uiMessage(event.detail));
    }
    post(message) {
        const serialized = serializeBridgeMessage(message);
        const check = parseUiMessage(serialized);
        if (!check.ok) {
            console.warn(`[softphone] Did not send a malformed command: ${check.reason}`);
            return;
        }
        window.postMessage(serialized, window.location.origin);
    }
    handleMessage(event) {
        if (event.origin !== window.location.origin) return;
        const result = parseEngineMessage(event.data);
        if (!result.ok) {
            if (result.ours && !result.echo)
                console.warn(`[softphone] Ignored a bridge message: ${result.reason}`);
            return;
        }
        clearTimeout(this.engineTimer);
        this.snapshot = keepUnchanged(this.snapshot, result.message.snapshot);
        this.followPhase();
    }
    /**
     * Moves focus when the phase changes: to Answer when a call rings, to the call's summary when it is placed
     * or answered, to the notes in wrap-up and back to the number when it is all over. The first snapshot
     * does not take focus unless a call rings or runs.
     */
    followPhase() {
        const phase = this.isReady ? this.phase : undefined;
        const key = phase === undefined ? undefined : `${phase}:${this.call?.id ?? ''}`;
        if (key === this.phaseKey) return;
        const first = this.phaseKey === undefined;
        this.phaseKey = key;
        this.cancelFocus(); // focus meant for the phase that just ended
        if (phase === 'ringing' && this.call) this.afterRingShown(this.call.id);
        if (phase !== undefined && !(first && phase === 'idle')) this.focusPending = phase;
    }
}
