import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { deskPhoneBench } from './benches/desk-phone';
import { logDrainBench } from './benches/log-drain';
import { outboundSetupBench } from './benches/outbound-setup';
import { reconnectBench } from './benches/reconnect';
import { ringLatencyBench } from './benches/ring-latency';
import { roundTripsBench } from './benches/round-trips';
import { sizeBench } from './benches/size';
import { soakBench } from './benches/soak';
import { startUpBench } from './benches/start-up';
import { uiFormatBench } from './benches/ui-format';
import type { Bench, Figure } from './figure';

const ROOT = path.resolve(__dirname, '..');

function format(value: number): string {
    return value >= 100 ? value.toFixed(0) : value >= 10 ? value.toFixed(1) : value.toFixed(2);
}

function line(figure: Figure): string {
    const mark = figure.pass ? 'ok  ' : 'MISS';
    const measured = figure.summary
        ? `min ${format(figure.summary.min)} / median ${format(figure.summary.median)} / p95 ${format(figure.summary.p95)} ${figure.unit} (${figure.summary.runs} runs)`
        : Number.isNaN(figure.value ?? NaN)
          ? 'none'
          : `${format(figure.value ?? NaN)} ${figure.unit}`;
    const baseline =
        figure.baseline && figure.summary
            ? `; baseline ${figure.baseline.name}: p95 ${format(figure.baseline.summary.p95)} ${figure.unit}, ratio ${format(figure.summary.p95 / figure.baseline.summary.p95)}×`
            : '';
    const note = figure.note ? ` [${figure.note}]` : '';
    return `${mark} ${figure.name}: ${measured}${baseline}; target ${figure.target}${note}`;
}

/** `npm run bench [name…]`: runs the benchmarks, prints every figure, writes JSON, exits 1 on a missed target. */
async function main(): Promise<void> {
    const only = process.argv.slice(2);
    const benches: Bench[] = [
        sizeBench(ROOT),
        roundTripsBench,
        logDrainBench,
        reconnectBench,
        soakBench(ROOT),
        ringLatencyBench(ROOT),
        outboundSetupBench,
        deskPhoneBench,
        startUpBench,
        uiFormatBench(ROOT)
    ].filter((bench) => only.length === 0 || only.includes(bench.name));
    const results: Record<string, Figure[]> = {};
    // Figures depend on what else the machine runs: the load average (1, 5, 15 min) is kept with them.
    const loadAt = (): string =>
        os
            .loadavg()
            .map((load) => load.toFixed(2))
            .join(' ');
    const started = { at: new Date().toISOString(), load: loadAt() };
    console.log(`load average at the start: ${started.load} (${os.cpus().length} cores)`);
    let missed = 0;
    for (const bench of benches) {
        console.log(`== ${bench.name}`);
        let figures: Figure[];
        try {
            figures = await bench.run();
        } catch (error) {
            // A bench that cannot run is a missed target, reported, and the others still run.
            const message = error instanceof Error ? error.message : String(error);
            figures = [
                {
                    name: `${bench.name} could not run`,
                    unit: '',
                    value: NaN,
                    target: 'runs',
                    pass: false,
                    note: message.split('\n')[0] ?? message
                }
            ];
        }
        results[bench.name] = figures;
        for (const figure of figures) {
            console.log(`   ${line(figure)}`);
            if (!figure.pass) missed++;
        }
    }
    const machine = `${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, node ${process.version}`;
    const out = path.join(ROOT, 'bench', 'results');
    mkdirSync(out, { recursive: true });
    writeFileSync(
        path.join(out, 'latest.json'),
        JSON.stringify(
            { at: new Date().toISOString(), machine, started, endLoad: loadAt(), results },
            null,
            2
        ) + '\n'
    );
    console.log(`machine: ${machine}; load average at the end: ${loadAt()}`);
    console.log(missed === 0 ? 'bench: every target met' : `bench: ${missed} target(s) missed`);
    process.exitCode = missed === 0 ? 0 : 1;
}

void main();
