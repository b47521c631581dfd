import type { Frame } from 'playwright-core';
import { UI_TIMEOUT_MS } from '../../harness/console-page';
import type { PeerWindow } from '../../harness/peer-connections';
import { poll as pollFor } from '../../harness/poll';

export { RECORD_PEER_CONNECTIONS } from '../../harness/peer-connections';

/**
 * What the SIP end-to-end tests read of the agent's calls in the softphone's panel: the peer connections'
 * counters and codecs, and what the agent hears. The panel must have run {@link RECORD_PEER_CONNECTIONS}.
 */

/** Audio counters and codecs of the agent's newest call. */
export interface AgentMedia {
    readonly bytesReceived: number;
    readonly bytesSent: number;
    /** The addresses of the ICE candidates in the remote description. */
    readonly remoteCandidates: readonly string[];
    /** The codec of the audio the agent receives, e.g. `audio/PCMU` (empty before any arrived). */
    readonly inboundCodec: string;
    /** The codecs of the agent's own description of the call, in its order (`opus`, `PCMU`, …). */
    readonly offeredCodecs: readonly string[];
    /** The energy of the microphone audio the agent sent so far (`media-source` `totalAudioEnergy`). */
    readonly sentAudioEnergy: number;
}

/** Polls `read` until `done` says yes, or fails after `ms` with the last value. */
export function poll<T>(
    what: string,
    read: () => Promise<T>,
    done: (value: T) => boolean,
    ms = UI_TIMEOUT_MS
): Promise<T> {
    return pollFor(what, read, done, ms);
}

/** Notes how long each step of a scenario took, printed at its end (the figures in the suite's output). */
export function stepTimer(scenario: string): { mark(step: string): void; print(): void } {
    const start = Date.now();
    let last = start;
    const steps: string[] = [];
    return {
        mark(step) {
            const now = Date.now();
            steps.push(`${step} ${now - last} ms`);
            last = now;
        },
        print() {
            console.log(`${scenario} in ${Date.now() - start} ms: ${steps.join(', ')}`);
        }
    };
}

/** The agent's newest peer connection's audio counters and codecs, read in the softphone's panel. */
export function agentMediaIn(panel: Frame): Promise<AgentMedia> {
    return panel.evaluate(async () => {
        const connections = (window as PeerWindow).__peerConnections ?? [];
        const connection = connections[connections.length - 1];
        const none = {
            bytesReceived: 0,
            bytesSent: 0,
            remoteCandidates: [],
            inboundCodec: '',
            offeredCodecs: [],
            sentAudioEnergy: 0
        };
        if (!connection) return none;
        const report = await connection.getStats();
        let bytesReceived = 0;
        let bytesSent = 0;
        let inboundCodec = '';
        let sentAudioEnergy = 0;
        report.forEach((stat: Record<string, unknown>) => {
            if (stat.type === 'inbound-rtp' && stat.kind === 'audio') {
                bytesReceived += Number(stat.bytesReceived ?? 0);
                const codec = report.get(String(stat.codecId)) as { mimeType?: string } | undefined;
                inboundCodec = codec?.mimeType ?? inboundCodec;
            }
            if (stat.type === 'outbound-rtp' && stat.kind === 'audio')
                bytesSent += Number(stat.bytesSent ?? 0);
            if (stat.type === 'media-source' && stat.kind === 'audio') {
                sentAudioEnergy += Number(stat.totalAudioEnergy ?? 0);
            }
        });
        const remote = connection.remoteDescription?.sdp ?? '';
        const remoteCandidates = [
            ...new Set(
                [...remote.matchAll(/^a=candidate:\S+ \d+ \S+ \d+ (\S+) /gm)].map((match) => match[1] ?? '')
            )
        ];
        const local = connection.localDescription?.sdp ?? '';
        const payloadTypes = /^m=audio \S+ \S+ ([\d ]+)/m.exec(local)?.[1]?.split(' ') ?? [];
        const offeredCodecs = payloadTypes.map(
            (type) => new RegExp(`^a=rtpmap:${type} ([^/\\s]+)`, 'm').exec(local)?.[1] ?? type
        );
        return { bytesReceived, bytesSent, remoteCandidates, inboundCodec, offeredCodecs, sentAudioEnergy };
    });
}

/** The loudest frequency the agent hears now, and how loud it is (dBFS). */
export interface AgentHears {
    readonly peakHz: number;
    readonly peakDb: number;
}

/**
 * Listens for 400 ms to the stream of the softphone's remote-audio element through a Web Audio analyser, and
 * returns its loudest frequency between 100 Hz and 4 kHz (the telephone band).
 */
export function agentHearsIn(panel: Frame): Promise<AgentHears> {
    return panel.evaluate(async () => {
        const element = document.querySelector<HTMLAudioElement>('audio[data-softphone-remote-audio]');
        const stream = element?.srcObject;
        if (!(stream instanceof MediaStream) || stream.getAudioTracks().length === 0) {
            return { peakHz: 0, peakDb: -Infinity };
        }
        const context = new AudioContext();
        try {
            await context.resume();
            const source = context.createMediaStreamSource(stream);
            const analyser = context.createAnalyser();
            analyser.fftSize = 8192;
            analyser.smoothingTimeConstant = 0;
            source.connect(analyser);
            await new Promise((resolve) => setTimeout(resolve, 400));
            const bins = new Float32Array(analyser.frequencyBinCount);
            analyser.getFloatFrequencyData(bins);
            const binHz = context.sampleRate / analyser.fftSize;
            let peak = -1;
            for (let bin = Math.ceil(100 / binHz); bin <= Math.floor(4000 / binHz); bin++) {
                if (peak < 0 || (bins[bin] ?? -Infinity) > (bins[peak] ?? -Infinity)) peak = bin;
            }
            const peakDb = bins[peak] ?? -Infinity;
            return { peakHz: Number.isFinite(peakDb) && peakDb > -100 ? peak * binHz : 0, peakDb };
        } finally {
            await context.close();
        }
    });
}
