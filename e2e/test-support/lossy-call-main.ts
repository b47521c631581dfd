import { runCallQualityScenario } from './call-quality-scenario';

/**
 * Runs the call quality scenario on a lossy path and prints its outcome as one JSON line. Meant to run in a
 * private network namespace (`unshare --net`), where the scenario may drop packets on its own loopback
 * interface without touching anything else on the machine; `e2e/sip/call-quality.e2e.test.ts` starts it.
 */
const lossPercent = Number(process.argv[2] ?? '20');
runCallQualityScenario(lossPercent).then(
    (outcome) => {
        console.log(`OUTCOME ${JSON.stringify(outcome)}`);
        process.exit(0);
    },
    (error: unknown) => {
        console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
        process.exit(1);
    }
);
