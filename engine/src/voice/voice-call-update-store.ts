import type { CallLogEntry, LogStore, LogStoreLoad, StorageLike } from '../log';
import { LogStorageError, readStoredCallLogs, serializeCallLogs } from '../log';
import { readVoiceCallFields } from './voice-call-update';

/** Storage key of the queued VoiceCall updates; apart from the Open CTI softphone's Task logs. */
export const VOICE_CALL_UPDATES_KEY = 'softphone.voiceCallUpdates.v1';

function rawEntries(text: string): Map<string, Record<string, unknown>> {
    const byCallId = new Map<string, Record<string, unknown>>();
    try {
        const parsed = JSON.parse(text) as { entries?: unknown };
        if (!Array.isArray(parsed.entries)) return byCallId;
        for (const entry of parsed.entries as unknown[]) {
            if (typeof entry !== 'object' || entry === null) continue;
            const { callId, fields } = entry as { callId?: unknown; fields?: unknown };
            if (typeof callId === 'string' && typeof fields === 'object' && fields !== null)
                byCallId.set(callId, fields as Record<string, unknown>);
        }
    } catch {
        // readStoredCallLogs reports unreadable text.
    }
    return byCallId;
}

/**
 * {@link LogStore} for VoiceCall updates in `localStorage`: the shared stored shape (checked by the call log
 * reader) with the VoiceCall fields kept beside the Task-shaped ones. An entry whose VoiceCall part cannot be
 * read is set aside under `<key>.corrupt` and reported, never silently dropped.
 */
export class VoiceCallUpdateStore implements LogStore {
    readonly #storage: StorageLike;
    readonly #key: string;
    constructor(storage: StorageLike, key = VOICE_CALL_UPDATES_KEY) {
        this.#storage = storage;
        this.#key = key;
    }

    load(): LogStoreLoad {
        let text: string | null;
        try {
            text = this.#storage.getItem(this.#key);
        } catch (error) {
            return { entries: [], problem: `stored VoiceCall updates could not be read (${String(error)})` };
        }
        if (text === null) return { entries: [] };
        const stored = readStoredCallLogs(text);
        const raw = rawEntries(text);
        const entries: CallLogEntry[] = [];
        let unreadable = 0;
        for (const entry of stored.entries) {
            const voice = readVoiceCallFields(raw.get(entry.callId) ?? {});
            if (!voice || entry.logObject !== 'VoiceCall') {
                unreadable += 1;
                continue;
            }
            entries.push({ ...entry, fields: { ...entry.fields, ...voice } });
        }
        const problems = [
            stored.problem,
            unreadable > 0 ? `${unreadable} VoiceCall updates could not be read` : undefined
        ].filter((problem): problem is string => problem !== undefined);
        if (problems.length > 0) {
            try {
                this.#storage.setItem(`${this.#key}.corrupt`, text);
            } catch {
                // Reported below all the same.
            }
        }
        return problems.length === 0 ? { entries } : { entries, problem: problems.join('; ') };
    }

    save(entries: readonly CallLogEntry[]): void {
        try {
            if (entries.length === 0) this.#storage.removeItem(this.#key);
            else this.#storage.setItem(this.#key, serializeCallLogs(entries));
        } catch (error) {
            throw new LogStorageError(
                'unavailable',
                `Browser storage refused the VoiceCall updates (${String(error)}); they are kept in memory until sent.`
            );
        }
    }
}
