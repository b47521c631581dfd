import { LightningElement, api } from 'lwc';
import type { SoundProblem, SoundView, UiCommand } from 'c/softphoneBridgeProtocol';
import CALL_SPEAKER from '@salesforce/label/c.Softphone_CallSpeaker';
import DEFAULT_DEVICE from '@salesforce/label/c.Softphone_DefaultDevice';
import MICROPHONE from '@salesforce/label/c.Softphone_Microphone';
import MIC_LEVEL from '@salesforce/label/c.Softphone_MicrophoneLevel';
import RING_MUTE from '@salesforce/label/c.Softphone_RingMute';
import RING_SPEAKER from '@salesforce/label/c.Softphone_RingSpeaker';
import RING_VOLUME from '@salesforce/label/c.Softphone_RingVolume';
import DEVICE_GONE from '@salesforce/label/c.Softphone_SoundDeviceGone';
import DEVICES_REFUSED from '@salesforce/label/c.Softphone_SoundDevicesRefused';
import MICROPHONE_REFUSED from '@salesforce/label/c.Softphone_SoundMicrophoneRefused';
import NO_SPEAKER_CHOICE from '@salesforce/label/c.Softphone_SoundNoSpeakerChoice';
import SPEAKER_REFUSED from '@salesforce/label/c.Softphone_SoundSpeakerRefused';
import TITLE from '@salesforce/label/c.Softphone_SoundSettings';
import TEST_RING from '@salesforce/label/c.Softphone_TestRing';
import TEST_SOUND from '@salesforce/label/c.Softphone_TestSound';

const PROBLEM_TEXT: Readonly<Record<SoundProblem, string>> = {
    'device-gone': DEVICE_GONE,
    'speaker-refused': SPEAKER_REFUSED,
    'no-speaker-choice': NO_SPEAKER_CHOICE,
    'microphone-refused': MICROPHONE_REFUSED,
    'devices-refused': DEVICES_REFUSED
};

/** The combobox value of the browser's default device (a combobox shows `''` as nothing chosen). */
const DEFAULT = 'default';
/** How often the microphone level is read while the settings are open. */
const METER_MS = 100;

interface Option {
    readonly label: string;
    readonly value: string;
}

/**
 * The agent's sound settings, remembered in this browser: ring volume and mute, the microphone, the speaker
 * for calls and the speaker for the ring (e.g. ring on the laptop, talk on the headset), a test of each
 * speaker, and a microphone level meter (Web Audio, while the settings are open). Problems (a device gone, a
 * speaker the browser or the embedding page refuses) are said in words.
 *
 * Fires `command` (detail: a `UiCommand`): `set-sound`, `test-sound`, `list-devices`.
 */
export default class SoftphoneSoundSettings extends LightningElement {
    @api sound: SoundView | undefined;

    labels = {
        title: TITLE,
        ringVolume: RING_VOLUME,
        ringMute: RING_MUTE,
        microphone: MICROPHONE,
        callSpeaker: CALL_SPEAKER,
        ringSpeaker: RING_SPEAKER,
        testSound: TEST_SOUND,
        testRing: TEST_RING,
        micLevel: MIC_LEVEL
    };
    isOpen = false;
    level = 0;
    meterRefused = false;
    /** The browser's name for the microphone's refusal (e.g. NotAllowedError), shown under the words. */
    meterError = '';

    private stream: MediaStream | undefined;
    private context: AudioContext | undefined;
    private meterTimer: ReturnType<typeof setInterval> | undefined;

    override disconnectedCallback(): void {
        this.stopMeter();
    }

    get sectionClass(): string {
        return `slds-section${this.isOpen ? ' slds-is-open' : ''}`;
    }

    get expanded(): string {
        return String(this.isOpen);
    }

    get ringVolume(): number {
        return this.sound?.ringVolume ?? 80;
    }

    get ringMuted(): boolean {
        return this.sound?.ringMuted ?? false;
    }

    get speakerChoice(): boolean {
        return this.sound?.speakerChoice ?? false;
    }

    get microphoneOptions(): Option[] {
        return this.options(this.sound?.microphones);
    }

    get speakerOptions(): Option[] {
        return this.options(this.sound?.speakers);
    }

    get microphoneValue(): string {
        return this.sound?.microphoneId || DEFAULT;
    }

