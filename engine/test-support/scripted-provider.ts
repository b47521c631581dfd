import type { DeclineOptions, TelephonyProvider, TelephonyProviderDelegate } from '../src/telephony';

/**
 * A phone system the test speaks for: it hands the engine whatever the test says (well-formed or not) through
 * the delegate, and answers commands the simple way (answer connects, hang-up and decline end the call).
 * For testing the engine at the provider boundary with input no real provider would produce.
 */
export class ScriptedProvider implements TelephonyProvider {
    readonly kind = 'scripted';
    delegate: TelephonyProviderDelegate | undefined;
    /** Commands received, as `name callId`. */
    readonly commands: string[] = [];
    private dialled = 0;

    /** Calls a delegate method with raw arguments, as a buggy or hostile phone system might. */
    raw(method: keyof TelephonyProviderDelegate, ...args: unknown[]): void {
        const handler = this.delegate?.[method] as ((...values: unknown[]) => void) | undefined;
        handler?.call(this.delegate, ...args);
    }

    register(): Promise<void> {
        this.commands.push('register');
        this.delegate?.onRegistrationChanged?.('registered');
        return Promise.resolve();
    }

    unregister(): Promise<void> {
        this.commands.push('unregister');
        this.delegate?.onRegistrationChanged?.('unregistered');
        return Promise.resolve();
    }

    dial(number: string): Promise<string> {
        this.dialled += 1;
        this.commands.push(`dial ${number}`);
        return Promise.resolve(`out-${this.dialled}`);
    }

    answer(callId: string): Promise<void> {
        this.commands.push(`answer ${callId}`);
        this.delegate?.onConnected?.(callId);
        return Promise.resolve();
    }

    decline(callId: string, options?: DeclineOptions): Promise<void> {
        this.commands.push(`decline ${callId}`);
        this.delegate?.onEnded?.(callId, options?.reason === 'busy' ? 'busy' : 'declined');
        return Promise.resolve();
    }

    hangUp(callId: string): Promise<void> {
        this.commands.push(`hang-up ${callId}`);
        this.delegate?.onEnded?.(callId, 'local-hang-up');
        return Promise.resolve();
    }

    hold(callId: string): Promise<void> {
        this.commands.push(`hold ${callId}`);
        this.delegate?.onHoldChanged?.(callId, true);
        return Promise.resolve();
    }

    resume(callId: string): Promise<void> {
        this.commands.push(`resume ${callId}`);
        this.delegate?.onHoldChanged?.(callId, false);
        return Promise.resolve();
    }

    mute(callId: string): Promise<void> {
        this.commands.push(`mute ${callId}`);
        return Promise.resolve();
    }

    unmute(callId: string): Promise<void> {
        this.commands.push(`unmute ${callId}`);
        return Promise.resolve();
    }

    sendDtmf(callId: string, digits: string): Promise<void> {
        this.commands.push(`dtmf ${callId} ${digits}`);
        return Promise.resolve();
    }

    blindTransfer(callId: string, target: string): Promise<void> {
        this.commands.push(`transfer ${callId} ${target}`);
        this.delegate?.onEnded?.(callId, 'transferred');
        return Promise.resolve();
    }

    attendedTransfer(callId: string): Promise<void> {
        this.commands.push(`attended-transfer ${callId}`);
        return Promise.resolve();
    }

    dispose(): Promise<void> {
        this.delegate = undefined;
        return Promise.resolve();
    }
}
