/** Turns of the event loop that {@link settle} gives pending work. */
const TURNS = 8;

/**
 * Lets pending work run: promise chains, fake Open CTI answers and fake deliveries (each turn of the event loop
 * runs every queued microtask first). Timers on a manual clock still wait for the test to advance it.
 */
export async function settle(): Promise<void> {
    for (let turn = 0; turn < TURNS; turn++) await new Promise((resolve) => setImmediate(resolve));
}
