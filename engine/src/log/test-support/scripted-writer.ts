import type { CallLogEntry } from '../call-log-entry';
import type { CallLogWriteResult, CallLogWriter } from '../call-log-writer';
import type { LogStore } from '../log-store';

/**
 * What one scripted write does: succeed, fail with an error, never answer, or wait for the test to settle
 * it through {@link ScriptedWriter.manual}.
 */
export type WriteOutcome = 'ok' | 'hang' | 'manual' | Error;

/** One call of {@link ScriptedWriter.write}, with what the store held at that moment. */
export interface RecordedWrite {
    readonly entry: CallLogEntry;
    readonly storedCallIds: readonly string[];
}

/** A write the test settles by hand. */
export interface ManualWrite {
    succeed(): void;
    fail(error: Error): void;
}

/**
 * A {@link CallLogWriter} that answers from a script (then `fallback`, `ok` unless changed), records every
 * write, and notes which call ids the store held when each write started. `failWhen` fails chosen entries
 * whatever the script says.
 */
export class ScriptedWriter implements CallLogWriter {
    readonly writes: RecordedWrite[] = [];
    readonly manual: ManualWrite[] = [];
    fallback: WriteOutcome = 'ok';
    failWhen: (entry: CallLogEntry) => Error | undefined = () => undefined;
    inFlight = 0;
    maxInFlight = 0;
    private readonly script: WriteOutcome[] = [];
    private nextId = 1;

    constructor(private readonly store?: LogStore) {}

    /** Queues outcomes for the next writes, in order. */
    answer(...outcomes: WriteOutcome[]): this {
        this.script.push(...outcomes);
        return this;
    }

    write(entry: CallLogEntry): Promise<CallLogWriteResult> {
        this.writes.push({
            entry,
            storedCallIds: this.store?.load().entries.map((stored) => stored.callId) ?? []
        });
        const forced = this.failWhen(entry);
        const outcome = forced ?? this.script.shift() ?? this.fallback;
        if (outcome === 'hang') return new Promise(() => undefined);
        this.inFlight += 1;
        this.maxInFlight = Math.max(this.maxInFlight, this.inFlight);
        const recordId = `00T${String(this.nextId++).padStart(12, '0')}`;
        const settled = new Promise<CallLogWriteResult>((resolve, reject) => {
            if (outcome === 'manual') {
                this.manual.push({ succeed: () => resolve({ recordId }), fail: reject });
            } else if (outcome instanceof Error) {
                reject(outcome);
            } else {
                resolve({ recordId });
            }
        });
        const done = (): void => {
            this.inFlight -= 1;
        };
        settled.then(done, done);
        return settled;
    }

    /** Call ids in the order they were written. */
    get writtenCallIds(): string[] {
        return this.writes.map((write) => write.entry.callId);
    }
}
