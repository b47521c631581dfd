import { Registerer, RegistererState, UserAgent } from 'sip.js';
import type { Invitation, UserAgentOptions } from 'sip.js';
import { backoffDelay } from '../../log/retry-backoff';
import type { BackoffPolicy } from '../../log/retry-backoff';
import type { Clock, TimerHandle } from '../../time';
import { TelephonyError } from '../telephony-error';
import type { RegistrationState, TelephonyCredentials } from '../telephony-provider';
import {
    cannotConnectWords,
    connectionLostWords,
    isCredentialsRefusal,
    registrationRefusedWords,
    registrationRetryWords
} from './registration-words';
import { messageOf } from '../../errors';

/** What a {@link SipLine} needs: where the PBX is, who the agent is, and how to build its user agents. */
export interface SipLineConfig {
    readonly server: string;
    readonly domain: string;
    readonly credentials: TelephonyCredentials;
    readonly clock: Clock;
    readonly backoff: BackoffPolicy;
    readonly random: () => number;
    /** Seconds a registration lasts before SIP.js refreshes it. */
    readonly registrationExpires: number;
    /** How long an un-REGISTER may take before the line closes the socket anyway. */
    readonly requestTimeoutMs: number;
    /** Everything of the user agent's options that does not depend on the agent (media, logging, tests). */
    readonly userAgentOptions: UserAgentOptions;
}

/** What a {@link SipLine} tells its provider. */
export interface SipLineEvents {
    /** Registration as the agent should see it; `reason` in plain words when it failed. */
    onRegistration(state: RegistrationState, reason?: string): void;
    /** The phone system refused the user name or password: they must not be tried again. */
    onCredentialsRefused(): void;
    /** An inbound call. */
    onInvite(invitation: Invitation): void;
    /** The connection under `userAgent` dropped: its calls have lost their signalling. */
    onConnectionLost(userAgent: UserAgent): void;
    /**
     * Whether calls still use `userAgent` (its media flows without the WebSocket): the line then reconnects
     * that same user agent instead of replacing it, so the calls' dialogs go on.
     */
    keepsCalls?(userAgent: UserAgent): boolean;
}

/** The user agent of one connection and its registerer; a connection that drops is replaced, not revived. */
interface Connection {
    readonly userAgent: UserAgent;
    readonly registerer: Registerer;
    /** Settles the `register()` waiting for the PBX's final response, if one is. */
    pending: ((error?: TelephonyError) => void) | undefined;
}

/**
 * One agent's line to the PBX: a SIP.js `UserAgent` over WebSocket and its `Registerer`, for one set of
 * credentials. It keeps the agent registered while they want to be: when the WebSocket drops or cannot be
 * opened, or a registration fails for a reason other than the credentials, it tries again after an
 * exponential backoff with jitter, on a new user agent, and reports each step in plain words.
 *
 * ```
 *               register()                       200 OK
 *  UNREGISTERED ----------> REGISTERING -------------------------> REGISTERED
 *       ^                     |      ^                                |
 *       | unregister()        |      | retry timer                    | socket closed, refresh failed
 *       |                     v      |                                v
 *       +------------------  FAILED (reason, next try) <--------------+
 *                             401/403: credentials refused, no retry
 * ```
 * @internal
 */
export class SipLine {
    #connection: Connection | undefined;
    /** A dropped connection kept because calls still use it; revived by the next connect. */
    #kept: Connection | undefined;
    #connecting: Promise<Connection> | undefined;
    #wanted: 'registered' | 'unregistered' = 'unregistered';
    #state: RegistrationState = 'unregistered';
    #retryTimer: TimerHandle | undefined;
    #failures = 0;
    #disposed = false;

    readonly #config: SipLineConfig;
    readonly #events: SipLineEvents;
    constructor(config: SipLineConfig, events: SipLineEvents) {
        this.#config = config;
        this.#events = events;
    }

    /** The agent's address of record, e.g. `sip:1001@pbx.example.com`. */
    get aor(): string {
        return `sip:${this.#config.credentials.user}@${this.#config.domain}`;
    }

