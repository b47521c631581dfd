import type { OpenCtiResponse } from '../../engine/src/cti';
import { describeValue } from '../../engine/src/text';

/** One entry of `errors`, as "Common Error Messages for Lightning Experience Methods" documents it. */
export interface OpenCtiErrorObject {
    readonly code: string;
    readonly description: string;
    readonly details?: unknown;
}

/** What a method's callback receives. */
export type OpenCtiAnswer = OpenCtiResponse<unknown>;

/** A successful answer. */
export function succeeded(returnValue: unknown = null): OpenCtiAnswer {
    return { success: true, returnValue, errors: null };
}

/** A failed answer: `errors` is an array of `{ code, description, details? }`. */
export function failed(code: string, description: string, details?: unknown): OpenCtiAnswer {
    const error: OpenCtiErrorObject = { code, description, ...(details === undefined ? {} : { details }) };
    return { success: false, returnValue: null, errors: [error] };
}

/**
 * `INVALID_PARAM`, worded like the guide's sample: "An invalid value was passed to the parameter X. A
 * numeric value was expected, but undefined was found instead."
 */
export function invalidParam(name: string, expected: string, found: unknown): OpenCtiAnswer {
    return failed(
        'INVALID_PARAM',
        `An invalid value was passed to the parameter ${name}. ${expected} was expected, but ${describeValue(found)} was found instead.`
    );
}

/** The answer of every call made before the console is there (the guide's `SOFTPHONE_CONTAINER_ERROR`). */
export const CONTAINER_NOT_READY: OpenCtiAnswer = failed(
    'SOFTPHONE_CONTAINER_ERROR',
    'Unable to execute sendPostMessage because the softphone container hasn’t initialized yet.'
);
