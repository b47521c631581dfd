import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { ENGINE_RESOURCE } from '../../scripts/build/index';
import { ROUTES } from '../../sim/site/routes';
import { summarize } from '../stats';
import type { Summary } from '../stats';
import type { Bench, Figure } from '../figure';
import { enginePartOf, loadEngineSources } from '../profile/engine-sources';
import type { EngineSources } from '../profile/engine-sources';
import { mainThreadTimes, TRACE_CATEGORIES, traceEvents } from '../profile/main-thread';
import type { CallFrame, MainThreadTime } from '../profile/main-thread';
import {
    AGENT,
    armNextMark,
    CPU_THROTTLING,
    marksOf,
    nextMark,
    RINGING_CARD,
    RINGING_LINE,
    throttleCpu,
    until,
    withSipRig
} from './sip-rig';
import type { BenchPhone, SipRig } from './sip-rig';

/** Calls of each kind per speed: to the bare phone, and to the softphone from a known and an unknown caller. */
export const RING_CALLS = 40;

/** One frame at 60 Hz: at normal speed the card may be at most this much later than the floor (p95). */
const FRAME_MS = 16.7;
/** With the CPU throttled: the card's p95 at most this much later than the floor's. */
const THROTTLED_MARGIN_MS = 50;

/** Traced rings of each caller per speed, after the measured ones: each part's median is printed. */
const TRACED_RINGS = 5;

/** How long a trace runs before the traced ring's INVITE is sent. */
const TRACE_SETTLE_MS = 1500;

/** The longest wait for a page to be idle before a ring. */
const IDLE_WAIT_MS = 3000;

const BARE_USER = '2001';
/** Calls from a number the seed org has a Contact for: a search that finds one record, and its screen pop. */
const MATCHED_CALLER = '+14155550123';
/** Calls from a number no record has: a search that finds nothing. */
const UNKNOWN_CALLER = '+14155550199';

interface Speed {
    readonly rate: number;
    readonly marginMs: number;
    readonly words: string;
}

const SPEEDS: readonly Speed[] = [
    { rate: 1, marginMs: FRAME_MS, words: 'normal speed' },
    { rate: CPU_THROTTLING, marginMs: THROTTLED_MARGIN_MS, words: `CPU throttled ${CPU_THROTTLING}×` }
];

/**
 * While iterating on the ring (not for figures that are reported): `BENCH_RING_CALLS` calls of each kind,
 * `BENCH_RING_RATES` the CPU throttling rates to run (`4`, or `1,4`), `BENCH_RING_TRACED` traced rings of each
 * caller, `BENCH_RING_TRACES` a folder that keeps the traced rings' Chromium traces for a closer look (DevTools' Performance panel opens them).
 */
function iteration(): {
    calls: number;
    speeds: readonly Speed[];
    tracedCount: number;
    traces: string | undefined;
} {
    const calls = Number(process.env.BENCH_RING_CALLS ?? RING_CALLS);
    const traced = Number(process.env.BENCH_RING_TRACED ?? TRACED_RINGS);
    const rates = (process.env.BENCH_RING_RATES ?? '').split(',').filter(Boolean).map(Number);
    return {
        calls: Number.isInteger(calls) && calls > 0 ? calls : RING_CALLS,
        speeds: rates.length === 0 ? SPEEDS : SPEEDS.filter((speed) => rates.includes(speed.rate)),
        tracedCount: Number.isInteger(traced) && traced > 0 ? traced : TRACED_RINGS,
        traces: process.env.BENCH_RING_TRACES || undefined
    };
}

/** Samples of one speed: INVITE out → painted, for the bare phone and the two callers; pop requested too. */
interface Samples {
    floor: number[];
    matched: number[];
    unknown: number[];
    matchedPop: number[];
    unknownPop: number[];
}

function part(samples: readonly number[]): string {
    const summary = summarize(samples);
    return `median ${summary.median.toFixed(1)} / p95 ${summary.p95.toFixed(1)} ms`;
}

/** The part of the panel's main thread a profiled function belongs to, by its script. */
function scriptPartOf(engine: EngineSources): (frame: CallFrame) => string {
    return (frame) => {
        if (frame.url.endsWith(ROUTES.engineResource)) {
            const file = engine.fileAt(frame.lineNumber, frame.columnNumber);
            const owner = file === undefined ? 'other' : enginePartOf(file);
            return owner === 'libphonenumber-js' ? 'phone numbers (libphonenumber-js)' : owner;
        }
        if (frame.url.endsWith(ROUTES.uiResource)) return 'LWC render (script)';
        if (frame.url.includes('/sim/')) return 'simulated console (Open CTI, records)';
        return 'other script';
    };
}

/**
 * Ring latency, one run: the INVITE leaving the caller's WebSocket → the ringing card painted in the softphone's
 * panel, for a caller that matches a record (search and screen pop) and one that does not; the floor is the same
 * INVITE to a bare SIP.js page that paints one line in `onInvite`. Every mark is taken in the page it is about
 * (WebSocket send, MutationObserver then the frame), on one clock. All of it at normal speed, then with the
 * console's and the bare page's CPU throttled; at each speed one more ring is traced, and where its main-thread
 * time went is printed.
 */
