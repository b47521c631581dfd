import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createConnection } from 'node:net';
import type { Socket } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { exited } from '../child-process';
import { freePort, freeUdpPort } from '../loopback-port';
import { readWav, writeToneWav } from './wav';
import type { Pcm } from './wav';

/** Debian's baresip (`apt-get install baresip baresip-core`): the customer's desk phone. */
export const BARESIP = '/usr/bin/baresip';
export const BARESIP_MODULES = '/usr/lib/baresip/modules';

/** The tone the desk phone's "microphone" plays, in hertz: what the agent must hear. */
export const DESK_PHONE_TONE_HZ = 440;

/** One event the desk phone reported on its control socket (`CALL_INCOMING`, `CALL_DTMF_START`, …). */
export interface DeskPhoneEvent {
    readonly type: string;
    /** The other party's URI, on call events. */
    readonly peeruri?: string;
    /** The event's parameter: the key of a DTMF event, the reason of a closed call. */
    readonly param?: string;
    /** Milliseconds since the phone started. */
    readonly at: number;
}

export interface DeskPhoneOptions {
    /** Its SIP user, e.g. `+14155550177`: the number the agent dials. */
    readonly user: string;
    /** The SIP domain it registers in. */
    readonly domain: string;
    /** The proxy's UDP port on 127.0.0.1 (Kamailio with the media bridge). */
    readonly proxyPort: number;
    /** Answer every call at once instead of waiting for {@link DeskPhone.answer}. */
    readonly autoAnswer?: boolean;
    /** How long its tone lasts, in seconds (then it sends silence). */
    readonly toneSeconds?: number;
}

/** A desk phone the tests started: baresip, headless, driven over its control socket. */
export interface DeskPhone {
    /** Its address of record, `sip:<user>@<domain>`. */
    readonly aor: string;
    readonly user: string;
    /** Calls `target` (a SIP URI); resolves once baresip accepted the command. */
    dial(target: string): Promise<void>;
    /** Answers the call ringing here. */
    answer(): Promise<void>;
    /** Ends the current call: CANCEL while it rings out, BYE once connected, 486 while it rings in. */
    hangUp(): Promise<void>;
    /** baresip's report on the current call's audio (`audio_debug`: codecs, buffers, pipelines). */
    audioDebug(): Promise<string>;
    /**
     * How many seconds of audio it has decoded on the current call: it grows while the other side's audio
     * arrives, whatever the recording does (see {@link DeskPhone.recordings}).
     */
    decodedSeconds(): Promise<number>;
    /** Everything it reported, in order. */
    events(): readonly DeskPhoneEvent[];
    /** Calls `listener` with each event it reports from now on. */
    onEvent(listener: (event: DeskPhoneEvent) => void): void;
    /** Waits until an event matching `predicate` arrives (or has), and returns it. */
    waitFor(
        what: string,
        predicate: (event: DeskPhoneEvent) => boolean,
        ms?: number
    ): Promise<DeskPhoneEvent>;
    /** The DTMF keys it received, in order (from `CALL_DTMF_START` events). */
    dtmfReceived(): string;
    /**
     * What it heard on its calls so far, decoded (its sndfile recordings, newest last). A recording grows while
     * the call lasts, until the call is put on hold: baresip 1.0.0 then rebuilds its receive pipeline without
     * the recorder (`audio_decoder_set` flushes the decode filters, `aufilt_setup` does not add them back while
     * the encode filters remain), so after a hold use {@link DeskPhone.decodedSeconds}.
     */
    recordings(): Pcm[];
    /** SIGTERM, then SIGKILL if it has not exited within `ms`; removes its folder. */
    stop(ms?: number): Promise<void>;
    /** What it printed, for a failing test's message. */
    output(): string;
}

/** baresip's control protocol: JSON in netstrings (`<length>:<json>,`). */
function netstring(value: unknown): string {
    const json = JSON.stringify(value);
    return `${Buffer.byteLength(json)}:${json},`;
}

function* netstrings(buffer: { data: Buffer }): Generator<string> {
    for (;;) {
        const colon = buffer.data.indexOf(0x3a);
        if (colon < 0) return;
        const length = Number(buffer.data.toString('ascii', 0, colon));
        const end = colon + 1 + length;
        if (!Number.isInteger(length) || buffer.data.length < end + 1) return;
        const text = buffer.data.toString('utf8', colon + 1, end);
        buffer.data = buffer.data.subarray(end + 1);
        yield text;
    }
}

