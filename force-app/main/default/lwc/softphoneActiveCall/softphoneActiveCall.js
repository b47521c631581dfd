// Generated from force-app/main/default/lwc/softphoneActiveCall/softphoneActiveCall.ts by `npm run build`. Do not edit: change the TypeScript source.
import { LightningElement, api } from 'lwc';
import { MAX_PHONE_NUMBER_LENGTH } from 'c/softphoneBridgeProtocol';
import {
    CallTimerClock,
    callerName,
    formatDuration,
    formatLabel,
    holdTimeMs,
    talkTimeMs
} from 'c/softphoneFormat';
import ACTIVE_CALL from '@salesforce/label/c.Softphone_ActiveCall';
import CONNECTED from '@salesforce/label/c.Softphone_CallConnected';
import QUALITY from '@salesforce/label/c.Softphone_CallQuality';
import QUALITY_ANNOUNCEMENT from '@salesforce/label/c.Softphone_CallQualityAnnouncement';
import QUALITY_GOOD from '@salesforce/label/c.Softphone_CallQualityGood';
import QUALITY_JITTER from '@salesforce/label/c.Softphone_CallQualityJitter';
import QUALITY_LATENCY from '@salesforce/label/c.Softphone_CallQualityLatency';
import QUALITY_LOSS from '@salesforce/label/c.Softphone_CallQualityLoss';
import QUALITY_POOR from '@salesforce/label/c.Softphone_CallQualityPoor';
import CONSULT from '@salesforce/label/c.Softphone_Consult';
import CONSULT_HELP from '@salesforce/label/c.Softphone_ConsultHelp';
import DESK_PHONE_DIAL from '@salesforce/label/c.Softphone_DeskPhoneDial';
import DESK_PHONE_HELP from '@salesforce/label/c.Softphone_DeskPhoneHelp';
import DESK_PHONE_IN_PROGRESS from '@salesforce/label/c.Softphone_DeskPhoneInProgress';
import END_CALL from '@salesforce/label/c.Softphone_EndCall';
import EARLY_MEDIA from '@salesforce/label/c.Softphone_CallProgressEarlyMedia';
import RINGING from '@salesforce/label/c.Softphone_CallProgressRinging';
import TRYING from '@salesforce/label/c.Softphone_CallProgressTrying';
import HANG_UP from '@salesforce/label/c.Softphone_HangUp';
import HOLD from '@salesforce/label/c.Softphone_Hold';
import HOLD_TIME from '@salesforce/label/c.Softphone_HoldTime';
import KEYPAD from '@salesforce/label/c.Softphone_Keypad';
import MATCH_COUNT from '@salesforce/label/c.Softphone_MatchCount';
import MUTE from '@salesforce/label/c.Softphone_Mute';
import ON_HOLD from '@salesforce/label/c.Softphone_CallOnHold';
import RESUME from '@salesforce/label/c.Softphone_Resume';
import TALK_TIME from '@salesforce/label/c.Softphone_TalkTime';
import TRANSFER from '@salesforce/label/c.Softphone_Transfer';
import TRANSFER_CALL from '@salesforce/label/c.Softphone_TransferCall';
import TRANSFER_TO from '@salesforce/label/c.Softphone_TransferTo';
import UNKNOWN_CALLER from '@salesforce/label/c.Softphone_UnknownCaller';
/** A number a `tel:` link may carry: E.164 or the digits of an extension; nothing else becomes a link. */
const TEL_NUMBER = /^\+?[0-9]{2,15}$/;
const QUALITY_REASON_TEXT = {
    loss: QUALITY_LOSS,
    latency: QUALITY_LATENCY,
    jitter: QUALITY_JITTER
};
const PROGRESS_TEXT = {
    trying: TRYING,
    ringing: RINGING,
    'early-media': EARLY_MEDIA
};
/**
 * The call in progress (dialing, connected or on hold): who, how long, and the in-call controls. Its timers
 * are derived from the snapshot's timestamps and redrawn every second while the call is connected or held.
 *
 * With `deskPhone` (click-to-dial-only), the call runs on the agent's desk phone: the component shows it as in
 * progress there, with a `tel:` link that dials the number again (in case the browser did not open the phone
 * by itself) and End call; hold, mute, keypad and transfer are the desk phone's.
 *
 * While connected, a quality indicator shows how the call sounds (from the engine's readings every few
 * seconds): Good, or Poor with the reason. A screen reader hears the reason once each time the quality turns
 * poor (a polite live region), not at every reading.
 *
 * Fires `command` (detail: a `UiCommand`): `hold`, `resume`, `mute`, `unmute`, `send-dtmf`, `blind-transfer`,
 * `consult` (warm transfer: the caller waits on hold), `hang-up`. With `secondCall`, hold and transfer are left to
 * `c-softphone-second-call`.
 */
