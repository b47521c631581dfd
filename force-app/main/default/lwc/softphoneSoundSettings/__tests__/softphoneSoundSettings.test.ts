import { createElement } from 'lwc';
import SoftphoneSoundSettings from 'c/softphoneSoundSettings';
import type { SoundView, UiCommand } from 'c/softphoneBridgeProtocol';

const HEADSET = { id: 'headset-1', label: 'USB Headset' };
const LAPTOP = { id: 'laptop-1', label: 'Laptop speakers' };

const SOUND: SoundView = {
    blocked: false,
    ringVolume: 60,
    ringMuted: false,
    microphoneId: HEADSET.id,
    speakerId: HEADSET.id,
    ringSpeakerId: '',
    microphones: [HEADSET],
    speakers: [HEADSET, LAPTOP],
    speakerChoice: true
};

/** A microphone whose analyser reads samples of `amplitude`. */
function fakeMicrophone(amplitude: number): { stopped: () => boolean; refuse: () => void } {
    let stopped = false;
    let refused = false;
    const track = {
        stop: () => {
            stopped = true;
        }
    };
    Object.defineProperty(navigator, 'mediaDevices', {
        configurable: true,
        value: {
            getUserMedia: jest.fn(() => {
                if (refused)
                    return Promise.reject(Object.assign(new Error('no'), { name: 'NotAllowedError' }));
                return Promise.resolve({ getTracks: () => [track] });
            })
        }
    });
    (globalThis as unknown as { AudioContext: unknown }).AudioContext = class {
        createAnalyser() {
            return {
                fftSize: 4,
                getFloatTimeDomainData: (samples: Float32Array) => samples.fill(amplitude)
            };
        }
        createMediaStreamSource() {
            return { connect: () => undefined };
        }
        close() {
            return Promise.resolve();
        }
    };
    return {
        stopped: () => stopped,
        refuse: () => {
            refused = true;
        }
    };
}

function mount(sound: SoundView = SOUND): { element: HTMLElement; commands: UiCommand[] } {
    const element = createElement('c-softphone-sound-settings', { is: SoftphoneSoundSettings });
    Object.assign(element, { sound });
    const commands: UiCommand[] = [];
    element.addEventListener('command', (event) => commands.push((event as CustomEvent<UiCommand>).detail));
    document.body.appendChild(element);
    return { element, commands };
}

/** Lets the component's promise callbacks run (the fakes settle at once). */
function flushPromises(): Promise<void> {
    const tick = (): Promise<void> => Promise.resolve();
    return tick().then(tick).then(tick).then(tick).then(tick);
}

function find<T extends HTMLElement = HTMLElement>(element: HTMLElement, selector: string): T {
    const found = element.shadowRoot?.querySelector<T>(selector);
    if (!found) throw new Error(`no ${selector}`);
    return found;
}

async function open(element: HTMLElement): Promise<void> {
    find(element, '.softphone-sound-settings__toggle').click();
    await flushPromises();
}

