import { systemClock } from '../../time';
import type { Clock, TimerHandle } from '../../time';
import { CallTable } from '../call-table';
import { TelephonyError } from '../telephony-error';
import type {
    CallEndCause,
    CallProgress,
    DialOptions,
    IncomingCall,
    RegistrationState,
    TelephonyProvider,
    TelephonyProviderDelegate
} from '../telephony-provider';
import { createDemoCallIdFactory } from './demo-call-id-factory';
import type { CallDirection } from '../../bridge/protocol';
import type { DemoCallInfo } from './demo-call-info';
import { canTransition } from './demo-call-state';
import type { DemoCallState } from './demo-call-state';
import type { DemoCommand } from './demo-command';
import { resolveDemoDelays } from './demo-delays';
import type { DemoDelays } from './demo-delays';
import { DEMO_DTMF_LOG_LIMIT } from './demo-dtmf-record';
import type { DemoDtmfRecord } from './demo-dtmf-record';
import { scriptedOutcomeFor } from './demo-scripted-outcomes';
import type { DemoScriptedOutcome } from './demo-scripted-outcomes';
import type { DemoTelephonyProviderOptions } from './demo-telephony-provider-options';
import { isDtmfDigits, isE164Like } from './dialable-number';
import { invalidStateMessage } from './invalid-state-message';
import type { SimulateIncomingCallOptions } from './simulate-incoming-call-options';

/** A live call and the one timer its state may be waiting on. */
interface DemoCall {
    readonly callId: string;
    readonly direction: CallDirection;
    readonly remoteNumber: string;
    state: DemoCallState;
    progress: CallProgress | undefined;
    muted: boolean;
    timer: TimerHandle | undefined;
}

/** A `register()` or `unregister()` waiting for its delay. */
interface PendingRegistration {
    readonly target: 'registered' | 'unregistered';
    readonly timer: TimerHandle;
    readonly promise: Promise<void>;
    readonly resolve: () => void;
    readonly reject: (error: TelephonyError) => void;
}

type Lifecycle = 'running' | 'disposing' | 'disposed';

const CONNECTED_STATES: readonly DemoCallState[] = ['connected', 'held'];

function rethrowLater(error: unknown): void {
    queueMicrotask(() => {
        throw error;
    });
}

function lowerCaseNames(headers: Readonly<Record<string, string>>): Record<string, string> {
    const result: Record<string, string> = {};
    for (const [name, value] of Object.entries(headers)) result[name.toLowerCase()] = value;
    return result;
}

