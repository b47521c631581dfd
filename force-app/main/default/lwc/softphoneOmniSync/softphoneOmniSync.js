// Generated from force-app/main/default/lwc/softphoneOmniSync/softphoneOmniSync.ts by `npm run build`. Do not edit: change the TypeScript source.
import { LightningElement, api, wire } from 'lwc';
import { APPLICATION_SCOPE, MessageContext, publish, subscribe, unsubscribe } from 'lightning/messageService';
import SOFTPHONE_CHANNEL from '@salesforce/messageChannel/Softphone__c';
import { channelCommand, readSoftphoneMessage } from 'c/softphoneChannelProtocol';
import { PresenceSync, readPresenceMapping } from 'c/softphonePresenceSync';
import PROBLEMS from '@salesforce/label/c.Softphone_OmniSyncProblems';
import IN_STEP from '@salesforce/label/c.Softphone_OmniSyncInStep';
import SET_FAILED from '@salesforce/label/c.Softphone_OmniSyncSetFailed';
const SOURCE = 'softphoneOmniSync';
let requests = 0;
/**
 * Omni-Channel presence in step with the softphone, over the Softphone message channel. The Aura utility item
 * around it does what only Aura can (`lightning:omniToolkitAPI`, the Omni-Channel events): it hands over the
 * mapping, tells this component of Omni-Channel's status, and sets the status this component asks for with a
 * `presencechange` event. The decisions are `c/softphonePresenceSync`'s.
 */
export default class SoftphoneOmniSync extends LightningElement {
    @wire(MessageContext)
    messageContext;
    label = { problemsTitle: PROBLEMS, inStep: IN_STEP };
    problems = [];
    configured = false;
    sync;
    subscription;
    /** Omni-Channel events that came before the mapping did. */
    omniBeforeConfiguration;
    /** The mapping records and the org's presence statuses; checked here, problems shown. */
    @api
    set configuration(value) {
        if (!value) return;
        const { mapping, problems } = readPresenceMapping(value.mappings, value.statuses);
        this.problems = problems.map((problem, index) => ({ ...problem, key: `${index}` }));
        this.sync = new PresenceSync(mapping);
        this.configured = true;
        const early = this.omniBeforeConfiguration;
        this.omniBeforeConfiguration = undefined;
        if (early) this.omniStatusChanged(early.apiName);
        this.send(channelCommand({ type: 'get-state' }, this.nextRequestId(), SOURCE));
    }
    get configuration() {
        return undefined;
    }
    /** Omni-Channel's status is now `apiName` (`undefined`: the agent is signed out of Omni-Channel). */
    @api
    omniStatusChanged(apiName) {
        if (!this.sync) {
            this.omniBeforeConfiguration = { apiName };
            return;
        }
        this.run(this.sync.omniChanged(apiName === '' ? undefined : apiName));
    }
    /** Omni-Channel refused a status this component asked for. */
    @api
    omniStatusSetFailed(apiName, detail) {
        this.problems = [
            ...this.problems,
            { mapping: apiName, message: `${SET_FAILED} ${detail}`, key: `failed-${this.problems.length}` }
        ];
    }
    get hasProblems() {
        return this.problems.length > 0;
    }
    connectedCallback() {
        this.subscription ??= subscribe(
            this.messageContext,
            SOFTPHONE_CHANNEL,
            (payload) => {
                const message = readSoftphoneMessage(payload);
                if (message?.type !== 'state' || !this.sync) return;
                this.run(
                    this.sync.softphoneChanged({
                        status: message.status,
                        ...(message.call ? { callState: message.call.state } : {})
                    })
                );
            },
            { scope: APPLICATION_SCOPE }
        );
    }
    disconnectedCallback() {
        if (this.subscription) unsubscribe(this.subscription);
        this.subscription = undefined;
    }
    run(actions) {
        for (const action of actions) {
            if (action.type === 'set-softphone-status') {
                this.send(
                    channelCommand(
                        { type: 'set-status', status: action.status },
                        this.nextRequestId(),
                        SOURCE
                    )
                );
            } else {
                this.dispatchEvent(
                    new CustomEvent('presencechange', {
                        detail: { statusId: action.statusId, apiName: action.apiName }
                    })
                );
            }
        }
    }
    send(message) {
        publish(this.messageContext, SOFTPHONE_CHANNEL, message);
    }
    nextRequestId() {
        requests += 1;
        return `${SOURCE}-${Date.now().toString(36)}-${requests}`;
    }
}
