import type {
    CreateVoiceCallRequest,
    CreatedVoiceCall,
    UpdateVoiceCallRequest,
    VoiceCallRecords
} from './voice-call-records';
import { isRecordId } from './voice-call-records';

/** What Visualforce remoting tells the callback besides the result. */
export interface RemotingEvent {
    readonly status: boolean;
    readonly message?: string;
    readonly type?: string;
}

/** `Visualforce.remoting.Manager` as the connector page has it (Visualforce adds it for `$RemoteAction`). */
export interface RemotingManager {
    invokeAction(
        action: string,
        payload: string,
        callback: (result: unknown, event: RemotingEvent) => void,
        options: { readonly escape: boolean; readonly timeout: number }
    ): void;
}

/** The remote action names the page resolves with `{!$RemoteAction.SoftphoneVoiceCallService.…}`. */
export interface VoiceRemoteActions {
    readonly createVoiceCall: string;
    readonly updateVoiceCall: string;
    /** Short-lived TURN credentials (`SoftphoneTurnCredentials` behind it); absent on pages from before TURN. */
    readonly issueTurnCredentials?: string;
}

/** Time limit of one remoting call; Visualforce allows up to 120 s. */
export const REMOTING_TIMEOUT_MS = 30_000;

/** Calls one remote action with `request` as JSON; rejects with the action's own message when it fails. */
export function invokeRemoteAction(
    manager: RemotingManager,
    action: string,
    request: object
): Promise<unknown> {
    return new Promise((resolve, reject) => {
        try {
            manager.invokeAction(
                action,
                JSON.stringify(request),
                (result, event) => {
                    if (event.status) resolve(result);
                    else
                        reject(
                            new Error(event.message ?? `${action} failed (${event.type ?? 'no reason'}).`)
                        );
                },
                { escape: false, timeout: REMOTING_TIMEOUT_MS }
            );
        } catch (error) {
            reject(error instanceof Error ? error : new Error(String(error)));
        }
    });
}

/**
 * {@link VoiceCallRecords} over Visualforce remoting to `SoftphoneVoiceCallService` (Apex), which signs the JWT
 * and calls the Telephony Integration REST API through its Named Credential. Answers are checked: a create
 * must come back with a VoiceCall id.
 */
export class RemotingVoiceCallRecords implements VoiceCallRecords {
    readonly #manager: RemotingManager;
    readonly #actions: VoiceRemoteActions;
    constructor(manager: RemotingManager, actions: VoiceRemoteActions) {
        this.#manager = manager;
        this.#actions = actions;
    }

    async create(request: CreateVoiceCallRequest): Promise<CreatedVoiceCall> {
        const result = await invokeRemoteAction(this.#manager, this.#actions.createVoiceCall, request);
        const voiceCallId =
            typeof result === 'object' && result !== null
                ? (result as { voiceCallId?: unknown }).voiceCallId
                : undefined;
        if (!isRecordId(voiceCallId))
            throw new Error('The VoiceCall service answered without a VoiceCall id.');
        return { voiceCallId };
    }

    async update(request: UpdateVoiceCallRequest): Promise<void> {
        await invokeRemoteAction(this.#manager, this.#actions.updateVoiceCall, request);
    }
}
