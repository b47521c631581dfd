import type { Clock, TimerHandle } from '../../time';
import { readQualitySample } from './call-quality';
import type { QualityCounters, QualitySample } from './call-quality';

/** How often a connected call's statistics are read. */
export const QUALITY_INTERVAL_MS = 5_000;

/** What the monitor reads: a peer connection's `getStats()` (any iterable of stats with `type`). */
export type StatsSource = () => Promise<Iterable<Record<string, unknown>>>;

/** What {@link QualityMonitor} is built from. */
export interface QualityMonitorOptions {
    readonly getStats: StatsSource;
    readonly clock: Clock;
    /** Receives each sample (one per interval with audio received). */
    readonly onSample: (sample: QualitySample) => void;
    /** Where a failed read is reported; the monitor goes on. */
    readonly onError?: (error: unknown) => void;
    readonly intervalMs?: number;
}

/**
 * Reads a call's `getStats()` every {@link QUALITY_INTERVAL_MS} while it runs and turns each report into a
 * {@link QualitySample} over the interval since the previous one. {@link QualityMonitor.stop} ends it for
 * good or until {@link QualityMonitor.start} again (a hold stops it; the counters are kept, so the first
 * reading after a resume covers the hold, when no audio was expected and none is counted as lost).
 * @internal
 */
export class QualityMonitor {
    #timer: TimerHandle | undefined;
    #counters: QualityCounters | undefined;
    /** Bumped by every start and stop: a reading that returns after either is dropped. */
    #generation = 0;

    readonly #options: QualityMonitorOptions;
    constructor(options: QualityMonitorOptions) {
        this.#options = options;
    }

    get running(): boolean {
        return this.#timer !== undefined;
    }

    start(): void {
        if (this.#timer !== undefined) return;
        this.#generation += 1;
        this.#schedule();
    }

    stop(): void {
        this.#generation += 1;
        if (this.#timer !== undefined) this.#options.clock.clearTimer(this.#timer);
        this.#timer = undefined;
    }

    #schedule(): void {
        const generation = this.#generation;
        this.#timer = this.#options.clock.setTimer(() => {
            void this.#read(generation);
        }, this.#options.intervalMs ?? QUALITY_INTERVAL_MS);
    }

    async #read(generation: number): Promise<void> {
        try {
            const report = await this.#options.getStats();
            if (generation !== this.#generation) return;
            const read = readQualitySample(report, this.#counters);
            if (read) {
                this.#counters = read.counters;
                this.#options.onSample(read.sample);
            }
        } catch (error) {
            if (generation === this.#generation) this.#options.onError?.(error);
        }
        if (generation === this.#generation) this.#schedule();
    }
}
