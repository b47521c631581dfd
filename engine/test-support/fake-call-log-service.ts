import { CallLogException, saveCallLog } from '../../sim/org/call-log-service';
import { OrgStore } from '../../sim/org/org-store';
import type { OrgRecord } from '../../sim/org/org-record';
import {
    CALL_LOG_APEX_CLASS,
    CALL_LOG_APEX_METHOD,
    CALL_LOG_APEX_PARAM
} from '../src/log/apex-call-log-request';

/** A Task the service saved, as the org holds it: its Id, its call id and its fields. */
export interface SavedTask {
    readonly Id: string;
    readonly CallObject: string;
    readonly [field: string]: unknown;
}

/**
 * What the org does with the next call: save and answer; fail before saving; never answer (a time-out);
 * save and never answer (the answer was lost after the org committed).
 */
export type ServiceBehaviour = 'normal' | 'fail' | 'no-answer' | 'commit-then-no-answer';

/** What one call of the service came to; each fake turns it into its own kind of answer. */
export type ServiceOutcome =
    | { readonly kind: 'saved'; readonly id: string }
    | { readonly kind: 'failed'; readonly code: string; readonly message: string }
    | { readonly kind: 'no-answer' };

function savedTask(record: OrgRecord): SavedTask {
    return { ...record.fields, Id: record.Id, CallObject: String(record.fields.CallObject ?? '') };
}

/**
 * `SoftphoneCallLogService.saveCallLog` for the test fakes, with scripted faults around it: the call itself is
 * the simulator's port of the Apex class (`sim/org/call-log-service.ts`, rule for rule, one Task per
 * `CallObject`) over an org of the simulator, so the tests, the local console and the bench hold one model of
 * the contract. The Open CTI fake, the fake browser and the writer's fake host all save through it.
 */
export class FakeCallLogService {
    inserts = 0;
    updates = 0;
    /** Every call, saved or not. */
    calls = 0;
    /** While true every call fails before saving (an outage). */
    offline = false;
    private readonly script: ServiceBehaviour[] = [];

    /** @param store - the org the Tasks go to (the one the Open CTI fake searches, for a whole browser) */
    constructor(readonly store: OrgStore = new OrgStore()) {}

    /** Scripts the next calls; afterwards they behave normally. */
    next(...behaviours: ServiceBehaviour[]): this {
        this.script.push(...behaviours);
        return this;
    }

    /** Whether `runApex` names this service's class and method. */
    static isTarget(apexClass: unknown, methodName: unknown): boolean {
        return apexClass === CALL_LOG_APEX_CLASS && methodName === CALL_LOG_APEX_METHOD;
    }

    /** The org's Tasks by call id (`CallObject`), oldest first. */
    get tasks(): ReadonlyMap<string, SavedTask> {
        const tasks = new Map<string, SavedTask>();
        for (const task of this.store.list('Task').map(savedTask)) {
            if (!tasks.has(task.CallObject)) tasks.set(task.CallObject, task);
        }
        return tasks;
    }

    /** One call with the decoded `methodParams`. */
    save(params: Readonly<Record<string, string>>): ServiceOutcome {
        this.calls += 1;
        const behaviour: ServiceBehaviour = this.offline ? 'fail' : (this.script.shift() ?? 'normal');
        if (behaviour === 'fail')
            return {
                kind: 'failed',
                code: 'UNABLE_TO_LOCK_ROW',
                message: 'unable to obtain exclusive access'
            };
        if (behaviour === 'no-answer') return { kind: 'no-answer' };
        const before = new Set(this.store.list('Task').map((task) => task.Id));
        let id: string;
        try {
            id = saveCallLog(this.store, params[CALL_LOG_APEX_PARAM]);
        } catch (error) {
            if (!(error instanceof CallLogException)) throw error;
            return { kind: 'failed', code: 'APEX_ERROR', message: `${error.name}: ${error.message}` };
        }
        if (before.has(id)) this.updates += 1;
        else this.inserts += 1;
        return behaviour === 'commit-then-no-answer' ? { kind: 'no-answer' } : { kind: 'saved', id };
    }

    /** The Task of a call id, if any. */
    task(callId: string): SavedTask | undefined {
        return this.tasks.get(callId);
    }
}
