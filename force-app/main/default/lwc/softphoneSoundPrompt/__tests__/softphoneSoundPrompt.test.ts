import { createElement } from 'lwc';
import SoftphoneSoundPrompt from 'c/softphoneSoundPrompt';
import type { SoundView, UiCommand } from 'c/softphoneBridgeProtocol';

const SOUND: SoundView = {
    blocked: true,
    ringVolume: 80,
    ringMuted: false,
    microphoneId: '',
    speakerId: '',
    ringSpeakerId: '',
    microphones: [],
    speakers: [],
    speakerChoice: true,
    playing: 'ring'
};

function mount(sound: SoundView = SOUND): { element: HTMLElement; commands: UiCommand[] } {
    const element = createElement('c-softphone-sound-prompt', { is: SoftphoneSoundPrompt });
    Object.assign(element, { sound });
    const commands: UiCommand[] = [];
    element.addEventListener('command', (event) => commands.push((event as CustomEvent<UiCommand>).detail));
    document.body.appendChild(element);
    return { element, commands };
}

describe('c-softphone-sound-prompt', () => {
    afterEach(() => {
        while (document.body.firstChild) {
            document.body.removeChild(document.body.firstChild);
        }
        jest.clearAllMocks();
    });

    it('asks for a click to turn on sound and sends enable-sound when clicked', () => {
        const { element, commands } = mount();
        const button = element.shadowRoot?.querySelector<HTMLElement>('[data-id="enable-sound"]');
        expect(button ? Reflect.get(button, 'label') : undefined).toBe('c.Softphone_SoundPrompt');
        expect(element.shadowRoot?.querySelector('[role="alert"]')?.textContent).toContain(
            'c.Softphone_SoundPromptHelp'
        );
        button?.click();
        expect(commands).toEqual([{ type: 'enable-sound' }]);
    });

    it('shows nothing once sound plays', () => {
        const { element } = mount({ ...SOUND, blocked: false });
        expect(element.shadowRoot?.querySelector('[data-id="enable-sound"]')).toBeNull();
        expect(element.shadowRoot?.querySelector('[role="status"]')).toBeNull();
    });

    it.each([
        ['busy', 'c.Softphone_LineBusy'],
        ['unavailable', 'c.Softphone_NumberUnreachable']
    ] as const)('says in words what the %s tone means while it plays', (playing, words) => {
        const { element } = mount({ ...SOUND, blocked: false, playing });
        expect(element.shadowRoot?.querySelector('[role="status"]')?.textContent?.trim()).toBe(words);
    });

    it('is accessible', async () => {
        const { element } = mount({ ...SOUND, playing: 'busy' });
        await expect(element).toBeAccessible();
    });
});
