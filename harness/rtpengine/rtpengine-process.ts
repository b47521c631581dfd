import { execFile, spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { createSocket } from 'node:dgram';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { exited } from '../child-process';
import { freePort, freeUdpPort } from '../loopback-port';

/** Debian's rtpengine (`apt-get install rtpengine-daemon rtpengine-utils`), run in userspace only. */
export const RTPENGINE = '/usr/bin/rtpengine';
export const RTPENGINE_CTL = '/usr/bin/rtpengine-ctl';

/** How many media ports an rtpengine of the tests may use: a call takes four (two legs, RTP and RTCP). */
const MEDIA_PORTS = 100;

/** An rtpengine the tests started, in the foreground, on loopback ports. */
export interface RtpengineProcess {
    /** Its ng control socket, as Kamailio's `rtpengine_sock` takes it: `udp:127.0.0.1:<port>`. */
    readonly controlSocket: string;
    /** The ports its media may use, inclusive. */
    readonly mediaPorts: { readonly min: number; readonly max: number };
    /** `rtpengine-ctl list sessions all`: the call ids it bridges now. */
    sessions(): Promise<string>;
    /**
     * The codec of each leg of each call it bridges now, e.g. `['PCMU/8000', 'PCMU/8000']` for one call whose
     * two legs speak the same codec: nothing is transcoded.
     */
    legCodecs(): Promise<string[]>;
    /** SIGTERM, then SIGKILL if it has not exited within `ms` (it takes about 1.4 s); removes its folder. */
    stop(ms?: number): Promise<void>;
    /** What it printed, for a failing test's message. */
    output(): string;
}

/**
 * A block of `count` UDP ports that are free now, starting at a random even port above the ephemeral range's
 * usual floor of other services, so rtpengines of several developers on one machine rarely collide (rtpengine
 * skips a port that is taken).
 */
async function freeUdpPortBlock(count: number): Promise<{ min: number; max: number }> {
    for (let attempt = 0; attempt < 20; attempt++) {
        const min = 20_000 + 2 * Math.floor(Math.random() * ((29_000 - count) / 2));
        if (await udpPortsFree(min, min + count - 1)) return { min, max: min + count - 1 };
    }
    throw new Error(`no block of ${count} free UDP ports between 20000 and 49000`);
}

async function udpPortsFree(min: number, max: number): Promise<boolean> {
    for (let port = min; port <= max; port += 10) {
        const free = await new Promise<boolean>((resolve) => {
            const socket = createSocket('udp4');
            socket.once('error', () => resolve(false));
            socket.bind(port, '127.0.0.1', () => socket.close(() => resolve(true)));
        });
        if (!free) return false;
    }
    return true;
}

function rtpengineCtl(cliPort: number, args: readonly string[]): Promise<string> {
    return new Promise((resolve, reject) => {
        execFile(
            RTPENGINE_CTL,
            ['-ip', '127.0.0.1', '-port', String(cliPort), ...args],
            { timeout: 5000 },
            (error, stdout) => (error ? reject(error) : resolve(stdout))
        );
    });
}

/**
 * Starts rtpengine in userspace (`--table=-1`, no kernel module, no capabilities) in the foreground on
 * 127.0.0.1, with its control socket and media ports on free loopback ports, and waits until it answers its
 * command-line interface. `--config-file=none`: Debian's /etc/rtpengine/rtpengine.conf asks for the kernel
 * module.
 */
export async function startRtpengine(readyMs = 10_000): Promise<RtpengineProcess> {
    const [controlPort, cliPort, mediaPorts] = await Promise.all([
        freeUdpPort(),
        freePort(),
        freeUdpPortBlock(MEDIA_PORTS)
    ]);
    const runtimeDir = mkdtempSync(path.join(tmpdir(), 'softphone-rtpengine-'));
    let output = '';
    const child: ChildProcess = spawn(
        RTPENGINE,
        [
            '--config-file=none',
            '--table=-1',
            '--interface=127.0.0.1',
            `--listen-ng=127.0.0.1:${controlPort}`,
            `--listen-cli=127.0.0.1:${cliPort}`,
            `--port-min=${mediaPorts.min}`,
            `--port-max=${mediaPorts.max}`,
            `--pidfile=${path.join(runtimeDir, 'rtpengine.pid')}`,
            '--foreground',
            '--log-stderr',
            '--log-level=5',
            '--delete-delay=0'
        ],
        { stdio: ['ignore', 'pipe', 'pipe'] }
    );
    child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    // A test runner that exits without stopping it (a crash, Ctrl+C) leaves nothing behind.
    const kill = (): void => {
        child.kill('SIGKILL');
        rmSync(runtimeDir, { recursive: true, force: true });
    };
    process.once('exit', kill);

    const stop = async (ms = 5000): Promise<void> => {
        process.off('exit', kill);
        if (child.exitCode === null && child.signalCode === null) {
            child.kill('SIGTERM');
            if (!(await exited(child, ms))) {
                child.kill('SIGKILL');
                await exited(child, ms);
            }
        }
        rmSync(runtimeDir, { recursive: true, force: true });
    };

    const deadline = Date.now() + readyMs;
    for (;;) {
        const ready = await rtpengineCtl(cliPort, ['list', 'numsessions']).then(
            () => true,
            () => false
        );
        if (ready) break;
        if (child.exitCode !== null || Date.now() > deadline) {
            await stop(1000);
            throw new Error(`rtpengine did not start on 127.0.0.1:${controlPort}\n--- output ---\n${output}`);
        }
        await new Promise((resolve) => setTimeout(resolve, 50));
    }

    return {
        controlSocket: `udp:127.0.0.1:${controlPort}`,
        mediaPorts,
        sessions: () => rtpengineCtl(cliPort, ['list', 'sessions', 'all']),
        async legCodecs() {
            const list = await rtpengineCtl(cliPort, ['list', 'sessions', 'all']);
            const codecs: string[] = [];
            for (const [, callId] of list.matchAll(/callid:\s*(\S+)/g)) {
                const details = await rtpengineCtl(cliPort, ['list', 'sessions', callId ?? '']);
                for (const [, codec] of details.matchAll(/Media #\d+ \(audio over [^)]*\) using (\S+)/g)) {
                    codecs.push(codec ?? '');
                }
            }
            return codecs;
        },
        stop,
        output: () => output
    };
}
