/**
 * Who placed the call: `inbound` (offered to the agent) or `outbound` (dialled by the agent).
 * @public
 */
export type CallDirection = 'inbound' | 'outbound';
