import { LightningElement, api } from 'lwc';
import type { CallView, UiCommand } from 'c/softphoneBridgeProtocol';
import { callerName, formatLabel } from 'c/softphoneFormat';
import ANSWER from '@salesforce/label/c.Softphone_Answer';
import DECLINE from '@salesforce/label/c.Softphone_Decline';
import INCOMING_CALL from '@salesforce/label/c.Softphone_IncomingCall';
import INCOMING_CALL_FROM from '@salesforce/label/c.Softphone_IncomingCallFrom';
import MATCH_COUNT from '@salesforce/label/c.Softphone_MatchCount';
import UNKNOWN_CALLER from '@salesforce/label/c.Softphone_UnknownCaller';

/**
 * A ringing inbound call: who calls, Answer and Decline. The caller is announced through an assertive live
 * region that exists before the announcement is written into it, so screen readers read it out.
 *
 * The panel keeps the card between calls, hidden and without a call, so that a ring fills it in rather than
 * creating it.
 *
 * Fires `command` (detail: a `UiCommand`): `answer`, `decline`.
 */
export default class SoftphoneIncomingCall extends LightningElement {
    labels = { answer: ANSWER, decline: DECLINE, incomingCall: INCOMING_CALL };
    announcement = '';
    private announcedCallId: string | undefined;
    private shownCall: CallView | undefined;

    /** The ringing call; none between calls. */
    @api
    get call(): CallView | undefined {
        return this.shownCall;
    }

    set call(value: CallView | undefined) {
        // Another call (or none): the live region is emptied, so that the next call's announcement is a change
        // that screen readers read out, even when its words are the last call's.
        if (value?.id !== this.shownCall?.id) this.announcement = '';
        this.shownCall = value;
    }

    /** The matched (or signalled) name; "Unknown caller" only when no record matched at all. */
    get name(): string {
        if (!this.call) return '';
        return callerName(this.call) ?? (this.call.matches.length > 1 ? '' : UNKNOWN_CALLER);
    }

    /** The number as the agent reads it; as received in the ring's first snapshot, before it is formatted. */
    get number(): string {
        return this.call?.displayNumber || this.call?.number || '';
    }

    get matchCount(): string {
        const count = this.call?.matches.length ?? 0;
        return count > 1 ? formatLabel(MATCH_COUNT, count) : '';
    }

    /** Moves focus to Answer: the one thing the agent most likely wants to do now. */
    @api
    focus(): void {
        this.template?.querySelector<HTMLElement>('[data-id="answer"]')?.focus();
    }

    override renderedCallback(): void {
        const call = this.call;
        if (!call || call.id === this.announcedCallId) return;
        // Announced once the number is formatted (the snapshot after the card's frame): read out in groups of
        // digits, not as one long figure, and the card's own frame does not wait for a second render.
        if (call.displayNumber === '' && call.number !== '') return;
        this.announcedCallId = call.id;
        const caller = [this.name, this.number, this.matchCount].filter(Boolean).join(', ');
        this.announcement = formatLabel(INCOMING_CALL_FROM, caller);
    }

    handleAnswer(): void {
        if (this.call) this.send({ type: 'answer', callId: this.call.id });
    }

    handleDecline(): void {
        if (this.call) this.send({ type: 'decline', callId: this.call.id });
    }

    private send(command: UiCommand): void {
        this.dispatchEvent(new CustomEvent<UiCommand>('command', { detail: command }));
    }
}
