/**
 * Where a page's main-thread time goes between two `performance.mark`s, from a Chromium performance trace
 * (the JSON `browser.startTracing` records): the V8 CPU profile's samples, each given to the code at the top
 * of its stack (a built-in such as `JSON.parse` counts for the script that called it), and to style, layout
 * and paint when it falls in one of those trace events.
 */

/** The categories to trace for {@link mainThreadTime}. */
export const TRACE_CATEGORIES = [
    'devtools.timeline',
    'disabled-by-default-devtools.timeline',
    'blink.user_timing',
    'disabled-by-default-v8.cpu_profiler',
    'disabled-by-default-v8.cpu_profiler.hires',
    'toplevel'
];

/** The main thread's rendering steps after script: style, layout, paint and handing the frame over. */
const RENDERING = new Set([
    'UpdateLayoutTree',
    'RecalculateStyles',
    'Layout',
    'PrePaint',
    'Paint',
    'PaintImage',
    'Layerize',
    'Commit',
    'UpdateLayer',
    'UpdateLayerTree',
    'CompositeLayers',
    'HitTest'
]);

export const RENDERING_PART = 'style, layout, paint';
export const IDLE_PART = 'idle (waiting for the frame, the network)';

export interface TraceEvent {
    readonly name: string;
    readonly cat?: string;
    readonly ph: string;
    readonly ts: number;
    readonly dur?: number;
    /** The thread's CPU time during the event (complete events). */
    readonly tdur?: number;
    readonly pid: number;
    readonly tid: number;
    readonly id?: string;
    readonly args?: { readonly data?: unknown };
}

export interface CallFrame {
    readonly functionName: string;
    readonly url: string;
    /** 0-based, where the function is defined. */
    readonly lineNumber: number;
    readonly columnNumber: number;
}

interface ProfileNode {
    readonly id: number;
    readonly parent?: number;
    readonly callFrame: CallFrame;
}

interface ChunkData {
    readonly cpuProfile?: { readonly nodes?: ProfileNode[]; readonly samples?: number[] };
    readonly timeDeltas?: number[];
}

/** Names the part a script's function belongs to (by its URL and position), e.g. "engine" or "LWC render". */
export type ScriptPart = (frame: CallFrame) => string;

export interface MainThreadTime {
    /** From the start of the task in which `from` was marked to `to`, in milliseconds. */
    readonly windowMs: number;
    /** Milliseconds per part, largest first; idle time included. */
    readonly parts: readonly { readonly part: string; readonly ms: number }[];
    readonly samples: number;
    /**
     * The thread's CPU time in the tasks that began in the window (their `tdur`): unlike the window and its
     * parts, it leaves out the time the thread waited for a core, so it moves less with the machine's load.
     */
    readonly cpuMs: number;
}

function isEvent(value: unknown): value is TraceEvent {
    const event = value as Partial<TraceEvent> | null;
    return (
        typeof event === 'object' &&
        event !== null &&
        typeof event.name === 'string' &&
        typeof event.ph === 'string' &&
        typeof event.ts === 'number'
    );
}

/** The events of a trace file's text: `{ traceEvents: [...] }` or a bare array. */
export function traceEvents(json: string): TraceEvent[] {
    const parsed: unknown = JSON.parse(json);
    const list = Array.isArray(parsed) ? parsed : (parsed as { traceEvents?: unknown }).traceEvents;
    return Array.isArray(list) ? list.filter(isEvent) : [];
}

/**
 * Splits the main-thread time of the thread that marked `to` (its last mark), from the start of the task in which
 * the last `from` before it was marked, by part: `scriptPart` names scripts' parts; besides them are
 * {@link RENDERING_PART}, garbage collection, the browser's own work (`(program)`: messages, parsing, tasks)
 * and {@link IDLE_PART}.
 */
export function mainThreadTime(
    events: readonly TraceEvent[],
    from: string,
    to: string,
    scriptPart: ScriptPart
): MainThreadTime {
    const times = mainThreadTimes(events, from, to, scriptPart);
    const last = times[times.length - 1];
    if (!last) throw new Error(`the trace has no ${to} mark`);
    return last;
}

/**
 * {@link mainThreadTime} for every `to` mark of the thread that marked the last one, in order: each from the
 * task of the last `from` marked before it (and after the `to` before it); a `to` without such a `from` is
 * left out. One trace of several rings gives each ring's split.
 */
