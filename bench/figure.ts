import type { Summary } from './stats';

/** One measured figure with its target, as printed and written to `bench/results/latest.json`. */
export interface Figure {
    readonly name: string;
    readonly unit: string;
    /** A timing's summary, or a single value for counts and sizes. */
    readonly summary?: Summary;
    readonly value?: number;
    /** The same work without the softphone, measured in the same run (machines here are noisy). */
    readonly baseline?: { readonly name: string; readonly summary: Summary };
    /** The target in words, e.g. "p95 ≤ 1.2× baseline and ≤ +30 ms". */
    readonly target: string;
    readonly pass: boolean;
    readonly note?: string;
}

/** A benchmark: measures and returns its figures. */
export interface Bench {
    readonly name: string;
    run(): Promise<Figure[]>;
}
