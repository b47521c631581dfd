import { turnCredentialsFromApex } from '../cti/apex-turn-credentials';
import type { FetchTurnCredentials } from '../telephony/sip/ice-server-source';
import { invokeRemoteAction } from './remoting-voice-call-records';
import type { RemotingManager } from './remoting-voice-call-records';

/**
 * Fetches short-lived TURN credentials for the Voice connector through Visualforce remoting: the remote action
 * `SoftphoneVoiceCallService.issueTurnCredentials` answers what `SoftphoneTurnCredentials.issue` answers the
 * Open CTI softphone through `runApex`, and the same reader checks it. A refusal (no permission, no secret
 * configured) rejects with Apex's own words, which name the fix and never the secret.
 */
export function remotingTurnCredentials(manager: RemotingManager, action: string): FetchTurnCredentials {
    return async () => turnCredentialsFromApex(await invokeRemoteAction(manager, action, {}));
}
