import { IDLE_PART, mainThreadTime, mainThreadTimes, RENDERING_PART } from './main-thread';
import type { CallFrame, TraceEvent } from './main-thread';

const PID = 7;
const MAIN = 1;

function at(name: string, ts: number, extra: Partial<TraceEvent> = {}): TraceEvent {
    return { name, ph: 'X', ts, pid: PID, tid: MAIN, ...extra };
}

function frame(functionName: string, url = '', lineNumber = 0): CallFrame {
    return { functionName, url, lineNumber, columnNumber: 0 };
}

/**
 * A main thread that runs a task from 1000 µs (INVITE marked at 1100), idles, lays out and paints from 4000 to
 * 5000, and marks the paint at 6000; one sample every 500 µs.
 */
function trace(): TraceEvent[] {
    const nodes = [
        { id: 1, callFrame: frame('(root)') },
        { id: 2, parent: 1, callFrame: frame('onMessage', 'https://x/resource/SoftphoneEngine.js', 3) },
        { id: 3, parent: 2, callFrame: frame('parse') },
        { id: 4, parent: 1, callFrame: frame('(idle)') },
        { id: 5, parent: 1, callFrame: frame('(program)') },
        { id: 6, parent: 1, callFrame: frame('render', 'https://x/lwc/app.js') }
    ];
    // Samples at 500, 1000, ..., 6500.
    const samples = [5, 2, 3, 6, 4, 4, 4, 5, 5, 5, 5, 4, 4];
    return [
        at('RunTask', 1000, { dur: 1800 }),
        at('bench:invite-received', 1100, { ph: 'R' }),
        at('Layout', 4000, { dur: 1000 }),
        at('bench:painted', 6000, { ph: 'R' }),
        at('Profile', 0, { ph: 'P', id: '0x1', args: { data: { startTime: 0 } } }),
        // Another process's profile with the same id is not this thread's.
        {
            ...at('ProfileChunk', 0, { ph: 'P', id: '0x1' }),
            pid: 99,
            args: { data: { cpuProfile: { nodes, samples: [6] }, timeDeltas: [100] } }
        },
        at('ProfileChunk', 0, {
            ph: 'P',
            id: '0x1',
            args: { data: { cpuProfile: { nodes, samples }, timeDeltas: samples.map(() => 500) } }
        })
    ];
}

describe('mainThreadTime', () => {
    it('splits the time from the marked task to the paint by script, built-ins counting for their caller', () => {
        const scriptPart = (callFrame: CallFrame): string =>
            callFrame.url.endsWith('SoftphoneEngine.js') ? 'engine' : 'LWC';
        const time = mainThreadTime(trace(), 'bench:invite-received', 'bench:painted', scriptPart);
        expect(time.windowMs).toBe(5);
        expect(Object.fromEntries(time.parts.map(({ part, ms }) => [part, ms]))).toEqual({
            engine: 1, // onMessage and the parse it called, 1000–2000
            LWC: 0.5, // 2000–2500
            [IDLE_PART]: 1.5, // 2500–4000
            [RENDERING_PART]: 1, // 4000–5000 (the samples say "(program)", the trace says layout)
            'browser (tasks, messages, parsing)': 1 // 5000–6000
        });
    });

    it('says which mark is missing', () => {
        expect(() => mainThreadTime(trace(), 'bench:invite-received', 'nothing', () => '')).toThrow(
            'the trace has no nothing mark'
        );
    });

    it('splits each ring of a trace of several, and sums the CPU time of the tasks each began', () => {
        const scriptPart = (): string => 'script';
        // The same ring twice, the second 10 000 µs later; the task's thread time is 1200 µs of its 1800.
        const ring = trace().map((event) => (event.name === 'RunTask' ? { ...event, tdur: 1200 } : event));
        const later = ring
            .filter((event) => event.name === 'RunTask' || event.name.startsWith('bench:'))
            .map((event) => ({ ...event, ts: event.ts + 10_000 }));
        const profiled = ring.map((event) => {
            if (event.name !== 'ProfileChunk' || event.pid !== PID) return event;
            const data = event.args?.data as { cpuProfile: { samples: number[] }; timeDeltas: number[] };
            // Samples go on through the second ring: twenty more, all "(program)".
            const samples = [...data.cpuProfile.samples, ...Array<number>(20).fill(5)];
            return {
                ...event,
                args: {
                    data: {
                        ...data,
                        cpuProfile: { ...data.cpuProfile, samples },
                        timeDeltas: samples.map(() => 500)
                    }
                }
            };
        });
        const times = mainThreadTimes(
            [...profiled, ...later],
            'bench:invite-received',
            'bench:painted',
            scriptPart
        );
        expect(times.map((time) => time.windowMs)).toEqual([5, 5]);
        expect(times.map((time) => time.cpuMs)).toEqual([1.2, 1.2]);
        expect(times[0]?.parts.find(({ part }) => part === 'script')?.ms).toBe(1.5);
        expect(times[1]?.parts).toEqual([{ part: 'browser (tasks, messages, parsing)', ms: 5 }]);
    });
});
