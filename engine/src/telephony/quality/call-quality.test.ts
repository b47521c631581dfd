import {
    estimateMos,
    qualityProblems,
    qualitySummaryLine,
    readQualitySample,
    summarize
} from './call-quality';
import type { QualityCounters, QualitySample, QualitySummary } from './call-quality';

/** A `getStats()` report as Chromium gives it for an audio call, reduced to what the reader uses. */
function report(stats: {
    received: number;
    lost: number;
    jitter: number;
    rtt?: number;
    fractionLost?: number;
}): Record<string, unknown>[] {
    return [
        { type: 'codec', mimeType: 'audio/opus' },
        {
            type: 'inbound-rtp',
            kind: 'audio',
            packetsReceived: stats.received,
            packetsLost: stats.lost,
            jitter: stats.jitter
        },
        {
            type: 'remote-inbound-rtp',
            kind: 'audio',
            ...(stats.rtt === undefined ? {} : { roundTripTime: stats.rtt }),
            fractionLost: stats.fractionLost ?? 0
        },
        { type: 'candidate-pair', nominated: true, state: 'succeeded', currentRoundTripTime: 0.5 }
    ];
}

/** Reads a recorded sequence of reports, one every 5 s, as the softphone would. */
function replay(reports: Record<string, unknown>[][]): QualitySample[] {
    let counters: QualityCounters | undefined;
    const samples: QualitySample[] = [];
    for (const stats of reports) {
        const read = readQualitySample(stats, counters);
        if (!read) continue;
        counters = read.counters;
        samples.push(read.sample);
    }
    return samples;
}

describe('estimateMos (simplified E-model)', () => {
    it.each([
        // A clean LAN path: G.711's best.
        [20, 2, 0, 4.4],
        // A transatlantic path without loss: still good.
        [150, 5, 0, 4.35],
        // 5 % loss: d = 25 + 10 + 10 = 45, Id = 1.125, Ie = 12.5, R = 79.575.
        [50, 5, 5, 4.01],
        // 10 % loss: R = 67.075, below 70 (many users dissatisfied).
        [50, 5, 10, 3.46],
        // Satellite-like delay: d = 350 + 20 + 10 = 380, Id = 26, R = 67.2.
        [700, 10, 0, 3.46],
        // Nothing gets through.
        [50, 5, 60, 1]
    ])('RTT %i ms, jitter %i ms, loss %i %% → MOS %f', (rtt, jitter, loss, mos) => {
        expect(estimateMos(rtt, jitter, loss)).toBeCloseTo(mos, 1);
    });

    it('never goes above 4.5 or below 1, and treats a missing RTT as none', () => {
        expect(estimateMos(undefined, 0, 0)).toBeLessThanOrEqual(4.5);
        expect(estimateMos(10_000, 500, 100)).toBe(1);
        expect(estimateMos(undefined, 2, 0)).toBe(estimateMos(0, 2, 0));
    });
});

describe('reading recorded stats sequences', () => {
    it('a clean call: loss 0, RTT from RTCP, jitter in ms, MOS above 4.3 throughout, no problem', () => {
        const samples = replay([
            report({ received: 250, lost: 0, jitter: 0.002, rtt: 0.021 }),
            report({ received: 500, lost: 0, jitter: 0.003, rtt: 0.019 }),
            report({ received: 750, lost: 0, jitter: 0.002, rtt: 0.02 })
        ]);
        expect(samples.map((sample) => [sample.rttMs, sample.jitterMs, sample.lossPercent])).toEqual([
            [21, 2, 0],
            [19, 3, 0],
            [20, 2, 0]
        ]);
        expect(samples.every((sample) => sample.mos > 4.3)).toBe(true);
        expect(samples.flatMap(qualityProblems)).toEqual([]);
    });

    it('a burst of loss in the middle: counted per interval, named as the problem, then gone', () => {
        const samples = replay([
            report({ received: 250, lost: 0, jitter: 0.004, rtt: 0.05 }),
            // 225 received and 25 lost in this interval: 10 %.
            report({ received: 475, lost: 25, jitter: 0.012, rtt: 0.06 }),
            report({ received: 725, lost: 25, jitter: 0.004, rtt: 0.05 })
        ]);
        expect(samples.map((sample) => sample.lossPercent)).toEqual([0, 10, 0]);
        expect(samples.map(qualityProblems)).toEqual([[], ['loss'], []]);
        expect(samples[1]?.mos).toBeLessThan(3.6);
        let summary: QualitySummary | undefined;
        for (const sample of samples) summary = summarize(summary, sample);
        expect(summary).toMatchObject({ samples: 3, worstLossPercent: 10 });
        expect(summary?.worstMos).toBe(samples[1]?.mos);
        expect(qualitySummaryLine(summary as QualitySummary)).toMatch(
            /^MOS avg \d\.\d\d, worst \d\.\d\d; worst loss 10%$/
        );
    });

    it('loss of the audio the agent sends, as the other side reports it (RTCP fractionLost)', () => {
        const [sample] = replay([
            report({ received: 250, lost: 0, jitter: 0.002, rtt: 0.03, fractionLost: 0.08 })
        ]);
        expect(sample?.lossPercent).toBe(8);
        expect(qualityProblems(sample as QualitySample)).toEqual(['loss']);
    });

    it('high latency and jitter are named', () => {
        const [sample] = replay([report({ received: 250, lost: 0, jitter: 0.06, rtt: 0.9 })]);
        expect(qualityProblems(sample as QualitySample)).toEqual(['latency', 'jitter']);
    });

    it('falls back to the candidate pair for RTT, and reads nothing before audio arrives', () => {
        const stats = report({ received: 100, lost: 0, jitter: 0.002 });
        expect(replay([stats])[0]?.rttMs).toBe(500);
        expect(readQualitySample([{ type: 'codec' }], undefined)).toBeUndefined();
    });
});
