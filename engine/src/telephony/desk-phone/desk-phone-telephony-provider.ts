import type { Clock, TimerHandle } from '../../time';
import { TelephonyError } from '../telephony-error';
import type {
    DeclineOptions,
    RegistrationState,
    TelephonyProvider,
    TelephonyProviderDelegate
} from '../telephony-provider';
import { telUri } from './tel-uri';

/**
 * Options bucket of {@link DeskPhoneTelephonyProvider}.
 *
 * @public
 */
export interface DeskPhoneTelephonyProviderOptions {
    readonly clock: Clock;
    /**
     * Hands a `tel:` URI to the browser, which opens the agent's desk phone or softphone app. The browser may
     * refuse without a click in the panel; the UI then shows the same URI as a link the agent clicks.
     */
    readonly openUri: (uri: string) => void;
    /** Makes call ids; must never repeat one. Default: time and a counter. */
    readonly idFactory?: () => string;
    /** Told when a delegate callback or `openUri` throws; default: ignored. */
    readonly onProblem?: (error: unknown) => void;
}

/**
 * Click-to-dial only (telephony mode `click-to-dial-only`): no phone system to register with; the agent's
 * desk phone places the call. The softphone still runs the call's life so that it is logged:
 *
 * - `dial(number)` opens `tel:<number>` and the call counts as in progress on the desk phone at once (the
 *   softphone cannot hear the desk phone ring or connect): `onConnected` right after `dial` resolved;
 * - `hangUp` is the agent's "End call" once they put the receiver down: `onEnded(local-hang-up)`, then the
 *   engine's wrap-up and call log follow as for any call;
 * - there are no inbound calls, and hold, mute, keypad and transfer happen on the desk phone, so those
 *   commands are refused with a reason.
 *
 * @public
 */
export class DeskPhoneTelephonyProvider implements TelephonyProvider {
    readonly kind = 'desk-phone';
    delegate: TelephonyProviderDelegate | undefined;

    readonly #clock: Clock;
    readonly #openUri: (uri: string) => void;
    readonly #idFactory: () => string;
    readonly #onProblem: (error: unknown) => void;
    readonly #calls = new Map<string, TimerHandle | undefined>();
    #registration: RegistrationState = 'unregistered';
    #counter = 0;
    #disposed = false;

    constructor(options: DeskPhoneTelephonyProviderOptions) {
        this.#clock = options.clock;
        this.#openUri = options.openUri;
        this.#onProblem = options.onProblem ?? (() => undefined);
        this.#idFactory =
            options.idFactory ?? (() => `desk-${this.#clock.now().toString(36)}-${(this.#counter += 1)}`);
    }

    /** Nothing to register with: the agent is reachable on the desk phone whatever the softphone says. */
    register(): Promise<void> {
        this.#assertRunning();
        this.#setRegistration('registered');
        return Promise.resolve();
    }

    unregister(): Promise<void> {
        this.#assertRunning();
        this.#setRegistration('unregistered');
        return Promise.resolve();
    }

    dial(number: string): Promise<string> {
        this.#assertRunning();
        const uri = telUri(number);
        if (!uri) {
            return Promise.reject(
                new TelephonyError(
                    'invalid-number',
                    'A desk phone dials digits only, with an optional leading +.'
                )
            );
        }
        const callId = this.#idFactory();
        try {
            this.#openUri(uri);
        } catch (error) {
            this.#onProblem(error);
        }
        // The engine learns the call id when this promise resolves; the call's events come after that.
        const timer = this.#clock.setTimer(() => {
            this.#calls.set(callId, undefined);
            this.#report((delegate) => delegate.onConnected?.(callId));
        }, 0);
        this.#calls.set(callId, timer);
        return Promise.resolve(callId);
    }

    /** The agent ended the call on the desk phone and says so in the softphone. */
    hangUp(callId: string): Promise<void> {
        this.#assertRunning();
        if (!this.#calls.has(callId)) return this.#noSuchCall(callId);
        const timer = this.#calls.get(callId);
        if (timer !== undefined) this.#clock.clearTimer(timer);
        this.#calls.delete(callId);
        this.#report((delegate) => delegate.onEnded?.(callId, 'local-hang-up'));
        return Promise.resolve();
    }

    answer(callId: string): Promise<void> {
        return this.#noSuchCall(callId);
    }

    decline(callId: string, _options?: DeclineOptions): Promise<void> {
        return this.#noSuchCall(callId);
    }

    hold(callId: string): Promise<void> {
        return this.#onDeskPhone(callId, 'hold');
    }

    resume(callId: string): Promise<void> {
        return this.#onDeskPhone(callId, 'resume');
    }

    mute(callId: string): Promise<void> {
        return this.#onDeskPhone(callId, 'mute');
    }

    unmute(callId: string): Promise<void> {
        return this.#onDeskPhone(callId, 'unmute');
    }

    sendDtmf(callId: string): Promise<void> {
        return this.#onDeskPhone(callId, 'send digits');
    }

    blindTransfer(callId: string): Promise<void> {
        return this.#onDeskPhone(callId, 'transfer');
    }

    attendedTransfer(callId: string): Promise<void> {
        return this.#onDeskPhone(callId, 'transfer');
    }

    /** The calls the softphone is tracking. */
    activeCalls(): readonly string[] {
        return [...this.#calls.keys()];
    }

    dispose(): Promise<void> {
        if (this.#disposed) return Promise.resolve();
        this.#disposed = true;
        for (const timer of this.#calls.values()) if (timer !== undefined) this.#clock.clearTimer(timer);
        this.#calls.clear();
        this.delegate = undefined;
        return Promise.resolve();
    }

    #onDeskPhone(callId: string, action: string): Promise<void> {
        if (!this.#calls.has(callId)) return this.#noSuchCall(callId);
        return Promise.reject(
            new TelephonyError('invalid-state', `Use the desk phone to ${action}: the call runs on it.`)
        );
    }

    #noSuchCall(callId: string): Promise<void> {
        return Promise.reject(
            new TelephonyError('no-such-call', `There is no desk phone call ${callId.slice(0, 64)}.`)
        );
    }

    #setRegistration(state: RegistrationState): void {
        if (state === this.#registration) return;
        this.#registration = state;
        this.#report((delegate) => delegate.onRegistrationChanged?.(state));
    }

    #report(event: (delegate: TelephonyProviderDelegate) => void): void {
        const delegate = this.delegate;
        if (!delegate) return;
        try {
            event(delegate);
        } catch (error) {
            this.#onProblem(error);
        }
    }

    #assertRunning(): void {
        if (this.#disposed) throw new TelephonyError('invalid-state', 'The desk phone line was disposed.');
    }
}
