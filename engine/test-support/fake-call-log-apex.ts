import { FakeCallLogService } from './fake-call-log-service';
import type { SavedTask } from './fake-call-log-service';
import { CALL_LOG_APEX_CLASS, CALL_LOG_APEX_METHOD } from '../src/log/apex-call-log-request';
import type { FakeOpenCti } from '../../sim/test-support/fake-open-cti';

/** A Task the fake `SoftphoneCallLogService` saved, as the org would hold it. */
export type FakeTask = SavedTask;

/**
 * Counts the calls of `SoftphoneCallLogService.saveCallLog` in a `FakeOpenCti`'s org (the simulator's port of
 * the class, which upserts one Task per `CallObject`), so tests can assert "exactly one Task per call".
 */
export function installFakeCallLogApex(fake: FakeOpenCti): { tasks(): FakeTask[]; readonly writes: number } {
    const service = new FakeCallLogService(fake.org);
    fake.defineApex(CALL_LOG_APEX_CLASS, CALL_LOG_APEX_METHOD, (params) => {
        const outcome = service.save(params);
        if (outcome.kind !== 'saved')
            throw new Error(outcome.kind === 'failed' ? outcome.message : 'no answer');
        return outcome.id;
    });
    return {
        tasks: () => [...service.tasks.values()],
        get writes() {
            return service.calls;
        }
    };
}
