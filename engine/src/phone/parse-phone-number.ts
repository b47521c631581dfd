import type { CountryCode, PhoneNumber } from 'libphonenumber-js/core';
import { parsePhoneNumberFromString, validatePhoneNumberLength } from 'libphonenumber-js/core';
import { toCountryCode } from './default-country';
import { cleanPhoneText } from './phone-characters';
import { MAX_CALLER_ID_LENGTH, MAX_PHONE_NUMBER_LENGTH } from '../bridge/protocol';
import { phoneMetadata } from './phone-metadata';
import type { ParsedPhoneNumber, PhoneParseFailure, PhoneParseResult } from './phone-parse-result';
import { phoneParseFailure } from './phone-parse-result';
import { splitExtension } from './split-extension';
import { unwrapPhoneUri } from './unwrap-phone-uri';
import { isWithheldCallerId } from './withheld-caller-id';

/** Separators people write between digits; everything else but digits and a leading `+` is rejected. */
const SEPARATORS = /[\s.\-()/]/g;
const DIALLED_DIGITS = /^\+?\d+$/;
const EXTENSION_DIGITS = /^\d{1,10}$/;

const EMPTY = phoneParseFailure('empty', 'No phone number was given.');
const WITHHELD = phoneParseFailure('withheld', 'The caller withheld their number.');

/**
 * Reads a phone number the way agents paste it and phone systems send it, and returns its E.164 form and
 * display forms, or why it is not a number. Pure; never throws.
 *
 * @remarks
 * In order:
 * 1. `null`, `undefined` or white space: `empty`. More than {@link MAX_CALLER_ID_LENGTH} characters after
 *    trimming: `too-long`, before any other work.
 * 2. Characters are cleaned (unicode digits and look-alikes mapped to ASCII, invisible characters stripped;
 *    bidi overrides and control characters rejected): see `phone-characters.ts`.
 * 3. Withheld caller ids (`anonymous`, `Restricted`, `Private`, `Unknown`, …, any case): `withheld`.
 * 4. `tel:` and `sip:` URIs, bare or in a name-addr, are unwrapped to their number and `ext` parameter.
 *    The number text must then be at most {@link MAX_PHONE_NUMBER_LENGTH} characters.
 * 5. A trailing extension (`x123`, `ext. 123`, `extension 123`, `#123`, `,,123`) is split off.
 * 6. What is left may hold only digits, one leading `+`, spaces and `. - ( ) /`. Letters are rejected:
 *    vanity numbers (`1-800-FLOWERS`) are not supported. No digit at all: `not-a-number`.
 * 7. libphonenumber-js reads it with `defaultCountry` (ISO 3166-1 alpha-2) for numbers without `+`, and
 *    that country's own international prefix (`011` in the US, `00` in most of Europe, `0011` in Australia).
 *    A leading `00` is read as `+` in every country when the text is not a number as typed, so `0044…`
 *    works with a US default. An invalid default country only matters for numbers without `+`.
 * 8. The number must be valid in its country's numbering plan (length and range); a number of a possible
 *    length in an unknown range is `not-a-number`, since dialling it would fail at the phone system.
 *
 * @param input - What was typed, pasted, clicked or received (`+1 415-555-0100`, `sip:…`, `anonymous`).
 * @param defaultCountry - ISO 3166-1 alpha-2 code for numbers written without a country code (`US`).
 *
 * @public
 */
