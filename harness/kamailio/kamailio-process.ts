import { execFile, spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { exited } from '../child-process';
import { acceptsConnections, freePort, freeUdpPort } from '../loopback-port';

/** Debian's Kamailio (`apt-get install kamailio kamailio-websocket-modules`). */
export const KAMAILIO = '/usr/sbin/kamailio';
export const KAMCMD = '/usr/sbin/kamcmd';
/** The project's registrar and proxy config for WebSocket clients on the loopback interface. */
export const KAMAILIO_CONFIG = path.join(__dirname, 'kamailio.cfg');

/** Optional parts of the config (see the defines at the top of kamailio.cfg). */
export interface KamailioOptions {
    /**
     * Plain SIP phones on UDP, with their media bridged to the browsers by the rtpengine whose ng control
     * socket this is (`udp:127.0.0.1:<port>`, from `startRtpengine`).
     */
    readonly mediaBridge?: { readonly controlSocket: string };
    /**
     * Digest authentication: REGISTER challenged with 401, new INVITEs with 407; every user of the domain has
     * this password.
     */
    readonly auth?: { readonly password: string };
    /**
     * The SIP domains it serves (WITH_DOMAINS): registrations are kept per `user@domain`, and a REGISTER for
     * any other domain is refused with 403.
     */
    readonly domains?: readonly string[];
}

/** A Kamailio the harness started, in the foreground, on a loopback port. */
export interface KamailioProcess {
    readonly port: number;
    /** `ws://127.0.0.1:<port>`: what the softphone's PBX WebSocket URL is set to. */
    readonly url: string;
    /** With a media bridge: the UDP port on 127.0.0.1 plain SIP phones register and call through. */
    readonly udpPort: number | undefined;
    /** How many REGISTERs for `user` reached it (with {@link KamailioOptions.auth}, which logs each). */
    registerCount(user: string): number;
    /**
     * Users with a registered contact, from the location table (`kamcmd ul.dump`); with
     * {@link KamailioOptions.domains} each is `user@domain`.
     */
    registeredUsers(): Promise<string[]>;
    /** Kills every Kamailio process at once (SIGKILL), as a crash would: sockets close without goodbye. */
    crash(): Promise<void>;
    /** Starts it again on the same port (after {@link KamailioProcess.crash}). */
    restart(): Promise<void>;
    /** SIGTERM, then SIGKILL if it has not exited within `ms`; removes its runtime directory. */
    stop(ms?: number): Promise<void>;
    /** What it printed, for a failing test's message. */
    output(): string;
}

/** Signals Kamailio's whole process group (the main process and the children it forked). */
function signalGroup(child: ChildProcess, signal: NodeJS.Signals): void {
    if (child.pid === undefined) return;
    try {
        process.kill(-child.pid, signal);
    } catch {
        // Already gone.
    }
}

/**
 * Starts Kamailio with the project's config in the foreground (`-DD -E`) on `port` (a free one by default),
 * in its own process group and runtime directory, and waits until it accepts connections.
 */
export async function startKamailio(
    port?: number,
    readyMs = 10_000,
    options: KamailioOptions = {}
): Promise<KamailioProcess> {
    const listenPort = port ?? (await freePort());
    const udpPort = options.mediaBridge ? await freeUdpPort() : undefined;
    const optionalParts = options.mediaBridge
        ? [
              '-A',
              'WITH_MEDIA_BRIDGE',
              '-A',
              `SIP_UDP_PORT=${udpPort}`,
              '-A',
              `RTPENGINE_SOCK="${options.mediaBridge.controlSocket}"`
          ]
        : [];
    if (options.auth) {
        if (!/^[\x21-\x7e]+$/.test(options.auth.password) || options.auth.password.includes('"')) {
            throw new Error('The test PBX password must be printable ASCII without spaces or quotes.');
        }
        optionalParts.push('-A', 'WITH_AUTH', '-A', `AUTH_PASSWORD="${options.auth.password}"`);
    }
    if (options.domains) {
        if (
            options.domains.length === 0 ||
            options.domains.some((domain) => !/^[a-z0-9.-]+$/i.test(domain))
        ) {
            throw new Error('The test PBX domains must be host names.');
        }
        const pattern = `^(${options.domains.map((domain) => domain.replace(/\./g, '[.]')).join('|')})$`;
        optionalParts.push('-A', 'WITH_DOMAINS', '-A', `DOMAINS_RE="${pattern}"`);
    }
    const runtimeDir = mkdtempSync(path.join(tmpdir(), 'softphone-kamailio-'));
    const control = path.join(runtimeDir, 'kamailio_ctl');
    let output = '';
    let child: ChildProcess | undefined;
    const stopOnExit = (): void => {
        if (child) signalGroup(child, 'SIGKILL');
    };

    const launch = async (): Promise<void> => {
        const started = spawn(
            KAMAILIO,
            [
                '-f',
                KAMAILIO_CONFIG,
                '-DD',
                '-E',
                '-Y',
                runtimeDir,
                '-m',
                '64',
                '-M',
                '8',
                '-A',
                `WS_PORT=${listenPort}`,
                '-A',
                `CTL_SOCKET="unix:${control}"`,
                ...optionalParts
            ],
            { detached: true, stdio: ['ignore', 'pipe', 'pipe'] }
        );
        child = started;
        started.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
        started.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
        const deadline = Date.now() + readyMs;
        while (!(await acceptsConnections(listenPort))) {
            if (started.exitCode !== null || Date.now() > deadline) {
                signalGroup(started, 'SIGKILL');
                throw new Error(
                    `Kamailio did not start on 127.0.0.1:${listenPort}\n--- output ---\n${output}`
                );
            }
            await new Promise((resolve) => setTimeout(resolve, 50));
        }
    };

    process.once('exit', stopOnExit);
    await launch();

    return {
        port: listenPort,
        url: `ws://127.0.0.1:${listenPort}`,
        udpPort,
        registerCount: (user) =>
            [...output.matchAll(/REGISTER of (\S+)/g)].filter((match) => match[1] === user).length,
        registeredUsers: () =>
            new Promise((resolve, reject) => {
                execFile(KAMCMD, ['-s', `unix:${control}`, 'ul.dump'], { timeout: 5000 }, (error, stdout) => {
                    if (error) {
                        reject(error);
                        return;
                    }
                    resolve([...stdout.matchAll(/AoR:\s*(\S+)/g)].map((match) => match[1] ?? ''));
                });
            }),
        async crash() {
            const current = child;
            if (!current) return;
            signalGroup(current, 'SIGKILL');
            await exited(current, 5000);
            // The children take a moment to go; wait until the port is free.
            const deadline = Date.now() + 5000;
            while ((await acceptsConnections(listenPort)) && Date.now() < deadline) {
                await new Promise((resolve) => setTimeout(resolve, 50));
            }
        },
        restart: launch,
        async stop(ms = 5000) {
            const current = child;
            process.off('exit', stopOnExit);
            if (current && current.exitCode === null && current.signalCode === null) {
                signalGroup(current, 'SIGTERM');
                if (!(await exited(current, ms))) {
                    signalGroup(current, 'SIGKILL');
                    await exited(current, ms);
                }
            }
            rmSync(runtimeDir, { recursive: true, force: true });
        },
        output: () => output
    };
}
