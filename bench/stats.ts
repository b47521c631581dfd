/** Summary of repeated measurements. */
export interface Summary {
    readonly runs: number;
    readonly min: number;
    readonly median: number;
    readonly p95: number;
}

/** The value below which `fraction` of the sorted samples fall (nearest rank). */
function percentile(sorted: readonly number[], fraction: number): number {
    const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil(fraction * sorted.length) - 1));
    return sorted[rank] ?? NaN;
}

/** min / median / p95 of the samples. */
export function summarize(samples: readonly number[]): Summary {
    const sorted = [...samples].sort((a, b) => a - b);
    return {
        runs: sorted.length,
        min: sorted[0] ?? NaN,
        median: percentile(sorted, 0.5),
        p95: percentile(sorted, 0.95)
    };
}
