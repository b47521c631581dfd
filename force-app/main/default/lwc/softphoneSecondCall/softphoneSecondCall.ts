import { LightningElement, api } from 'lwc';
import type { CallView, LineView, UiCommand } from 'c/softphoneBridgeProtocol';
import { callerName, formatLabel } from 'c/softphoneFormat';
import ANSWER_AND_HOLD from '@salesforce/label/c.Softphone_AnswerAndHold';
import CALL_WAITING from '@salesforce/label/c.Softphone_CallWaiting';
import CALL_WAITING_FROM from '@salesforce/label/c.Softphone_CallWaitingFrom';
import CANCEL_TRANSFER from '@salesforce/label/c.Softphone_CancelTransfer';
import COMPLETE_TRANSFER from '@salesforce/label/c.Softphone_CompleteTransfer';
import CONFERENCE from '@salesforce/label/c.Softphone_Conference';
import CONSULTATION from '@salesforce/label/c.Softphone_Consultation';
import DECLINE from '@salesforce/label/c.Softphone_Decline';
import DROP from '@salesforce/label/c.Softphone_Drop';
import HANG_UP from '@salesforce/label/c.Softphone_HangUp';
import IN_CONFERENCE from '@salesforce/label/c.Softphone_InConference';
import MERGE from '@salesforce/label/c.Softphone_Merge';
import ON_HOLD from '@salesforce/label/c.Softphone_CallOnHold';
import RINGING from '@salesforce/label/c.Softphone_CallProgressRinging';
import SECOND_CALL from '@salesforce/label/c.Softphone_SecondCall';
import SWAP from '@salesforce/label/c.Softphone_Swap';
import TALKING from '@salesforce/label/c.Softphone_Talking';
import UNKNOWN_CALLER from '@salesforce/label/c.Softphone_UnknownCaller';

/** One button of the line's actions. */
interface LineAction {
    readonly id: 'answer' | 'decline' | 'swap' | 'complete-transfer' | 'merge' | 'hang-up';
    readonly label: string;
    readonly variant: string;
    readonly icon: string;
}

const ANSWER_ACTION: LineAction = {
    id: 'answer',
    label: ANSWER_AND_HOLD,
    variant: 'success',
    icon: 'utility:call'
};
const DECLINE_ACTION: LineAction = {
    id: 'decline',
    label: DECLINE,
    variant: 'destructive',
    icon: 'utility:end_call'
};
const SWAP_ACTION: LineAction = {
    id: 'swap',
    label: SWAP,
    variant: 'neutral',
    icon: 'utility:change_record_type'
};
const TRANSFER_ACTION: LineAction = {
    id: 'complete-transfer',
    label: COMPLETE_TRANSFER,
    variant: 'brand',
    icon: 'utility:forward'
};
const MERGE_ACTION: LineAction = { id: 'merge', label: MERGE, variant: 'neutral', icon: 'utility:groups' };

/**
 * The second call on the agent's line, beside the call on screen (`first`): a call waiting (Answer puts the
 * first on hold, Decline refuses it as busy), a consultation or a second answered call (Swap, Complete transfer,
 * Conference, and Cancel transfer or Hang up for this call), or the other party of a conference (Drop).
 *
 * Fires `command` (detail: a `UiCommand`): `answer`, `decline`, `swap`, `complete-transfer`, `merge`, `hang-up`.
 */
export default class SoftphoneSecondCall extends LightningElement {
    @api first: CallView | undefined;
    @api line: LineView | undefined;
    announcement = '';

    private current: CallView | undefined;

    @api
    get call(): CallView | undefined {
        return this.current;
    }
    set call(value: CallView | undefined) {
        // Said once per waiting call, politely: the agent is talking to someone else.
        if (value && value.id !== this.current?.id && value.state === 'ringing') {
            this.announcement = formatLabel(CALL_WAITING_FROM, this.nameOf(value));
        }
        this.current = value;
    }

    get mode(): LineView['mode'] {
        return this.line?.mode ?? 'two-calls';
    }

    /** The agent talks to this call (not the first one, which is on hold). */
    get isTalking(): boolean {
        return this.mode === 'two-calls' && this.line?.talking === this.current?.id;
    }

    get heading(): string {
        if (this.mode === 'call-waiting') return CALL_WAITING;
        if (this.mode === 'conference') return CONFERENCE;
        return this.current?.direction === 'outbound' ? CONSULTATION : SECOND_CALL;
    }

    get icon(): string {
        if (this.mode === 'call-waiting') return 'utility:incoming_call';
        return this.mode === 'conference' ? 'utility:groups' : 'utility:call';
    }

    get name(): string {
        return this.current ? this.nameOf(this.current) : '';
    }

    get number(): string {
        return this.current?.displayNumber || this.current?.number || '';
    }

    get stateText(): string {
        const state = this.current?.state;
        if (state === 'ringing') return ''; // the heading says it waits
        if (state === 'dialing') return RINGING;
        if (this.mode === 'conference') return IN_CONFERENCE;
        return state === 'held' ? ON_HOLD : TALKING;
    }

    get actions(): LineAction[] {
        if (this.mode === 'call-waiting') return [ANSWER_ACTION, DECLINE_ACTION];
        if (this.mode === 'conference') {
            return [{ id: 'hang-up', label: DROP, variant: 'destructive', icon: 'utility:end_call' }];
        }
        const hangUp: LineAction = {
            id: 'hang-up',
            label: this.isTalking && this.current?.direction === 'outbound' ? CANCEL_TRANSFER : HANG_UP,
            variant: 'destructive',
            icon: 'utility:end_call'
        };
        // Until the consulted party answers, the agent can only wait or cancel.
        if (this.current?.state === 'dialing') return [hangUp];
        return [SWAP_ACTION, TRANSFER_ACTION, MERGE_ACTION, hangUp];
    }

    handleAction(event: Event): void {
        const id = (event.currentTarget as HTMLElement).dataset.id as LineAction['id'];
        const call = this.current;
        if (!call) return;
        if (id === 'swap') {
            // Swap talks to the call on hold.
            const target = this.isTalking ? this.first?.id : call.id;
            if (target) this.send({ type: 'swap', callId: target });
        } else if (id === 'complete-transfer' || id === 'merge') {
            this.send({ type: id, callId: this.first?.id ?? call.id });
        } else {
            this.send({ type: id, callId: call.id });
        }
    }

    private nameOf(call: CallView): string {
        return callerName(call) || UNKNOWN_CALLER;
    }

    private send(command: UiCommand): void {
        this.dispatchEvent(new CustomEvent<UiCommand>('command', { detail: command }));
    }
}