    /** A connected user agent, for placing calls; opens the WebSocket when it is not open. */
    async connect(): Promise<UserAgent> {
        return (await this.#connected()).userAgent;
    }

    /**
     * Registers and keeps the agent registered; resolves once the PBX accepted the registration. When it
     * fails the promise rejects (`invalid-credentials` for 401/403, `failed` otherwise) while the line goes
     * on trying in the background, except after a credentials refusal.
     */
    async register(): Promise<void> {
        this.#assertUsable();
        this.#wanted = 'registered';
        this.#cancelRetry();
        if (this.#state === 'registered' && this.#connection?.userAgent.isConnected()) return;
        this.#report('registering');
        await this.#attemptRegistration();
    }

    /** Stops keeping the agent registered and un-registers; the WebSocket stays open for outbound calls. */
    async unregister(): Promise<void> {
        this.#wanted = 'unregistered';
        this.#cancelRetry();
        this.#failures = 0;
        const connection = this.#connection;
        if (
            connection?.registerer.state === RegistererState.Registered &&
            connection.userAgent.isConnected()
        ) {
            await this.#withTimeout(
                new Promise<void>((resolve) => {
                    connection.registerer
                        .unregister({
                            requestDelegate: { onAccept: () => resolve(), onReject: () => resolve() }
                        })
                        .catch(() => resolve());
                })
            );
        }
        if (this.#wanted === 'unregistered') this.#report('unregistered');
    }

    /** Drops the connection (without waiting for the PBX) and forgets the credentials' user agent. */
    async dispose(): Promise<void> {
        if (this.#disposed) return;
        this.#disposed = true;
        this.#wanted = 'unregistered';
        this.#cancelRetry();
        const connection = this.#connection;
        this.#connection = undefined;
        if (connection) await this.#retire(connection);
        const kept = this.#kept;
        this.#kept = undefined;
        if (kept) await this.#retire(kept);
        this.#state = 'unregistered';
    }

    // ----- connecting

    async #connected(): Promise<Connection> {
        this.#assertUsable();
        const current = this.#connection;
        if (current?.userAgent.isConnected()) return current;
        this.#connecting ??= this.#openConnection().finally(() => {
            this.#connecting = undefined;
        });
        return this.#connecting;
    }

