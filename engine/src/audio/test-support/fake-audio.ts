import type { DeviceView, EngineSnapshot } from '../../bridge';
import { initialSnapshot } from '../../bridge';
import type { CallView } from '../../bridge';
import type { SoundDevices } from '../audio-devices';
import type { ToneContext } from '../tone-player';

interface FakeNode {
    connectedTo: unknown;
}

/** An oscillator as scheduled: its frequency and when it sounds, on the context's clock. */
export interface FakeOscillator extends FakeNode {
    readonly hz: number;
    startAt: number;
    stopAt: number;
}

/**
 * A Web Audio context that records what is scheduled on it. `autoplay` says whether the browser lets it run:
 * without, it is created suspended and `resume()` never settles until {@link FakeAudioContext.click}.
 */
export class FakeAudioContext {
    state: AudioContextState;
    currentTime = 0;
    readonly destination = { name: 'destination' };
    readonly oscillators: FakeOscillator[] = [];
    readonly gains: { gain: { value: number }; connectedTo: unknown }[] = [];
    sinkId = '';
    sinkRefusal: Error | undefined;
    private readonly listeners: (() => void)[] = [];
    private readonly waiting: (() => void)[] = [];

    constructor(private autoplay: boolean) {
        this.state = autoplay ? 'running' : 'suspended';
    }

    resume(): Promise<void> {
        if (!this.autoplay) return new Promise((resolve) => this.waiting.push(resolve));
        this.run();
        return Promise.resolve();
    }

    /** The agent clicked in the frame: the context may run, and a pending `resume()` settles. */
    click(): void {
        this.autoplay = true;
        if (this.waiting.length > 0) this.run();
        for (const resolve of this.waiting.splice(0)) resolve();
    }

    createOscillator(): OscillatorNode {
        const frequency = { value: 0 };
        const oscillator = {
            frequency,
            connectedTo: undefined as unknown,
            startAt: Number.NaN,
            stopAt: Number.NaN,
            get hz() {
                return frequency.value;
            },
            connect(node: unknown) {
                oscillator.connectedTo = node;
            },
            start(at: number) {
                oscillator.startAt = at;
            },
            stop(at: number) {
                oscillator.stopAt = at;
            }
        };
        this.oscillators.push(oscillator);
        return oscillator as unknown as OscillatorNode;
    }

    createGain(): GainNode {
        const gain = {
            gain: { value: 1 },
            connectedTo: undefined as unknown,
            connect(node: unknown) {
                gain.connectedTo = node;
            },
            disconnect() {
                gain.connectedTo = undefined;
            }
        };
        this.gains.push(gain);
        return gain as unknown as GainNode;
    }

    addEventListener(_type: 'statechange', listener: () => void): void {
        this.listeners.push(listener);
    }

    setSinkId(sinkId: string): Promise<void> {
        if (this.sinkRefusal) return Promise.reject(this.sinkRefusal);
        this.sinkId = sinkId;
        return Promise.resolve();
    }

    /** The frequencies heard at `time` on this context's clock (a running context, gain reaching the speaker). */
    heardAt(time: number): number[] {
        if (this.state !== 'running') return [];
        return this.oscillators
            .filter((oscillator) => {
                const gain = this.gains.find((candidate) => candidate === oscillator.connectedTo);
                return (
                    gain?.connectedTo === this.destination &&
                    gain.gain.value > 0 &&
                    oscillator.startAt <= time &&
                    time < oscillator.stopAt
                );
            })
            .map((oscillator) => oscillator.hz);
    }

    /** What sounds over the next `seconds` of this context's clock, sampled every 10 ms. */
    heardWithin(seconds: number): number[] {
        const heard = new Set<number>();
        for (let t = this.currentTime; t < this.currentTime + seconds; t += 0.01)
            for (const hz of this.heardAt(t)) heard.add(hz);
        return [...heard].sort((a, b) => a - b);
    }

    asToneContext(): ToneContext {
        return this as unknown as ToneContext;
    }

    private run(): void {
        this.state = 'running';
        for (const listener of this.listeners) listener();
    }
}

/** `navigator.mediaDevices` with a list the test changes, and its `devicechange` event. */
export class FakeSoundDevices implements SoundDevices {
    devices: MediaDeviceInfo[] = [];
    refusal: Error | undefined;
    private readonly listeners: (() => void)[] = [];

    enumerateDevices(): Promise<MediaDeviceInfo[]> {
        return this.refusal ? Promise.reject(this.refusal) : Promise.resolve(this.devices);
    }

    addEventListener(_type: 'devicechange', listener: () => void): void {
        this.listeners.push(listener);
    }

    /** Replaces the list (a headset plugged in or out) and fires `devicechange`. */
    plug(microphones: readonly DeviceView[], speakers: readonly DeviceView[]): void {
        const info = (kind: MediaDeviceKind) => (device: DeviceView) =>
            ({ kind, deviceId: device.id, label: device.label, groupId: '' }) as MediaDeviceInfo;
        this.devices = [
            info('audioinput')({ id: 'default', label: 'Default' }),
            ...microphones.map(info('audioinput')),
            info('audiooutput')({ id: 'default', label: 'Default' }),
            ...speakers.map(info('audiooutput'))
        ];
        for (const listener of this.listeners) listener();
    }
}

/** An engine snapshot with `call` (and `tab`) as given. */
export function snapshotWith(call?: Partial<CallView>, tab?: EngineSnapshot['tab']): EngineSnapshot {
    const base = initialSnapshot();
    return {
        ...base,
        status: 'ready',
        ...(tab ? { tab } : {}),
        ...(call
            ? {
                  call: {
                      id: 'call-1',
                      direction: 'inbound',
                      state: 'ringing',
                      number: '+14155550123',
                      displayNumber: '(415) 555-0123',
                      muted: false,
                      startedAt: 0,
                      heldTotalMs: 0,
                      matches: [],
                      notes: '',
                      ...call
                  }
              }
            : {})
    };
}
