/** Polls `read` every 50 ms until `done` says yes, or fails after `ms` naming `what` and the last value read. */
export async function poll<T>(
    what: string,
    read: () => Promise<T>,
    done: (value: T) => boolean,
    ms: number
): Promise<T> {
    const deadline = Date.now() + ms;
    for (;;) {
        const value = await read();
        if (done(value)) return value;
        if (Date.now() > deadline)
            throw new Error(`Timed out waiting for ${what}: last ${JSON.stringify(value)}`);
        await new Promise((resolve) => setTimeout(resolve, 50));
    }
}
