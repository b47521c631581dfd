import type { CountryCode } from 'libphonenumber-js/core';
import { isSupportedCountry } from 'libphonenumber-js/core';
import { phoneMetadata } from './phone-metadata';

const ALPHA_2 = /^[A-Z]{2}$/;

/**
 * Whether `code` can be the softphone's default country: an upper-case ISO 3166-1 alpha-2 code that the
 * numbering-plan metadata knows (`US`, `GB`, `DE`). For validating the Call Center setting at start.
 *
 * @remarks
 * Case matters (`us` is rejected), so a settings screen shows the admin the canonical form; upper-case the
 * value first if lenient input is wanted. `UK` is rejected: the ISO code is `GB`. Never throws.
 *
 * @public
 */
export function isValidDefaultCountry(code: string): boolean {
    return toCountryCode(code) !== undefined;
}

/**
 * `code` as the library's country type when it is a valid default country, else `undefined`.
 *
 * @internal
 */
export function toCountryCode(code: unknown): CountryCode | undefined {
    if (typeof code !== 'string' || !ALPHA_2.test(code)) return undefined;
    return isSupportedCountry(code as CountryCode, phoneMetadata) ? (code as CountryCode) : undefined;
}
