import { CtiError, CtiTimeoutError } from '../../errors';
import type { CallLogHost } from '../apex-call-log-writer';
import { toEighteenCharacterId } from '../../cti/salesforce-id';

/** A Task as the fake org keeps it. */
export interface FakeTask {
    readonly Id: string;
    readonly CallObject: string;
    readonly fields: Readonly<Record<string, unknown>>;
}

/**
 * What the next `runApex` call does: answer normally, fail before saving, time out before saving, save and
 * then lose the answer (the network drops after the org committed), or never answer.
 */
export type OrgBehaviour = 'normal' | 'fail' | 'timeout' | 'commit-then-timeout' | 'hang';

/**
 * The two `CtiHost` methods the Apex writer uses, over a fake org that does what `SoftphoneCallLogService.saveCallLog` does: it upserts the
 * Task by `CallObject`. `runApex` goes through the documented contract: the params are encoded as a query
 * string (`name=value&...`, URI-encoded) and parsed back as Salesforce would, and the answer is the method's
 * return value (the host unwraps Open CTI's `{ runApex: ... }`).
 */
export class FakeCallLogOrg implements CallLogHost {
    readonly tasks = new Map<string, FakeTask>();
    readonly methodParams: string[] = [];
    runApexCalls = 0;
    refreshViewCalls = 0;
    inserts = 0;
    updates = 0;
    refreshFails = false;
    /** While true, every `runApex` fails before saving (an outage). */
    offline = false;
    private readonly behaviours: OrgBehaviour[] = [];
    private nextTask = 1;

    /** Scripts the next `runApex` calls; afterwards they behave normally. */
    next(...behaviours: OrgBehaviour[]): this {
        this.behaviours.push(...behaviours);
        return this;
    }

    runApex(
        apexClass: string,
        methodName: string,
        params: Readonly<Record<string, string>>
    ): Promise<unknown> {
        this.runApexCalls += 1;
        const query = Object.entries(params)
            .map(([name, value]) => `${encodeURIComponent(name)}=${encodeURIComponent(value)}`)
            .join('&');
        this.methodParams.push(query);
        const behaviour = this.offline ? 'fail' : (this.behaviours.shift() ?? 'normal');
        if (apexClass !== 'SoftphoneCallLogService' || methodName !== 'saveCallLog') {
            return Promise.reject(new CtiError('runApex', [`No such method ${apexClass}.${methodName}`]));
        }
        if (behaviour === 'fail') {
            return Promise.reject(
                new CtiError('runApex', ['UNABLE_TO_LOCK_ROW: unable to obtain exclusive access'])
            );
        }
        if (behaviour === 'hang') return new Promise(() => undefined);
        if (behaviour === 'timeout') return Promise.reject(new CtiTimeoutError('runApex', 10_000));
        const callLog = new URLSearchParams(query).get('callLog');
        if (callLog === null) return Promise.reject(new CtiError('runApex', ['callLog is missing']));
        const id = this.upsert(JSON.parse(callLog) as Record<string, unknown>);
        if (behaviour === 'commit-then-timeout')
            return Promise.reject(new CtiTimeoutError('runApex', 10_000));
        return Promise.resolve(id);
    }

    refreshView(): Promise<void> {
        this.refreshViewCalls += 1;
        return this.refreshFails
            ? Promise.reject(new CtiError('refreshView', ['The view could not be refreshed']))
            : Promise.resolve();
    }

    /** The Task of a call id, if any. */
    task(callId: string): FakeTask | undefined {
        return this.tasks.get(callId);
    }

    private upsert(request: Record<string, unknown>): string {
        const { version, CallObject, ...fields } = request;
        if (version !== 1 || typeof CallObject !== 'string') throw new Error('bad request');
        const existing = this.tasks.get(CallObject);
        if (existing) {
            this.updates += 1;
            this.tasks.set(CallObject, { ...existing, fields: { ...existing.fields, ...fields } });
            return existing.Id;
        }
        this.inserts += 1;
        const Id = toEighteenCharacterId(`00T${String(this.nextTask++).padStart(12, '0')}`);
        this.tasks.set(CallObject, { Id, CallObject, fields });
        return Id;
    }
}