export function parsePhoneNumber(input: string | null | undefined, defaultCountry: string): PhoneParseResult {
    if (input === null || input === undefined) return EMPTY;
    if (typeof input !== 'string') return phoneParseFailure('not-a-number', 'The input is not text.');
    const trimmed = input.trim();
    if (trimmed.length > MAX_CALLER_ID_LENGTH) {
        return phoneParseFailure('too-long', `Longer than ${MAX_CALLER_ID_LENGTH} characters: not a number.`);
    }

    const cleaned = cleanPhoneText(trimmed);
    if (!cleaned.ok) return cleaned;
    const text = cleaned.text.trim();
    if (text === '') return EMPTY;
    if (isWithheldCallerId(text)) return WITHHELD;

    const unwrapped = unwrapPhoneUri(text);
    if ('ok' in unwrapped) return unwrapped;
    // Clean again: a URI's user part may have been percent-decoded into anything.
    const numberText = cleanPhoneText(unwrapped.number);
    if (!numberText.ok) return numberText;
    const numberAndExtension = numberText.text.trim();
    if (numberAndExtension === '') return EMPTY;
    if (isWithheldCallerId(numberAndExtension)) return WITHHELD;
    if (numberAndExtension.length > MAX_PHONE_NUMBER_LENGTH) {
        return phoneParseFailure(
            'too-long',
            `The number is longer than ${MAX_PHONE_NUMBER_LENGTH} characters.`
        );
    }

    const { number, extension } =
        unwrapped.extension === undefined
            ? splitExtension(numberAndExtension)
            : { number: numberAndExtension, extension: unwrapped.extension };
    if (extension !== undefined && !EXTENSION_DIGITS.test(extension)) {
        return phoneParseFailure('invalid-characters', 'The extension must be 1 to 10 digits.');
    }
    const digits = number.replace(SEPARATORS, '');
    // Any script's digits count here: digits that are not mapped to ASCII are invalid characters, below.
    if (!/\p{Nd}/u.test(digits)) return phoneParseFailure('not-a-number', 'Contains no digits.');
    if (!DIALLED_DIGITS.test(digits)) {
        return phoneParseFailure(
            'invalid-characters',
            'Contains letters or symbols that are not part of a phone number (vanity numbers are not supported).'
        );
    }

    const country = toCountryCode(defaultCountry);
    // Only separators can precede a `+` here; drop them, as the library expects the `+` first: `(+44) 20…`.
    const written = digits.startsWith('+') ? number.slice(number.indexOf('+')) : number;
    let result = readNumber(written, country);
    if (!result.ok && digits.startsWith('00')) result = readNumber(written.replace(/0\D*0/, '+'), country);
    return result.ok && extension !== undefined ? { ...result, extension } : result;
}

/** Reads a text of digits and separators with the library. */
function readNumber(text: string, country: CountryCode | undefined): ParsedPhoneNumber | PhoneParseFailure {
    const phone = parsePhoneNumberFromString(
        text,
        country === undefined ? { extract: false } : { defaultCountry: country, extract: false },
        phoneMetadata
    );
    if (phone?.isValid()) {
        const national = phone.formatNational();
        const international = phone.formatInternational();
        return phone.country === undefined
            ? { ok: true, e164: phone.number, national, international }
            : { ok: true, e164: phone.number, country: phone.country, national, international };
    }
    return lengthFailure(text, country, phone);
}

/** Why the library could not read `text` as a valid number. */
function lengthFailure(
    text: string,
    country: CountryCode | undefined,
    phone: PhoneNumber | undefined
): PhoneParseFailure {
    const plan = phone ? (phone.country ?? `+${phone.countryCallingCode}`) : country;
    const where = plan === undefined ? '' : ` in ${plan}`;
    const length = validatePhoneNumberLength(
        text,
        country === undefined ? {} : { defaultCountry: country },
        phoneMetadata
    );
    switch (length) {
        case 'TOO_SHORT':
            return phoneParseFailure('too-short', `Too few digits for a phone number${where}.`);
        case 'TOO_LONG':
            return phoneParseFailure('too-long', `Too many digits for a phone number${where}.`);
        case 'INVALID_COUNTRY':
            return phoneParseFailure(
                'invalid-country',
                text.trimStart().startsWith('+')
                    ? 'No country has the calling code after the +.'
                    : 'The number has no + and country code, and no valid default country is set.'
            );
        case 'INVALID_LENGTH':
            return phoneParseFailure(
                'not-a-number',
                `No phone number${where} has that many digits: check for a missing or extra digit.`
            );
        default:
            return phoneParseFailure(
                'not-a-number',
                `Not a valid number${where}: check for a missing, extra or wrong digit.`
            );
    }
}
