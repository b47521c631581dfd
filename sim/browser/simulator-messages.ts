import { OPEN_CTI_METHODS } from '../open-cti/open-cti-methods';
import type { OpenCtiCallRecord } from '../open-cti/fake-open-cti';

/** Marks the simulator's own messages between the utility panel and the console frame. */
export const SIMULATOR_CHANNEL = 'softphone-simulator';

/** Panel → console: the adapter called the fake `sforce.opencti`. */
export interface OpenCtiCallMessage {
    readonly channel: typeof SIMULATOR_CHANNEL;
    readonly type: 'open-cti-call';
    readonly call: OpenCtiCallRecord;
}

/** Serialises an Open CTI call for `postMessage` (JSON text: no live objects cross frames). */
export function openCtiCallMessage(call: OpenCtiCallRecord): string {
    const message: OpenCtiCallMessage = { channel: SIMULATOR_CHANNEL, type: 'open-cti-call', call };
    return JSON.stringify(message);
}

function isRecord(value: unknown): value is Record<string, unknown> {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Reads a posted message; `undefined` unless it is a well-formed simulator message. */
export function parseSimulatorMessage(raw: unknown): OpenCtiCallMessage | undefined {
    if (typeof raw !== 'string') return undefined;
    let data: unknown;
    try {
        data = JSON.parse(raw);
    } catch {
        return undefined;
    }
    if (!isRecord(data) || data.channel !== SIMULATOR_CHANNEL || data.type !== 'open-cti-call')
        return undefined;
    const call = data.call;
    if (!isRecord(call) || typeof call.at !== 'number') return undefined;
    const method = OPEN_CTI_METHODS.find((name) => name === call.method);
    if (!method || (call.outcome !== 'success' && call.outcome !== 'unsupported')) return undefined;
    return {
        channel: SIMULATOR_CHANNEL,
        type: 'open-cti-call',
        call: { method, outcome: call.outcome, at: call.at }
    };
}
