import type {
    CallEndCause,
    CallProgress,
    IncomingCall,
    RegistrationState,
    TelephonyProviderDelegate
} from '../telephony-provider';
import type { QualitySample } from '../quality/call-quality';

/**
 * One delegate callback as a {@link RecordingDelegate} saw it.
 * @internal
 */
export type TelephonyEvent =
    | { readonly type: 'registration'; readonly state: RegistrationState; readonly reason?: string }
    | { readonly type: 'incoming'; readonly call: IncomingCall }
    | { readonly type: 'progress'; readonly callId: string; readonly progress: CallProgress }
    | { readonly type: 'connected'; readonly callId: string }
    | { readonly type: 'hold'; readonly callId: string; readonly held: boolean }
    | { readonly type: 'dtmf'; readonly callId: string; readonly digits: string }
    | {
          readonly type: 'recovering';
          readonly callId: string;
          readonly recovering: boolean;
          readonly reason?: string;
      }
    | { readonly type: 'quality'; readonly callId: string; readonly sample: QualitySample }
    | {
          readonly type: 'ended';
          readonly callId: string;
          readonly cause: CallEndCause;
          readonly detail?: string;
      };

/**
 * A provider delegate for tests: records every callback, in order, as a {@link TelephonyEvent}.
 * @internal
 */
export class RecordingDelegate implements TelephonyProviderDelegate {
    readonly events: TelephonyEvent[] = [];

    /** Returns the events recorded since the last `take()` and forgets them. */
    take(): TelephonyEvent[] {
        return this.events.splice(0, this.events.length);
    }

    onRegistrationChanged(state: RegistrationState, reason?: string): void {
        this.events.push(
            reason === undefined ? { type: 'registration', state } : { type: 'registration', state, reason }
        );
    }

    onIncomingCall(call: IncomingCall): void {
        this.events.push({ type: 'incoming', call });
    }

    onProgress(callId: string, progress: CallProgress): void {
        this.events.push({ type: 'progress', callId, progress });
    }

    onConnected(callId: string): void {
        this.events.push({ type: 'connected', callId });
    }

    onHoldChanged(callId: string, held: boolean): void {
        this.events.push({ type: 'hold', callId, held });
    }

    onDtmf(callId: string, digits: string): void {
        this.events.push({ type: 'dtmf', callId, digits });
    }

    onCallRecovering(callId: string, recovering: boolean, reason?: string): void {
        this.events.push(
            reason === undefined
                ? { type: 'recovering', callId, recovering }
                : { type: 'recovering', callId, recovering, reason }
        );
    }

    onQuality(callId: string, sample: QualitySample): void {
        this.events.push({ type: 'quality', callId, sample });
    }

    onEnded(callId: string, cause: CallEndCause, detail?: string): void {
        this.events.push(
            detail === undefined ? { type: 'ended', callId, cause } : { type: 'ended', callId, cause, detail }
        );
    }
}
