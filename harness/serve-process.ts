import { spawn } from 'node:child_process';
import { exited } from './child-process';
import { ROOT } from './project-root';

/**
 * The `npm start` options that put the call center in sip mode against a PBX on this machine: its WebSocket URL
 * and SIP domain, and no ICE servers (host candidates on 127.0.0.1 are all a loopback call needs).
 */
export function sipModeArgs(pbxWebSocketUrl: string, sipDomain: string): string[] {
    return [
        '--setting',
        'telephonyMode=sip',
        '--setting',
        `pbxWebSocketUrl=${pbxWebSocketUrl}`,
        '--setting',
        `sipDomain=${sipDomain}`,
        '--setting',
        'iceServers=none'
    ];
}

/** A running `npm start` server. */
export interface ServeProcess {
    /** The URL it printed, e.g. `http://127.0.0.1:41234/`. */
    readonly url: string;
    /** Milliseconds from spawning the process to the printed URL. */
    readonly startMs: number;
    /** Everything the server printed so far. */
    output(): string;
    /** Types a line into the server's terminal (`--desk-phone` reads commands there). */
    type(line: string): void;
    /** Stops the server: SIGTERM, then SIGKILL if it has not exited within `ms`. */
    stop(ms?: number): Promise<void>;
}

const READY = /ready in [\d.]+ s: (http:\/\/127\.0\.0\.1:\d+\/)/;

/**
 * Starts `scripts/serve.ts` (what `npm start` runs) in a child process on a free loopback port and waits for
 * the URL it prints. `--no-build` keeps the test from rewriting generated files: it runs the committed
 * engine resource and compiled LWC, which CI checks are current.
 *
 * @param timeoutMs - how long to wait for the URL (a cold vendor cache takes about 10 s)
 * @param extraArgs - more `npm start` options, e.g. `['--setting', 'telephonyMode=sip']`
 */
export function startServe(timeoutMs: number, extraArgs: readonly string[] = []): Promise<ServeProcess> {
    const started = performance.now();
    const child = spawn(
        process.execPath,
        ['--import', 'tsx', 'scripts/serve.ts', '--port', '0', '--no-build', ...extraArgs],
        {
            cwd: ROOT,
            stdio: ['pipe', 'pipe', 'pipe']
        }
    );
    let output = '';
    const stop = async (ms = 5000): Promise<void> => {
        child.kill('SIGTERM');
        if (!(await exited(child, ms))) {
            child.kill('SIGKILL');
            await exited(child, ms);
        }
    };
    return new Promise((resolve, reject) => {
        let ready = false;
        const fail = (reason: string): void => {
            clearTimeout(timer);
            void stop().then(() => reject(new Error(`${reason}\n--- server output ---\n${output}`)));
        };
        const onExit = (code: number | null, signal: string | null): void =>
            fail(`the server exited (${signal ?? code}) before it was ready`);
        const timer = setTimeout(() => fail(`the server printed no URL within ${timeoutMs} ms`), timeoutMs);
        // Both streams are read to the end, so a chatty server never blocks on a full pipe.
        child.stderr?.on('data', (chunk: Buffer) => {
            output += chunk.toString();
        });
        child.stdout?.on('data', (chunk: Buffer) => {
            output += chunk.toString();
            const match = ready ? null : READY.exec(output);
            if (!match?.[1]) return;
            ready = true;
            clearTimeout(timer);
            child.off('exit', onExit);
            resolve({
                url: match[1],
                startMs: performance.now() - started,
                output: () => output,
                type: (line) => void child.stdin?.write(`${line}\n`),
                stop
            });
        });
        child.once('exit', onExit);
    });
}

/**
 * Waits until the server has printed a line matching `pattern` (e.g. the caller page's address, which follows
 * the ready line) and returns its first group.
 */
export async function waitForPrinted(server: ServeProcess, pattern: RegExp, ms = 10_000): Promise<string> {
    const deadline = Date.now() + ms;
    for (;;) {
        const match = pattern.exec(server.output());
        if (match?.[1]) return match[1];
        if (Date.now() > deadline) throw new Error(`npm start printed no ${pattern}:\n${server.output()}`);
        await new Promise((resolve) => setTimeout(resolve, 100));
    }
}
