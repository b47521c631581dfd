import type { CallProgress } from '../telephony-provider';
import type { DemoCallState } from './demo-call-state';

/** Which side placed a demo call. @public */
export type DemoCallDirection = 'inbound' | 'outbound';

/**
 * A live demo call as {@link DemoTelephonyProvider.activeCalls} shows it, for the simulator and tests.
 * @public
 */
export interface DemoCallInfo {
    readonly callId: string;
    readonly direction: DemoCallDirection;
    /** The caller's number (inbound) or the dialled number (outbound). */
    readonly remoteNumber: string;
    readonly state: DemoCallState;
    /** Last progress reported for an outbound call that has not connected; absent otherwise. */
    readonly progress?: CallProgress;
    readonly muted: boolean;
}
