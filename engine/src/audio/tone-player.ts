import type { Clock, TimerHandle } from '../time';
import { cycleMs } from './tones';
import type { Tone } from './tones';

/** The part of a Web Audio `AudioContext` the tone player uses (a fake in tests). */
export type ToneContext = Pick<
    AudioContext,
    | 'state'
    | 'currentTime'
    | 'destination'
    | 'resume'
    | 'createOscillator'
    | 'createGain'
    | 'addEventListener'
> & {
    /** Chrome and Edge 110+: the speaker this context plays on (`''`: the default). */
    setSinkId?(sinkId: string): Promise<void>;
};

/** Seconds between scheduling a round of steps and its first sound. */
const LEAD_S = 0.03;

/**
 * Plays one {@link Tone} at a time on its own `AudioContext`, created when first needed, on the speaker
 * it is given. Each round of steps is scheduled on the context's clock; the next is scheduled when a round
 * ends, and only while the context runs, so a context the browser keeps suspended (autoplay policy) does
 * not pile rounds up: it plays from the round it is in once resumed.
 * @internal
 */
export class TonePlayer {
    #context: ToneContext | undefined;
    #output: GainNode | undefined;
    #timer: TimerHandle | undefined;
    #limit: TimerHandle | undefined;
    #sinkId = '';

    readonly #clock: Clock;
    readonly #createContext: () => ToneContext | undefined;
    readonly #onStateChange: () => void;
    constructor(
        clock: Clock,
        createContext: () => ToneContext | undefined,
        /** The context started or stopped running (the autoplay policy let it, or the agent clicked). */
        onStateChange: () => void
    ) {
        this.#clock = clock;
        this.#createContext = createContext;
        this.#onStateChange = onStateChange;
    }

    /** Whether the context plays now; false before it exists. */
    get running(): boolean {
        return this.#context?.state === 'running';
    }

    /** Plays `tone` at `volume` (0 to 1) instead of what played; `onEnd` when a limited tone is over. */
    play(tone: Tone, volume: number, onEnd?: () => void): void {
        this.stop();
        const context = this.#ensureContext();
        if (!context) return;
        const output = context.createGain();
        // Two frequencies at most sound together: each at half keeps the sum within `volume`.
        output.gain.value = volume / 2;
        output.connect(context.destination);
        this.#output = output;
        let at = context.currentTime + LEAD_S;
        const round = (): void => {
            if (context.state === 'running' || at <= context.currentTime + LEAD_S) {
                at = Math.max(at, context.currentTime + LEAD_S);
                for (const step of tone.steps) {
                    for (const hz of step.hz) {
                        const oscillator = context.createOscillator();
                        oscillator.frequency.value = hz;
                        oscillator.connect(output);
                        oscillator.start(at);
                        oscillator.stop(at + step.ms / 1000);
                    }
                    at += step.ms / 1000;
                }
            }
            this.#timer = this.#clock.setTimer(round, cycleMs(tone));
        };
        round();
        if (tone.limitMs !== undefined) {
            this.#limit = this.#clock.setTimer(() => {
                this.stop();
                onEnd?.();
            }, tone.limitMs);
        }
    }

    /** Silences the tone at once. */
    stop(): void {
        for (const timer of [this.#timer, this.#limit])
            if (timer !== undefined) this.#clock.clearTimer(timer);
        this.#timer = this.#limit = undefined;
        this.#output?.disconnect();
        this.#output = undefined;
    }

    /**
     * Starts the context if the browser lets it: resolves true once it runs, false when it is still
     * suspended after `waitMs` (the browser waits for a click in the frame; `resume()` then never settles).
     */
    async unlock(waitMs: number): Promise<boolean> {
        const context = this.#ensureContext();
        if (!context) return false;
        if (context.state !== 'running') {
            await Promise.race([
                context.resume().catch(() => undefined),
                new Promise<void>((resolve) => this.#clock.setTimer(resolve, waitMs))
            ]);
        }
        return context.state === 'running';
    }

    /** Plays on the speaker `sinkId` (`''`: the default) from now on; rejects when the browser refuses it. */
    async setSink(sinkId: string): Promise<void> {
        this.#sinkId = sinkId;
        await this.#applySink();
    }

    async #applySink(): Promise<void> {
        const context = this.#context;
        if (context?.setSinkId) await context.setSinkId(this.#sinkId);
    }

    #ensureContext(): ToneContext | undefined {
        if (this.#context) return this.#context;
        const context = this.#createContext();
        if (!context) return undefined;
        this.#context = context;
        context.addEventListener('statechange', this.#onStateChange);
        if (this.#sinkId !== '') void this.#applySink().catch(() => undefined);
        return context;
    }
}
