import { createSipRig, registerAgent } from '../../engine/src/telephony/sip/test-support/sip-rig';
import type { SipRig } from '../../engine/src/telephony/sip/test-support/sip-rig';
import type { Bench, Figure } from '../figure';
import { summarize } from '../stats';

/** Outages measured, each of a random length; the jitter is the provider's own (Math.random). */
const OUTAGES = 40;
const SHORTEST_OUTAGE_MS = 5_000;
const LONGEST_OUTAGE_MS = 120_000;
const STEP_MS = 100;
const READY_TARGET_MS = 5_000;
const TRIES_A_MINUTE_TARGET = 30;

/** Moves the provider's clock in steps, letting SIP.js (real timers) work between them. */
async function run(rig: SipRig, ms: number, until: () => boolean = () => false): Promise<void> {
    for (let passed = 0; passed < ms && !until(); passed += STEP_MS) {
        rig.clock.advance(STEP_MS);
        await new Promise((resolve) => setTimeout(resolve, 1));
    }
}

/**
 * One outage of the PBX while the agent is Available, on the real SIP provider (SIP.js over the in-memory SIP
 * network, its reconnect timers on a manual clock): clock ms from the PBX being back to the agent registered,
 * and the connections tried per minute while it was down.
 */
async function outage(lengthMs: number): Promise<{ readyMs: number; triesAMinute: number }> {
    const rig = createSipRig({ random: Math.random });
    try {
        await registerAgent(rig);
        rig.network.up = false;
        rig.network.dropAll();
        const before = rig.network.connectAttempts;
        await run(rig, lengthMs);
        const triesAMinute = ((rig.network.connectAttempts - before) * 60_000) / lengthMs;
        rig.network.up = true;
        const back = rig.clock.now();
        await run(rig, 60_000, () => rig.provider.registrationState === 'registered');
        return { readyMs: rig.clock.now() - back, triesAMinute };
    } finally {
        await rig.close();
    }
}

/** PBX back → the agent registered (Ready), p95 over outages of random length; and tries a minute while down. */
export const reconnectBench: Bench = {
    name: 'reconnect',
    run: async (): Promise<Figure[]> => {
        const ready: number[] = [];
        let mostTries = 0;
        for (let i = 0; i < OUTAGES; i++) {
            const length =
                SHORTEST_OUTAGE_MS + Math.round(Math.random() * (LONGEST_OUTAGE_MS - SHORTEST_OUTAGE_MS));
            const result = await outage(length);
            ready.push(result.readyMs);
            if (length >= 60_000) mostTries = Math.max(mostTries, result.triesAMinute);
        }
        const summary = summarize(ready);
        return [
            {
                name: 'PBX back → agent registered again (Available)',
                unit: 'ms',
                summary,
                target: `p95 ≤ ${READY_TARGET_MS} ms`,
                pass: summary.p95 <= READY_TARGET_MS,
                note: `outages of ${SHORTEST_OUTAGE_MS / 1000}–${LONGEST_OUTAGE_MS / 1000} s, provider clock, ${STEP_MS} ms resolution`
            },
            {
                name: 'connections tried per minute while the PBX stays down',
                unit: 'tries/min',
                value: mostTries,
                target: `≤ ${TRIES_A_MINUTE_TARGET} per agent`,
                pass: mostTries <= TRIES_A_MINUTE_TARGET,
                note: 'the most of any outage of a minute or more'
            }
        ];
    }
};
