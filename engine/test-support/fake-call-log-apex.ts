import type { FakeOpenCti } from './fake-open-cti';

/** A Task the fake `SoftphoneCallLogService` saved, as the org would hold it. */
export interface FakeTask {
    readonly Id: string;
    readonly CallObject: string;
    readonly [field: string]: unknown;
}

/**
 * Installs a stand-in for the `SoftphoneCallLogService.saveCallLog` Apex method in the fake org: it upserts
 * one Task per `CallObject`, as the real class does, so tests can assert "exactly one Task per call".
 */
export function installFakeCallLogApex(fake: FakeOpenCti): { tasks(): FakeTask[]; writes: number } {
    const tasks = new Map<string, FakeTask>();
    const state = { writes: 0, tasks: (): FakeTask[] => [...tasks.values()] };
    fake.defineApex('SoftphoneCallLogService', 'saveCallLog', (params) => {
        state.writes++;
        const request = JSON.parse(params.callLog ?? '{}') as Record<string, unknown> & {
            CallObject: string;
        };
        const fields: Record<string, unknown> = { ...request };
        delete fields.version;
        const existing = tasks.get(request.CallObject);
        const id = existing?.Id ?? `00T${String(tasks.size + 1).padStart(12, '0')}`;
        tasks.set(request.CallObject, { ...existing, ...fields, Id: id, CallObject: request.CallObject });
        return id;
    });
    return state;
}