function config(folder: string, sipPort: number, controlPort: number, rtpPorts: string): string {
    return [
        'poll_method epoll',
        `sip_listen 127.0.0.1:${sipPort}`,
        // Its "microphone" is a tone; what it hears is recorded by sndfile and played nowhere (aubridge with no
        // peer: alsa's null device has no clock and spins a core).
        `audio_source aufile,${path.join(folder, 'tone.wav')}`,
        'audio_player aubridge,nil',
        'audio_alert aubridge,nil',
        'audio_srate 8000',
        'audio_channels 1',
        // No jitter buffer: on loopback nothing arrives late, and baresip 1.0.0's buffer stops handing audio to
        // the decoder after the RFC 4733 DTMF events Chromium sends (what the phone hears goes silent).
        'jitter_buffer_delay 0-0',
        `rtp_ports ${rtpPorts}`,
        `module_path ${BARESIP_MODULES}`,
        'module g711.so',
        'module aufile.so',
        'module aubridge.so',
        'module sndfile.so',
        'module_app account.so',
        'module_app menu.so',
        'module_app ctrl_tcp.so',
        `ctrl_tcp_listen 127.0.0.1:${controlPort}`,
        `snd_path ${path.join(folder, 'heard')}`,
        ''
    ].join('\n');
}

/**
 * Starts baresip as the customer's desk phone on 127.0.0.1: registered with the proxy's UDP port as `user`,
 * speaking G.711 only (µ-law, A-law) as narrowband phones and trunks do, its microphone a
 * {@link DESK_PHONE_TONE_HZ} Hz tone, what it hears recorded. Resolves once it is registered.
 */
