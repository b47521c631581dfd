/**
 * Browser entry of the test phone page: a plain SIP.js user agent (the caller, the callee, the transfer
 * target) in the same Chromium as the agent's softphone, registered with the tests' Kamailio. It follows a
 * REFER as a phone does, records what reaches it, and reports media counters. Fake microphone by Chromium's
 * flags; media kept on the loopback interface like the softphone's.
 */
import { Inviter, Registerer, SessionState, UserAgent, Web } from 'sip.js';
import type { Invitation, Session, SessionDescriptionHandlerModifier } from 'sip.js';
import { keepLoopbackCandidates } from '../../engine/src/telephony/sip/loopback-media';
import type {
    MediaCounters,
    PhoneApi,
    PhoneEvent,
    PhoneHappening,
    PhoneStartOptions,
    PhoneWindow
} from './phone-page-api';

const events: PhoneEvent[] = [];

function record(happening: PhoneHappening): void {
    events.push({ ...happening, at: Math.round(performance.now()) });
}

let userAgent: UserAgent | undefined;
let current: Session | undefined;
let ringing: Invitation | undefined;
let options: PhoneStartOptions | undefined;

/** Drops telephone-event from a description (its payload type, rtpmap and fmtp lines). */
const withoutTelephoneEvent: SessionDescriptionHandlerModifier = (description) => {
    const sdp = description.sdp ?? '';
    const types = [...sdp.matchAll(/^a=rtpmap:(\d+) telephone-event\//gm)].map((match) => match[1]);
    if (types.length === 0) return Promise.resolve(description);
    const lines = sdp
        .split('\r\n')
        .filter(
            (line) =>
                !types.some(
                    (type) => line.startsWith(`a=rtpmap:${type} `) || line.startsWith(`a=fmtp:${type} `)
                )
        )
        .map((line) =>
            line.startsWith('m=audio ')
                ? line
                      .split(' ')
                      .filter((part, index) => index < 3 || !types.includes(part))
                      .join(' ')
                : line
        );
    return Promise.resolve({ ...description, sdp: lines.join('\r\n') });
};

function modifiers(): SessionDescriptionHandlerModifier[] {
    return options?.withoutTelephoneEvent
        ? [keepLoopbackCandidates, withoutTelephoneEvent]
        : [keepLoopbackCandidates];
}

function directionOf(sdp: string): string {
    return /^a=(sendrecv|sendonly|recvonly|inactive)\r?$/m.exec(sdp)?.[1] ?? 'none';
}

function callIdOf(session: Session): string {
    return session instanceof Inviter ? session.request.callId : (session as Invitation).request.callId;
}

function watch(session: Session): void {
    current = session;
    const callId = callIdOf(session);
    session.stateChange.addListener((state) => {
        if (state === SessionState.Established) record({ type: 'established', callId });
        if (state === SessionState.Terminated) record({ type: 'terminated', callId });
    });
    session.delegate = {
        onBye: (bye) => {
            record({ type: 'bye' });
            void bye.accept();
        },
        onInfo: (info) => {
            record({
                type: 'info',
                contentType: info.request.getHeader('content-type') ?? '',
                body: info.request.body
            });
            void info.accept();
        },
        onInvite: (request) => record({ type: 'reinvite', direction: directionOf(request.body) }),
        onRefer: (referral) => {
            record({ type: 'refer', target: referral.referTo.uri.toString() });
            void referral.accept().then(() => {
                const inviter = referral.makeInviter({
                    sessionDescriptionHandlerModifiers: modifiers(),
                    sessionDescriptionHandlerOptions: { constraints: { audio: true, video: false } }
                });
                watch(inviter);
                return inviter.invite();
            });
        }
    };
}

/** Shows the incoming call in one line of the page and records when the frame that shows it was painted. */
function showRinging(callId: string, from: string): void {
    let line = document.getElementById('ringing');
    if (!line) {
        line = document.createElement('p');
        line.id = 'ringing';
        document.body.append(line);
    }
    line.textContent = `Incoming call from ${from}`;
    requestAnimationFrame(() => {
        // A message posted from the frame's callbacks is delivered after that frame is painted.
        const channel = new MessageChannel();
        channel.port1.onmessage = () => {
            record({ type: 'ringing-painted', callId });
            channel.port1.close();
        };
        channel.port2.postMessage(0);
    });
}

let audio: AudioContext | undefined;

function audioContext(): AudioContext {
    audio ??= new AudioContext();
    void audio.resume();
    return audio;
}

/** A microphone that sends a steady sine tone at `hz`: each call gets its own copy of the track. */
function toneMicrophone(hz: number): () => Promise<MediaStream> {
    const context = audioContext();
    const oscillator = context.createOscillator();
    oscillator.frequency.value = hz;
    const gain = context.createGain();
    gain.gain.value = 0.3;
    const destination = context.createMediaStreamDestination();
    oscillator.connect(gain).connect(destination);
    oscillator.start();
    return () =>
        Promise.resolve(new MediaStream(destination.stream.getAudioTracks().map((track) => track.clone())));
}

const analysers = new WeakMap<Session, AnalyserNode>();

/** The analyser of what `session` receives; the audio also plays (muted) so that Chromium pulls it. */
function analyserOf(session: Session): AnalyserNode | undefined {
    const known = analysers.get(session);
    if (known) return known;
    const stream = (session.sessionDescriptionHandler as { remoteMediaStream?: MediaStream } | undefined)
        ?.remoteMediaStream;
    if (!stream || stream.getAudioTracks().length === 0) return undefined;
    const element = document.createElement('audio');
    element.muted = true;
    element.srcObject = stream;
    void element.play().catch(() => undefined);
    document.body.append(element);
    const context = audioContext();
    const analyser = context.createAnalyser();
    analyser.fftSize = 4096;
    analyser.smoothingTimeConstant = 0.5;
    context.createMediaStreamSource(stream).connect(analyser);
    analysers.set(session, analyser);
    return analyser;
}

const phone: PhoneApi = {
    async start(start) {
        options = start;
        const uri = UserAgent.makeURI(`sip:${start.user}@${start.domain}`);
        if (!uri) throw new Error(`bad user ${start.user}`);
        userAgent = new UserAgent({
            uri,
            ...(start.displayName === undefined ? {} : { displayName: start.displayName }),
            ...(start.password === undefined
                ? {}
                : { authorizationUsername: start.user, authorizationPassword: start.password }),
            transportOptions: { server: start.server },
            ...(start.toneHz === undefined
                ? {}
                : {
                      sessionDescriptionHandlerFactory: Web.defaultSessionDescriptionHandlerFactory(
                          toneMicrophone(start.toneHz)
                      )
                  }),
            logLevel: 'warn',
            logConfiguration: false,
            sessionDescriptionHandlerFactoryOptions: {
                iceGatheringTimeout: 500,
                peerConnectionConfiguration: {
                    iceServers: [...(start.iceServers ?? [])],
                    iceTransportPolicy: start.iceTransportPolicy ?? 'all'
                }
            },
            delegate: {
                onInvite: (invitation) => {
                    const from = invitation.remoteIdentity.uri.user ?? '';
                    record({ type: 'incoming', from, callId: invitation.request.callId });
                    showRinging(invitation.request.callId, from);
                    watch(invitation);
                    ringing = invitation;
                    if (start.autoAnswer) void phone.answer();
                }
            }
        });
        await userAgent.start();
        const registerer = new Registerer(userAgent);
        await new Promise<void>((resolve, reject) => {
            void registerer.register({
                requestDelegate: {
                    onAccept: () => resolve(),
                    onReject: (response) =>
                        reject(new Error(`REGISTER refused: ${response.message.statusCode}`))
                }
            });
        });
        record({ type: 'registered' });
    },

    async call(target, headers = []) {
        if (!userAgent || !options) throw new Error('start the phone first');
        const uri = UserAgent.makeURI(`sip:${target}@${options.domain}`);
        if (!uri) throw new Error(`bad target ${target}`);
        const inviter = new Inviter(userAgent, uri, {
            extraHeaders: [...headers],
            sessionDescriptionHandlerModifiers: modifiers(),
            sessionDescriptionHandlerModifiersReInvite: modifiers(),
            sessionDescriptionHandlerOptions: { constraints: { audio: true, video: false } }
        });
        watch(inviter);
        await inviter.invite({
            requestDelegate: {
                onProgress: (response) =>
                    record({ type: 'progress', status: response.message.statusCode ?? 0 }),
                onReject: (response) => record({ type: 'rejected', status: response.message.statusCode ?? 0 })
            }
        });
        return inviter.request.callId;
    },

    async answer() {
        const invitation = ringing;
        if (!invitation) throw new Error('nothing rings');
        ringing = undefined;
        invitation.sessionDescriptionHandlerModifiersReInvite = modifiers();
        await invitation.accept({
            sessionDescriptionHandlerModifiers: modifiers(),
            sessionDescriptionHandlerOptions: { constraints: { audio: true, video: false } }
        });
    },

    async earlyMedia() {
        const invitation = ringing;
        if (!invitation) throw new Error('nothing rings');
        invitation.sessionDescriptionHandlerModifiers = modifiers();
        invitation.sessionDescriptionHandlerOptions = { constraints: { audio: true, video: false } };
        await invitation.progress({ statusCode: 183 });
    },

    async reject(statusCode) {
        const invitation = ringing;
        if (!invitation) throw new Error('nothing rings');
        ringing = undefined;
        await invitation.reject({ statusCode });
    },

    async hangUp() {
        const session = current;
        if (!session) return;
        if (session instanceof Inviter && session.state !== SessionState.Established) await session.cancel();
        else if (session.state === SessionState.Established) await session.bye();
    },

    state() {
        return current?.state ?? 'none';
    },

    events() {
        return [...events];
    },

    async media() {
        const handler = current?.sessionDescriptionHandler as
            { peerConnection?: RTCPeerConnection } | undefined;
        const connection = handler?.peerConnection;
        if (!connection) return { bytesReceived: 0, bytesSent: 0, remoteCandidates: [] };
        return mediaCounters(connection);
    },

    async levels(frequencies) {
        const analyser = current ? analyserOf(current) : undefined;
        const result: Record<number, number> = {};
        if (!analyser) {
            for (const hz of frequencies) result[hz] = -200;
            return result;
        }
        const bins = new Float32Array(analyser.frequencyBinCount);
        analyser.getFloatFrequencyData(bins);
        const binHz = analyser.context.sampleRate / analyser.fftSize;
        for (const hz of frequencies) {
            const center = Math.round(hz / binHz);
            // The loudest bin within two of the tone's, as codecs and resampling shift it a little.
            result[hz] = Math.max(...[-2, -1, 0, 1, 2].map((offset) => bins[center + offset] ?? -200));
        }
        return result;
    },

    async stop() {
        await userAgent?.stop();
    }
};

/** Audio bytes in and out, and the candidate addresses the other side offered. */
async function mediaCounters(connection: RTCPeerConnection): Promise<MediaCounters> {
    const report = await connection.getStats();
    let bytesReceived = 0;
    let bytesSent = 0;
    report.forEach((stat: Record<string, unknown>) => {
        if (stat.type === 'inbound-rtp' && stat.kind === 'audio')
            bytesReceived += Number(stat.bytesReceived ?? 0);
        if (stat.type === 'outbound-rtp' && stat.kind === 'audio') bytesSent += Number(stat.bytesSent ?? 0);
    });
    const sdp = connection.remoteDescription?.sdp ?? '';
    const remoteCandidates = [
        ...new Set([...sdp.matchAll(/^a=candidate:\S+ \d+ \S+ \d+ (\S+) /gm)].map((match) => match[1] ?? ''))
    ];
    return { bytesReceived, bytesSent, remoteCandidates };
}

(window as PhoneWindow).phone = phone;
