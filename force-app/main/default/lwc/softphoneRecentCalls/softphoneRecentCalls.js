// Generated from force-app/main/default/lwc/softphoneRecentCalls/softphoneRecentCalls.ts by `npm run build`. Do not edit: change the TypeScript source.
import { LightningElement, api } from 'lwc';
import { formatDuration, formatLabel, formatTimeOfDay, isoDateTime } from 'c/softphoneFormat';
import CALL_AGAIN from '@salesforce/label/c.Softphone_CallAgain';
import INBOUND from '@salesforce/label/c.Softphone_DirectionInbound';
import OUTBOUND from '@salesforce/label/c.Softphone_DirectionOutbound';
import NO_RECENT_CALLS from '@salesforce/label/c.Softphone_NoRecentCalls';
import COMPLETED from '@salesforce/label/c.Softphone_OutcomeCompleted';
import DECLINED from '@salesforce/label/c.Softphone_OutcomeDeclined';
import FAILED from '@salesforce/label/c.Softphone_OutcomeFailed';
import MISSED from '@salesforce/label/c.Softphone_OutcomeMissed';
import RECENT_CALLS from '@salesforce/label/c.Softphone_RecentCalls';
import TALK_TIME from '@salesforce/label/c.Softphone_TalkTime';
const OUTCOME_TEXT = {
    ended: COMPLETED,
    'wrap-up': COMPLETED,
    declined: DECLINED,
    missed: MISSED,
    failed: FAILED
};
/**
 * The agent's last calls: direction, who, outcome and talk time, each with a button to call the number again.
 *
 * Fires `command` (detail: a `UiCommand`): `dial`.
 */
export default class SoftphoneRecentCalls extends LightningElement {
    @api
    calls = [];
    /** True while a call is live: redial waits until it is over. */
    @api
    disabled = false;
    labels = { noRecentCalls: NO_RECENT_CALLS, recentCalls: RECENT_CALLS, talkTime: TALK_TIME };
    get hasCalls() {
        return this.calls.length > 0;
    }
    /** One row per call, with everything its template shows worked out. */
    get rows() {
        return this.calls.map((call) => {
            const unanswered =
                call.state === 'missed' || call.state === 'failed' || call.state === 'declined';
            const name = call.displayName ?? '';
            return {
                id: call.id,
                number: call.number,
                name,
                displayNumber: call.displayNumber,
                startedAtIso: isoDateTime(call.startedAt),
                startedAtText: formatTimeOfDay(call.startedAt),
                iconName:
                    call.state === 'missed'
                        ? 'utility:missed_call'
                        : call.direction === 'inbound'
                          ? 'utility:incoming_call'
                          : 'utility:outbound_call',
                iconVariant: call.state === 'missed' ? 'error' : '',
                directionText: call.direction === 'inbound' ? INBOUND : OUTBOUND,
                outcome: OUTCOME_TEXT[call.state] ?? '',
                outcomeClass: `softphone-recent-calls__outcome${unanswered ? ' slds-text-color_error' : ''}`,
                talkTime: call.talkSeconds > 0 ? formatDuration(call.talkSeconds * 1000) : '',
                redialText: formatLabel(CALL_AGAIN, name || call.displayNumber)
            };
        });
    }
    handleRedial(event) {
        const number = event.currentTarget.dataset.number;
        if (number && !this.disabled) this.send({ type: 'dial', number });
    }
    send(command) {
        this.dispatchEvent(new CustomEvent('command', { detail: command }));
    }
}
