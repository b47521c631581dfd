import { getCountryCallingCode } from 'libphonenumber-js/core';
import { MAX_PHONE_NUMBER_LENGTH } from '../bridge/protocol';
import { toCountryCode } from './default-country';
import { dialableDigits } from './dialable-digits';
import { phoneMetadata } from './phone-metadata';
import { parsePhoneNumber } from './parse-phone-number';

/**
 * A number as the agent should read it: in national format when it belongs to the default country's
 * numbering plan (`(415) 555-0100` for a US agent), in international format otherwise
 * (`+44 20 7946 0958`). Pure; never throws.
 *
 * @remarks
 * "The default country's numbering plan" means the same country calling code, because that is what the
 * agent dials without a `+`: with `US`, a Canadian `+1 416…` number shows as `(416) 555-0100`; with `GB`, a
 * Jersey `+44 1534…` number in the national form.
 *
 * Anything {@link parsePhoneNumber} accepts works, not only E.164; an extension is shown as ` ext. 123`.
 * What it rejects is shown as its dialable characters only (`911`, `1234` for a PBX extension, `''` for
 * `anonymous`), so no markup, control or bidi character from a caller id ever reaches the screen.
 *
 * @param e164 - The number, normally E.164 (`+14155550100`).
 * @param defaultCountry - ISO 3166-1 alpha-2 code of the agent's country (`US`); when it is not valid,
 *   every number is shown in international format.
 *
 * @public
 */
export function formatForDisplay(e164: string, defaultCountry: string): string {
    const parsed = parsePhoneNumber(e164, defaultCountry);
    if (!parsed.ok) {
        return typeof e164 === 'string' && e164.length <= MAX_PHONE_NUMBER_LENGTH ? dialableDigits(e164) : '';
    }
    const country = toCountryCode(defaultCountry);
    // Country calling codes are a prefix code (E.164), so a prefix test is exact.
    const home =
        country !== undefined && parsed.e164.startsWith(`+${getCountryCallingCode(country, phoneMetadata)}`);
    const formatted = home ? parsed.national : parsed.international;
    return parsed.extension === undefined ? formatted : `${formatted} ext. ${parsed.extension}`;
}
