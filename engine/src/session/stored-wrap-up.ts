import { MAX_DISPOSITION_LENGTH, MAX_NOTES_LENGTH } from '../bridge/protocol';
import type { RecordRef } from '../cti';
import { CALL_END_CAUSES, CALL_PROGRESSES } from '../telephony';
import type { CallEndCause, CallProgress, QualitySummary } from '../telephony';
import type { ActiveCallSessionData } from './call-session-data';
import type { CallLink, CallLinkKind } from './call-event';
import { CallState } from './call-state';
import { copyRecordRef } from './copy-record-ref';
import { definedFields, isRecord } from '../object';

const END_CAUSES: ReadonlySet<string> = new Set(CALL_END_CAUSES);
const PROGRESS: ReadonlySet<string> = new Set(CALL_PROGRESSES);

function isTime(value: unknown): value is number {
    return typeof value === 'number' && Number.isFinite(value);
}

function isTimeOrNull(value: unknown): value is number | null {
    return value === null || isTime(value);
}

function isShortText(value: unknown, max: number): value is string {
    return typeof value === 'string' && value.length <= max;
}

function toRecordRef(value: unknown): RecordRef | undefined {
    if (!isRecord(value) || !isShortText(value['id'], 18) || value['id'] === '') return undefined;
    const { id, name, objectType, personAccount } = value;
    if (name !== undefined && !isShortText(name, 1024)) return undefined;
    if (objectType !== undefined && !isShortText(objectType, 255)) return undefined;
    let person: RecordRef['personAccount'];
    if (personAccount !== undefined) {
        if (!isRecord(personAccount)) return undefined;
        const { accountId, contactId } = personAccount;
        if (accountId !== undefined && !isShortText(accountId, 18)) return undefined;
        if (contactId !== undefined && !isShortText(contactId, 18)) return undefined;
        person = {
            ...definedFields({ accountId, contactId })
        };
    }
    return copyRecordRef({
        id,
        ...definedFields({ name, objectType, personAccount: person })
    });
}

/** A stored quality summary; absent (pages stored before it existed) reads as none, anything else wrong as bad. */
function toQualitySummary(value: unknown): QualitySummary | null | undefined {
    if (value === undefined || value === null) return null;
    if (!isRecord(value)) return undefined;
    const { samples, averageMos, worstMos, worstLossPercent } = value;
    if (![samples, averageMos, worstMos, worstLossPercent].every((n) => isTime(n) && n >= 0))
        return undefined;
    return Object.freeze({
        samples: samples as number,
        averageMos: averageMos as number,
        worstMos: worstMos as number,
        worstLossPercent: worstLossPercent as number
    });
}

function toHeaders(value: unknown): Readonly<Record<string, string>> | undefined {
    if (!isRecord(value)) return undefined;
    const entries = Object.entries(value);
    if (entries.length > 64 || entries.some(([, text]) => !isShortText(text, 4096))) return undefined;
    return Object.freeze(Object.fromEntries(entries) as Record<string, string>);
}

const LINK_KINDS: ReadonlySet<string> = new Set<CallLinkKind>([
    'transferred-to',
    'took-transfer-of',
    'conference-with'
]);

/** Stored links; absent (stored by an older page) reads as none. */
function toLinks(value: unknown): readonly CallLink[] | undefined {
    if (value === undefined) return Object.freeze([]);
    if (!Array.isArray(value) || value.length > 20) return undefined;
    const links: CallLink[] = [];
    for (const item of value) {
        if (!isRecord(item) || !LINK_KINDS.has(String(item['kind'])) || !isShortText(item['number'], 256))
            return undefined;
        links.push({ kind: item['kind'] as CallLinkKind, number: item['number'] });
    }
    return Object.freeze(links);
}

/**
 * The session data of a call in wrap-up, read back from what a page stored before it went away (JSON, so it is
 * checked field by field: storage may hold anything). `undefined` for anything else: another state, a field
 * missing or of the wrong type, text longer than the session allows.
 *
 * @internal
 */
export function readStoredWrapUp(value: unknown): ActiveCallSessionData | undefined {
    if (!isRecord(value) || value['state'] !== CallState.WrapUp) return undefined;
    const v = value;
    const related = v['relatedRecord'] === null ? null : toRecordRef(v['relatedRecord']);
    const matched = Array.isArray(v['matchedRecords']) ? v['matchedRecords'].map(toRecordRef) : undefined;
    const headers = toHeaders(v['headers']);
    const links = toLinks(v['links']);
    const qualitySummary = toQualitySummary(v['qualitySummary']);
    if (
        (v['direction'] !== 'inbound' && v['direction'] !== 'outbound') ||
        !isShortText(v['callId'], 255) ||
        v['callId'] === '' ||
        !isShortText(v['number'], 256) ||
        (v['displayName'] !== null && !isShortText(v['displayName'], 256)) ||
        headers === undefined ||
        (v['progress'] !== null && !PROGRESS.has(String(v['progress']))) ||
        !isTime(v['createdAt']) ||
        !isTime(v['updatedAt']) ||
        !isTimeOrNull(v['ringStartedAt']) ||
        !isTimeOrNull(v['dialStartedAt']) ||
        !isTimeOrNull(v['connectedAt']) ||
        !isTime(v['heldTotalMs']) ||
        !isTime(v['disconnectedAt']) ||
        !isTime(v['wrapUpStartedAt']) ||
        (v['endCause'] !== null && !END_CAUSES.has(String(v['endCause']))) ||
        (v['endDetail'] !== null && !isShortText(v['endDetail'], 4096)) ||
        !isShortText(v['notes'], MAX_NOTES_LENGTH) ||
        (v['disposition'] !== null && !isShortText(v['disposition'], MAX_DISPOSITION_LENGTH)) ||
        related === undefined ||
        matched === undefined ||
        qualitySummary === undefined ||
        matched.length > 200 ||
        links === undefined ||
        matched.some((record) => record === undefined)
    ) {
        return undefined;
    }
    return Object.freeze({
        state: CallState.WrapUp,
        direction: v['direction'],
        callId: v['callId'],
        number: v['number'],
        displayName: v['displayName'] as string | null,
        headers,
        progress: v['progress'] as CallProgress | null,
        createdAt: v['createdAt'],
        updatedAt: v['updatedAt'],
        ringStartedAt: v['ringStartedAt'],
        dialStartedAt: v['dialStartedAt'],
        connectedAt: v['connectedAt'],
        // A wrap-up has no hold going on and no microphone.
        holdStartedAt: null,
        heldTotalMs: v['heldTotalMs'],
        disconnectedAt: v['disconnectedAt'],
        wrapUpStartedAt: v['wrapUpStartedAt'],
        endedAt: null,
        endCause: v['endCause'] as CallEndCause | null,
        endDetail: v['endDetail'] as string | null,
        wrapUpClosedBy: null,
        muted: false,
        notes: v['notes'],
        disposition: v['disposition'] as string | null,
        relatedRecord: related,
        matchedRecords: Object.freeze(matched as RecordRef[]),
        links,
        quality: null,
        qualitySummary
    });
}
