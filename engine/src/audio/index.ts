export { CallSounds, isSoundCommand, UNLOCK_WAIT_MS } from './call-sounds';
export type { CallSoundsOptions, SinkElement, SoundCommand } from './call-sounds';
export type { SoundDevices } from './audio-devices';
export type { ToneContext } from './tone-player';
export { TONES } from './tones';
