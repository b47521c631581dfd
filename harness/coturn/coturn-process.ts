import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { exited } from '../child-process';
import { acceptsConnections, freePort } from '../loopback-port';

/** Debian's coturn (`apt-get install coturn`; the package does not start it). */
export const TURNSERVER = '/usr/bin/turnserver';

/** A coturn the harness started in the foreground on 127.0.0.1. */
export interface CoturnProcess {
    readonly port: number;
    /** `turn:127.0.0.1:<port>?transport=udp`: what ICE Servers is set to. */
    readonly url: string;
    /** Starts it again on the same port with another shared secret (a secret rotated on the server only). */
    restart(secret: string): Promise<void>;
    /** SIGTERM, then SIGKILL if it has not exited within `ms`. */
    stop(ms?: number): Promise<void>;
    /** What it printed, for a failing test's message. */
    output(): string;
}

/**
 * Starts coturn as a TURN server for the TURN REST API (`use-auth-secret` with `static-auth-secret`: a client's
 * password must be the base64 HMAC-SHA1 of its user name `<expiry>:<user>` keyed with `secret`), listening and
 * relaying on 127.0.0.1 only, relaying to loopback peers (the test phones), without TLS, DTLS or its CLI, and
 * waits until it accepts connections (it listens on TCP and UDP on the same port).
 */
export async function startCoturn(secret: string, readyMs = 10_000): Promise<CoturnProcess> {
    const port = await freePort();
    let output = '';
    let child: ChildProcess | undefined;
    const stopOnExit = (): void => {
        child?.kill('SIGKILL');
    };

    const launch = async (currentSecret: string): Promise<void> => {
        const started = spawn(
            TURNSERVER,
            [
                '-n',
                '--listening-ip=127.0.0.1',
                '--relay-ip=127.0.0.1',
                `--listening-port=${port}`,
                '--use-auth-secret',
                `--static-auth-secret=${currentSecret}`,
                '--realm=softphone.test',
                '--allow-loopback-peers',
                '--no-tls',
                '--no-dtls',
                '--no-cli',
                '--no-multicast-peers',
                '--fingerprint',
                '--log-file=stdout',
                '--simple-log'
            ],
            { stdio: ['ignore', 'pipe', 'pipe'] }
        );
        child = started;
        started.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
        started.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
        const deadline = Date.now() + readyMs;
        while (!(await acceptsConnections(port))) {
            if (started.exitCode !== null || Date.now() > deadline) {
                started.kill('SIGKILL');
                throw new Error(`coturn did not start on 127.0.0.1:${port}\n--- output ---\n${output}`);
            }
            await new Promise((resolve) => setTimeout(resolve, 50));
        }
    };

    const stop = async (ms = 5000): Promise<void> => {
        const current = child;
        if (!current || current.exitCode !== null || current.signalCode !== null) return;
        current.kill('SIGTERM');
        if (!(await exited(current, ms))) {
            current.kill('SIGKILL');
            await exited(current, ms);
        }
    };

    process.once('exit', stopOnExit);
    await launch(secret);
    return {
        port,
        url: `turn:127.0.0.1:${port}?transport=udp`,
        async restart(nextSecret) {
            await stop();
            await launch(nextSecret);
        },
        async stop(ms) {
            process.off('exit', stopOnExit);
            await stop(ms);
        },
        output: () => output
    };
}
