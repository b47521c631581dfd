import { installFakeCallLogApex } from '../../engine/test-support/fake-call-log-apex';
import { fakeError, FakeOpenCti } from '../../sim/test-support/fake-open-cti';
import { ApexCallLogWriter, buildCallLog, CallLogQueue, MemoryLogStore } from '../../engine/src/log';
import type { CallLogDraft, CallLogEntry } from '../../engine/src/log';
import { ManualClock } from '../../engine/src/time';
import type { Bench, Figure } from '../figure';
import { summarize } from '../stats';
import { hostOnManualClock } from '../../engine/test-support/host-on-manual-clock';

const LOGS = 500;
const RUNS = 5;

function drafts(): CallLogDraft[] {
    return Array.from(
        { length: LOGS },
        (_, i) =>
            buildCallLog({
                callId: `bench-${i}`,
                direction: 'inbound',
                displayNumber: '(415) 555-0100',
                phoneNumber: '+14155550100',
                startedAt: Date.UTC(2026, 10, 25, 9, 0, i),
                durationSeconds: 60,
                notes: `Call ${i}`
            }).draft
    );
}

function rig() {
    const clock = new ManualClock();
    const fake = new FakeOpenCti();
    const apex = installFakeCallLogApex(fake);
    const host = hostOnManualClock(fake, clock);
    return { clock, fake, apex, writer: new ApexCallLogWriter(host) };
}

/** 500 logs queued during an outage, then drained: ms to drain, and none lost or written twice. */
async function drainOnce(): Promise<{ ms: number; tasks: number; writes: number }> {
    const { clock, fake, apex, writer } = rig();
    const queue = new CallLogQueue({ store: new MemoryLogStore(), clock, writer, random: () => 0.5 });
    fake.script('runApex', fakeError('SERVER_UNAVAILABLE', 'offline'));
    for (const draft of drafts()) queue.enqueue(draft);
    await queue.flush();
    clock.advance(10 * 60_000);
    await queue.flush();
    fake.unscript('runApex');
    const start = performance.now();
    for (let round = 0; queue.pending().length > 0 && round < 100; round++) {
        await queue.retryNow();
        clock.advance(5 * 60_000);
    }
    const ms = performance.now() - start;
    queue.dispose();
    return { ms, tasks: apex.tasks().length, writes: apex.writes };
}

/** The same 500 writes straight through the writer, no queue: the baseline. */
async function directOnce(): Promise<number> {
    const { writer } = rig();
    const now = Date.now();
    const entries: CallLogEntry[] = drafts().map((draft) => ({
        ...draft,
        attempts: 0,
        nextAttemptAt: now,
        lastError: null,
        createdAt: now,
        updatedAt: now,
        revision: 1
    }));
    const start = performance.now();
    for (const entry of entries) await writer.write(entry);
    return performance.now() - start;
}

export const logDrainBench: Bench = {
    name: 'log-drain',
    run: async (): Promise<Figure[]> => {
        const drains: number[] = [];
        const baselines: number[] = [];
        let lost = 0;
        let duplicated = 0;
        for (let i = 0; i < RUNS; i++) {
            baselines.push(await directOnce());
            const result = await drainOnce();
            drains.push(result.ms);
            lost += LOGS - result.tasks;
            duplicated += result.writes - result.tasks;
        }
        const summary = summarize(drains);
        const baseline = summarize(baselines);
        return [
            {
                name: `drain ${LOGS} logs queued during an outage`,
                unit: 'ms',
                summary,
                baseline: { name: `${LOGS} direct writes`, summary: baseline },
                target: 'report (ratio to baseline)',
                pass: true
            },
            {
                name: 'logs lost / written twice',
                unit: 'logs',
                value: lost + duplicated,
                target: '0 lost, 0 duplicated',
                pass: lost === 0 && duplicated === 0,
                note: `${lost} lost, ${duplicated} duplicated over ${RUNS} runs`
            }
        ];
    }
};