    get speakerValue(): string {
        return this.sound?.speakerId || DEFAULT;
    }

    get ringSpeakerValue(): string {
        return this.sound?.ringSpeakerId || DEFAULT;
    }

    get problemText(): string {
        const problem = this.meterRefused ? 'microphone-refused' : this.sound?.problem;
        return problem !== undefined && Object.prototype.hasOwnProperty.call(PROBLEM_TEXT, problem)
            ? PROBLEM_TEXT[problem]
            : '';
    }

    get problemDetail(): string {
        return this.meterRefused ? this.meterError : (this.sound?.problemDetail ?? '');
    }

    get meterStyle(): string {
        return `width: ${this.level}%`;
    }

    handleToggle(): void {
        this.isOpen = !this.isOpen;
        if (this.isOpen) {
            this.send({ type: 'list-devices' });
            this.startMeter().catch(() => undefined);
        } else {
            this.stopMeter();
        }
    }

    handleVolume(event: Event): void {
        this.send({ type: 'set-sound', ringVolume: Number((event.target as HTMLInputElement).value) });
    }

    handleMute(event: Event): void {
        this.send({ type: 'set-sound', ringMuted: (event.target as HTMLInputElement).checked });
    }

    handleDevice(event: CustomEvent<{ value: string }>): void {
        const name = (event.target as HTMLElement).dataset.device;
        const id = event.detail.value === DEFAULT ? '' : event.detail.value;
        if (name === 'microphoneId') {
            this.send({ type: 'set-sound', microphoneId: id });
            if (this.isOpen) this.startMeter(id).catch(() => undefined);
        } else if (name === 'speakerId') this.send({ type: 'set-sound', speakerId: id });
        else if (name === 'ringSpeakerId') this.send({ type: 'set-sound', ringSpeakerId: id });
    }

    handleTestSound(): void {
        this.send({ type: 'test-sound', output: 'call' });
    }

    handleTestRing(): void {
        this.send({ type: 'test-sound', output: 'ring' });
    }

    private options(devices: SoundView['microphones'] | undefined): Option[] {
        return [
            { label: DEFAULT_DEVICE, value: DEFAULT },
            ...(devices ?? []).map((device) => ({ label: device.label, value: device.id }))
        ];
    }

    private send(command: UiCommand): void {
        this.dispatchEvent(new CustomEvent<UiCommand>('command', { detail: command }));
    }

    /** Reads the chosen microphone's level with a Web Audio analyser until the settings close. */
    private async startMeter(deviceId = this.sound?.microphoneId ?? ''): Promise<void> {
        this.stopMeter();
        const devices = navigator.mediaDevices as MediaDevices | undefined;
        if (!devices || typeof AudioContext === 'undefined') return;
        let stream: MediaStream;
        try {
            stream = await devices.getUserMedia({
                audio: deviceId ? { deviceId: { exact: deviceId } } : true
            });
        } catch (error) {
            this.meterRefused = true;
            this.meterError = error instanceof Error ? error.name : String(error);
            return;
        }
        if (!this.isOpen) {
            stream.getTracks().forEach((track) => track.stop());
            return;
        }
        this.meterRefused = false;
        this.stream = stream;
        // The microphone is allowed now: the browser names its devices.
        this.send({ type: 'list-devices' });
        const context = new AudioContext();
        this.context = context;
        const analyser = context.createAnalyser();
        analyser.fftSize = 512;
        context.createMediaStreamSource(stream).connect(analyser);
        const samples = new Float32Array(analyser.fftSize);
        // The level is read on a timer while the settings are open; the analyser has no event of its own.
        // eslint-disable-next-line @lwc/lwc/no-async-operation
        this.meterTimer = setInterval(() => {
            analyser.getFloatTimeDomainData(samples);
            let peak = 0;
            for (const sample of samples) peak = Math.max(peak, Math.abs(sample));
            this.level = Math.min(100, Math.round(peak * 100));
        }, METER_MS);
    }

    private stopMeter(): void {
        clearInterval(this.meterTimer);
        this.meterTimer = undefined;
        this.stream?.getTracks().forEach((track) => track.stop());
        this.stream = undefined;
        this.context?.close().catch(() => undefined);
        this.context = undefined;
        this.level = 0;
    }
}
