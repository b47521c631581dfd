import type { Bench, Figure } from '../figure';
import { startEngineRig } from './engine-rig';

const CALLS = 50;
const LOG_METHODS = new Set(['runApex', 'saveLog', 'refreshView']);

/** Open CTI / Apex round-trips per logged call, counted by the fake host. Target ≤ 2. */
export const roundTripsBench: Bench = {
    name: 'round-trips',
    run: async (): Promise<Figure[]> => {
        const rig = await startEngineRig();
        const before = rig.fake.requests.length;
        for (let i = 0; i < CALLS; i++) await rig.call();
        const requests = rig.fake.requests.slice(before);
        const logging = requests.filter((request) => LOG_METHODS.has(request.method)).length / CALLS;
        const all = requests.length / CALLS;
        const tasks = rig.apex.tasks().length;
        await rig.engine.dispose();
        rig.logQueue.dispose();
        return [
            {
                name: 'Open CTI/Apex calls to log one call',
                unit: 'calls',
                value: logging,
                target: '≤ 2',
                pass: logging <= 2 && tasks === CALLS,
                note: `${tasks} Tasks for ${CALLS} calls`
            },
            {
                name: 'all Open CTI calls per call (screen pop, panel, label, log)',
                unit: 'calls',
                value: all,
                target: 'report',
                pass: true
            }
        ];
    }
};
