/**
 * Phone numbers, the one way every part of the softphone reads, checks and shows them: click-to-dial, the
 * dial pad, incoming caller ids, screen pop searches and call logs. Built on libphonenumber-js (`core` with
 * the `min` metadata, see `phone-metadata.ts`).
 */
export { parsePhoneNumber } from './parse-phone-number';
export { formatForDisplay } from './format-for-display';
export { dialableDigits } from './dialable-digits';
export { isValidDefaultCountry } from './default-country';
export type {
    ParsedPhoneNumber,
    PhoneParseFailure,
    PhoneParseFailureReason,
    PhoneParseResult
} from './phone-parse-result';
export { readCallerId } from './read-caller-id';
export type { CallerId, PhoneCallerId, UnknownCallerId } from './read-caller-id';
