import { describeValue } from '../text';
import { isSalesforceId } from './salesforce-id';

/**
 * The outcome of checking something Salesforce sent (or something about to be sent) against the documented
 * shape: the value the engine can use, or what was wrong. Mappers return it instead of throwing, and
 * `OpenCtiHost` turns a problem into a `CtiError`.
 */
export type PayloadCheck<T> =
    { readonly ok: true; readonly value: T } | { readonly ok: false; readonly problem: string };

/** A usable value. */
export function accepted<T>(value: T): PayloadCheck<T> {
    return { ok: true, value };
}

/** A value that is not the documented shape, with what is wrong in words an admin can act on. */
export function rejected<T>(problem: string): PayloadCheck<T> {
    return { ok: false, problem };
}

/** A plain object (not null, not an array). */
export { isRecord } from '../object';

/**
 * Reads an optional text field: absent, null and `''` (Open CTI's "the field is empty") are `undefined`;
 * anything but a string is a problem.
 */
export function optionalText(
    payload: Readonly<Record<string, unknown>>,
    field: string
): PayloadCheck<string | undefined> {
    const value = payload[field];
    if (value === undefined || value === null || value === '') return accepted(undefined);
    if (typeof value !== 'string') return rejected(`${field} should be text but is ${describeValue(value)}`);
    return accepted(value);
}

/** Reads an optional record Id field like {@link optionalText}, and checks it is a Salesforce Id. */
export function optionalId(
    payload: Readonly<Record<string, unknown>>,
    field: string
): PayloadCheck<string | undefined> {
    const text = optionalText(payload, field);
    if (!text.ok || text.value === undefined) return text;
    if (!isSalesforceId(text.value)) {
        return rejected(`${field} should be a Salesforce Id but is ${describeValue(text.value)}`);
    }
    return text;
}
