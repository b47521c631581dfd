import type { DeviceView } from '../bridge';
import { messageOf } from '../errors';

/** The part of `navigator.mediaDevices` the device choice uses. */
export interface SoundDevices {
    enumerateDevices(): Promise<MediaDeviceInfo[]>;
    addEventListener?(type: 'devicechange', listener: () => void): void;
}

/** The microphones and speakers the browser lists, without its own "default" and "communications" entries. */
export interface DeviceLists {
    readonly microphones: readonly DeviceView[];
    readonly speakers: readonly DeviceView[];
    /** The browser hides the devices until the microphone is allowed: whether one is there is unknown. */
    readonly hidden: boolean;
}

const ALIASES = new Set(['', 'default', 'communications']);

/**
 * Lists the devices. Before the microphone is allowed the browser hides them (empty ids and names): the
 * lists are then empty, and `hidden` says a chosen device cannot be told gone.
 */
export async function listDevices(devices: SoundDevices): Promise<DeviceLists> {
    const all = await devices.enumerateDevices();
    const of = (kind: MediaDeviceKind): DeviceView[] =>
        all
            .filter((device) => device.kind === kind && !ALIASES.has(device.deviceId))
            .slice(0, 50)
            .map((device, index) => ({
                id: device.deviceId.slice(0, 256),
                label:
                    device.label.slice(0, 200) ||
                    `${kind === 'audioinput' ? 'Microphone' : 'Speaker'} ${index + 1}`
            }));
    return {
        microphones: of('audioinput'),
        speakers: of('audiooutput'),
        hidden: all.some((device) => device.deviceId === '')
    };
}

/** Whether a chosen device (`''`: the default, always there) is missing from a list the browser gave. */
export function isGone(chosen: string, list: readonly DeviceView[]): boolean {
    return chosen !== '' && !list.some((device) => device.id === chosen);
}

/** Why the browser refused a device, in words, from the error it threw. */
export function refusalWords(error: unknown): string {
    const name =
        error instanceof Error || (typeof error === 'object' && error !== null && 'name' in error)
            ? String((error as { name: unknown }).name)
            : '';
    return name === 'NotAllowedError' || name === 'SecurityError'
        ? `The browser or the page embedding the softphone does not allow it (${name}).`
        : messageOf(error).slice(0, 300);
}
