import { createSipRig, registerAgent } from './test-support/sip-rig';
import type { SipRig } from './test-support/sip-rig';
import { settleNetwork } from './test-support/wait-for';

/** The agent is Ready again this soon after the PBX is back, whatever the outage lasted (the goal). */
const READY_WITHIN_MS = 5_000;
/** Time a try takes once the PBX answers (connect and REGISTER), left out of the wait between tries. */
const REGISTER_ROUND_TRIP_MS = 1_000;
const STEP_MS = 250;

/**
 * Moves the provider's clock in small steps, letting SIP.js (real timers) work between them, until `until`
 * holds or `ms` passed; returns the clock times at which connections were tried meanwhile.
 */
async function run(rig: SipRig, ms: number, until: () => boolean = () => false): Promise<number[]> {
    const tries: number[] = [];
    let seen = rig.network.connectAttempts;
    for (let passed = 0; passed < ms && !until(); passed += STEP_MS) {
        rig.clock.advance(STEP_MS);
        await settleNetwork(2);
        for (; seen < rig.network.connectAttempts; seen++) tries.push(rig.clock.now());
    }
    return tries;
}

function gaps(times: readonly number[]): number[] {
    return times.slice(1).map((time, index) => time - (times[index] ?? time));
}

describe('SipTelephonyProvider after a PBX outage', () => {
    let rig: SipRig | undefined;

    afterEach(async () => {
        await rig?.close();
        rig = undefined;
    });

    it.each([
        ['the longest waits (jitter 1)', () => 0.999, 15],
        ['the shortest waits (jitter 0)', () => 0, 1]
    ])(
        'keeps trying a PBX that is down for five minutes, never more than 4 s apart nor 30 times a minute, with %s',
        async (_name, random, fewestTriesAMinute) => {
            rig = createSipRig({ random });
            await registerAgent(rig);
            rig.network.up = false;
            rig.network.dropAll();
            const tries = await run(rig, 5 * 60_000);
            expect(rig.provider.registrationState).toBe('failed');

            const lastMinute = tries.filter((time) => time > (rig?.clock.now() ?? 0) - 60_000);
            const longestGap = Math.max(...gaps(tries));
            // Every PBX back at any moment is tried within this gap, then registered within the round trip.
            expect(longestGap + REGISTER_ROUND_TRIP_MS).toBeLessThanOrEqual(READY_WITHIN_MS);
            expect(lastMinute.length).toBeLessThanOrEqual(30);
            expect(lastMinute.length).toBeGreaterThanOrEqual(fewestTriesAMinute);

            rig.network.up = true;
            const started = rig.clock.now();
            await run(rig, 2 * READY_WITHIN_MS, () => rig?.provider.registrationState === 'registered');
            expect(rig.provider.registrationState).toBe('registered');
            expect(rig.clock.now() - started).toBeLessThanOrEqual(READY_WITHIN_MS);
        },
        30_000
    );
});
