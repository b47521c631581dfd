import { LightningElement, api } from 'lwc';
import type { SoundView, UiCommand } from 'c/softphoneBridgeProtocol';
import LINE_BUSY from '@salesforce/label/c.Softphone_LineBusy';
import NUMBER_UNREACHABLE from '@salesforce/label/c.Softphone_NumberUnreachable';
import SOUND_PROMPT from '@salesforce/label/c.Softphone_SoundPrompt';
import SOUND_PROMPT_HELP from '@salesforce/label/c.Softphone_SoundPromptHelp';

/**
 * What the agent should know about the softphone's sound now: the one prompt shown while the browser keeps
 * it silent (its autoplay policy: no click in the softphone yet), whose click lets the ring and tones play
 * from then on; and, while the busy or "cannot be reached" tone plays, the same in words.
 *
 * Fires `command` (detail: a `UiCommand`): `enable-sound`.
 */
export default class SoftphoneSoundPrompt extends LightningElement {
    @api sound: SoundView | undefined;

    labels = { prompt: SOUND_PROMPT, help: SOUND_PROMPT_HELP };

    get blocked(): boolean {
        return this.sound?.blocked === true;
    }

    get toneText(): string {
        const playing = this.sound?.playing;
        return playing === 'busy' ? LINE_BUSY : playing === 'unavailable' ? NUMBER_UNREACHABLE : '';
    }

    handleClick(): void {
        this.dispatchEvent(new CustomEvent<UiCommand>('command', { detail: { type: 'enable-sound' } }));
    }
}