/**
 * The `demo` telephony provider: a scripted phone system in memory, so agents and admins can try the
 * softphone with no PBX, and the engine can be tested end to end. Every delay runs on the given
 * {@link Clock}; with a `ManualClock` nothing happens until the test advances time.
 *
 * @remarks
 * Timelines, with the delays of {@link DemoDelays} (defaults in {@link DEFAULT_DEMO_DELAYS}):
 *
 * - `register()`: `registering` at once, `registered` after `register`; `unregister()`: `unregistered`
 *   after `register`. A call in progress goes on after `unregister()`.
 * - Inbound, {@link DemoTelephonyProvider.simulateIncomingCall}: `onIncomingCall` at once (only while
 *   registered), then either `answer()` → `onConnected` after `answer`, `decline()` → `onEnded(declined)`, or
 *   `onEnded(no-answer)` after `ringTimeout`. {@link DemoTelephonyProvider.simulateCallerHangUp} ends it with
 *   `caller-cancelled` before it connects and `remote-hang-up` after.
 * - Outbound, `dial()`: resolves with the call id at once; `onProgress(trying)` after `progress`,
 *   `onProgress(ringing)` after another `progress`, `onConnected` after `connect`, unless the number is in
 *   {@link DEMO_SCRIPTED_OUTCOMES} (busy, not found, unavailable, error, no answer, rejected). Dialling does
 *   not need registration, as with a SIP user agent that is connected but not registered.
 *
 *   | Number ends in | Progress reported | Then, after   | Ends with                                   |
 *   | -------------- | ----------------- | ------------- | ------------------------------------------- |
 *   | `0000`         | trying            | `progress`    | `busy` (486 Busy Here)                      |
 *   | `0404`         | trying            | `progress`    | `not-found` (404 Not Found)                 |
 *   | `0480`         | trying            | `progress`    | `unavailable` (480 Temporarily Unavailable) |
 *   | `0500`         | trying            | `progress`    | `error` (500 Server Internal Error)         |
 *   | `0408`         | trying, ringing   | `ringTimeout` | `no-answer` (408 Request Timeout)           |
 *   | `0603`         | trying, ringing   | `connect`     | `rejected` (603 Decline)                    |
 *   | anything else  | trying, ringing   | `connect`     | answered: `onConnected`                     |
 *
 * - `hangUp()` → `onEnded(local-hang-up)` in any state; `hold()`/`resume()` → `onHoldChanged` at once;
 *   `mute()`/`unmute()` set a flag ({@link DemoTelephonyProvider.isMuted}) and report nothing;
 *   `sendDtmf()` appends to {@link DemoTelephonyProvider.dtmfSent}; `blindTransfer()` and
 *   `attendedTransfer()` → `onEnded(transferred)`; `conference()` joins two connected calls (nothing to mix).
 *
 * Events about a command's own call are reported synchronously, before its promise settles; events for a
 * dialled call come only after `dial()` has resolved with its id. Commands refuse with a `TelephonyError`:
 * `no-such-call` for an unknown or ended call, `invalid-state` (saying what to do) for a call in the wrong
 * state, `invalid-number` for a bad number or bad DTMF digits, `not-registered` for an incoming call while
 * not registered. After `dispose()` every command refuses with `invalid-state`.
 * @public
 */
export class DemoTelephonyProvider implements TelephonyProvider {
    readonly kind = 'demo';
    delegate: TelephonyProviderDelegate | undefined;
    /** The two calls of the conference, while it lasts (see `inConference`). */
    #conferencePair: readonly [string, string] | undefined;

    readonly #clock: Clock;
    readonly #delays: DemoDelays;
    readonly #idFactory: () => string;
    readonly #onDelegateError: (error: unknown) => void;
    readonly #calls = new CallTable<DemoCall>();
    readonly #dtmfLog: DemoDtmfRecord[] = [];
    #registration: RegistrationState = 'unregistered';
    #pendingRegistration: PendingRegistration | undefined;
    #lifecycle: Lifecycle = 'running';

    /** @throws RangeError when a delay in `options.delays` is negative or not a finite number. */
    constructor(options: DemoTelephonyProviderOptions = {}) {
        this.#clock = options.clock ?? systemClock;
        this.#delays = resolveDemoDelays(options.delays);
        this.#idFactory = options.idFactory ?? createDemoCallIdFactory();
        this.#onDelegateError = options.onDelegateError ?? rethrowLater;
    }

    /** Registration as last reported through `onRegistrationChanged`. */
    get registrationState(): RegistrationState {
        return this.#registration;
    }

