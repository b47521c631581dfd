import { MAX_CALLER_ID_LENGTH, MAX_DISPLAY_NAME_LENGTH, MAX_HEADER_VALUE_LENGTH } from '../bridge/protocol';
import { TASK_CALL_OBJECT_MAX_LENGTH } from '../log';
import type { IncomingCall, QualitySample, RegistrationState, TelephonyProviderDelegate } from '../telephony';
import { CALL_END_CAUSES, CALL_PROGRESSES } from '../telephony';
import { messageOf } from '../errors';
import { inertText } from '../text';
import { isRecord } from '../object';

/** Where refusals are reported. */
interface BoundaryLog {
    warn(message: string): void;
}

const REGISTRATION_STATES: readonly RegistrationState[] = [
    'unregistered',
    'registering',
    'registered',
    'failed'
];

/** Most IVR headers kept per call, and their longest name. */
export const MAX_HEADERS = 50;
export const MAX_HEADER_NAME_LENGTH = 100;
/** Longest reason or detail kept from the phone system. */
export const MAX_DETAIL_LENGTH = 500;

const HEADER_NAME = /^[a-z0-9][a-z0-9!#$%&'*+.^_`|~-]*$/;

function describe(value: unknown): string {
    if (typeof value === 'string') return `text of ${value.length} characters`;
    if (value === null) return 'null';
    return Array.isArray(value) ? 'a list' : typeof value;
}

/** A call id the engine can track and log: 1 to 255 characters (Task.CallObject), no control characters. */
function readCallId(value: unknown): string | undefined {
    if (typeof value !== 'string' || value === '' || value.length > TASK_CALL_OBJECT_MAX_LENGTH)
        return undefined;
    // eslint-disable-next-line no-control-regex
    return /[\u0000-\u001f\u007f]/.test(value) ? undefined : value;
}

function inRange(value: unknown, max: number): value is number {
    return typeof value === 'number' && Number.isFinite(value) && value >= 0 && value <= max;
}

/** A quality reading with every number in its range (MOS 1 to 4.5, loss a percentage, times under a minute). */
function readQualitySample(value: unknown): QualitySample | undefined {
    if (!isRecord(value)) return undefined;
    const { rttMs, jitterMs, lossPercent, mos } = value;
    if (
        (rttMs !== undefined && !inRange(rttMs, 60_000)) ||
        !inRange(jitterMs, 60_000) ||
        !inRange(lossPercent, 100) ||
        !inRange(mos, 4.5) ||
        mos < 1
    )
        return undefined;
    return { rttMs, jitterMs, lossPercent, mos };
}

/** The IVR headers worth keeping: token names (lower-cased), text values, a bounded number of them. */
function readHeaders(value: unknown, log: BoundaryLog, callId: string): Readonly<Record<string, string>> {
    if (value === undefined || value === null) return {};
    if (!isRecord(value)) {
        log.warn(`Call ${callId}: ignored its headers (${describe(value)}, not a map of names to text).`);
        return {};
    }
    const headers: Record<string, string> = {};
    let dropped = 0;
    for (const [rawName, rawValue] of Object.entries(value)) {
        const name = rawName.trim().toLowerCase();
        if (
            Object.keys(headers).length >= MAX_HEADERS ||
            name.length > MAX_HEADER_NAME_LENGTH ||
            !HEADER_NAME.test(name) ||
            typeof rawValue !== 'string'
        ) {
            dropped += 1;
            continue;
        }
        Object.defineProperty(headers, name, {
            value: inertText(rawValue, MAX_HEADER_VALUE_LENGTH),
            enumerable: true,
            writable: true,
            configurable: true
        });
    }
    if (dropped > 0) log.warn(`Call ${callId}: ignored ${dropped} header(s) that were not a name and text.`);
    return headers;
}

/**
 * Wraps the engine's provider delegate so that whatever a phone system sends (through the SIP provider,
 * from a PBX the softphone does not control) reaches the engine checked:
 *
 * - an incoming call needs a usable call id (else it is refused with a logged reason: it could be neither
 *   tracked nor logged); its caller id and display name become inert text of bounded length (control and
 *   direction characters out), anything else in their place an unknown caller; headers keep token names and
 *   text values only;
 * - events name a call id and carry values from their fixed sets; an unknown end cause still ends the call
 *   (as `error`), so a strange answer never leaves a call on screen;
 * - an engine handler that throws is logged and does not reach the provider.
 *
 * @public
 */
export function guardProviderDelegate(
    engine: TelephonyProviderDelegate,
    log: BoundaryLog
): TelephonyProviderDelegate {
    const run = (what: string, action: () => void): void => {
        try {
            action();
        } catch (error) {
            log.warn(`The softphone failed to handle ${what}: ${messageOf(error)}`);
        }
    };
    const callIdOf = (value: unknown, what: string): string | undefined => {
        const callId = readCallId(value);
        if (callId === undefined)
            log.warn(`Ignored ${what} from the phone system: its call id is ${describe(value)}.`);
        return callId;
    };
    return {
        onRegistrationChanged: (state: unknown, reason?: unknown) => {
            const known = REGISTRATION_STATES.find((candidate) => candidate === state);
            if (known === undefined) {
                log.warn(`Ignored a registration change to ${inertText(String(state), 40)}.`);
                return;
            }
            const detail =
                reason === undefined ? undefined : inertText(reason, MAX_DETAIL_LENGTH) || undefined;
            run('a registration change', () => engine.onRegistrationChanged?.(known, detail));
        },
        onIncomingCall: (raw: unknown) => {
            if (!isRecord(raw)) {
                log.warn(`Refused an incoming call: the phone system sent ${describe(raw)}.`);
                return;
            }
            const callId = callIdOf(raw['callId'], 'an incoming call');
            if (callId === undefined) return;
            if (typeof raw['from'] !== 'string') {
                log.warn(
                    `Call ${callId}: the caller id is ${describe(raw['from'])}; shown as an unknown caller.`
                );
            }
            const displayName = inertText(raw['displayName'], MAX_DISPLAY_NAME_LENGTH);
            const call: IncomingCall = {
                callId,
                from: inertText(raw['from'], MAX_CALLER_ID_LENGTH),
                ...(displayName === '' ? {} : { displayName }),
                headers: readHeaders(raw['headers'], log, callId)
            };
            run(`incoming call ${callId}`, () => engine.onIncomingCall?.(call));
        },
        onProgress: (rawCallId: unknown, progress: unknown) => {
            const callId = callIdOf(rawCallId, 'call progress');
            const known = CALL_PROGRESSES.find((candidate) => candidate === progress);
            if (callId === undefined) return;
            if (known === undefined) {
                log.warn(`Call ${callId}: ignored progress ${inertText(String(progress), 40)}.`);
                return;
            }
            run(`progress of call ${callId}`, () => engine.onProgress?.(callId, known));
        },
        onConnected: (rawCallId: unknown) => {
            const callId = callIdOf(rawCallId, 'a connected call');
            if (callId !== undefined) run(`call ${callId} connecting`, () => engine.onConnected?.(callId));
        },
        onHoldChanged: (rawCallId: unknown, held: unknown) => {
            const callId = callIdOf(rawCallId, 'a hold change');
            if (callId === undefined) return;
            if (typeof held !== 'boolean') {
                log.warn(`Call ${callId}: ignored a hold change that is ${describe(held)}.`);
                return;
            }
            run(`a hold change of call ${callId}`, () => engine.onHoldChanged?.(callId, held));
        },
        onCallRecovering: (rawCallId: unknown, recovering: unknown, reason?: unknown) => {
            const callId = callIdOf(rawCallId, 'a call recovering');
            if (callId === undefined || typeof recovering !== 'boolean') return;
            const text = reason === undefined ? '' : inertText(reason, MAX_DETAIL_LENGTH);
            run(`the recovery of call ${callId}`, () =>
                engine.onCallRecovering?.(callId, recovering, text === '' ? undefined : text)
            );
        },
        onQuality: (rawCallId: unknown, raw: unknown) => {
            const callId = callIdOf(rawCallId, 'a quality reading');
            if (callId === undefined) return;
            const sample = readQualitySample(raw);
            if (sample === undefined) {
                log.warn(`Call ${callId}: ignored a quality reading that is not numbers in range.`);
                return;
            }
            run(`a quality reading of call ${callId}`, () => engine.onQuality?.(callId, sample));
        },
        onDtmf: (rawCallId: unknown, digits: unknown) => {
            const callId = callIdOf(rawCallId, 'digits');
            if (callId === undefined || typeof digits !== 'string' || !/^[0-9A-D*#]{1,64}$/.test(digits))
                return;
            run(`digits on call ${callId}`, () => engine.onDtmf?.(callId, digits));
        },
        onEnded: (rawCallId: unknown, cause: unknown, detail?: unknown) => {
            const callId = callIdOf(rawCallId, 'the end of a call');
            if (callId === undefined) return;
            const known = CALL_END_CAUSES.find((candidate) => candidate === cause);
            if (known === undefined)
                log.warn(`Call ${callId} ended with an unknown cause; counted as an error.`);
            const text = detail === undefined ? '' : inertText(detail, MAX_DETAIL_LENGTH);
            run(`the end of call ${callId}`, () =>
                engine.onEnded?.(callId, known ?? 'error', text === '' ? undefined : text)
            );
        }
    };
}
