/**
 * The VoiceCall records of Salesforce Voice, as the connector asks for them. The Telephony Integration REST API
 * creates and updates them with a JWT signed by the org's key, so the browser never calls it: an Apex service
 * does (`SoftphoneVoiceCallService`), and the connector reaches that service through Visualforce remoting.
 */

/** How a call began, as the Telephony Integration API's `initiationMethod` spells it. */
export type VoiceCallInitiation = 'Inbound' | 'Outbound';

/** What the connector sends to create the VoiceCall of an inbound call, before Salesforce hears of the call. */
export interface CreateVoiceCallRequest {
    /** The phone system's unique call id (the SIP Call-ID): the VoiceCall's `vendorCallKey`. */
    readonly vendorCallKey: string;
    /** The caller's number, E.164 where it reads as one. */
    readonly from: string;
    /** The number or extension that was called: the agent's line. */
    readonly to: string;
    readonly initiationMethod: VoiceCallInitiation;
    /** ISO 8601, UTC. */
    readonly startTime: string;
}

/** What the Telephony Integration API answered for a created VoiceCall. */
export interface CreatedVoiceCall {
    /** The VoiceCall record's id (`0LQ…`). */
    readonly voiceCallId: string;
}

/** What the connector sends once a call is over: the VoiceCall is found by `vendorCallKey` (or its id). */
export interface UpdateVoiceCallRequest {
    readonly vendorCallKey: string;
    /** Known when the VoiceCall was created by the connector; Salesforce finds it by key otherwise. */
    readonly voiceCallId?: string;
    readonly initiationMethod: VoiceCallInitiation;
    readonly from: string;
    readonly to: string;
    /** ISO 8601, UTC. */
    readonly startTime: string;
    readonly endTime: string;
    /** When the agent (inbound) or the other party (outbound) answered; absent for an unanswered call. */
    readonly acceptTime?: string;
    /** Whole seconds on hold. */
    readonly totalHoldDuration: number;
}

/**
 * The Apex service's two operations. Both reject with an Error whose message says what failed (the service's
 * own words, or the transport's); neither is retried here: the callers decide (creating is retried while the
 * call rings, updating goes through the durable queue).
 */
export interface VoiceCallRecords {
    create(request: CreateVoiceCallRequest): Promise<CreatedVoiceCall>;
    update(request: UpdateVoiceCallRequest): Promise<void>;
}

/** Salesforce record ids are 15 or 18 letters and digits. */
export function isRecordId(value: unknown): value is string {
    return typeof value === 'string' && /^[a-zA-Z0-9]{15}([a-zA-Z0-9]{3})?$/.test(value);
}