export function mainThreadTimes(
    events: readonly TraceEvent[],
    from: string,
    to: string,
    scriptPart: ScriptPart
): MainThreadTime[] {
    const last = events.filter((event) => event.name === to).sort((a, b) => b.ts - a.ts)[0];
    if (!last) throw new Error(`the trace has no ${to} mark`);
    const onThread = (event: TraceEvent): boolean => event.pid === last.pid && event.tid === last.tid;
    const ends = events.filter((event) => event.name === to && onThread(event)).sort((a, b) => a.ts - b.ts);
    const froms = events
        .filter((event) => event.name === from && onThread(event))
        .sort((a, b) => a.ts - b.ts);
    const windows: { begin: TraceEvent; end: TraceEvent }[] = [];
    ends.forEach((end, i) => {
        const after = i === 0 ? Number.NEGATIVE_INFINITY : (ends[i - 1]?.ts ?? 0);
        const begin = froms.filter((event) => event.ts <= end.ts && event.ts > after).pop();
        if (begin) windows.push({ begin, end });
    });
    if (windows.length === 0) throw new Error(`the trace has no ${from} mark before ${to}`);

    const tasks = events.filter((event) => event.name === 'RunTask' && onThread(event));
    const rendering = events
        .filter((event) => onThread(event) && RENDERING.has(event.name) && event.dur !== undefined)
        .map((event) => [event.ts, event.ts + (event.dur ?? 0)] as const);
    const inRendering = (t: number): boolean => rendering.some(([a, b]) => a <= t && t < b);

    const profile = events.find((event) => event.name === 'Profile' && onThread(event));
    if (!profile?.id) throw new Error('the trace has no CPU profile of that thread');
    const startTime = (profile.args?.data as { startTime?: number } | undefined)?.startTime ?? profile.ts;
    const nodes = new Map<number, ProfileNode>();
    const times: number[] = [];
    const leaves: number[] = [];
    let t = startTime;
    for (const chunk of events.filter(
        (event) => event.name === 'ProfileChunk' && event.id === profile.id && event.pid === last.pid
    )) {
        const data = (chunk.args?.data ?? {}) as ChunkData;
        for (const node of data.cpuProfile?.nodes ?? []) {
            // Traces leave out a frame's fields that are empty or 0.
            const frame: Partial<CallFrame> = node.callFrame;
            nodes.set(node.id, {
                ...node,
                callFrame: {
                    functionName: frame.functionName ?? '',
                    url: frame.url ?? '',
                    lineNumber: frame.lineNumber ?? 0,
                    columnNumber: frame.columnNumber ?? 0
                }
            });
        }
        const samples = data.cpuProfile?.samples ?? [];
        const deltas = data.timeDeltas ?? [];
        samples.forEach((sample, i) => {
            t += deltas[i] ?? 0;
            times.push(t);
            leaves.push(sample);
        });
    }

    const partOfNode = new Map<number, string>();
    const partOf = (id: number): string => {
        const known = partOfNode.get(id);
        if (known !== undefined) return known;
        const leaf = nodes.get(id);
        let part: string;
        if (!leaf) part = 'other';
        else if (leaf.callFrame.functionName === '(idle)') part = IDLE_PART;
        else if (leaf.callFrame.functionName === '(garbage collector)') part = 'garbage collection';
        else if (leaf.callFrame.functionName === '(program)' || leaf.callFrame.functionName === '(root)')
            part = 'browser (tasks, messages, parsing)';
        else {
            // A built-in (no URL) counts for the first caller with a script of its own.
            let node: ProfileNode | undefined = leaf;
            while (node && node.callFrame.url === '')
                node = node.parent === undefined ? undefined : nodes.get(node.parent);
            part = node ? scriptPart(node.callFrame) : 'other script';
        }
        partOfNode.set(id, part);
        return part;
    };

    return windows.map(({ begin, end }) => {
        const task = tasks.find((event) => event.ts <= begin.ts && event.ts + (event.dur ?? 0) >= begin.ts);
        const start = task?.ts ?? begin.ts;
        const stop = end.ts;
        const totals = new Map<string, number>();
        let samples = 0;
        for (let i = 0; i < times.length - 1; i++) {
            const a = Math.max(times[i] ?? 0, start);
            const b = Math.min(times[i + 1] ?? 0, stop);
            if (b <= a) continue;
            samples++;
            const part = inRendering(a) ? RENDERING_PART : partOf(leaves[i] ?? -1);
            totals.set(part, (totals.get(part) ?? 0) + (b - a) / 1000);
        }
        const covered = [...totals.values()].reduce((sum, ms) => sum + ms, 0);
        const windowMs = (stop - start) / 1000;
        // Time in the window the profile has no sample for (before its first) counts as not measured.
        if (windowMs - covered > 0.05) totals.set('not sampled', windowMs - covered);
        const cpuMs =
            tasks
                .filter((event) => event.ts >= start && event.ts <= stop)
                .reduce((sum, event) => sum + (event.tdur ?? 0), 0) / 1000;
        return {
            windowMs,
            parts: [...totals].map(([part, ms]) => ({ part, ms })).sort((a, b) => b.ms - a.ms),
            samples,
            cpuMs
        };
    });
}
