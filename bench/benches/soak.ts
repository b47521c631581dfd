import path from 'node:path';
import { build } from 'esbuild';
import { closeWithin, launchChromium } from '../../harness/chromium';
import type { Bench, Figure } from '../figure';

const ORIGIN = 'http://127.0.0.1:9';
const MAX_GROWTH_BYTES = 2 * 1024 * 1024;

interface SoakState {
    tasks: number;
    writes: number;
    pendingLogs: number;
    recentCalls: number;
    callOnScreen: boolean;
    pendingTimers: number;
    listenersAttached: number;
    peerConnections: number;
    listenerTypes: Record<string, number>;
}

/** 1000 demo calls in one page: JS heap after GC at 100 and 1000 calls, and nothing left behind. */
export function soakBench(root: string): Bench {
    return {
        name: 'soak',
        run: async (): Promise<Figure[]> => {
            const bundle = await build({
                absWorkingDir: root,
                entryPoints: [path.join(root, 'bench/page/soak-entry.ts')],
                tsconfig: path.join(root, 'tsconfig.json'),
                bundle: true,
                format: 'iife',
                platform: 'browser',
                write: false,
                logLevel: 'silent'
            });
            const script = bundle.outputFiles[0]?.text ?? '';
            const browser = await launchChromium();
            try {
                const page = await browser.newPage();
                // The page needs a real origin for the bridge's postMessage; it is served from memory, no socket.
                await page.route(`${ORIGIN}/**`, (route) =>
                    route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>soak</title>' })
                );
                await page.goto(`${ORIGIN}/soak`);
                await page.addScriptTag({ content: script });
                const cdp = await page.context().newCDPSession(page);
                const heapAfterGc = async (): Promise<number> => {
                    await cdp.send('HeapProfiler.collectGarbage');
                    await cdp.send('HeapProfiler.collectGarbage');
                    const usage = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
                    return usage.usedSize;
                };
                type SoakPage = {
                    soak: {
                        start(): Promise<void>;
                        calls(n: number): Promise<number>;
                        state(): SoakState;
                        stop(): Promise<SoakState>;
                    };
                };
                await page.evaluate(() => (window as unknown as SoakPage).soak.start());
                const started = performance.now();
                await page.evaluate(() => (window as unknown as SoakPage).soak.calls(100));
                const heap100 = await heapAfterGc();
                await page.evaluate(() => (window as unknown as SoakPage).soak.calls(900));
                const heap1000 = await heapAfterGc();
                const seconds = (performance.now() - started) / 1000;
                const during = await page.evaluate(() => (window as unknown as SoakPage).soak.state());
                const after = await page.evaluate(() => (window as unknown as SoakPage).soak.stop());
                const growth = heap1000 - heap100;
                const clean =
                    during.tasks === 1000 &&
                    during.writes === 1000 &&
                    during.pendingLogs === 0 &&
                    !during.callOnScreen &&
                    after.pendingTimers === 0 &&
                    after.listenersAttached === 0 &&
                    after.peerConnections === 0;
                return [
                    {
                        name: 'JS heap after GC at 100 calls',
                        unit: 'MB',
                        value: heap100 / 2 ** 20,
                        target: 'report',
                        pass: true
                    },
                    {
                        name: 'JS heap after GC at 1000 calls',
                        unit: 'MB',
                        value: heap1000 / 2 ** 20,
                        target: 'report',
                        pass: true
                    },
                    {
                        name: 'heap growth from 100 to 1000 calls',
                        unit: 'MB',
                        value: growth / 2 ** 20,
                        target: '< 2 MB',
                        pass: growth < MAX_GROWTH_BYTES,
                        note: `1000 calls in ${seconds.toFixed(1)} s`
                    },
                    {
                        name: 'left behind after 1000 calls and stop',
                        unit: 'items',
                        value: after.pendingTimers + after.listenersAttached + after.peerConnections,
                        target: 'no timer, listener or peer connection; 1000 Tasks, 0 pending',
                        pass: clean,
                        note: `tasks ${during.tasks}, writes ${during.writes}, pending ${during.pendingLogs}, timers ${after.pendingTimers}, listeners ${after.listenersAttached} ${JSON.stringify(after.listenerTypes)}, peer connections ${after.peerConnections}`
                    }
                ];
            } finally {
                await closeWithin(browser, 5000);
            }
        }
    };
}
