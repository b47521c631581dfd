import { CtiError, CtiTimeoutError } from '../../errors';
import { FakeCallLogService } from '../../../test-support/fake-call-log-service';
import type { SavedTask, ServiceBehaviour } from '../../../test-support/fake-call-log-service';
import type { CallLogHost } from '../apex-call-log-writer';

/**
 * What the next `runApex` call does: answer normally, fail before saving, time out before saving, save and
 * then lose the answer (the network drops after the org committed), or never answer.
 */
export type OrgBehaviour = 'normal' | 'fail' | 'timeout' | 'commit-then-timeout' | 'hang';

const SERVICE_BEHAVIOUR: Readonly<Record<OrgBehaviour, ServiceBehaviour>> = {
    normal: 'normal',
    fail: 'fail',
    timeout: 'no-answer',
    'commit-then-timeout': 'commit-then-no-answer',
    hang: 'no-answer'
};

/**
 * The two `CtiHost` methods the Apex writer uses, over the fake `SoftphoneCallLogService`: it upserts the Task
 * by `CallObject`. `runApex` goes through the documented contract: the params are encoded as a query string
 * (`name=value&...`, URI-encoded) and parsed back as Salesforce would, and the answer is the method's return
 * value (the host unwraps Open CTI's `{ runApex: ... }`); a lost answer is the host's time-out.
 */
export class FakeCallLogOrg implements CallLogHost {
    readonly service = new FakeCallLogService();
    readonly methodParams: string[] = [];
    refreshViewCalls = 0;
    refreshFails = false;
    private readonly behaviours: OrgBehaviour[] = [];

    /** Scripts the next `runApex` calls; afterwards they behave normally. */
    next(...behaviours: OrgBehaviour[]): this {
        this.behaviours.push(...behaviours);
        return this;
    }

    /** Every `runApex` call. */
    get runApexCalls(): number {
        return this.service.calls;
    }

    get tasks(): ReadonlyMap<string, SavedTask> {
        return this.service.tasks;
    }

    get inserts(): number {
        return this.service.inserts;
    }

    get updates(): number {
        return this.service.updates;
    }

    /** While true, every `runApex` fails before saving (an outage). */
    get offline(): boolean {
        return this.service.offline;
    }

    set offline(offline: boolean) {
        this.service.offline = offline;
    }

    /** The Task of a call id, if any. */
    task(callId: string): SavedTask | undefined {
        return this.service.task(callId);
    }

    runApex(
        apexClass: string,
        methodName: string,
        params: Readonly<Record<string, string>>
    ): Promise<unknown> {
        const query = Object.entries(params)
            .map(([name, value]) => `${encodeURIComponent(name)}=${encodeURIComponent(value)}`)
            .join('&');
        this.methodParams.push(query);
        const behaviour = this.offline ? 'fail' : (this.behaviours.shift() ?? 'normal');
        if (!FakeCallLogService.isTarget(apexClass, methodName)) {
            this.service.calls += 1;
            return Promise.reject(new CtiError('runApex', [`No such method ${apexClass}.${methodName}`]));
        }
        if (!this.offline) this.service.next(SERVICE_BEHAVIOUR[behaviour]);
        const outcome = this.service.save(Object.fromEntries(new URLSearchParams(query)));
        if (outcome.kind === 'saved') return Promise.resolve(outcome.id);
        if (outcome.kind === 'failed')
            return Promise.reject(new CtiError('runApex', [`${outcome.code}: ${outcome.message}`]));
        return behaviour === 'hang'
            ? new Promise(() => undefined)
            : Promise.reject(new CtiTimeoutError('runApex', 10_000));
    }

    refreshView(): Promise<void> {
        this.refreshViewCalls += 1;
        return this.refreshFails
            ? Promise.reject(new CtiError('refreshView', ['The view could not be refreshed']))
            : Promise.resolve();
    }
}