export async function startDeskPhone(options: DeskPhoneOptions, readyMs = 10_000): Promise<DeskPhone> {
    const folder = mkdtempSync(path.join(tmpdir(), 'softphone-desk-phone-'));
    mkdirSync(path.join(folder, 'heard'));
    writeToneWav(path.join(folder, 'tone.wav'), DESK_PHONE_TONE_HZ, options.toneSeconds ?? 120);
    const [sipPort, controlPort, rtpPort] = await Promise.all([freeUdpPort(), freePort(), freeUdpPort()]);
    // Two ports for RTP and RTCP next to a free one; baresip skips a taken port within its range.
    const rtpMin = rtpPort - (rtpPort % 2);
    writeFileSync(
        path.join(folder, 'config'),
        config(folder, sipPort, controlPort, `${rtpMin}-${rtpMin + 19}`)
    );
    const aor = `sip:${options.user}@${options.domain}`;
    // The account is added once the control socket listens, so its registration's answer is not missed.
    const account =
        `<${aor}>;outbound="sip:127.0.0.1:${options.proxyPort};transport=udp";regint=600;` +
        `answermode=${options.autoAnswer ? 'auto' : 'manual'};audio_codecs=pcmu,pcma`;
    writeFileSync(path.join(folder, 'accounts'), '');
    writeFileSync(path.join(folder, 'contacts'), '');

    const started = Date.now();
    let output = '';
    const events: DeskPhoneEvent[] = [];
    const waiters = new Set<() => void>();
    const listeners: ((event: DeskPhoneEvent) => void)[] = [];
    const child: ChildProcess = spawn(BARESIP, ['-f', folder], { stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    // A test runner that exits without stopping it (a crash, Ctrl+C) leaves nothing behind.
    const kill = (): void => {
        child.kill('SIGKILL');
        rmSync(folder, { recursive: true, force: true });
    };
    process.once('exit', kill);

    let socket: Socket | undefined;
    let token = 0;
    const pending = new Map<string, { resolve: (data: string) => void; reject: (error: Error) => void }>();

    const stop = async (ms = 5000): Promise<void> => {
        process.off('exit', kill);
        socket?.destroy();
        for (const { reject } of pending.values()) reject(new Error('the desk phone stopped'));
        pending.clear();
        if (child.exitCode === null && child.signalCode === null) {
            child.kill('SIGTERM');
            if (!(await exited(child, ms))) {
                child.kill('SIGKILL');
                await exited(child, ms);
            }
        }
        rmSync(folder, { recursive: true, force: true });
    };

    const received = (text: string): void => {
        let message: Record<string, unknown>;
        try {
            message = JSON.parse(text) as Record<string, unknown>;
        } catch {
            output += `\n[control] unreadable: ${text}`;
            return;
        }
        if (message.event === true) {
            const event: DeskPhoneEvent = {
                type: String(message.type),
                ...(typeof message.peeruri === 'string' ? { peeruri: message.peeruri } : {}),
                ...(typeof message.param === 'string' ? { param: message.param } : {}),
                at: Date.now() - started
            };
            events.push(event);
            for (const waiter of [...waiters]) waiter();
            for (const listener of listeners) listener(event);
        } else if (message.response === true && typeof message.token === 'string') {
            const request = pending.get(message.token);
            pending.delete(message.token);
            if (message.ok === true) request?.resolve(typeof message.data === 'string' ? message.data : '');
            else request?.reject(new Error(`desk phone refused: ${String(message.data)}`));
        }
    };

    const command = (name: string, params?: string): Promise<string> => {
        const current = socket;
        if (!current) return Promise.reject(new Error('the desk phone is not running'));
        const id = String(++token);
        return new Promise<string>((resolve, reject) => {
            const timer = setTimeout(() => {
                pending.delete(id);
                reject(new Error(`desk phone did not answer "${name}" within 5 s`));
            }, 5000);
            pending.set(id, {
                resolve: (data) => {
                    clearTimeout(timer);
                    resolve(data);
                },
                reject: (error) => {
                    clearTimeout(timer);
                    reject(error);
                }
            });
            current.write(
                netstring({ command: name, ...(params === undefined ? {} : { params }), token: id })
            );
        });
    };

    const waitFor = (
        what: string,
        predicate: (event: DeskPhoneEvent) => boolean,
        ms = 15_000
    ): Promise<DeskPhoneEvent> =>
        new Promise((resolve, reject) => {
            const check = (): boolean => {
                const found = events.find(predicate);
                if (!found) return false;
                waiters.delete(check);
                clearTimeout(timer);
                resolve(found);
                return true;
            };
            const timer = setTimeout(() => {
                waiters.delete(check);
                reject(
                    new Error(
                        `Timed out waiting for ${what} at the desk phone; it reported ` +
                            JSON.stringify(events.map((event) => event.type))
                    )
                );
            }, ms);
            if (!check()) waiters.add(check);
        });

    try {
        const deadline = Date.now() + readyMs;
        while (!socket) {
            socket = await new Promise<Socket | undefined>((resolve) => {
                const attempt = createConnection({ host: '127.0.0.1', port: controlPort });
                attempt.once('connect', () => resolve(attempt));
                attempt.once('error', () => resolve(undefined));
            });
            if (socket) break;
            if (child.exitCode !== null || Date.now() > deadline) {
                throw new Error(`baresip's control socket did not open on 127.0.0.1:${controlPort}`);
            }
            await new Promise((resolve) => setTimeout(resolve, 50));
        }
        const buffer = { data: Buffer.alloc(0) };
        socket.on('data', (chunk: Buffer) => {
            buffer.data = Buffer.concat([buffer.data, chunk]);
            for (const text of netstrings(buffer)) received(text);
        });
        const registered = waitFor('its registration', (event) => event.type === 'REGISTER_OK', readyMs);
        await command('uanew', account);
        await registered;
    } catch (error) {
        await stop(1000);
        throw new Error(`${(error as Error).message}\n--- baresip output ---\n${output}`);
    }

    const heardFolder = path.join(folder, 'heard');
    return {
        aor,
        user: options.user,
        dial: async (target) => void (await command('dial', target)),
        answer: async () => void (await command('accept')),
        hangUp: async () => void (await command('hangup')),
        audioDebug: () => command('audio_debug'),
        decodedSeconds: async () => {
            const report = await command('audio_debug');
            const rx = /\brx:[\s\S]*?time = ([\d.]+) sec/.exec(report);
            return rx ? Number(rx[1]) : 0;
        },
        events: () => events,
        onEvent: (listener) => void listeners.push(listener),
        waitFor,
        dtmfReceived: () =>
            events
                .filter((event) => event.type === 'CALL_DTMF_START')
                .map((event) => event.param ?? '')
                .join(''),
        recordings: () =>
            readdirSync(heardFolder)
                .filter((name) => name.endsWith('-dec.wav'))
                .sort()
                .map((name) => readWav(readFileSync(path.join(heardFolder, name)))),
        stop,
        output: () => output
    };
}
