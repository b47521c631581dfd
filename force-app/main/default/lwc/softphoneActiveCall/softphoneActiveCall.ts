import { LightningElement, api } from 'lwc';
import { MAX_PHONE_NUMBER_LENGTH } from 'c/softphoneBridgeProtocol';
import type { CallView, QualityReason, UiCommand } from 'c/softphoneBridgeProtocol';
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

const QUALITY_REASON_TEXT: Record<QualityReason, string> = {
    loss: QUALITY_LOSS,
    latency: QUALITY_LATENCY,
    jitter: QUALITY_JITTER
};

const PROGRESS_TEXT: Record<NonNullable<CallView['progress']>, string> = {
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
    @api deskPhone = false;
    /** A second call is on the line: hold and transfer are the line's (swap, complete transfer) then. */
    @api secondCall = false;

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

    private current: CallView | undefined;
    private readonly clock = new CallTimerClock((now) => {
        this.now = now;
    });
    private attached = false;

    @api
    get call(): CallView | undefined {
        return this.current;
    }
    set call(value: CallView | undefined) {
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

    override connectedCallback(): void {
        this.attached = true;
        this.syncTimer();
    }

    override disconnectedCallback(): void {
        this.attached = false;
        this.syncTimer();
    }

    /**
     * Moves focus to the call's summary (state and caller), which screen readers then read. Not to Hang up:
     * an Enter pressed twice on Call or Answer would end the call it just started.
     */
    @api
    focus(): void {
        this.template?.querySelector<HTMLElement>('[data-id="summary"]')?.focus();
    }

    get isDialing(): boolean {
        return this.current?.state === 'dialing';
    }

    get isHeld(): boolean {
        return this.current?.state === 'held';
    }

    /** Connected or held: the call is established and the in-call controls apply. */
    get isEstablished(): boolean {
        return this.current?.state === 'connected' || this.current?.state === 'held';
    }

    /** In-call controls of the softphone itself; a desk phone has its own. */
    get showsControls(): boolean {
        return this.isEstablished && !this.deskPhone;
    }

    /** The `tel:` link to the number, or '' when it is not a plain number. */
    get telHref(): string {
        const number = this.current?.number ?? '';
        return this.deskPhone && TEL_NUMBER.test(number) ? `tel:${number}` : '';
    }

    get deskPhoneLinkText(): string {
        return formatLabel(DESK_PHONE_DIAL, this.number);
    }

    get hangUpLabel(): string {
        return this.deskPhone ? END_CALL : HANG_UP;
    }

    get stateText(): string {
        if (this.deskPhone) return DESK_PHONE_IN_PROGRESS;
        if (this.isDialing) return PROGRESS_TEXT[this.current?.progress ?? 'trying'] ?? TRYING;
        return this.isHeld ? ON_HOLD : CONNECTED;
    }

    get stateIcon(): string {
        if (this.isDialing) return 'utility:outbound_call';
        return this.isHeld ? 'utility:paused_call' : 'utility:call';
    }

    get name(): string {
        if (!this.current) return '';
        const name = callerName(this.current);
        if (name) return name;
        const count = this.current.matches.length;
        return count > 1 ? formatLabel(MATCH_COUNT, count) : UNKNOWN_CALLER;
    }

    get number(): string {
        return this.current?.displayNumber ?? '';
    }

    get talkTime(): string {
        return this.current ? formatDuration(talkTimeMs(this.current, this.now)) : '';
    }

    get holdTime(): string {
        return this.current ? formatDuration(holdTimeMs(this.current, this.now)) : '';
    }

    get showsQuality(): boolean {
        return this.current?.quality !== undefined && this.current.state === 'connected' && !this.deskPhone;
    }

    get qualityPoor(): boolean {
        return this.current?.quality?.level === 'warning';
    }

    get qualityText(): string {
        const quality = this.current?.quality;
        if (!quality || quality.level === 'good') return QUALITY_GOOD;
        return quality.reason ? `${QUALITY_POOR}: ${QUALITY_REASON_TEXT[quality.reason]}` : QUALITY_POOR;
    }

    get qualityIcon(): string {
        return this.qualityPoor ? 'utility:warning' : 'utility:success';
    }

    get qualityIconVariant(): string {
        return this.qualityPoor ? 'warning' : 'success';
    }

    get qualityClass(): string {
        return `softphone-active-call__quality slds-text-body_small ${this.qualityPoor ? 'slds-text-color_error' : 'slds-text-color_success'}`;
    }

    get muted(): boolean {
        return this.current?.muted === true;
    }

    get mutePressed(): string {
        return String(this.muted);
    }

    get muteVariant(): string {
        return this.muted ? 'brand' : 'neutral';
    }

    get muteIcon(): string {
        return this.muted ? 'utility:muted' : 'utility:unmuted';
    }

    get holdLabel(): string {
        return this.isHeld ? RESUME : HOLD;
    }

    get holdIcon(): string {
        return this.isHeld ? 'utility:play' : 'utility:pause';
    }

    get keypadDisabled(): boolean {
        return this.isHeld;
    }

    get keypadExpanded(): string {
        return String(this.keypadOpen && !this.isHeld);
    }

    get showsKeypad(): boolean {
        return this.keypadOpen && !this.isHeld;
    }

    get singleCall(): boolean {
        return !this.secondCall;
    }

    get showsTransfer(): boolean {
        return this.transferOpen && !this.secondCall;
    }

    get transferExpanded(): string {
        return String(this.transferOpen);
    }

    get transferDisabled(): boolean {
        return this.transferTarget.trim() === '';
    }

    handleMute(): void {
        this.sendForCall(this.muted ? 'unmute' : 'mute');
    }

    handleHold(): void {
        this.sendForCall(this.isHeld ? 'resume' : 'hold');
    }

    handleToggleKeypad(): void {
        this.keypadOpen = !this.keypadOpen;
    }

    handleDigit(event: CustomEvent<string>): void {
        if (this.current) this.send({ type: 'send-dtmf', callId: this.current.id, digits: event.detail });
    }

    handleToggleTransfer(): void {
        this.transferOpen = !this.transferOpen;
    }

    handleTransferTargetChange(event: CustomEvent<{ value?: string }>): void {
        this.transferTarget = event.detail.value ?? '';
    }

    handleTransferKeyDown(event: KeyboardEvent): void {
        if (event.key !== 'Enter') return;
        event.preventDefault();
        this.transfer();
    }

    handleTransfer(): void {
        this.transfer();
    }

    /** Warm transfer: the caller goes on hold while the agent talks to the number entered. */
    handleConsult(): void {
        if (!this.current || this.transferDisabled) return;
        this.send({ type: 'consult', callId: this.current.id, target: this.transferTarget.trim() });
        this.transferOpen = false;
        this.transferTarget = '';
    }

    handleHangUp(): void {
        this.sendForCall('hang-up');
    }

    private transfer(): void {
        if (!this.current || this.transferDisabled) return;
        this.send({ type: 'blind-transfer', callId: this.current.id, target: this.transferTarget.trim() });
    }

    private sendForCall(type: 'hold' | 'resume' | 'mute' | 'unmute' | 'hang-up'): void {
        if (this.current) this.send({ type, callId: this.current.id });
    }

    private send(command: UiCommand): void {
        this.dispatchEvent(new CustomEvent<UiCommand>('command', { detail: command }));
    }

    /**
     * Says the reason once when the call's quality turns poor (from good or from no reading); a poor call
     * that stays poor says nothing more, and a good one clears the region so the next turn is heard again.
     */
    private announceQuality(next: CallView | undefined): void {
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
    private syncTimer(): void {
        this.clock.run(this.attached && this.isEstablished);
    }
}
