import { encodeFrameMessage } from '../messages/frame-envelope';
import { parseDemoLineResult } from '../messages/demo-line-messages';
import type { DemoLineCommand, DemoLineCommandMessage } from '../messages/demo-line-messages';
import type { CallerLine, CallerResult } from './caller-line';

/** How long the console waits for the panel to answer a command. */
export const DEMO_LINE_TIMEOUT_MS = 5000;

export interface DemoLineCallerOptions {
    /** Posts a message to the utility panel's frame; `undefined` while there is no panel. */
    readonly post: () => ((message: string) => void) | undefined;
    readonly timeoutMs?: number;
}

/** The demo line as a {@link CallerLine}, and the way in for the panel's answers. */
export interface DemoLineCaller extends CallerLine {
    /** Hands a message the panel posted to the caller. */
    receive(raw: unknown): void;
}

/**
 * A {@link CallerLine} over the engine's demo phone system: each action is a command posted to the utility
 * panel, which runs it on `startEngine(...).demo()` (`simulateIncomingCall`, `simulateCallerHangUp`) and posts
 * the result back. No answer within the time limit is an error, not a hang.
 */
export function createDemoLineCaller(options: DemoLineCallerOptions): DemoLineCaller {
    const timeoutMs = options.timeoutMs ?? DEMO_LINE_TIMEOUT_MS;
    const waiting = new Map<number, (result: CallerResult) => void>();
    let nextId = 1;

    const send = (command: DemoLineCommand): Promise<CallerResult> => {
        const post = options.post();
        if (!post) return Promise.resolve({ ok: false, error: 'The softphone panel is not loaded.' });
        const id = nextId++;
        return new Promise((resolve) => {
            const timer = setTimeout(() => {
                waiting.delete(id);
                resolve({ ok: false, error: `The softphone did not answer within ${timeoutMs / 1000} s.` });
            }, timeoutMs);
            waiting.set(id, (result) => {
                clearTimeout(timer);
                resolve(result);
            });
            const message: DemoLineCommandMessage = { type: 'demo-line-command', id, command };
            post(encodeFrameMessage(message));
        });
    };

    return {
        description: 'the demo line inside the softphone',
        ring: (call) => send({ kind: 'ring', ...call }),
        hangUp: (callId) => send({ kind: 'hang-up', callId }),
        receive(raw) {
            const message = parseDemoLineResult(raw);
            const resolve = message && waiting.get(message.id);
            if (!message || !resolve) return;
            waiting.delete(message.id);
            resolve(message.result);
        }
    };
}
