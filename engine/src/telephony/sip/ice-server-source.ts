import { messageOf } from '../../errors';
import type { Clock, TimerHandle } from '../../time';

/** Short-lived TURN credentials (TURN REST API: user name `<expiry>:<user id>`, HMAC password). @public */
export interface TurnCredentials {
    readonly username: string;
    readonly credential: string;
    /** When the TURN server stops accepting them, in epoch milliseconds. */
    readonly expiresAtMs: number;
}

/** Fetches fresh TURN credentials (the engine asks Apex); rejects with words an admin can act on. @public */
export type FetchTurnCredentials = () => Promise<TurnCredentials>;

/** Which ICE candidates calls may use. @public */
export type IceTransportPolicy = 'all' | 'relay';

/** Something wrong with the TURN servers, for the agent and admin; `undefined` clears it. @public */
export type IceServerProblem =
    /** The credentials could not be fetched (no secret configured, no permission, Salesforce unreachable). */
    | { readonly kind: 'turn-unavailable'; readonly url: string; readonly detail: string }
    /** The TURN server answered the credentials with 401/403 (its secret differs from the org's). */
    | { readonly kind: 'turn-refused'; readonly url: string; readonly detail: string };

export interface IceServerSourceOptions {
    /** STUN and TURN URLs as the settings hold them. */
    readonly urls: readonly string[];
    readonly policy?: IceTransportPolicy;
    /** Where TURN credentials come from; without it TURN entries are left out. */
    readonly fetchCredentials?: FetchTurnCredentials;
    readonly clock: Clock;
    /** Told of each new problem, and with `undefined` once credentials work again. */
    readonly onProblem?: (problem: IceServerProblem | undefined) => void;
}

const TURN_URL = /^turns?:/i;
/** Credentials are renewed this long before they expire at the latest (or at 80 % of a shorter lifetime). */
export const TURN_REFRESH_MARGIN_MS = 5 * 60_000;
/** A failed fetch is tried again after this long. */
export const TURN_RETRY_MS = 30_000;

/**
 * The ICE servers of the peer connections the softphone creates next: STUN entries as configured, TURN entries
 * with the latest short-lived credentials. Credentials are fetched at {@link IceServerSource.start} and renewed
 * before they expire; a peer connection takes the configuration current when it is created, so a renewal never
 * touches a call in progress (its allocation was made with credentials valid at the time, and TURN refreshes
 * an allocation without asking for them again).
 *
 * With policy `relay` and no TURN credentials (none configured, none fetched yet, or expired), `all` is used:
 * relay-only without a relay has no media at all. The settings report relay without a TURN server, and a
 * failed fetch is reported as `turn-unavailable`.
 * @internal
 */
export class IceServerSource {
    #credentials: TurnCredentials | undefined;
    #fetching: Promise<void> | undefined;
    #timer: TimerHandle | undefined;
    #problem: IceServerProblem | undefined;
    #disposed = false;
    readonly #turnUrls: readonly string[];

    readonly #options: IceServerSourceOptions;
    constructor(options: IceServerSourceOptions) {
        this.#options = options;
        this.#turnUrls = options.urls.filter((url) => TURN_URL.test(url));
    }

    /** Whether any TURN server is configured. */
    get usesTurn(): boolean {
        return this.#turnUrls.length > 0;
    }

    /** Fetches credentials when a TURN server needs them (once; renewals follow by themselves). */
    start(): void {
        if (!this.usesTurn || !this.#options.fetchCredentials || this.#disposed) return;
        if (this.#credentials || this.#fetching || this.#timer !== undefined) return;
        void this.#fetch();
    }

    /** Waits, at most `ms`, for the fetch under way; resolves at once when none is. */
    ready(ms: number): Promise<void> {
        const fetching = this.#fetching;
        if (!fetching) return Promise.resolve();
        return new Promise<void>((resolve) => {
            const timer = this.#options.clock.setTimer(resolve, ms);
            void fetching.then(() => {
                this.#options.clock.clearTimer(timer);
                resolve();
            });
        });
    }

    /** The configuration for a new peer connection. */
    configuration(): RTCConfiguration {
        const now = this.#options.clock.now();
        const credentials =
            this.#credentials && this.#credentials.expiresAtMs > now ? this.#credentials : undefined;
        const iceServers: RTCIceServer[] = [];
        for (const url of this.#options.urls) {
            if (!TURN_URL.test(url)) iceServers.push({ urls: url });
            // Chromium refuses a peer connection whose TURN entry has no credentials: leave it out instead.
            else if (credentials)
                iceServers.push({
                    urls: url,
                    username: credentials.username,
                    credential: credentials.credential
                });
        }
        // Relay only without a usable TURN server would leave the call without any candidate.
        const relay = this.#options.policy === 'relay' && credentials !== undefined;
        return { iceServers, iceTransportPolicy: relay ? 'relay' : 'all' };
    }

    /**
     * A peer connection reported that a TURN server refused its allocation (`icecandidateerror` 401/403 or
     * 437/441, the codes of wrong credentials): the agent and admin are told, and fresh credentials are fetched
     * once in case the secret was just rotated.
     */
    refused(url: string, code: number, text: string): void {
        if (this.#disposed || !TURN_URL.test(url)) return;
        if (this.#problem?.kind === 'turn-refused' && this.#problem.url === url) return;
        this.#report({
            kind: 'turn-refused',
            url,
            detail: `The TURN server ${url} refused the softphone's credentials (${code}${text ? ` ${text}` : ''}).`
        });
        if (!this.#fetching && this.#options.fetchCredentials) {
            this.#cancelTimer();
            void this.#fetch(true);
        }
    }

    dispose(): void {
        this.#disposed = true;
        this.#cancelTimer();
    }

    async #fetch(keepProblem = false): Promise<void> {
        const fetchCredentials = this.#options.fetchCredentials;
        if (!fetchCredentials) return;
        const run = (async () => {
            try {
                const fresh = await fetchCredentials();
                if (this.#disposed) return;
                this.#credentials = fresh;
                if (!keepProblem) this.#report(undefined);
                const now = this.#options.clock.now();
                const lifetime = Math.max(0, fresh.expiresAtMs - now);
                const renewIn = Math.max(
                    10_000,
                    Math.min(lifetime - TURN_REFRESH_MARGIN_MS, Math.round(lifetime * 0.8))
                );
                this.#schedule(renewIn);
            } catch (error) {
                if (this.#disposed) return;
                this.#report({
                    kind: 'turn-unavailable',
                    url: this.#turnUrls[0] ?? '',
                    detail: messageOf(error)
                });
                this.#schedule(TURN_RETRY_MS);
            }
        })();
        this.#fetching = run;
        await run;
        if (this.#fetching === run) this.#fetching = undefined;
    }

    #schedule(ms: number): void {
        this.#cancelTimer();
        this.#timer = this.#options.clock.setTimer(() => {
            this.#timer = undefined;
            if (!this.#disposed) void this.#fetch();
        }, ms);
    }

    #cancelTimer(): void {
        if (this.#timer === undefined) return;
        this.#options.clock.clearTimer(this.#timer);
        this.#timer = undefined;
    }

    #report(problem: IceServerProblem | undefined): void {
        if (problem === undefined && this.#problem === undefined) return;
        this.#problem = problem;
        this.#options.onProblem?.(problem);
    }
}
