/**
 * Waits until `condition` holds, checking every few milliseconds of real time (SIP.js runs on real timers);
 * fails with `what` after `ms`. The deadline only catches what never happens: it is generous because a loaded
 * CI machine can take seconds to run SIP.js timers, and speed is measured in the bench, not here.
 * @internal
 */
export async function waitFor(what: string, condition: () => boolean, ms = 10_000): Promise<void> {
    const deadline = Date.now() + ms;
    while (!condition()) {
        if (Date.now() > deadline) throw new Error(`Timed out after ${ms} ms waiting for ${what}`);
        await new Promise((resolve) => setTimeout(resolve, 5));
    }
}

/** Lets messages in flight arrive (a few macrotasks). @internal */
export function settleNetwork(ms = 20): Promise<void> {
    return new Promise((resolve) => setTimeout(resolve, ms));
}
