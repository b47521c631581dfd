import type { SoundName } from '../bridge';

/** A stretch of a tone: these frequencies together (none: silence) for `ms`. */
export interface ToneStep {
    readonly hz: readonly number[];
    readonly ms: number;
}

/**
 * A sound the softphone makes itself, generated with Web Audio (no bundled recording, so no licence to
 * carry): its steps, repeated until stopped, or until `limitMs` when it has one.
 */
export interface Tone {
    readonly steps: readonly ToneStep[];
    readonly limitMs?: number;
}

/**
 * The softphone's sounds. The call-progress tones are the North American ones of ITU-T E.180 (ringback
 * 440+480 Hz 2 s on 4 s off, busy 480+620 Hz 0.5 s on 0.5 s off) and the special information tone of
 * ITU-T E.180 / Q.35 (913.8, 1370.6, 1776.7 Hz rising) for a number that cannot be reached, and the
 * call-waiting tone (440 Hz, 0.3 s, every 10 s, quiet, in the agent's ear); the ring is a double ring at
 * 400+450 Hz, as phones on a desk ring.
 */
export const TONES: Readonly<Record<SoundName, Tone>> = {
    ring: {
        steps: [
            { hz: [400, 450], ms: 400 },
            { hz: [], ms: 200 },
            { hz: [400, 450], ms: 400 },
            { hz: [], ms: 2000 }
        ]
    },
    ringback: {
        steps: [
            { hz: [440, 480], ms: 2000 },
            { hz: [], ms: 4000 }
        ]
    },
    busy: {
        steps: [
            { hz: [480, 620], ms: 500 },
            { hz: [], ms: 500 }
        ],
        limitMs: 4000
    },
    unavailable: {
        steps: [
            { hz: [913.8], ms: 330 },
            { hz: [1370.6], ms: 330 },
            { hz: [1776.7], ms: 330 },
            { hz: [], ms: 1000 }
        ],
        limitMs: 3980
    },
    waiting: {
        steps: [
            { hz: [440], ms: 300 },
            { hz: [], ms: 9700 }
        ]
    },
    test: { steps: [{ hz: [440], ms: 1500 }], limitMs: 1500 }
};

/** How long one round of a tone's steps lasts. */
export function cycleMs(tone: Tone): number {
    return tone.steps.reduce((total, step) => total + step.ms, 0);
}
