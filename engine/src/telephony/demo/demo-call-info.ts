import type { CallDirection } from '../../bridge/protocol';
import type { CallProgress } from '../telephony-provider';
import type { DemoCallState } from './demo-call-state';

/**
 * A live demo call as {@link DemoTelephonyProvider.activeCalls} shows it, for the simulator and tests.
 * @public
 */
export interface DemoCallInfo {
    readonly callId: string;
    readonly direction: CallDirection;
    /** The caller's number (inbound) or the dialled number (outbound). */
    readonly remoteNumber: string;
    readonly state: DemoCallState;
    /** Last progress reported for an outbound call that has not connected; absent otherwise. */
    readonly progress?: CallProgress;
    readonly muted: boolean;
}