    async #openConnection(): Promise<Connection> {
        const stale = this.#connection;
        this.#connection = undefined;
        if (stale) await this.#retire(stale);
        const kept = this.#kept;
        this.#kept = undefined;
        if (kept && this.#events.keepsCalls?.(kept.userAgent)) return this.#revive(kept);
        if (kept) await this.#retire(kept);
        const uri = UserAgent.makeURI(this.aor);
        if (!uri) throw new TelephonyError('invalid-credentials', `${this.aor} is not a SIP address.`);
        const { credentials } = this.#config;
        const holder: { connection?: Connection } = {};
        const userAgent = new UserAgent({
            ...this.#config.userAgentOptions,
            uri,
            authorizationUsername: credentials.user,
            authorizationPassword: credentials.password,
            // Reconnecting is this line's job (with backoff), and ending calls on a lost connection is the provider's.
            reconnectionAttempts: 0,
            gracefulShutdown: false,
            logConfiguration: false,
            delegate: {
                onInvite: (invitation) => this.#events.onInvite(invitation),
                onDisconnect: (error) => {
                    if (error && holder.connection) this.#onConnectionLost(holder.connection);
                }
            }
        });
        const registerer = new Registerer(userAgent, { expires: this.#config.registrationExpires });
        const connection: Connection = { userAgent, registerer, pending: undefined };
        holder.connection = connection;
        registerer.stateChange.addListener((state) => this.#onRegistererState(connection, state));
        try {
            await userAgent.start();
        } catch (error) {
            await this.#retire(connection);
            throw new TelephonyError(
                'failed',
                `${cannotConnectWords(this.#config.server, undefined)} ${messageOf(error)}`
            );
        }
        if (this.#disposed) {
            await this.#retire(connection);
            throw new TelephonyError('invalid-state', 'The phone line was closed while it connected.');
        }
        this.#connection = connection;
        return connection;
    }

    /** Reconnects the WebSocket of a user agent whose calls go on; its registerer registers again after. */
    async #revive(connection: Connection): Promise<Connection> {
        try {
            await connection.userAgent.reconnect();
        } catch (error) {
            // Keep it for the next try while its calls last.
            this.#kept = connection;
            throw new TelephonyError(
                'failed',
                `${cannotConnectWords(this.#config.server, undefined)} ${messageOf(error)}`
            );
        }
        if (this.#disposed) {
            await this.#retire(connection);
            throw new TelephonyError('invalid-state', 'The phone line was closed while it connected.');
        }
        this.#connection = connection;
        return connection;
    }

    #onConnectionLost(connection: Connection): void {
        if (this.#connection !== connection) return;
        this.#connection = undefined;
        this.#events.onConnectionLost(connection.userAgent);
        if (this.#events.keepsCalls?.(connection.userAgent)) {
            connection.pending?.(new TelephonyError('failed', 'The connection to the phone system closed.'));
            this.#kept = connection;
        } else {
            void this.#retire(connection);
        }
        if (this.#wanted === 'registered') this.#scheduleRetry(connectionLostWords);
        else if (this.#state !== 'unregistered') this.#report('unregistered');
    }

    /**
     * Releases a connection: its registerer (which un-registers when it can; over a dead socket that fails
     * at once, and a binding left behind expires at the PBX) and its refresh timers, then the socket.
     */
    async #retire(connection: Connection): Promise<void> {
        connection.pending?.(new TelephonyError('failed', 'The connection to the phone system closed.'));
        await this.#withTimeout(connection.registerer.dispose());
        await connection.userAgent.stop().catch(() => undefined);
    }

    // ----- registering

    async #attemptRegistration(): Promise<void> {
        let connection: Connection;
        try {
            connection = await this.#connected();
        } catch (error) {
            if (error instanceof TelephonyError && error.code === 'invalid-credentials') {
                this.#refuseCredentials(error.message);
                throw error;
            }
            if (this.#wanted === 'registered' && !this.#disposed) {
                this.#scheduleRetry((delay) => cannotConnectWords(this.#config.server, delay));
            }
            throw error;
        }
        if (this.#wanted !== 'registered' || this.#disposed) return;
        return new Promise<void>((resolve, reject) => {
            const settle = (error?: TelephonyError): void => {
                if (connection.pending !== settle) return;
                connection.pending = undefined;
                if (error) reject(error);
                else resolve();
            };
            connection.pending = settle;
            connection.registerer
                .register({
                    requestDelegate: {
                        onAccept: () => {
                            this.#failures = 0;
                            if (this.#wanted === 'registered') this.#report('registered');
                            settle();
                        },
                        onReject: (response) => {
                            const { statusCode, reasonPhrase } = response.message;
                            const code = statusCode ?? 500;
                            const words = registrationRefusedWords(code, reasonPhrase);
                            if (isCredentialsRefusal(code)) {
                                settle(new TelephonyError('invalid-credentials', words));
                                this.#refuseCredentials(words);
                                return;
                            }
                            settle(new TelephonyError('failed', words));
                            this.#failRegistration(connection, words);
                        }
                    }
                })
                .catch((error: unknown) => {
                    const words = `The registration could not be sent: ${messageOf(error)}.`;
                    settle(new TelephonyError('failed', words));
                    this.#failRegistration(connection, words);
                });
        });
    }

    /**
     * The registerer's own state changes: a refresh the PBX refused, or a registration that expired, take the
     * agent out of reach. A refusal of our own REGISTER is handled where it was sent.
     */
    #onRegistererState(connection: Connection, state: RegistererState): void {
        if (connection !== this.#connection || state !== RegistererState.Unregistered) return;
        const pending = connection.pending;
        if (pending) {
            // SIP.js reports a refusal's state change just before the refusal itself; a 200 OK that does not
            // list this softphone's contact comes with no refusal at all.
            queueMicrotask(() => {
                if (connection.pending !== pending) return;
                const words = 'The phone system did not confirm the registration.';
                pending(new TelephonyError('failed', words));
                this.#failRegistration(connection, words);
            });
            return;
        }
        if (this.#wanted === 'registered' && this.#state === 'registered') {
            this.#scheduleRetry((delay) =>
                registrationRetryWords('The phone system ended the registration.', delay)
            );
        }
    }

    #failRegistration(connection: Connection, words: string): void {
        if (this.#wanted !== 'registered' || this.#disposed) return;
        if (this.#connection === connection && !connection.userAgent.isConnected())
            this.#connection = undefined;
        this.#scheduleRetry((delay) => registrationRetryWords(words, delay));
    }

    #refuseCredentials(words: string): void {
        this.#wanted = 'unregistered';
        this.#cancelRetry();
        this.#report('failed', words);
        this.#events.onCredentialsRefused();
    }

    #scheduleRetry(words: (delayMs: number) => string): void {
        this.#cancelRetry();
        this.#failures++;
        const delay = backoffDelay(this.#failures, this.#config.backoff, this.#config.random);
        this.#report('failed', words(delay));
        this.#retryTimer = this.#config.clock.setTimer(() => {
            this.#retryTimer = undefined;
            if (this.#wanted !== 'registered' || this.#disposed) return;
            this.#attemptRegistration().catch(() => undefined);
        }, delay);
    }

    #cancelRetry(): void {
        if (this.#retryTimer === undefined) return;
        this.#config.clock.clearTimer(this.#retryTimer);
        this.#retryTimer = undefined;
    }

    // ----- helpers

    #report(state: RegistrationState, reason?: string): void {
        this.#state = state;
        if (!this.#disposed) this.#events.onRegistration(state, reason);
    }

    /** Waits for `promise` to settle, at most {@link SipLineConfig.requestTimeoutMs}; never rejects. */
    #withTimeout(promise: Promise<unknown>): Promise<void> {
        const { clock, requestTimeoutMs } = this.#config;
        return new Promise<void>((resolve) => {
            const timer = clock.setTimer(resolve, requestTimeoutMs);
            const done = (): void => {
                clock.clearTimer(timer);
                resolve();
            };
            promise.then(done, done);
        });
    }

    #assertUsable(): void {
        if (this.#disposed) {
            throw new TelephonyError('invalid-state', 'This phone line was closed: sign in again.');
        }
    }
}
