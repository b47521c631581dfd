import type { EngineSnapshot, SoundName, SoundProblem, SoundView, UiCommand } from '../bridge';
import type { StorageLike } from '../log';
import type { Clock } from '../time';
import { isGone, listDevices, refusalWords } from './audio-devices';
import type { DeviceLists, SoundDevices } from './audio-devices';
import { loadSoundPreferences, saveSoundPreferences } from './sound-preferences';
import type { SoundPreferences } from './sound-preferences';
import { TonePlayer } from './tone-player';
import type { ToneContext } from './tone-player';
import { TONES } from './tones';
import type { Tone } from './tones';
import { definedFields } from '../object';

/** The UI commands {@link CallSounds} runs. */
export type SoundCommand = Extract<
    UiCommand,
    { type: 'enable-sound' | 'set-sound' | 'test-sound' | 'list-devices' }
>;

const SOUND_COMMANDS: ReadonlySet<string> = new Set([
    'enable-sound',
    'set-sound',
    'test-sound',
    'list-devices'
]);

/** Whether a UI command is about sound (the engine passes those to {@link CallSounds}). */
export function isSoundCommand(command: UiCommand): command is SoundCommand {
    return SOUND_COMMANDS.has(command.type);
}

/** A media element that can be moved to another speaker (a call's remote audio). */
export interface SinkElement {
    setSinkId?(sinkId: string): Promise<void>;
    readonly paused?: boolean;
    play?(): Promise<void>;
}

/** What {@link CallSounds} is built from; the engine passes the page's, tests fakes. */
export interface CallSoundsOptions {
    readonly clock: Clock;
    readonly log: { warn(message: string): void };
    readonly storage?: StorageLike;
    /** A new Web Audio context; undefined where there is none. */
    readonly createContext: () => ToneContext | undefined;
    readonly devices?: SoundDevices;
    /** The `<audio>` elements of the calls now, moved when the agent picks another speaker. */
    readonly callElements?: () => Iterable<SinkElement>;
    /** Whether media elements can play on a chosen speaker (`HTMLMediaElement.setSinkId`). */
    readonly speakerChoice: boolean;
    /** The sound view changed outside a snapshot the engine published (a device, the autoplay policy). */
    readonly onChange: () => void;
}

/** How long a context may stay suspended after `resume()` before the browser counts as refusing sound. */
export const UNLOCK_WAIT_MS = 300;
/** One ring, for the agent's test of the ring's speaker. */
const TEST_RING: Tone = { steps: TONES.ring.steps, limitMs: 3000 };
const CONTINUING: ReadonlySet<SoundName | undefined> = new Set(['ring', 'ringback', 'waiting']);
/** The call-waiting beep is quiet: the agent is talking to someone. */
const WAITING_VOLUME = 0.15;

/** The tone after an outbound call the other side refused: busy, or cannot be reached. */
function refusalTone(endCause: string | undefined): SoundName | undefined {
    if (endCause === 'busy' || endCause === 'rejected') return 'busy';
    return endCause === 'unavailable' || endCause === 'not-found' || endCause === 'no-answer'
        ? 'unavailable'
        : undefined;
}

/**
 * The sounds the softphone makes and the devices it uses, in this browser. It follows the engine's
 * snapshots: the ring while an inbound call's card rings in the tab that owns the phone line (so answer,
 * decline, the caller's cancel and a hand-over to another tab all stop it), the ringback tone while an
 * outbound call is ringing without early media (with early media the far end's audio plays instead), a
 * busy or "cannot be reached" tone when the other side refuses the call, and a quiet call-waiting beep on the
 * call's speaker while a second call waits.
 *
 * The ring plays on the ring's speaker, the tones on the call's, each through its own `AudioContext`. When
 * the browser keeps a context suspended (autoplay policy: no click in the frame yet) the view says
 * `blocked`; the agent's click ("Click to turn on sound", or any click or key in the softphone) starts it,
 * and the ring goes on from there. Settings and chosen devices are kept in this browser's storage; a chosen
 * device that is gone falls back to the default with a `device-gone` problem.
 * @public
 */