export function ringLatencyBench(root: string): Bench {
    return {
        name: 'ring-latency',
        run: async () => {
            const committed = readFileSync(path.join(root, ENGINE_RESOURCE), 'utf8');
            const engine = await loadEngineSources(root, committed);
            const { calls, speeds, tracedCount, traces } = iteration();
            return withSipRig(async (rig): Promise<Figure[]> => {
                const context = await rig.newContext();
                const agentPage = await context.newPage();
                const agent = await rig.signIn(agentPage);
                // The callers and the bare phone each in a window of its own, as phones elsewhere are: a tab
                // behind the console would share its window, and the bare phone's frames would be throttled there.
                const matchedCaller = await rig.openPhone(await rig.newContext(), MATCHED_CALLER);
                const unknownCaller = await rig.openPhone(await rig.newContext(), UNKNOWN_CALLER);
                const bare = await rig.openPhone(await rig.newContext(), BARE_USER);
                await agentPage.bringToFront();
                // The agent works in the console while calls come in: the pointer rests on the workspace, not
                // where the sign-in button was, under which the ringing card would appear (hovering animates).
                await agentPage.mouse.move(5, 5);
                const ring = ringer(agentPage, agent.panel, bare.page);

                const figures: Figure[] = [];
                for (const speed of speeds) {
                    const unthrottle = await Promise.all(
                        speed.rate === 1
                            ? []
                            : [agentPage, bare.page].map((page) => throttleCpu(page, speed.rate))
                    );
                    try {
                        const samples: Samples = {
                            floor: [],
                            matched: [],
                            unknown: [],
                            matchedPop: [],
                            unknownPop: []
                        };
                        for (let call = 0; call < calls; call++) {
                            samples.floor.push((await ring.bare(matchedCaller)).painted);
                            const matched = await ring.softphone(matchedCaller);
                            samples.matched.push(matched.painted);
                            samples.matchedPop.push(matched.popped);
                            const unknown = await ring.softphone(unknownCaller);
                            samples.unknown.push(unknown.painted);
                            samples.unknownPop.push(unknown.popped);
                        }
                        figures.push(...ringFigures(speed, samples, calls));
                        figures.push(
                            ...(await tracedRings(
                                rig,
                                agentPage,
                                [
                                    { who: 'matching caller', ring: () => ring.softphone(matchedCaller) },
                                    { who: 'unknown caller', ring: () => ring.softphone(unknownCaller) }
                                ],
                                { speed, engine, rings: tracedCount, keepIn: traces }
                            ))
                        );
                    } finally {
                        for (const stop of unthrottle) await stop();
                    }
                }
                return figures;
            });
        }
    };
}

/**
 * Waits until the page's main thread has been idle twice: the last call's logging, recent calls and screen pop
 * are done, as they are long before the next call rings in a contact centre.
 */
async function idle(page: Page): Promise<void> {
    await page.evaluate(`new Promise((resolve) => {
        const again = (left) => requestIdleCallback(() => (left > 1 ? again(left - 1) : resolve()), { timeout: ${IDLE_WAIT_MS} });
        again(2);
    })`);
}

/** Rings the bare phone or the softphone once and waits until the call is over. */
function ringer(agentPage: Page, panel: Parameters<typeof nextMark>[0], barePage: Page) {
    const incoming = panel.locator(RINGING_CARD);
    const sentAt = async (caller: BenchPhone, callId: string): Promise<number> =>
        until('the INVITE leaving the caller', async () => {
            const marks = await marksOf(caller.page);
            return marks.sent.find((mark) => mark.callId === callId)?.t;
        });
    const ended = async (caller: BenchPhone, callId: string): Promise<void> => {
        await caller.hangUp();
        await until('the caller done', async () =>
            (await caller.events()).some((event) => event.type === 'terminated' && event.callId === callId)
                ? true
                : undefined
        );
    };
    return {
        /** INVITE out → the bare SIP.js page's line painted. */
        async bare(caller: BenchPhone): Promise<{ painted: number }> {
            const line = await armNextMark(barePage, { card: RINGING_LINE });
            await idle(barePage);
            const callId = await caller.call(BARE_USER);
            const sent = await sentAt(caller, callId);
            const shown = await line.shown;
            await ended(caller, callId);
            return { painted: shown.t - sent };
        },
        /** INVITE out → the ringing card painted, and → the screen pop (search) requested. */
        async softphone(caller: BenchPhone): Promise<{ painted: number; popped: number; method: string }> {
            // Armed before the call: no DevTools message reaches the page between the INVITE and the paint.
            const [cardShown, popped] = await Promise.all([
                armNextMark(panel, { card: RINGING_CARD }),
                armNextMark(agentPage, 'pop')
            ]);
            await idle(agentPage);
            const callId = await caller.call(AGENT.user);
            const sent = await sentAt(caller, callId);
            const [card, pop] = await Promise.all([cardShown.shown, popped.shown]);
            await ended(caller, callId);
            await incoming.waitFor({ state: 'hidden' });
            return { painted: card.t - sent, popped: pop.t - sent, method: pop.method ?? '' };
        }
    };
}

