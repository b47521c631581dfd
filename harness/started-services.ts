/** Something a harness or `npm start` runs: a child process, a server, a browser. */
export interface Stoppable {
    stop(): Promise<void>;
}

/**
 * What one process has started, kept so that whatever happens everything started is stopped: a later start
 * fails, or Ctrl+C / SIGTERM arrives while services are still coming up. Services stop last-started first (a
 * media relay started before the PBX that uses it stops after it).
 */
export class StartedServices {
    private readonly started: Stoppable[] = [];
    private stopping: Promise<void> | undefined;

    constructor(private readonly onStopFailed: (error: unknown) => void = () => undefined) {}

    /**
     * Waits for a service to start and keeps it. A service that finishes starting after {@link stop} was called
     * is stopped at once, and this rejects.
     */
    async add<T extends Stoppable>(starting: Promise<T>): Promise<T> {
        const service = await starting;
        if (this.stopping) {
            await service.stop().catch(this.onStopFailed);
            throw new Error('Stopped while a service was still starting.');
        }
        this.started.push(service);
        return service;
    }

    /** Stops every service started so far, last first; the same promise for every caller. */
    stop(): Promise<void> {
        this.stopping ??= (async () => {
            for (const service of this.started.reverse()) await service.stop().catch(this.onStopFailed);
        })();
        return this.stopping;
    }
}

/** Something a test is starting, and how to stop it once started. */
export interface Starting<T> {
    readonly started: Promise<T>;
    readonly stop: (value: T) => Promise<unknown>;
}

export function starting<T>(started: Promise<T>, stop: (value: T) => Promise<unknown>): Starting<T> {
    return { started, stop };
}

/**
 * Starts several things at once for a test. When one fails, those that did start are stopped before the
 * failure is thrown, so a failed set-up never leaves a browser or a server behind.
 */
export async function startTogether<T extends readonly unknown[]>(
    ...all: { readonly [K in keyof T]: Starting<T[K]> }
): Promise<T> {
    const results = await Promise.allSettled(all.map((item: Starting<unknown>) => item.started));
    const failed = results.find((result) => result.status === 'rejected');
    if (!failed)
        return results.map((result) => (result as PromiseFulfilledResult<unknown>).value) as unknown as T;
    await Promise.all(
        results.map((result, index) =>
            result.status === 'fulfilled'
                ? (all[index] as Starting<unknown>).stop(result.value).catch(() => undefined)
                : undefined
        )
    );
    throw failed.reason;
}

/** A {@link Starting} for anything with its own `stop()`: a server, Kamailio, a phone page. */
export function startingService<T extends Stoppable>(started: Promise<T>): Starting<T> {
    return starting(started, (service) => service.stop());
}