export class CallSounds {
    #preferences: SoundPreferences;
    #lists: DeviceLists = { microphones: [], speakers: [], hidden: true };
    #blocked = false;
    #playing: SoundName | undefined;
    #problem: { readonly problem: SoundProblem; readonly detail?: string } | undefined;
    #lastCall: { readonly id: string; readonly state: string } | undefined;
    readonly #ring: TonePlayer;
    readonly #tones: TonePlayer;

    readonly #options: CallSoundsOptions;
    constructor(options: CallSoundsOptions) {
        this.#options = options;
        this.#preferences = loadSoundPreferences(options.storage);
        const changed = (): void => this.#contextChanged();
        this.#ring = new TonePlayer(options.clock, options.createContext, changed);
        this.#tones = new TonePlayer(options.clock, options.createContext, changed);
        options.devices?.addEventListener?.('devicechange', () => void this.refreshDevices());
        this.#applySpeakers();
        if (!options.speakerChoice) this.#problem = { problem: 'no-speaker-choice' };
    }

    /** The chosen microphone's id (`''`: the default), for each call's microphone. */
    get microphoneId(): string {
        return this.#preferences.microphoneId;
    }

    /** The chosen speaker of calls (`''`: the default), for each call's `<audio>` element. */
    get speakerId(): string {
        return this.#preferences.speakerId;
    }

    /** What the UI shows. */
    view(): SoundView {
        const { ringVolume, ringMuted, microphoneId, speakerId, ringSpeakerId } = this.#preferences;
        return {
            blocked: this.#blocked,
            ringVolume,
            ringMuted,
            microphoneId,
            speakerId,
            ringSpeakerId,
            microphones: this.#lists.microphones,
            speakers: this.#lists.speakers,
            speakerChoice: this.#options.speakerChoice,
            ...definedFields({
                playing: this.#playing,
                problem: this.#problem?.problem,
                problemDetail: this.#problem?.detail
            })
        };
    }

    /** Starts and stops sounds for the snapshot the engine is about to publish. */
    follow(snapshot: EngineSnapshot): void {
        const last = this.#lastCall;
        // A refused outbound call leaves the screen at once: it is then the newest of the recent calls.
        const call =
            snapshot.call ??
            (last?.state === 'dialing'
                ? snapshot.recentCalls.find((recent) => recent.id === last.id)
                : undefined);
        this.#lastCall = call && { id: call.id, state: call.state };
        if (!call || (snapshot.tab !== undefined && snapshot.tab.role !== 'owner'))
            return this.#stopContinuing();
        const wanted: SoundName | undefined =
            call.state === 'ringing' && call.direction === 'inbound'
                ? this.#preferences.ringMuted
                    ? undefined
                    : 'ring'
                : call.state === 'dialing' && 'progress' in call && call.progress === 'ringing'
                  ? 'ringback'
                  : last?.id === call.id && last.state === 'dialing' && call.state !== 'connected'
                    ? refusalTone(call.endCause)
                    : snapshot.secondCall?.state === 'ringing' && snapshot.secondCall.direction === 'inbound'
                      ? 'waiting'
                      : undefined;
        if (wanted === undefined) return this.#stopContinuing();
        if (wanted !== this.#playing) this.#start(wanted);
    }

    /** Runs one of the UI's sound commands; a refusal becomes a problem in the view. */
    async handle(command: SoundCommand): Promise<void> {
        switch (command.type) {
            case 'enable-sound':
                await this.enable();
                break;
            case 'list-devices':
                await this.refreshDevices();
                break;
            case 'test-sound':
                if (command.output === 'ring') this.#start('test', this.#ring, TEST_RING);
                else this.#start('test');
                break;
            case 'set-sound':
                this.#update(
                    Object.fromEntries(Object.entries(command).filter(([key]) => key !== 'type')) as Partial<
                        Omit<SoundPreferences, 'labels'>
                    >
                );
                break;
        }
        this.#options.onChange();
    }

