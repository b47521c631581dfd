/**
 * Call quality from WebRTC statistics: round-trip time, jitter and packet loss of a call's audio, and an
 * estimated MOS (mean opinion score, 1 to 4.5) from a simplified ITU-T G.107 E-model.
 *
 * The simplified E-model (R. G. Cole and J. H. Rosenbluth, "Voice over IP performance monitoring", ACM SIGCOMM
 * Computer Communication Review 31(2), 2001; the form most VoIP monitors use):
 *
 *   effective latency  d  = RTT / 2 + 2 × jitter + 10 ms            (one way, plus jitter buffer and codec)
 *   delay impairment   Id = d / 40              when d < 160 ms
 *                          = (d − 120) / 10      otherwise
 *   loss impairment    Ie = 2.5 × loss (%)
 *   rating             R  = 93.2 − Id − Ie                          (93.2: G.107's default R for G.711)
 *   MOS                   = 1 + 0.035 R + 7 × 10⁻⁶ R (R − 60)(100 − R), within 1 … 4.5 (G.107 annex B)
 *
 * It rates the network, not the codec: Opus and G.711 get the same score for the same path.
 * @public
 */

/** One reading of a call's audio path, over the interval since the previous reading. */
export interface QualitySample {
    /** Round-trip time in milliseconds (RTCP), when the other side reported one. */
    readonly rttMs: number | undefined;
    /** Inter-arrival jitter of the audio received, in milliseconds. */
    readonly jitterMs: number;
    /** Packets lost in this interval, in percent of those expected (received + lost), both directions' worst. */
    readonly lossPercent: number;
    /** Estimated MOS of this interval. */
    readonly mos: number;
}

/** Why a call sounds bad, worst first; what the agent is told. @public */
export type QualityProblem = 'loss' | 'latency' | 'jitter';

/** The counters a reading compares with the previous one. @internal */
export interface QualityCounters {
    readonly packetsReceived: number;
    readonly packetsLost: number;
}

/** Below this MOS a call is flagged: 3.6 is where G.107 puts "many users dissatisfied" (R = 70). */
export const MOS_WARNING = 3.6;
/** Above these a path is named as the reason even when the MOS is still fine-ish. */
export const LOSS_WARNING_PERCENT = 5;
export const RTT_WARNING_MS = 400;
export const JITTER_WARNING_MS = 40;

/** The estimated MOS for a path (see the module comment for the formula). */
export function estimateMos(rttMs: number | undefined, jitterMs: number, lossPercent: number): number {
    const latency = (rttMs ?? 0) / 2 + 2 * jitterMs + 10;
    const delayImpairment = latency < 160 ? latency / 40 : (latency - 120) / 10;
    const lossImpairment = 2.5 * lossPercent;
    const r = 93.2 - delayImpairment - lossImpairment;
    if (r <= 0) return 1;
    const mos = 1 + 0.035 * r + 7e-6 * r * (r - 60) * (100 - r);
    return Math.round(Math.min(4.5, Math.max(1, mos)) * 100) / 100;
}

interface StatLike {
    readonly type?: unknown;
    readonly kind?: unknown;
    readonly [field: string]: unknown;
}

function numberOf(value: unknown): number | undefined {
    return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}

/**
 * Reads one sample from a `getStats()` report (any iterable of stats with `type`), against the counters of
 * the previous reading (undefined for the first). Returns the sample and the counters for the next reading, or
 * undefined when the report has no audio received yet.
 */
export function readQualitySample(
    report: Iterable<StatLike>,
    previous: QualityCounters | undefined
): { readonly sample: QualitySample; readonly counters: QualityCounters } | undefined {
    let inbound: StatLike | undefined;
    let remoteInbound: StatLike | undefined;
    let pairRtt: number | undefined;
    for (const stat of report) {
        if (stat.kind !== undefined && stat.kind !== 'audio') continue;
        if (stat.type === 'inbound-rtp') inbound = stat;
        else if (stat.type === 'remote-inbound-rtp') remoteInbound = stat;
        else if (stat.type === 'candidate-pair' && stat.nominated === true && stat.state === 'succeeded')
            pairRtt = numberOf(stat.currentRoundTripTime);
    }
    if (!inbound) return undefined;
    const packetsReceived = numberOf(inbound.packetsReceived) ?? 0;
    const packetsLost = Math.max(0, numberOf(inbound.packetsLost) ?? 0);
    const received = packetsReceived - (previous?.packetsReceived ?? 0);
    const lost = packetsLost - (previous?.packetsLost ?? 0);
    const expected = received + Math.max(0, lost);
    const inboundLoss = expected > 0 ? (Math.max(0, lost) / expected) * 100 : 0;
    // What the other side reports of our audio (RTCP receiver reports): the loss of the other direction.
    const outboundLoss = (numberOf(remoteInbound?.fractionLost) ?? 0) * 100;
    const rttSeconds = numberOf(remoteInbound?.roundTripTime) ?? pairRtt;
    const rttMs = rttSeconds === undefined ? undefined : Math.round(rttSeconds * 1000);
    const jitterMs = Math.round((numberOf(inbound.jitter) ?? 0) * 1000);
    const lossPercent = Math.round(Math.max(inboundLoss, outboundLoss) * 10) / 10;
    return {
        sample: { rttMs, jitterMs, lossPercent, mos: estimateMos(rttMs, jitterMs, lossPercent) },
        counters: { packetsReceived, packetsLost }
    };
}

/** What is wrong with a sample, worst first; empty when the call sounds fine. */
export function qualityProblems(sample: QualitySample): QualityProblem[] {
    const problems: QualityProblem[] = [];
    const bad = sample.mos < MOS_WARNING;
    if (sample.lossPercent >= LOSS_WARNING_PERCENT || (bad && sample.lossPercent >= 1)) problems.push('loss');
    if ((sample.rttMs ?? 0) >= RTT_WARNING_MS) problems.push('latency');
    if (sample.jitterMs >= JITTER_WARNING_MS) problems.push('jitter');
    if (bad && problems.length === 0) problems.push('latency');
    return problems;
}

/** Average and worst MOS and the worst loss of a call: what its log carries. @public */
export interface QualitySummary {
    readonly samples: number;
    readonly averageMos: number;
    readonly worstMos: number;
    readonly worstLossPercent: number;
}

/** Adds a sample to a call's summary (undefined before the first). */
export function summarize(summary: QualitySummary | undefined, sample: QualitySample): QualitySummary {
    if (!summary) {
        return {
            samples: 1,
            averageMos: sample.mos,
            worstMos: sample.mos,
            worstLossPercent: sample.lossPercent
        };
    }
    const samples = summary.samples + 1;
    return {
        samples,
        averageMos: Math.round(((summary.averageMos * summary.samples + sample.mos) / samples) * 100) / 100,
        worstMos: Math.min(summary.worstMos, sample.mos),
        worstLossPercent: Math.max(summary.worstLossPercent, sample.lossPercent)
    };
}

/** The summary as one line for a call log, e.g. `MOS avg 4.31, worst 3.02; worst loss 6.5%`. */
export function qualitySummaryLine(summary: QualitySummary): string {
    return `MOS avg ${summary.averageMos.toFixed(2)}, worst ${summary.worstMos.toFixed(2)}; worst loss ${summary.worstLossPercent}%`;
}
