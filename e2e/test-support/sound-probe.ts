import type { CDPSession } from 'playwright-core';
import type { EngineSnapshot, UiCommand } from '../../engine/src/bridge';
import { BRIDGE_CHANNEL, BRIDGE_PROTOCOL_VERSION } from '../../engine/src/bridge';

/**
 * An init script for the agent's page: in each frame it taps whatever Web Audio plays into an analyser per
 * context (so a test hears the ring and tones as they reach the speaker), keeps the engine's last snapshot
 * posted on the bridge, and can post a UI command. The test reads it through {@link quietly}: Playwright's
 * own `evaluate` counts as a user gesture, which would let sound play and hide the autoplay policy.
 */
export const SOUND_PROBE = `(() => {
    if (typeof AudioNode === 'undefined') return;
    const taps = [];
    const snapshots = [];
    const connect = AudioNode.prototype.connect;
    const tapOf = (context) => {
        let tap = taps.find((entry) => entry.context === context);
        if (!tap) {
            const analyser = context.createAnalyser();
            analyser.fftSize = 2048;
            const silent = context.createGain();
            silent.gain.value = 0;
            connect.call(analyser, silent);
            connect.call(silent, context.destination);
            tap = { context, analyser };
            taps.push(tap);
        }
        return tap;
    };
    AudioNode.prototype.connect = function (target, ...rest) {
        if (target instanceof AudioDestinationNode) connect.call(this, tapOf(this.context).analyser);
        return connect.call(this, target, ...rest);
    };
    window.addEventListener('message', (event) => {
        try {
            const data = JSON.parse(event.data);
            if (data && data.channel === '${BRIDGE_CHANNEL}' && data.type === 'state') snapshots.push(data.snapshot);
        } catch {}
    });
    window.__soundProbe = {
        level() {
            let peak = 0;
            const samples = new Float32Array(2048);
            for (const { context, analyser } of taps) {
                if (context.state !== 'running') continue;
                analyser.getFloatTimeDomainData(samples);
                for (const sample of samples) peak = Math.max(peak, Math.abs(sample));
            }
            return peak;
        },
        contexts() {
            return taps.map(({ context }) => ({ state: context.state, sinkId: context.sinkId ?? '' }));
        },
        snapshot() {
            return snapshots[snapshots.length - 1];
        },
        send(command) {
            window.postMessage(
                JSON.stringify({ channel: '${BRIDGE_CHANNEL}', version: ${BRIDGE_PROTOCOL_VERSION}, source: 'ui', ...command }),
                location.origin
            );
        }
    };
})();`;

/** What the probe in the softphone's panel reports. */
export interface SoundProbe {
    /** The loudest sample Web Audio plays now on a running context, 0 to 1. */
    level(): Promise<number>;
    /** Each context that played something: its state and speaker. */
    contexts(): Promise<{ state: string; sinkId: string }[]>;
    snapshot(): Promise<EngineSnapshot | undefined>;
    /** Posts a UI command on the bridge, as the UI would, without a user gesture. */
    send(command: UiCommand): Promise<void>;
    /** Reads an expression in the panel's window, without a user gesture. */
    read<T>(expression: string): Promise<T>;
}

/** Runs `expression` in the page's main frame without a user gesture (Runtime.evaluate's default). */
export async function quietly<T>(cdp: CDPSession, expression: string): Promise<T> {
    const { result, exceptionDetails } = await cdp.send('Runtime.evaluate', {
        expression,
        returnByValue: true,
        awaitPromise: true
    });
    if (exceptionDetails)
        throw new Error(`${expression}: ${exceptionDetails.exception?.description ?? exceptionDetails.text}`);
    return result.value as T;
}

/** The probe of the utility panel (the softphone's frame) of the console page behind `cdp`. */
export function panelSoundProbe(cdp: CDPSession): SoundProbe {
    const panel = `document.querySelector('iframe[data-utility-panel]').contentWindow`;
    const read = <T>(expression: string): Promise<T> =>
        quietly<T>(cdp, `(() => { const w = ${panel}; return ${expression}; })()`);
    return {
        level: () => read('w.__soundProbe.level()'),
        contexts: () => read('w.__soundProbe.contexts()'),
        snapshot: () => read('w.__soundProbe.snapshot()'),
        send: (command) => read(`w.__soundProbe.send(${JSON.stringify(command)})`),
        read
    };
}