    /** The DTMF digits sent so far, oldest first; the last {@link DEMO_DTMF_LOG_LIMIT} are kept. */
    get dtmfSent(): readonly DemoDtmfRecord[] {
        return [...this.#dtmfLog];
    }

    /** The calls that have not ended, oldest first. */
    activeCalls(): readonly DemoCallInfo[] {
        return this.#calls.list().map((call) => ({
            callId: call.callId,
            direction: call.direction,
            remoteNumber: call.remoteNumber,
            state: call.state,
            ...(call.progress === undefined ? {} : { progress: call.progress }),
            muted: call.muted
        }));
    }

    /**
     * Whether the agent's microphone is muted on `callId`.
     * @throws TelephonyError `no-such-call` when the call is unknown or has ended.
     */
    isMuted(callId: string): boolean {
        return this.#liveCall(callId).muted;
    }

    /** Resolves once `registered`; a second call while registering shares the same promise. */
    async register(): Promise<void> {
        this.#assertRunning('register');
        const pending = this.#pendingRegistration;
        if (pending?.target === 'registered') return pending.promise;
        if (pending) {
            this.#cancelPendingRegistration(
                'Unregistering was cancelled by register(); the phone stays registered.'
            );
        }
        if (this.#registration === 'registered') return undefined;
        return this.#scheduleRegistration('registered');
    }

    /**
     * Resolves once `unregistered`. While still registering, it cancels the registration (whose promise
     * rejects with `invalid-state`) and reports `unregistered` at once.
     */
    async unregister(): Promise<void> {
        this.#assertRunning('unregister');
        const pending = this.#pendingRegistration;
        if (pending?.target === 'unregistered') return pending.promise;
        if (pending) {
            this.#cancelPendingRegistration(
                'Registering was cancelled by unregister(); call register() again.'
            );
            this.#setRegistration('unregistered');
            return undefined;
        }
        if (this.#registration === 'unregistered') return undefined;
        return this.#scheduleRegistration('unregistered');
    }

    /**
     * Places an outbound call; resolves with its id before any event about it is reported. The scripted
     * outcome depends on the number (see {@link DEMO_SCRIPTED_OUTCOMES}); `options.headers` are accepted and
     * ignored, as a PBX that does not use them would.
     * @throws TelephonyError `invalid-number` unless `number` is E.164-like (see {@link isE164Like}).
     */
    async dial(number: string, _options?: DialOptions): Promise<string> {
        this.#assertRunning('dial');
        if (!isE164Like(number)) {
            throw new TelephonyError(
                'invalid-number',
                `Cannot dial "${number}": use an E.164 number, a "+" and 8 to 15 digits, e.g. +14155550123.`
            );
        }
        const call = this.#addCall('outbound', number, 'dialing');
        const outcome = scriptedOutcomeFor(number);
        call.timer = this.#clock.setTimer(() => this.#reportTrying(call, outcome), this.#delays.progress);
        return call.callId;
    }

    /** Answers a ringing inbound call; `onConnected` follows after the `answer` delay. */
    async answer(callId: string): Promise<void> {
        const call = this.#callIn(callId, 'answer', ['ringing']);
        this.#transition(call, 'answering');
        call.timer = this.#clock.setTimer(() => this.#connect(call), this.#delays.answer);
    }

    /** Refuses a ringing inbound call: `onEnded(declined)`. */
    async decline(callId: string): Promise<void> {
        const call = this.#callIn(callId, 'decline', ['ringing']);
        this.#end(call, 'declined');
    }

    /** Ends a call in any state: `onEnded(local-hang-up)`. */
    async hangUp(callId: string): Promise<void> {
        this.#end(this.#liveCall(callId, 'hangUp'), 'local-hang-up');
    }

    /** Puts a connected call on hold: `onHoldChanged(callId, true)`. */
    async hold(callId: string): Promise<void> {
        const call = this.#callIn(callId, 'hold', ['connected']);
        this.#transition(call, 'held');
        this.#report((delegate) => delegate.onHoldChanged?.(call.callId, true));
    }

    /** Takes a held call off hold: `onHoldChanged(callId, false)`. */
    async resume(callId: string): Promise<void> {
        const call = this.#callIn(callId, 'resume', ['held']);
        this.#transition(call, 'connected');
        this.#report((delegate) => delegate.onHoldChanged?.(call.callId, false));
    }

    /** Mutes the agent on a connected or held call; muting a muted call is fine. Reports nothing. */
    async mute(callId: string): Promise<void> {
        this.#callIn(callId, 'mute', CONNECTED_STATES).muted = true;
    }

    /** Unmutes the agent on a connected or held call; unmuting an unmuted call is fine. Reports nothing. */
    async unmute(callId: string): Promise<void> {
        this.#callIn(callId, 'unmute', CONNECTED_STATES).muted = false;
    }

    /**
     * Sends DTMF on a connected (not held) call and records it in {@link DemoTelephonyProvider.dtmfSent}.
     * @throws TelephonyError `invalid-number` unless `digits` are DTMF tones (see {@link isDtmfDigits}).
     */
    async sendDtmf(callId: string, digits: string): Promise<void> {
        const call = this.#callIn(callId, 'sendDtmf', ['connected']);
        this.#assertDtmf(digits);
        this.#dtmfLog.push({ callId: call.callId, digits, at: this.#clock.now() });
        if (this.#dtmfLog.length > DEMO_DTMF_LOG_LIMIT) this.#dtmfLog.shift();
    }

    /**
     * Transfers a connected or held call to `target`: `onEnded(transferred, target)`.
     * @throws TelephonyError `invalid-number` unless `target` is E.164-like.
     */
    async blindTransfer(callId: string, target: string): Promise<void> {
        const call = this.#callIn(callId, 'blindTransfer', CONNECTED_STATES);
        if (!isE164Like(target)) {
            throw new TelephonyError(
                'invalid-number',
                `Cannot transfer call ${callId} to "${target}": use an E.164 number, e.g. +14155550123.`
            );
        }
        this.#end(call, 'transferred', target);
    }

    /**
     * Joins the parties of two connected (or held) calls, then ends `callId` and `consultCallId`, in that
     * order, with `transferred`; each leg's `detail` is the other leg's remote number.
     */
    async attendedTransfer(callId: string, consultCallId: string): Promise<void> {
        const call = this.#liveCall(callId, 'attendedTransfer');
        const consult = this.#liveCall(consultCallId, 'attendedTransfer');
        if (call === consult) {
            throw new TelephonyError(
                'invalid-state',
                `Cannot attendedTransfer call ${callId} to itself: pass the consultation call the agent dialled.`
            );
        }
        this.#assertState(call, 'attendedTransfer', CONNECTED_STATES);
        this.#assertState(consult, 'attendedTransfer', CONNECTED_STATES);
        this.#end(call, 'transferred', consult.remoteNumber);
        this.#end(consult, 'transferred', call.remoteNumber);
    }

    /**
     * Joins two connected calls into a conference. The demo line has no audio to mix: it records the pair
     * ({@link DemoTelephonyProvider.inConference}) until either call ends or is held.
     */
    async conference(callId: string, otherCallId: string): Promise<void> {
        const call = this.#callIn(callId, 'conference', ['connected']);
        const other = this.#callIn(otherCallId, 'conference', ['connected']);
        if (call === other) {
            throw new TelephonyError(
                'invalid-state',
                `Cannot conference call ${callId} with itself: pass the agent's other call.`
            );
        }
        this.#conferencePair = [call.callId, other.callId];
    }

    /** Whether `callId` is in a conference the agent started and neither of its calls has ended or been held. */
    inConference(callId: string): boolean {
        const pair = this.#conferencePair;
        return (
            pair !== undefined &&
            pair.includes(callId) &&
            pair.every((id) => this.#calls.has(id) && this.#calls.live(id).state === 'connected')
        );
    }

    /**
     * Offers an inbound call as if someone dialled the agent: `onIncomingCall` at once, then
     * `onEnded(no-answer)` unless it is answered or declined within the ring timeout.
     * For the simulator's "call the agent" control and for tests.
     * @returns The call as offered to the delegate.
     * @throws TelephonyError `not-registered` unless registered; `invalid-number` when `from` is blank.
     */
    simulateIncomingCall(options: SimulateIncomingCallOptions): IncomingCall {
        this.#assertRunning('simulateIncomingCall');
        if (this.#registration !== 'registered') {
            throw new TelephonyError(
                'not-registered',
                `Cannot offer a call while ${this.#registration}: register() first, and wait for registered.`
            );
        }
        if (options.from.trim() === '') {
            throw new TelephonyError(
                'invalid-number',
                'Cannot offer a call without a caller number: set from.'
            );
        }
        const call = this.#addCall('inbound', options.from, 'ringing');
        call.timer = this.#clock.setTimer(() => this.#end(call, 'no-answer'), this.#delays.ringTimeout);
        const offered: IncomingCall = {
            callId: call.callId,
            from: options.from,
            ...(options.displayName === undefined ? {} : { displayName: options.displayName }),
            headers: lowerCaseNames(options.headers ?? {})
        };
        this.#report((delegate) => delegate.onIncomingCall?.(offered));
        return offered;
    }

    /**
     * The remote party hangs up: `caller-cancelled` for an inbound call not yet connected, `rejected`
     * (603 Decline) for an outbound call not yet answered, `remote-hang-up` for a connected or held call.
     * @throws TelephonyError `no-such-call` when the call is unknown or has ended.
     */
    simulateCallerHangUp(callId: string): void {
        const call = this.#liveCall(callId, 'simulateCallerHangUp');
        if (CONNECTED_STATES.includes(call.state)) this.#end(call, 'remote-hang-up');
        else if (call.direction === 'inbound') this.#end(call, 'caller-cancelled');
        else this.#end(call, 'rejected', '603 Decline');
    }

    /**
     * The remote party presses keys on a connected call: `onDtmf(callId, digits)`.
     * @throws TelephonyError `no-such-call`, `invalid-state` unless connected, `invalid-number` for bad digits.
     */
    simulateCallerDtmf(callId: string, digits: string): void {
        const call = this.#callIn(callId, 'simulateCallerDtmf', ['connected']);
        this.#assertDtmf(digits);
        this.#report((delegate) => delegate.onDtmf?.(call.callId, digits));
    }

    /**
     * Ends every call with `local-hang-up`, reports `unregistered` if it was not, clears every timer, and
     * then reports nothing more. A pending `register()` rejects with `invalid-state`. Calling it again does
     * nothing.
     */
    async dispose(): Promise<void> {
        if (this.#lifecycle !== 'running') return;
        this.#lifecycle = 'disposing';
        for (const call of this.#calls.list()) {
            if (this.#calls.has(call.callId)) this.#end(call, 'local-hang-up');
        }
        const pending = this.#pendingRegistration;
        if (pending?.target === 'unregistered') {
            this.#clock.clearTimer(pending.timer);
            this.#pendingRegistration = undefined;
            pending.resolve();
        } else if (pending) {
            this.#cancelPendingRegistration('The demo phone was disposed before it registered.');
        }
        if (this.#registration !== 'unregistered') this.#setRegistration('unregistered');
        this.#lifecycle = 'disposed';
    }

    #assertRunning(command: string): void {
        if (this.#lifecycle !== 'running') {
            throw new TelephonyError(
                'invalid-state',
                `Cannot ${command}: this demo phone was disposed. Create a new DemoTelephonyProvider.`
            );
        }
    }

    #liveCall(callId: string, command?: DemoCommand): DemoCall {
        if (command) this.#assertRunning(command);
        return this.#calls.live(callId);
    }

    #callIn(callId: string, command: DemoCommand, allowed: readonly DemoCallState[]): DemoCall {
        const call = this.#liveCall(callId, command);
        this.#assertState(call, command, allowed);
        return call;
    }

    #assertState(call: DemoCall, command: DemoCommand, allowed: readonly DemoCallState[]): void {
        this.#calls.requireState(call, allowed, () =>
            invalidStateMessage(command, call.callId, call.state, call.direction)
        );
    }

    #assertDtmf(digits: string): void {
        if (!isDtmfDigits(digits)) {
            throw new TelephonyError(
                'invalid-number',
                `Cannot send DTMF "${digits}": use one or more of 0-9, *, # and A-D.`
            );
        }
    }

    #addCall(direction: CallDirection, remoteNumber: string, state: DemoCallState): DemoCall {
        const callId = this.#idFactory();
        if (callId === '' || this.#calls.has(callId)) {
            throw new TelephonyError(
                'failed',
                `The call id factory returned "${callId}", which is empty or in use: it must make unique ids.`
            );
        }
        const call: DemoCall = {
            callId,
            direction,
            remoteNumber,
            state,
            progress: undefined,
            muted: false,
            timer: undefined
        };
        return this.#calls.add(call);
    }

    /** The one place a call changes state: checks the arrow, and cancels what the old state waited for. */
    #transition(call: DemoCall, next: DemoCallState): void {
        if (!canTransition(call.state, next)) {
            throw new Error(`Invalid demo call transition from ${call.state} to ${next} (${call.callId})`);
        }
        if (call.timer !== undefined) this.#clock.clearTimer(call.timer);
        call.timer = undefined;
        call.state = next;
        if (next !== 'dialing') call.progress = undefined;
        if (next === 'ended') this.#calls.remove(call.callId);
    }

    #end(call: DemoCall, cause: CallEndCause, detail?: string): void {
        this.#transition(call, 'ended');
        this.#report((delegate) =>
            detail === undefined
                ? delegate.onEnded?.(call.callId, cause)
                : delegate.onEnded?.(call.callId, cause, detail)
        );
    }

    #connect(call: DemoCall): void {
        this.#transition(call, 'connected');
        this.#report((delegate) => delegate.onConnected?.(call.callId));
    }

    #reportTrying(call: DemoCall, outcome: DemoScriptedOutcome | undefined): void {
        call.progress = 'trying';
        call.timer =
            outcome?.lastProgress === 'trying'
                ? this.#clock.setTimer(
                      () => this.#endAsScripted(call, outcome),
                      this.#delays[outcome.endsAfter]
                  )
                : this.#clock.setTimer(() => this.#reportRinging(call, outcome), this.#delays.progress);
        this.#report((delegate) => delegate.onProgress?.(call.callId, 'trying'));
    }

    #reportRinging(call: DemoCall, outcome: DemoScriptedOutcome | undefined): void {
        call.progress = 'ringing';
        call.timer = outcome
            ? this.#clock.setTimer(() => this.#endAsScripted(call, outcome), this.#delays[outcome.endsAfter])
            : this.#clock.setTimer(() => this.#connect(call), this.#delays.connect);
        this.#report((delegate) => delegate.onProgress?.(call.callId, 'ringing'));
    }

    #endAsScripted(call: DemoCall, outcome: DemoScriptedOutcome): void {
        this.#end(call, outcome.cause, outcome.detail);
    }

    #scheduleRegistration(target: PendingRegistration['target']): Promise<void> {
        let resolve: () => void = () => undefined;
        let reject: (error: TelephonyError) => void = () => undefined;
        const promise = new Promise<void>((resolvePromise, rejectPromise) => {
            resolve = resolvePromise;
            reject = rejectPromise;
        });
        const timer = this.#clock.setTimer(() => {
            this.#pendingRegistration = undefined;
            this.#setRegistration(target);
            resolve();
        }, this.#delays.register);
        this.#pendingRegistration = { target, timer, promise, resolve, reject };
        if (target === 'registered') this.#setRegistration('registering');
        return promise;
    }

    #cancelPendingRegistration(reason: string): void {
        const pending = this.#pendingRegistration;
        if (!pending) return;
        this.#clock.clearTimer(pending.timer);
        this.#pendingRegistration = undefined;
        pending.reject(new TelephonyError('invalid-state', reason));
    }

    #setRegistration(state: RegistrationState): void {
        this.#registration = state;
        this.#report((delegate) => delegate.onRegistrationChanged?.(state));
    }

    /** Calls the delegate unless disposed; a throwing delegate cannot break the provider's state. */
    #report(event: (delegate: TelephonyProviderDelegate) => void): void {
        if (this.#lifecycle === 'disposed' || !this.delegate) return;
        try {
            event(this.delegate);
        } catch (error) {
            this.#onDelegateError(error);
        }
    }
}
