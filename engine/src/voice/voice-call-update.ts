import type { CallLogDraft, CallLogEntry, CallLogFields, CallLogWriteResult, CallLogWriter } from '../log';
import { CallLogWriteError } from '../log';
import type { UpdateVoiceCallRequest, VoiceCallInitiation, VoiceCallRecords } from './voice-call-records';
import { isRecordId } from './voice-call-records';

/**
 * The fields of a VoiceCall update as the durable call log queue keeps them: the Task-shaped fields every
 * queued log has (subject, call type, talk time, day) and what the Telephony Integration API's update takes.
 * `EndTime` is absent while the call is still going on (its entry is held); if the page goes away first,
 * the entry's last change is taken as the end.
 */
export interface VoiceCallUpdateFields extends CallLogFields {
    readonly VoiceCallId?: string;
    readonly InitiationMethod: VoiceCallInitiation;
    readonly FromNumber: string;
    readonly ToNumber: string;
    readonly StartTime: string;
    readonly EndTime?: string;
    readonly AcceptTime?: string;
    readonly TotalHoldSeconds: number;
}

/** A queued VoiceCall update. */
export interface VoiceCallUpdateDraft extends CallLogDraft {
    readonly logObject: 'VoiceCall';
    readonly fields: VoiceCallUpdateFields;
}

const ISO_TIME = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z$/;

/** The VoiceCall part of stored fields, or undefined when it is missing or malformed. */
export function readVoiceCallFields(
    fields: Readonly<Record<string, unknown>>
): Omit<VoiceCallUpdateFields, keyof CallLogFields> | undefined {
    const {
        VoiceCallId,
        InitiationMethod,
        FromNumber,
        ToNumber,
        StartTime,
        EndTime,
        AcceptTime,
        TotalHoldSeconds
    } = fields;
    const optionalTime = (value: unknown): boolean =>
        value === undefined || (typeof value === 'string' && ISO_TIME.test(value));
    if (
        (VoiceCallId !== undefined && !isRecordId(VoiceCallId)) ||
        (InitiationMethod !== 'Inbound' && InitiationMethod !== 'Outbound') ||
        typeof FromNumber !== 'string' ||
        typeof ToNumber !== 'string' ||
        typeof StartTime !== 'string' ||
        !ISO_TIME.test(StartTime) ||
        !optionalTime(EndTime) ||
        !optionalTime(AcceptTime) ||
        typeof TotalHoldSeconds !== 'number' ||
        !Number.isFinite(TotalHoldSeconds) ||
        TotalHoldSeconds < 0
    )
        return undefined;
    return {
        ...(VoiceCallId === undefined ? {} : { VoiceCallId }),
        InitiationMethod,
        FromNumber,
        ToNumber,
        StartTime,
        ...(EndTime === undefined ? {} : { EndTime: EndTime as string }),
        ...(AcceptTime === undefined ? {} : { AcceptTime: AcceptTime as string }),
        TotalHoldSeconds
    };
}

/** The Telephony Integration update for a queued entry. */
export function toUpdateRequest(entry: CallLogEntry): UpdateVoiceCallRequest {
    const voice = readVoiceCallFields(entry.fields as unknown as Record<string, unknown>);
    if (!voice) throw new CallLogWriteError(`The VoiceCall update of call ${entry.callId} is incomplete.`);
    return {
        vendorCallKey: entry.callId,
        ...(voice.VoiceCallId === undefined ? {} : { voiceCallId: voice.VoiceCallId }),
        initiationMethod: voice.InitiationMethod,
        from: voice.FromNumber,
        to: voice.ToNumber,
        startTime: voice.StartTime,
        endTime: voice.EndTime ?? new Date(entry.updatedAt).toISOString(),
        ...(voice.AcceptTime === undefined ? {} : { acceptTime: voice.AcceptTime }),
        totalHoldDuration: Math.round(voice.TotalHoldSeconds)
    };
}

/**
 * {@link CallLogWriter} for `VoiceCall` entries: ends the call's VoiceCall through the Telephony Integration
 * API (by the Apex service). The API's update is keyed by the vendor call key, so writing twice updates the
 * same record. Task entries are refused: they belong to the Open CTI writer.
 */
export class VoiceCallUpdateWriter implements CallLogWriter {
    readonly #records: VoiceCallRecords;
    readonly #onWritten: ((entry: CallLogEntry) => void) | undefined;
    constructor(records: VoiceCallRecords, onWritten?: (entry: CallLogEntry) => void) {
        this.#records = records;
        this.#onWritten = onWritten;
    }

    async write(entry: CallLogEntry): Promise<CallLogWriteResult> {
        if (entry.logObject !== 'VoiceCall')
            throw new CallLogWriteError(`The VoiceCall writer cannot log on ${entry.logObject}.`);
        const request = toUpdateRequest(entry);
        await this.#records.update(request);
        this.#onWritten?.(entry);
        return { recordId: request.voiceCallId ?? request.vendorCallKey };
    }
}
