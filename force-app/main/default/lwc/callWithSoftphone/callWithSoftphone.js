// Generated from force-app/main/default/lwc/callWithSoftphone/callWithSoftphone.ts by `npm run build`. Do not edit: change the TypeScript source.
import { LightningElement, api, wire } from 'lwc';
import { getFieldValue, getRecord } from 'lightning/uiRecordApi';
import { APPLICATION_SCOPE, MessageContext, publish, subscribe, unsubscribe } from 'lightning/messageService';
import SOFTPHONE_CHANNEL from '@salesforce/messageChannel/Softphone__c';
import { channelCommand, readSoftphoneMessage } from 'c/softphoneChannelProtocol';
import TITLE from '@salesforce/label/c.Softphone_CallWithSoftphone';
import NO_NUMBER from '@salesforce/label/c.Softphone_CwsNoNumber';
import UNAVAILABLE from '@salesforce/label/c.Softphone_CwsUnavailable';
import CALLING from '@salesforce/label/c.Softphone_CwsCalling';
import RINGING from '@salesforce/label/c.Softphone_CallProgressRinging';
import CONNECTED from '@salesforce/label/c.Softphone_CallConnected';
import ON_HOLD from '@salesforce/label/c.Softphone_CallOnHold';
import WRAP_UP from '@salesforce/label/c.Softphone_ItemWrapUp';
import ENDED from '@salesforce/label/c.Softphone_CwsEnded';
import REFUSED_BUSY from '@salesforce/label/c.Softphone_NoticeBusyOnCall';
import REFUSED_NUMBER from '@salesforce/label/c.Softphone_NoticeInvalidNumber';
import REFUSED_TAB from '@salesforce/label/c.Softphone_NoticeActiveInAnotherTab';
import REFUSED_OTHER from '@salesforce/label/c.Softphone_NoticeCommandFailed';
/** Who this component says it is in the commands it publishes (the softphone logs it). */
const SOURCE = 'callWithSoftphone';
/** What the agent reads for each state of the record's call. */
const CALL_TEXT = {
    dialing: CALLING,
    ringing: RINGING,
    connected: CONNECTED,
    held: ON_HOLD,
    'wrap-up': WRAP_UP,
    ended: ENDED
};
/** What the agent reads when the softphone refused the dial. */
const REFUSAL_TEXT = {
    busy: REFUSED_BUSY,
    'invalid-number': REFUSED_NUMBER,
    'another-tab': REFUSED_TAB,
    'not-ready': UNAVAILABLE,
    failed: REFUSED_OTHER,
    malformed: REFUSED_OTHER,
    'unsupported-version': REFUSED_OTHER
};
let requests = 0;
/**
 * "Call with softphone", for any record page: dials the record's phone number in the Open CTI softphone through
 * the Softphone message channel and shows that call's state while it lasts. The example for developers of the
 * channel's contract (docs/message-channel.md): subscribe with APPLICATION_SCOPE (the softphone is in the
 * utility bar), ask for the state once, publish a `dial` with a request id, and read every payload with the
 * shared reader.
 */
export default class CallWithSoftphone extends LightningElement {
    @api
    recordId;
    @api
    objectApiName;
    /** The field that holds the number to dial (the design attribute in Lightning App Builder). */
    @api
    phoneField = 'Phone';
    @wire(MessageContext)
    messageContext;
    label = { title: TITLE, noNumber: NO_NUMBER };
    number = '';
    recordName;
    softphone;
    /** The call this component asked for (until the softphone's state shows the record's own call). */
    requested;
    refusal = '';
    /** The record's call as last heard: kept as ended once it has left the softphone, until the next one. */
    shownCall;
    subscription;
    get fields() {
        return this.objectApiName ? [`${this.objectApiName}.${this.phoneField}`] : [];
    }
    get optionalFields() {
        return this.objectApiName ? [`${this.objectApiName}.Name`] : [];
    }
    @wire(getRecord, { recordId: '$recordId', fields: '$fields', optionalFields: '$optionalFields' })
    record({ data }) {
        if (!data || !this.objectApiName) return;
        const number = getFieldValue(data, `${this.objectApiName}.${this.phoneField}`);
        const name = getFieldValue(data, `${this.objectApiName}.Name`);
        this.number = typeof number === 'string' ? number.trim() : '';
        this.recordName = typeof name === 'string' && name !== '' ? name : undefined;
    }
    connectedCallback() {
        this.subscription ??= subscribe(
            this.messageContext,
            SOFTPHONE_CHANNEL,
            (message) => this.receive(message),
            { scope: APPLICATION_SCOPE }
        );
        this.send(channelCommand({ type: 'get-state' }, this.nextRequestId(), SOURCE));
    }
    disconnectedCallback() {
        if (this.subscription) unsubscribe(this.subscription);
        this.subscription = undefined;
    }
    /** The record's call: the one on screen when it is this record's or the one this component placed. */
    get call() {
        return this.shownCall;
    }
    ours(call) {
        if (!call) return undefined;
        const placed = this.requested?.callId !== undefined && call.id === this.requested.callId;
        return placed || (this.recordId !== undefined && call.recordId === this.recordId) ? call : undefined;
    }
    get callText() {
        return this.call ? CALL_TEXT[this.call.state] : '';
    }
    get busy() {
        const state = this.call?.state;
        return state !== undefined && state !== 'ended';
    }
    get hasNumber() {
        return this.number !== '';
    }
    get unavailable() {
        return this.softphone?.phone === 'unavailable';
    }
    get unavailableText() {
        return UNAVAILABLE;
    }
    get disabled() {
        return !this.hasNumber || this.unavailable || this.busy || this.requested?.callId === '';
    }
    get buttonLabel() {
        return this.hasNumber ? `${TITLE} ${this.number}` : TITLE;
    }
    handleCall() {
        if (this.disabled) return;
        const requestId = this.nextRequestId();
        this.refusal = '';
        this.requested = { requestId, callId: '' };
        this.send(
            channelCommand(
                {
                    type: 'dial',
                    number: this.number,
                    ...(this.recordId === undefined ? {} : { recordId: this.recordId }),
                    ...(this.recordName === undefined ? {} : { recordName: this.recordName }),
                    ...(this.objectApiName === undefined ? {} : { objectType: this.objectApiName })
                },
                requestId,
                SOURCE
            )
        );
    }
    receive(payload) {
        const message = readSoftphoneMessage(payload);
        if (!message) return;
        if (message.type === 'state') {
            this.softphone = message;
            const call = this.ours(message.call);
            const shown = this.shownCall;
            if (call) this.shownCall = call;
            else if (shown && shown.state !== 'ended') this.shownCall = { ...shown, state: 'ended' };
            return;
        }
        if (!this.requested || message.requestId !== this.requested.requestId) return;
        if (message.ok) {
            this.requested = { requestId: message.requestId, callId: message.callId ?? '-' };
            return;
        }
        this.requested = undefined;
        this.refusal = REFUSAL_TEXT[message.reason ?? 'failed'];
    }
    send(message) {
        publish(this.messageContext, SOFTPHONE_CHANNEL, message);
    }
    nextRequestId() {
        requests += 1;
        return `${SOURCE}-${Date.now().toString(36)}-${requests}`;
    }
}
