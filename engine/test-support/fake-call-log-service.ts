import { toEighteenCharacterId } from '../src/cti/salesforce-id';
import {
    CALL_LOG_APEX_CLASS,
    CALL_LOG_APEX_METHOD,
    CALL_LOG_APEX_PARAM,
    CALL_LOG_REQUEST_KEYS,
    CALL_LOG_REQUEST_VERSION
} from '../src/log/apex-call-log-request';

/** A Task the fake service saved, as the org holds it: its Id, its call id and the fields the requests set. */
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

/**
 * The test fakes' one stand-in for `SoftphoneCallLogService.saveCallLog` (the simulator has a full port of it in
 * `sim/org/call-log-service.ts`): it reads the request by the engine's model of the contract and upserts one
 * Task per `CallObject`, as the Apex class does, with scripted faults. The Open CTI fake, the fake browser and
 * the writer's fake host all save through it.
 */
export class FakeCallLogService {
    readonly tasks = new Map<string, SavedTask>();
    inserts = 0;
    updates = 0;
    /** Every call, saved or not. */
    calls = 0;
    /** While true every call fails before saving (an outage). */
    offline = false;
    private readonly script: ServiceBehaviour[] = [];

    /** Scripts the next calls; afterwards they behave normally. */
    next(...behaviours: ServiceBehaviour[]): this {
        this.script.push(...behaviours);
        return this;
    }

    /** Whether `runApex` names this service's class and method. */
    static isTarget(apexClass: unknown, methodName: unknown): boolean {
        return apexClass === CALL_LOG_APEX_CLASS && methodName === CALL_LOG_APEX_METHOD;
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
        const request = this.read(params[CALL_LOG_APEX_PARAM]);
        if (typeof request === 'string') return { kind: 'failed', code: 'APEX_ERROR', message: request };
        const id = this.upsert(request);
        return behaviour === 'commit-then-no-answer' ? { kind: 'no-answer' } : { kind: 'saved', id };
    }

    /** The Task of a call id, if any. */
    task(callId: string): SavedTask | undefined {
        return this.tasks.get(callId);
    }

    /** The request as a record, or why the service would refuse it. */
    private read(callLog: string | undefined): Record<string, unknown> | string {
        if (callLog === undefined) return `${CALL_LOG_APEX_PARAM} is missing`;
        const request = JSON.parse(callLog) as Record<string, unknown>;
        const unknown = Object.keys(request).filter(
            (key) => !(CALL_LOG_REQUEST_KEYS as string[]).includes(key)
        );
        if (unknown.length > 0) return `Unknown call log field "${unknown[0]}"`;
        if (request.version !== CALL_LOG_REQUEST_VERSION) return 'wrong request version';
        if (typeof request.CallObject !== 'string' || request.CallObject === '')
            return 'CallObject is required';
        return request;
    }

    private upsert(request: Record<string, unknown>): string {
        const CallObject = String(request.CallObject);
        const fields = Object.fromEntries(Object.entries(request).filter(([key]) => key !== 'version'));
        const existing = this.tasks.get(CallObject);
        const Id = existing?.Id ?? toEighteenCharacterId(`00T${String(this.inserts + 1).padStart(12, '0')}`);
        if (existing) this.updates += 1;
        else this.inserts += 1;
        this.tasks.set(CallObject, { ...existing, ...fields, Id, CallObject });
        return Id;
    }
}
