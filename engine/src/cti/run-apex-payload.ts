import { describeValue } from '../text';
import { accepted, isRecord, rejected } from './payload-check';
import type { PayloadCheck } from './payload-check';

/**
 * Builds `runApex`'s `methodParams`: "field value pairs formatted as a valid query string"
 * (`name=acme&phone=...`). Names and values are URI-encoded, so `+`, `&` and `=` in a phone number or a name
 * survive. A method without parameters gets `{}`, as the guide says ("none or an empty object, {}").
 */
export function apexMethodParams(params: Readonly<Record<string, string>>): string | Record<string, never> {
    const pairs = Object.entries(params).map(
        ([name, value]) => `${encodeURIComponent(name)}=${encodeURIComponent(value)}`
    );
    return pairs.length === 0 ? {} : pairs.join('&');
}

/** Maps `runApex`'s `returnValue` (`{ runApex: <what the method returned> }`) to the method's result. */
export function apexResultFromPayload(returnValue: unknown): PayloadCheck<unknown> {
    if (!isRecord(returnValue) || !Object.prototype.hasOwnProperty.call(returnValue, 'runApex')) {
        return rejected(`the result should be { runApex: ... } but is ${describeValue(returnValue)}`);
    }
    return accepted(returnValue.runApex);
}