export default class SoftphoneActiveCall extends LightningElement {
    @api
    deskPhone = false;
    /** A second call is on the line: hold and transfer are the line's (swap, complete transfer) then. */
    @api
    secondCall = false;
    labels = {
        activeCall: ACTIVE_CALL,
        callQuality: QUALITY,
        consult: CONSULT,
        consultHelp: CONSULT_HELP,
        deskPhoneHelp: DESK_PHONE_HELP,
        hangUp: HANG_UP,
        holdTime: HOLD_TIME,
        keypad: KEYPAD,
        mute: MUTE,
        talkTime: TALK_TIME,
        transfer: TRANSFER,
        transferCall: TRANSFER_CALL,
        transferTo: TRANSFER_TO
    };
    maxLength = MAX_PHONE_NUMBER_LENGTH;
    now = Date.now();
    keypadOpen = false;
    transferOpen = false;
    transferTarget = '';
    /** What the live region says: set when the quality turns poor, cleared when it is good again. */
    qualityAnnouncement = '';
    current;
    clock = new CallTimerClock((now) => {
        this.now = now;
    });
    attached = false;
    @api
    get call() {
        return this.current;
    }
    set call(value) {
        if (value?.id !== this.current?.id) {
            this.keypadOpen = false;
            this.transferOpen = false;
            this.transferTarget = '';
        }
        this.announceQuality(value);
        this.current = value;
        this.now = Date.now();
        this.syncTimer();
    }
    connectedCallback() {
        this.attached = true;
        this.syncTimer();
    }
    disconnectedCallback() {
        this.attached = false;
        this.syncTimer();
    }
    /**
     * Moves focus to the call's summary (state and caller), which screen readers then read. Not to Hang up:
     * an Enter pressed twice on Call or Answer would end the call it just started.
     */
    @api
    focus() {
        this.template?.querySelector('[data-id="summary"]')?.focus();
    }
    get isDialing() {
        return this.current?.state === 'dialing';
    }
    get isHeld() {
        return this.current?.state === 'held';
    }
    /** Connected or held: the call is established and the in-call controls apply. */
    get isEstablished() {
        return this.current?.state === 'connected' || this.current?.state === 'held';
    }
    /** In-call controls of the softphone itself; a desk phone has its own. */
    get showsControls() {
        return this.isEstablished && !this.deskPhone;
    }
    /** The `tel:` link to the number, or '' when it is not a plain number. */
    get telHref() {
        const number = this.current?.number ?? '';
        return this.deskPhone && TEL_NUMBER.test(number) ? `tel:${number}` : '';
    }
    get deskPhoneLinkText() {
        return formatLabel(DESK_PHONE_DIAL, this.number);
    }
    get hangUpLabel() {
        return this.deskPhone ? END_CALL : HANG_UP;
    }
    get stateText() {
        if (this.deskPhone) return DESK_PHONE_IN_PROGRESS;
        if (this.isDialing) return PROGRESS_TEXT[this.current?.progress ?? 'trying'] ?? TRYING;
        return this.isHeld ? ON_HOLD : CONNECTED;
    }
    get stateIcon() {
        if (this.isDialing) return 'utility:outbound_call';
        return this.isHeld ? 'utility:paused_call' : 'utility:call';
    }
    get name() {
        if (!this.current) return '';
        const name = callerName(this.current);
        if (name) return name;
        const count = this.current.matches.length;
        return count > 1 ? formatLabel(MATCH_COUNT, count) : UNKNOWN_CALLER;
    }
    get number() {
        return this.current?.displayNumber ?? '';
    }
    get talkTime() {
        return this.current ? formatDuration(talkTimeMs(this.current, this.now)) : '';
    }
    get holdTime() {
        return this.current ? formatDuration(holdTimeMs(this.current, this.now)) : '';
    }
    get showsQuality() {
        return this.current?.quality !== undefined && this.current.state === 'connected' && !this.deskPhone;
    }
    get qualityPoor() {
        return this.current?.quality?.level === 'warning';
    }
    get qualityText() {
        const quality = this.current?.quality;
        if (!quality || quality.level === 'good') return QUALITY_GOOD;
        return quality.reason ? `${QUALITY_POOR}: ${QUALITY_REASON_TEXT[quality.reason]}` : QUALITY_POOR;
    }
    get qualityIcon() {
        return this.qualityPoor ? 'utility:warning' : 'utility:success';
    }
    get qualityIconVariant() {
        return this.qualityPoor ? 'warning' : 'success';
    }
    get qualityClass() {
        return `softphone-active-call__quality slds-text-body_small ${this.qualityPoor ? 'slds-text-color_error' : 'slds-text-color_success'}`;
    }
    get muted() {
        return this.current?.muted === true;
    }
    get mutePressed() {
        return String(this.muted);
    }
    get muteVariant() {
        return this.muted ? 'brand' : 'neutral';
    }
    get muteIcon() {
        return this.muted ? 'utility:muted' : 'utility:unmuted';
    }
    get holdLabel() {
        return this.isHeld ? RESUME : HOLD;
    }
    get holdIcon() {
        return this.isHeld ? 'utility:play' : 'utility:pause';
    }
    get keypadDisabled() {
        return this.isHeld;
    }
    get keypadExpanded() {
        return String(this.keypadOpen && !this.isHeld);
    }
    get showsKeypad() {
        return this.keypadOpen && !this.isHeld;
    }
    get singleCall() {
        return !this.secondCall;
    }
    get showsTransfer() {
        return this.transferOpen && !this.secondCall;
    }
    get transferExpanded() {
        return String(this.transferOpen);
    }
    get transferDisabled() {
        return this.transferTarget.trim() === '';
    }
    handleMute() {
        this.sendForCall(this.muted ? 'unmute' : 'mute');
    }
    handleHold() {
        this.sendForCall(this.isHeld ? 'resume' : 'hold');
    }
    handleToggleKeypad() {
        this.keypadOpen = !this.keypadOpen;
    }
    handleDigit(event) {
        if (this.current) this.send({ type: 'send-dtmf', callId: this.current.id, digits: event.detail });
    }
    handleToggleTransfer() {
        this.transferOpen = !this.transferOpen;
    }
    handleTransferTargetChange(event) {
        this.transferTarget = event.detail.value ?? '';
    }
    handleTransferKeyDown(event) {
        if (event.key !== 'Enter') return;
        event.preventDefault();
        this.transfer();
    }
    handleTransfer() {
        this.transfer();
    }
    /** Warm transfer: the caller goes on hold while the agent talks to the number entered. */
    handleConsult() {
        if (!this.current || this.transferDisabled) return;
        this.send({ type: 'consult', callId: this.current.id, target: this.transferTarget.trim() });
        this.transferOpen = false;
        this.transferTarget = '';
    }
    handleHangUp() {
        this.sendForCall('hang-up');
    }
    transfer() {
        if (!this.current || this.transferDisabled) return;
        this.send({ type: 'blind-transfer', callId: this.current.id, target: this.transferTarget.trim() });
    }
    sendForCall(type) {
        if (this.current) this.send({ type, callId: this.current.id });
    }
    send(command) {
        this.dispatchEvent(new CustomEvent('command', { detail: command }));
    }
    /**
     * Says the reason once when the call's quality turns poor (from good or from no reading); a poor call
     * that stays poor says nothing more, and a good one clears the region so the next turn is heard again.
     */
    announceQuality(next) {
        const quality = next?.state === 'connected' && !this.deskPhone ? next.quality : undefined;
        const previous = this.current;
        const wasPoor =
            next?.id === previous?.id &&
            previous?.state === 'connected' &&
            previous.quality?.level === 'warning';
        if (quality?.level !== 'warning') {
            this.qualityAnnouncement = '';
        } else if (!wasPoor) {
            const reason = quality.reason ? QUALITY_REASON_TEXT[quality.reason] : QUALITY_POOR;
            this.qualityAnnouncement = formatLabel(QUALITY_ANNOUNCEMENT, reason);
        }
    }
    /** Runs the one-second tick only while the component is on the page and the call is established. */
    syncTimer() {
        this.clock.run(this.attached && this.isEstablished);
    }
}