describe('c-softphone-sound-settings', () => {
    afterEach(() => {
        while (document.body.firstChild) {
            document.body.removeChild(document.body.firstChild);
        }
        jest.clearAllMocks();
        jest.useRealTimers();
    });

    it('opens on its heading, lists the devices and shows the chosen ones', async () => {
        fakeMicrophone(0);
        const { element, commands } = mount();
        const toggle = find(element, '.softphone-sound-settings__toggle');
        expect(toggle.getAttribute('aria-expanded')).toBe('false');
        expect(element.shadowRoot?.querySelector('lightning-combobox')).toBeNull();
        await open(element);
        expect(toggle.getAttribute('aria-expanded')).toBe('true');
        expect(commands[0]).toEqual({ type: 'list-devices' });
        const pickers = [...(element.shadowRoot?.querySelectorAll('lightning-combobox') ?? [])];
        expect(pickers.map((picker) => Reflect.get(picker, 'label'))).toEqual([
            'c.Softphone_Microphone',
            'c.Softphone_CallSpeaker',
            'c.Softphone_RingSpeaker'
        ]);
        expect(pickers.map((picker) => Reflect.get(picker, 'value'))).toEqual([
            HEADSET.id,
            HEADSET.id,
            'default'
        ]);
        expect(Reflect.get(pickers[1]!, 'options')).toEqual([
            { label: 'c.Softphone_DefaultDevice', value: 'default' },
            { label: HEADSET.label, value: HEADSET.id },
            { label: LAPTOP.label, value: LAPTOP.id }
        ]);
        expect(find<HTMLInputElement>(element, '.softphone-sound-settings__volume').value).toBe('60');
    });

    it('sends the agent choices: volume, mute, devices (default as empty), and the two tests', async () => {
        fakeMicrophone(0);
        const { element, commands } = mount();
        await open(element);
        commands.length = 0;
        const volume = find<HTMLInputElement>(element, '.softphone-sound-settings__volume');
        volume.value = '30';
        volume.dispatchEvent(new CustomEvent('change'));
        const mute = find<HTMLInputElement>(element, '.softphone-sound-settings__mute');
        mute.checked = true;
        mute.dispatchEvent(new CustomEvent('change'));
        const ringPicker = find(element, 'lightning-combobox[data-device="ringSpeakerId"]');
        ringPicker.dispatchEvent(new CustomEvent('change', { detail: { value: LAPTOP.id } }));
        const speakerPicker = find(element, 'lightning-combobox[data-device="speakerId"]');
        speakerPicker.dispatchEvent(new CustomEvent('change', { detail: { value: 'default' } }));
        find(element, '[data-id="test-sound"]').click();
        find(element, '[data-id="test-ring"]').click();
        expect(commands).toEqual([
            { type: 'set-sound', ringVolume: 30 },
            { type: 'set-sound', ringMuted: true },
            { type: 'set-sound', ringSpeakerId: LAPTOP.id },
            { type: 'set-sound', speakerId: '' },
            { type: 'test-sound', output: 'call' },
            { type: 'test-sound', output: 'ring' }
        ]);
    });

    it('shows the microphone level while open, and closes the microphone when closed', async () => {
        const microphone = fakeMicrophone(0.42);
        const { element } = mount();
        jest.useFakeTimers();
        await open(element);
        jest.advanceTimersByTime(150);
        await flushPromises();
        const meter = find(element, '[role="meter"]');
        expect(meter.getAttribute('aria-valuenow')).toBe('42');
        expect(navigator.mediaDevices.getUserMedia).toHaveBeenCalledWith({
            audio: { deviceId: { exact: HEADSET.id } }
        });
        find(element, '.softphone-sound-settings__toggle').click();
        await flushPromises();
        expect(microphone.stopped()).toBe(true);
    });

    it.each([
        ['device-gone', 'c.Softphone_SoundDeviceGone'],
        ['speaker-refused', 'c.Softphone_SoundSpeakerRefused'],
        ['devices-refused', 'c.Softphone_SoundDevicesRefused']
    ] as const)('says what went wrong (%s) with its detail', async (problem, label) => {
        fakeMicrophone(0);
        const { element } = mount({ ...SOUND, problem, problemDetail: 'USB Headset' });
        await open(element);
        const alert = find(element, '.softphone-sound-settings__problem');
        expect(alert.textContent).toContain(label);
        expect(alert.textContent).toContain('USB Headset');
    });

    it('says when the microphone is refused, and hides the speaker pickers where the browser cannot choose', async () => {
        fakeMicrophone(0).refuse();
        const { element } = mount({ ...SOUND, speakerChoice: false, problem: 'no-speaker-choice' });
        await open(element);
        expect(find(element, '.softphone-sound-settings__problem').textContent).toContain(
            'c.Softphone_SoundMicrophoneRefused'
        );
        expect(element.shadowRoot?.querySelectorAll('lightning-combobox').length).toBe(1);
    });

    it('is accessible, closed and open', async () => {
        fakeMicrophone(0.1);
        const { element } = mount({ ...SOUND, problem: 'device-gone', problemDetail: 'USB Headset' });
        await expect(element).toBeAccessible();
        await open(element);
        await expect(element).toBeAccessible();
    });
});