    /** The agent clicked or typed in the softphone: a context the browser held back may start now. */
    async enable(): Promise<void> {
        // A call's audio the browser refused to play starts with the same click.
        for (const element of this.#options.callElements?.() ?? [])
            if (element.paused) element.play?.().catch(() => undefined);
        const [ring, tones] = await Promise.all([
            this.#ring.unlock(UNLOCK_WAIT_MS),
            this.#tones.unlock(UNLOCK_WAIT_MS)
        ]);
        this.#blocked = !(ring && tones);
    }

    /** The browser refused to play a call's audio (autoplay policy): the agent is asked for a click. */
    playbackRefused(): void {
        if (this.#blocked) return;
        this.#blocked = true;
        this.#options.onChange();
    }

    /** Whether the browser holds sound back until the agent clicks. */
    get isBlocked(): boolean {
        return this.#blocked;
    }

    /** Lists the devices again; a chosen one that is gone falls back to the default, with a notice. */
    async refreshDevices(): Promise<void> {
        const devices = this.#options.devices;
        if (!devices) return;
        try {
            this.#lists = await listDevices(devices);
        } catch (error) {
            this.#problem = { problem: 'devices-refused', detail: refusalWords(error) };
            this.#options.onChange();
            return;
        }
        const keys = ['microphoneId', 'speakerId', 'ringSpeakerId'] as const;
        const gone = keys.filter(
            (key) =>
                !this.#lists.hidden &&
                isGone(
                    this.#preferences[key],
                    key === 'microphoneId' ? this.#lists.microphones : this.#lists.speakers
                )
        );
        if (gone.length > 0) {
            const names = gone.map(
                (key) => this.#preferences.labels[this.#preferences[key]] ?? this.#preferences[key]
            );
            const detail = [...new Set(names)].join(', ');
            this.#update(Object.fromEntries(gone.map((key) => [key, ''])));
            this.#problem = { problem: 'device-gone', detail };
        }
        this.#options.onChange();
    }

    #update(change: Partial<Omit<SoundPreferences, 'labels'>>): void {
        const before = this.#preferences;
        const labels = { ...before.labels };
        for (const device of [...this.#lists.microphones, ...this.#lists.speakers]) {
            if (Object.values(change).includes(device.id)) labels[device.id] = device.label;
        }
        this.#preferences = {
            ...before,
            ...change,
            ringVolume: Math.min(100, Math.round(change.ringVolume ?? before.ringVolume)),
            labels
        };
        this.#problem = this.#options.speakerChoice ? undefined : { problem: 'no-speaker-choice' };
        saveSoundPreferences(this.#options.storage, this.#preferences);
        if (change.speakerId !== undefined || change.ringSpeakerId !== undefined) this.#applySpeakers();
        if (this.#playing === 'ring' && (change.ringVolume !== undefined || change.ringMuted !== undefined)) {
            if (this.#preferences.ringMuted) this.#stopContinuing();
            else this.#start('ring');
        }
    }

    #applySpeakers(): void {
        if (!this.#options.speakerChoice) return;
        const { speakerId, ringSpeakerId } = this.#preferences;
        const refused = (error: unknown): void => {
            this.#options.log.warn(`Speaker: ${refusalWords(error)}`);
            this.#problem = { problem: 'speaker-refused', detail: refusalWords(error) };
            this.#options.onChange();
        };
        this.#ring.setSink(ringSpeakerId).catch(refused);
        this.#tones.setSink(speakerId).catch(refused);
        for (const element of this.#options.callElements?.() ?? [])
            element.setSinkId?.(speakerId).catch(refused);
    }

    #start(name: SoundName, player = name === 'ring' ? this.#ring : this.#tones, tone = TONES[name]): void {
        this.#ring.stop();
        this.#tones.stop();
        this.#playing = name;
        const volume =
            player === this.#ring
                ? (this.#preferences.ringVolume / 100) ** 2
                : name === 'waiting'
                  ? WAITING_VOLUME
                  : 0.5;
        player.play(tone, volume, () => {
            if (this.#playing !== name) return;
            this.#playing = undefined;
            this.#options.onChange();
        });
        void player.unlock(UNLOCK_WAIT_MS).then((running) => {
            if (running || this.#playing !== name || this.#blocked) return;
            this.#blocked = true;
            this.#options.onChange();
        });
    }

    #stopContinuing(): void {
        if (!CONTINUING.has(this.#playing)) return;
        this.#ring.stop();
        this.#tones.stop();
        this.#playing = undefined;
    }

    #contextChanged(): void {
        if (!this.#blocked || !(this.#ring.running || this.#tones.running)) return;
        this.#blocked = false;
        this.#options.onChange();
    }
}
