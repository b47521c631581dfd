import type { RecordRef, ScreenPopTarget } from '../cti';

/**
 * What the screen pop decided for an inbound call:
 * - `record`: one record, the IVR's case or the only match for the caller's number;
 * - `search`: the search page for the number (several matches, or none, as the settings say);
 * - `new-record`: a new-record modal for the configured object, with the number filled in;
 * - `picker`: several matches and nothing popped, so the softphone offers them to the agent;
 * - `none`: nothing popped (the settings say so, there was nothing to search, or the search failed).
 */
export type ScreenPopDecision = 'record' | 'search' | 'new-record' | 'picker' | 'none';

/** A step of the screen pop that failed; the engine logs the message and shows it to the agent. */
export interface ScreenPopFailure {
    readonly step: 'ivr-search' | 'number-search' | 'pop';
    readonly message: string;
    /** What was thrown: usually a `CtiError` or `CtiTimeoutError`. */
    readonly cause: unknown;
}

/** What the screen pop did, and what it found. */
export interface ScreenPopResult {
    readonly decision: ScreenPopDecision;
    /** The pop asked of Salesforce, if any. */
    readonly target?: ScreenPopTarget;
    /** `true` once Salesforce confirmed the pop. */
    readonly popped: boolean;
    /** The records the decision was made on (the IVR's case, or what the caller's number found). */
    readonly matches: readonly RecordRef[];
    /** The one record the call is about, for the call log's `WhoId` / `WhatId` (see `log/task-relation`). */
    readonly record?: RecordRef;
    /** What found the matches. */
    readonly matchedBy?: 'ivr-case-number' | 'caller-number';
    /** The search string that found the matches, or the last one tried. */
    readonly searchString?: string;
    /** Steps that failed, in order; empty when everything worked. */
    readonly failures: readonly ScreenPopFailure[];
}
