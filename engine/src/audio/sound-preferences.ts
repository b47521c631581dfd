import type { StorageLike } from '../log';

/** Storage key of the agent's sound settings in this browser, namespaced and versioned. */
export const SOUND_PREFERENCES_KEY = 'softphone.sound.v1';

/** The agent's sound settings; device ids are `''` for the browser's default. */
export interface SoundPreferences {
    readonly ringVolume: number;
    readonly ringMuted: boolean;
    readonly microphoneId: string;
    readonly speakerId: string;
    readonly ringSpeakerId: string;
    /** Each chosen device's name when it was chosen, by id: for the notice when it is gone. */
    readonly labels: Readonly<Record<string, string>>;
}

export const DEFAULT_SOUND_PREFERENCES: SoundPreferences = {
    ringVolume: 80,
    ringMuted: false,
    microphoneId: '',
    speakerId: '',
    ringSpeakerId: '',
    labels: {}
};

const id = (value: unknown): string => (typeof value === 'string' && value.length <= 256 ? value : '');

/** What is stored, or the error that stopped it being read (storage blocked, not JSON). */
function readStored(storage: StorageLike | undefined): unknown {
    try {
        return JSON.parse(storage?.getItem(SOUND_PREFERENCES_KEY) ?? '{}');
    } catch (error) {
        return error;
    }
}

/** The agent's sound settings in this browser; anything missing or unreadable is the default. */
export function loadSoundPreferences(storage: StorageLike | undefined): SoundPreferences {
    const stored = readStored(storage);
    if (typeof stored !== 'object' || stored === null || stored instanceof Error)
        return DEFAULT_SOUND_PREFERENCES;
    const value = stored as Record<string, unknown>;
    const volume = Number(value.ringVolume);
    const labels = value.labels;
    return {
        ringVolume: Number.isFinite(volume) ? Math.min(100, Math.max(0, Math.round(volume))) : 80,
        ringMuted: value.ringMuted === true,
        microphoneId: id(value.microphoneId),
        speakerId: id(value.speakerId),
        ringSpeakerId: id(value.ringSpeakerId),
        labels:
            typeof labels === 'object' && labels !== null
                ? Object.fromEntries(Object.entries(labels).filter((entry) => typeof entry[1] === 'string'))
                : {}
    };
}

/**
 * Remembers the settings in this browser; false when the storage refused them (they are then lost at the next
 * page load, and the softphone works with the defaults).
 */
export function saveSoundPreferences(
    storage: StorageLike | undefined,
    preferences: SoundPreferences
): boolean {
    try {
        storage?.setItem(SOUND_PREFERENCES_KEY, JSON.stringify(preferences));
        return true;
    } catch (error) {
        return error === undefined;
    }
}
