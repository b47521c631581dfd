import { decodeFrameMessage, isMessageId, isPlainRecord } from './frame-envelope';

/** What the console asks of the engine's demo line: ring the agent, or hang up as the caller. */
export type DemoLineCommand =
    | {
          readonly kind: 'ring';
          /** The caller's number as the phone system signals it. */
          readonly from: string;
          readonly displayName?: string;
          /** IVR data on the call, e.g. `{ 'X-Case-Number': '00001026' }`. */
          readonly headers: Readonly<Record<string, string>>;
      }
    | { readonly kind: 'hang-up'; readonly callId: string };

/** Console → panel: a demo line command. */
export interface DemoLineCommandMessage {
    readonly type: 'demo-line-command';
    readonly id: number;
    readonly command: DemoLineCommand;
}

/** What became of a command: the call's id, or why the demo line refused. */
export type DemoLineResult =
    { readonly ok: true; readonly callId: string } | { readonly ok: false; readonly error: string };

/** Panel → console: the result of the command with the same id. */
export interface DemoLineResultMessage {
    readonly type: 'demo-line-result';
    readonly id: number;
    readonly result: DemoLineResult;
}

function textRecord(value: unknown): Record<string, string> | undefined {
    if (!isPlainRecord(value)) return undefined;
    const entries = Object.entries(value);
    return entries.every(([, text]) => typeof text === 'string')
        ? (Object.fromEntries(entries) as Record<string, string>)
        : undefined;
}

function parseCommand(value: unknown): DemoLineCommand | undefined {
    if (!isPlainRecord(value)) return undefined;
    if (value.kind === 'hang-up') {
        return typeof value.callId === 'string' ? { kind: 'hang-up', callId: value.callId } : undefined;
    }
    const headers = textRecord(value.headers);
    if (value.kind !== 'ring' || typeof value.from !== 'string' || !headers) return undefined;
    if (value.displayName !== undefined && typeof value.displayName !== 'string') return undefined;
    return {
        kind: 'ring',
        from: value.from,
        ...(value.displayName === undefined ? {} : { displayName: value.displayName }),
        headers
    };
}

/** Reads a {@link DemoLineCommandMessage}; `undefined` for anything else or anything malformed. */
export function parseDemoLineCommand(raw: unknown): DemoLineCommandMessage | undefined {
    const message = decodeFrameMessage(raw);
    if (message?.type !== 'demo-line-command' || !isMessageId(message.id)) return undefined;
    const command = parseCommand(message.command);
    return command && { type: 'demo-line-command', id: message.id, command };
}

/** Reads a {@link DemoLineResultMessage}; `undefined` for anything else or anything malformed. */
export function parseDemoLineResult(raw: unknown): DemoLineResultMessage | undefined {
    const message = decodeFrameMessage(raw);
    if (message?.type !== 'demo-line-result' || !isMessageId(message.id) || !isPlainRecord(message.result)) {
        return undefined;
    }
    const { result } = message;
    if (result.ok === true && typeof result.callId === 'string') {
        return { type: 'demo-line-result', id: message.id, result: { ok: true, callId: result.callId } };
    }
    if (result.ok === false && typeof result.error === 'string') {
        return { type: 'demo-line-result', id: message.id, result: { ok: false, error: result.error } };
    }
    return undefined;
}