function ringFigures(speed: Speed, samples: Samples, calls: number): Figure[] {
    const floor = summarize(samples.floor);
    const card = (who: string, painted: number[], popped: number[]): Figure => {
        const measured: Summary = summarize(painted);
        return {
            name: `ring, ${speed.words}: INVITE out → ringing card painted, caller ${who}`,
            unit: 'ms',
            summary: measured,
            baseline: { name: 'floor', summary: floor },
            target: `p95 ≤ floor p95 + ${speed.marginMs} ms (${(floor.p95 + speed.marginMs).toFixed(1)} ms)`,
            pass: measured.p95 <= floor.p95 + speed.marginMs,
            note: `p95 floor + ${(measured.p95 - floor.p95).toFixed(1)} ms; screen pop requested ${part(popped)}`
        };
    };
    return [
        {
            name: `ring floor, ${speed.words}: INVITE out → a bare SIP.js page paints one line in onInvite`,
            unit: 'ms',
            summary: floor,
            target: 'report',
            pass: true,
            note: `${calls} calls of each kind, interleaved, the same Kamailio`
        },
        card('matching a Contact (screen pop)', samples.matched, samples.matchedPop),
        card('matching no record', samples.unknown, samples.unknownPop)
    ];
}

/** A traced ring of one kind: who calls, and the ring. */
interface TracedCaller {
    readonly who: string;
    readonly ring: () => Promise<{ painted: number }>;
}

/** The median of each part over `times` (a part missing from a ring counts 0 there), largest first. */
function medianParts(times: readonly MainThreadTime[]): { part: string; ms: number }[] {
    const names = new Set(times.flatMap((time) => time.parts.map(({ part }) => part)));
    return [...names]
        .map((part) => ({
            part,
            ms: summarize(times.map((time) => time.parts.find((one) => one.part === part)?.ms ?? 0)).median
        }))
        .sort((a, b) => b.ms - a.ms);
}

/**
 * `rings` more rings of each caller, alternating, in one trace: where the console page's main-thread time went
 * from the INVITE to the card painted, each part's median over the rings of one caller (one ring alone is too
 * noisy to compare: CPU throttling pauses the thread wherever it happens to be).
 */
async function tracedRings(
    rig: SipRig,
    agentPage: Page,
    callers: readonly TracedCaller[],
    traced: { speed: Speed; engine: EngineSources; rings: number; keepIn: string | undefined }
): Promise<Figure[]> {
    const { speed, engine, rings, keepIn } = traced;
    await rig.browser.startTracing(agentPage, { categories: TRACE_CATEGORIES });
    // Starting the profiler busies the main thread for a while (every script's code is logged): not the ring's.
    await new Promise((resolve) => setTimeout(resolve, TRACE_SETTLE_MS));
    const painted: number[] = [];
    let trace: Buffer;
    try {
        for (let round = 0; round < rings; round++)
            for (const caller of callers) painted.push((await caller.ring()).painted);
    } finally {
        trace = await rig.browser.stopTracing();
    }
    if (keepIn !== undefined) {
        mkdirSync(keepIn, { recursive: true });
        writeFileSync(path.join(keepIn, `rings-${speed.rate}x.json`), trace);
    }
    const times = mainThreadTimes(
        traceEvents(trace.toString('utf8')),
        'bench:invite-received',
        'bench:painted',
        scriptPartOf(engine)
    );
    if (times.length !== painted.length)
        throw new Error(`the trace has ${times.length} rings painted, not ${painted.length}`);
    return callers.map(({ who }, index) => {
        const mine = times.filter((_, ring) => ring % callers.length === index);
        const parts = medianParts(mine);
        const busy = parts
            .filter(({ part }) => !part.startsWith('idle'))
            .reduce((sum, { ms }) => sum + ms, 0);
        const window = summarize(mine.map((time) => time.windowMs));
        const cpu = summarize(mine.map((time) => time.cpuMs));
        const shown = summarize(painted.filter((_, ring) => ring % callers.length === index));
        return {
            name: `ring, ${speed.words}, traced (${who}): the console's main thread from the INVITE's task to the card painted`,
            unit: 'ms',
            summary: window,
            target: 'report',
            pass: true,
            note: `main thread's CPU time in the window: median ${cpu.median.toFixed(1)} / p95 ${cpu.p95.toFixed(1)} ms; median of each part over ${mine.length} rings: ${parts
                .map(({ part, ms }) => `${part} ${ms.toFixed(1)}`)
                .join(
                    ', '
                )} ms; busy ${busy.toFixed(1)} ms; these rings INVITE out → painted ${shown.median.toFixed(
                1
            )} median`
        };
    });
}
