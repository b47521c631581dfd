import type { AgentStatus, EngineSnapshot, NoticeKey, NoticeView } from '../bridge';
import type { RecordRef } from '../cti';
import { channelResult, isFromSoftphone, readChannelCommand } from './channel-protocol';
import type {
    ChannelCall,
    ChannelCommandMessage,
    ChannelRefusal,
    SoftphoneMessage
} from './channel-protocol';
import { channelStateOf } from './channel-state';
import { definedFields } from '../object';

/** A Lightning message channel as the softphone uses it (Open CTI's LMS methods in the adapter page). */
export interface MessageChannelTransport {
    /** Delivers every payload published on the channel, the softphone's own too; resolves once subscribed. */
    subscribe(listener: (payload: unknown) => void): Promise<void>;
    publish(payload: SoftphoneMessage): Promise<void>;
    unsubscribe(): Promise<void>;
}

/** A command from the channel as the engine runs it: the panel's own `dial` and `set-agent-status`. */
export type ExternalCommand =
    | { readonly type: 'dial'; readonly number: string; readonly record?: RecordRef }
    | { readonly type: 'set-agent-status'; readonly status: AgentStatus };

/** What running an {@link ExternalCommand} came to: the notice that refused it, the call it placed. */
export interface ExternalOutcome {
    readonly notice?: NoticeView;
    readonly callId?: string;
}

/** The softphone, as the channel drives it. */
export interface ChannelEngine {
    snapshot(): EngineSnapshot;
    /** Runs the command through the same checks as the panel's; never throws. */
    runExternalCommand(command: ExternalCommand): Promise<ExternalOutcome>;
}

export interface ChannelLinkOptions {
    readonly transport: MessageChannelTransport;
    readonly engine: ChannelEngine;
    readonly log: { warn(message: string): void; info(message: string): void };
}

/** The refusal a notice stands for; notices that refuse nothing (information) are not refusals. */
const REFUSAL_OF_NOTICE: Readonly<Partial<Record<NoticeKey, ChannelRefusal>>> = {
    'busy-on-call': 'busy',
    'invalid-number': 'invalid-number',
    'invalid-digits': 'invalid-number',
    'active-in-another-tab': 'another-tab',
    'command-failed': 'failed',
    'microphone-denied': 'failed',
    'registration-failed': 'failed'
};

/** The refusal for a command's outcome, with the notice's detail; undefined when it went through. */
export function refusalOf(
    outcome: ExternalOutcome
): { readonly reason: ChannelRefusal; readonly detail?: string } | undefined {
    const notice = outcome.notice;
    if (!notice) return undefined;
    const reason = REFUSAL_OF_NOTICE[notice.key];
    if (reason === undefined) return undefined;
    return { reason, ...definedFields({ detail: notice.detail }) };
}

/** The engine command for a channel command (`get-state` is the link's own business). */
export function externalCommandOf(command: ChannelCommandMessage): ExternalCommand | undefined {
    if (command.type === 'set-status') return { type: 'set-agent-status', status: command.status };
    if (command.type !== 'dial') return undefined;
    const record: RecordRef | undefined =
        command.recordId === undefined
            ? undefined
            : {
                  id: command.recordId,
                  ...definedFields({ name: command.recordName, objectType: command.objectType })
              };
    return { type: 'dial', number: command.number, ...definedFields({ record }) };
}

/**
 * Links the softphone to its Lightning message channel: publishes its state whenever what the channel shows
 * changes, and runs the commands published there through the engine, answering each with a `result`.
 * Malformed commands are refused with the field at fault; nothing a publisher sends can throw in here.
 */
export class ChannelLink {
    #lastPublished = '';
    #lastCall: ChannelCall | undefined;
    #disposed = false;
    #publishFailed = false;

    readonly #options: ChannelLinkOptions;
    constructor(options: ChannelLinkOptions) {
        this.#options = options;
    }

    /** Subscribes to the channel and publishes the current state. */
    async start(): Promise<void> {
        await this.#options.transport.subscribe((payload) => void this.#receive(payload));
        this.update(this.#options.engine.snapshot(), true);
    }

    /** The engine published a snapshot: the channel hears of it when what it shows changed. */
    update(snapshot: EngineSnapshot, force = false): void {
        if (this.#disposed) return;
        const state = channelStateOf(snapshot, this.#lastCall);
        const text = JSON.stringify(state);
        if (text === this.#lastPublished && !force) return;
        this.#lastPublished = text;
        this.#lastCall = state.call;
        this.#send(state);
    }

    async dispose(): Promise<void> {
        this.#disposed = true;
        await this.#options.transport.unsubscribe().catch((error: unknown) => {
            this.#options.log.warn(`Message channel: unsubscribe failed: ${String(error)}`);
        });
    }

    async #receive(payload: unknown): Promise<void> {
        if (this.#disposed || isFromSoftphone(payload)) return;
        const read = readChannelCommand(payload);
        if (!read.ok) {
            this.#options.log.warn(`Message channel: refused a message (${read.reason}): ${read.detail}`);
            this.#send(channelResult(read.requestId, undefined, read));
            return;
        }
        const command = read.value;
        const from = command.source === undefined ? '' : ` from ${command.source}`;
        this.#options.log.info(`Message channel: ${command.type}${from}`);
        const external = externalCommandOf(command);
        if (!external) {
            this.update(this.#options.engine.snapshot(), true);
            this.#send(channelResult(command.requestId, command.type, {}));
            return;
        }
        const snapshot = this.#options.engine.snapshot();
        if (snapshot.status !== 'ready') {
            const detail = `the softphone is ${snapshot.status}`;
            this.#send(channelResult(command.requestId, command.type, { reason: 'not-ready', detail }));
            return;
        }
        const outcome = await this.#options.engine.runExternalCommand(external);
        const refusal = refusalOf(outcome);
        this.#send(
            channelResult(
                command.requestId,
                command.type,
                refusal ?? definedFields({ callId: outcome.callId })
            )
        );
    }

    #send(message: SoftphoneMessage): void {
        this.#options.transport.publish(message).then(
            () => {
                this.#publishFailed = false;
            },
            (error: unknown) => {
                // One warning per outage, not one per snapshot.
                if (!this.#publishFailed)
                    this.#options.log.warn(`Message channel: publish failed: ${String(error)}`);
                this.#publishFailed = true;
            }
        );
    }
}
