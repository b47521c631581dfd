import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Figure } from './figure';

/** What `npm run bench` writes to `bench/results/latest.json`. */
export interface BenchResults {
    readonly at: string;
    readonly machine: string;
    readonly started?: { readonly at: string; readonly load: string };
    readonly endLoad?: string;
    readonly results: Readonly<Record<string, readonly Figure[]>>;
}

function number(value: number): string {
    return value >= 100 ? value.toFixed(0) : value >= 10 ? value.toFixed(1) : value.toFixed(2);
}

function measured(figure: Figure): string {
    if (figure.summary) {
        const { median, p95, runs } = figure.summary;
        return `median ${number(median)} / p95 ${number(p95)} ${figure.unit} (${runs} runs)`;
    }
    const value = figure.value ?? NaN;
    return Number.isNaN(value) ? 'none' : `${number(value)} ${figure.unit}`.trim();
}

function cell(text: string): string {
    return text.replace(/\|/g, '\\|').replace(/\s+/g, ' ').trim();
}

/**
 * The figures of one bench run as a Markdown table (bench, figure, measured, baseline, target, met), with a line
 * naming the machine, the time and the load average: what docs/performance.md shows, word for word.
 */
export function figuresTable(run: BenchResults): string {
    const load =
        run.started === undefined
            ? ''
            : `; load average (1, 5, 15 min) ${run.started.load} at the start, ${run.endLoad ?? '?'} at the end`;
    const lines = [
        `\`npm run bench\`, ${run.started?.at ?? '?'} to ${run.at} on ${run.machine}${load}.`,
        '',
        '| bench | figure | measured | baseline (same run) | target | met | note |',
        '| --- | --- | --- | --- | --- | --- | --- |'
    ];
    for (const [bench, figures] of Object.entries(run.results)) {
        for (const figure of figures) {
            const baseline = figure.baseline
                ? `${figure.baseline.name}: median ${number(figure.baseline.summary.median)} / p95 ${number(figure.baseline.summary.p95)} ${figure.unit}`
                : '';
            lines.push(
                `| ${[
                    bench,
                    figure.name,
                    measured(figure),
                    baseline,
                    figure.target,
                    figure.target === 'report' ? '' : figure.pass ? 'met' : 'missed',
                    figure.note ?? ''
                ]
                    .map(cell)
                    .join(' | ')} |`
            );
        }
    }
    return lines.join('\n');
}

/** `npx tsx bench/figures-table.ts [latest.json]`: prints the table of the last run (or of the file named). */
if (require.main === module) {
    const file = process.argv[2] ?? path.join(__dirname, 'results', 'latest.json');
    console.log(figuresTable(JSON.parse(readFileSync(file, 'utf8')) as BenchResults));
}
