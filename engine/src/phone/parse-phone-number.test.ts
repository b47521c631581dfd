import { MAX_CALLER_ID_LENGTH, MAX_PHONE_NUMBER_LENGTH } from '../bridge/protocol';
import { parsePhoneNumber } from './index';
import type { PhoneParseFailureReason } from './index';

/** [what was typed, default country, expected E.164, expected country (or undefined)] */
type Accepted = readonly [input: string, defaultCountry: string, e164: string, country: string | undefined];

/** [what was typed, default country, expected reason] */
type Rejected = readonly [input: string, defaultCountry: string, reason: PhoneParseFailureReason];

const US = '+14155550100';
const GB = '+442079460958';
const DE = '+49301234567';
const FR = '+33123456789';
const IN = '+919876543210';
const AU = '+61298765432';
const BR = '+5511912345678';

const typedForms: readonly Accepted[] = [
    // United States (NANP)
    ['(415) 555-0100', 'US', US, 'US'],
    ['415.555.0100', 'US', US, 'US'],
    ['415-555-0100', 'US', US, 'US'],
    ['415 555 0100', 'US', US, 'US'],
    ['4155550100', 'US', US, 'US'],
    ['415/555-0100', 'US', US, 'US'],
    ['1 415 555 0100', 'US', US, 'US'],
    ['1-415-555-0100', 'US', US, 'US'],
    ['+1 415 555 0100', 'US', US, 'US'],
    ['+1 (415) 555-0100', 'US', US, 'US'],
    ['+1-415-555-0100', 'DE', US, 'US'],
    ['+14155550100', 'GB', US, 'US'],
    ['(+1) 415 555 0100', 'FR', US, 'US'],
    ['  415 555 0100  ', 'US', US, 'US'],
    ['001 415 555 0100', 'GB', US, 'US'],
    ['00 1 415 555 0100', 'US', US, 'US'],
    ['+1 800 356 9377', 'GB', '+18003569377', 'US'],
    ['+1 (416) 555-0100', 'US', '+14165550100', 'CA'],
    ['416-555-0100', 'CA', '+14165550100', 'CA'],
    // United Kingdom
    ['020 7946 0958', 'GB', GB, 'GB'],
    ['020-7946-0958', 'GB', GB, 'GB'],
    ['(020) 7946 0958', 'GB', GB, 'GB'],
    ['+44 20 7946 0958', 'US', GB, 'GB'],
    ['+44 (0)20 7946 0958', 'US', GB, 'GB'],
    ['+44 020 7946 0958', 'DE', GB, 'GB'],
    ['0044 20 7946 0958', 'DE', GB, 'GB'],
    ['0044 (0)20 7946 0958', 'US', GB, 'GB'],
    ['011 44 20 7946 0958', 'US', GB, 'GB'],
    ['0011 44 20 7946 0958', 'AU', GB, 'GB'],
    ['07400 123456', 'GB', '+447400123456', 'GB'],
    ['0161 496 0000', 'GB', '+441614960000', 'GB'],
    // Germany
    ['030 1234567', 'DE', DE, 'DE'],
    ['030/1234567', 'DE', DE, 'DE'],
    ['(030) 123 4567', 'DE', DE, 'DE'],
    ['+49 30 1234567', 'US', DE, 'DE'],
    ['+49 (0)30 1234567', 'GB', DE, 'DE'],
    ['0049 30 1234567', 'US', DE, 'DE'],
    ['0151 23456789', 'DE', '+4915123456789', 'DE'],
    // France
    ['01 23 45 67 89', 'FR', FR, 'FR'],
    ['01.23.45.67.89', 'FR', FR, 'FR'],
    ['+33 1 23 45 67 89', 'US', FR, 'FR'],
    ['+33 (0)1 23 45 67 89', 'DE', FR, 'FR'],
    ['0033 1 23 45 67 89', 'GB', FR, 'FR'],
    ['06 12 34 56 78', 'FR', '+33612345678', 'FR'],
    // India
    ['098765 43210', 'IN', IN, 'IN'],
    ['98765 43210', 'IN', IN, 'IN'],
    ['+91 98765 43210', 'US', IN, 'IN'],
    ['+91-98765-43210', 'GB', IN, 'IN'],
    ['0091 98765 43210', 'GB', IN, 'IN'],
    ['011 2345 6789', 'IN', '+911123456789', 'IN'],
    // Australia
    ['02 9876 5432', 'AU', AU, 'AU'],
    ['(02) 9876 5432', 'AU', AU, 'AU'],
    ['+61 2 9876 5432', 'US', AU, 'AU'],
    ['0061 2 9876 5432', 'DE', AU, 'AU'],
    ['0412 345 678', 'AU', '+61412345678', 'AU'],
    ['+61 4 1234 5678', 'GB', '+61412345678', 'AU'],
    // Brazil
    ['(11) 91234-5678', 'BR', BR, 'BR'],
    ['11 91234 5678', 'BR', BR, 'BR'],
    ['+55 11 91234-5678', 'US', BR, 'BR'],
    ['+55 (11) 91234-5678', 'GB', BR, 'BR'],
    ['0055 11 91234 5678', 'DE', BR, 'BR'],
    ['(21) 3456-7890', 'BR', '+552134567890', 'BR'],
    // No country owns it
    ['+800 1234 5678', 'US', '+80012345678', undefined]
];

const unicodeForms: readonly Accepted[] = [
    ['＋１ ４１５ ５５５ ０１００', 'US', US, 'US'], // fullwidth (Japanese and Chinese input methods)
    ['٤١٥٥٥٥٠١٠٠', 'US', US, 'US'], // Arabic-Indic digits
    ['۴۱۵۵۵۵۰۱۰۰', 'US', US, 'US'], // Eastern Arabic-Indic (Persian) digits
    ['९८७६५ ४३२१०', 'IN', IN, 'IN'], // Devanagari digits
    ['+1\u00a0415\u00a0555\u00a00100', 'US', US, 'US'], // no-break spaces
    ['+1\u2009415\u3000555\u202f0100', 'US', US, 'US'], // thin, ideographic, narrow no-break spaces
    ['+1\u2013415\u2013555\u20130100', 'US', US, 'US'], // en dashes
    ['+1\u2011415\u2011555\u20110100', 'US', US, 'US'], // non-breaking hyphens
    ['415\u200b555\u200b0100', 'US', US, 'US'], // zero-width spaces
    ['\ufeff+1 415 555 0100', 'US', US, 'US'], // byte order mark
    ['\u200e+1 415 555 0100\u200f', 'US', US, 'US'], // direction marks (LRM, RLM)
    ['\u2066+1 415 555 0100\u2069', 'US', US, 'US'], // bidi isolate (LRI … PDI)
    ['\u202b+44 20 7946 0958\u202c', 'US', GB, 'GB'], // bidi embedding (RLE … PDF)
    ['415\t555\t0100', 'US', US, 'US'], // a spreadsheet row
    ['4155550100\r\n', 'US', US, 'US'], // a line from a file
    ['415\n555\n0100', 'US', US, 'US']
];

const uris: readonly Accepted[] = [
    ['sip:+14155550100@pbx.example.com;user=phone', 'US', US, 'US'],
    ['sip:+14155550100@pbx.example.com;user=phone', 'GB', US, 'US'],
    ['sips:+442079460958@pbx.example.com;user=phone;transport=wss', 'US', GB, 'GB'],
    ['SIP:+14155550100@PBX.EXAMPLE.COM', 'US', US, 'US'],
    ['sip:4155550100@10.0.0.1:5060;transport=ws', 'US', US, 'US'],
    ['sip:02079460958@pbx.example.com', 'GB', GB, 'GB'],
    ['sip:+1-415-555-0100@pbx.example.com;user=phone', 'US', US, 'US'],
    ['sip:%2B14155550100@pbx.example.com', 'US', US, 'US'],
    ['sip:+14155550100@pbx.example.com?subject=hello', 'US', US, 'US'],
    ['<sip:+14155550100@pbx.example.com>', 'US', US, 'US'],
    ['"Ada Lovelace" <sip:+14155550100@pbx.example.com;user=phone>;tag=a48s', 'US', US, 'US'],
    ['tel:+1-415-555-0100', 'US', US, 'US'],
    ['TEL:+14155550100', 'DE', US, 'US'],
    ['tel:02079460958', 'GB', GB, 'GB'],
    ['tel:7946-0958;phone-context=+44-20', 'US', GB, 'GB'],
    ['tel:4155550100;phone-context=example.com', 'US', US, 'US'],
    ['Tel: +1 415 555 0100', 'US', US, 'US']
];

/** [what was typed, default country, expected E.164, expected extension] */
const extensions: readonly (readonly [string, string, string, string])[] = [
    ['415-555-0100 x123', 'US', US, '123'],
    ['415-555-0100x123', 'US', US, '123'],
    ['415-555-0100 x 123', 'US', US, '123'],
    ['415-555-0100 x. 123', 'US', US, '123'],
    ['415-555-0100 ext 123', 'US', US, '123'],
    ['415-555-0100 ext. 123', 'US', US, '123'],
    ['415-555-0100 ext:123', 'US', US, '123'],
    ['415-555-0100 EXT 123', 'US', US, '123'],
    ['415-555-0100 Extension 123', 'US', US, '123'],
    ['415-555-0100 #123', 'US', US, '123'],
    ['+1 415 555 0100,123', 'US', US, '123'],
    ['+1 415 555 0100,,123', 'US', US, '123'],
    ['+1 415 555 0100;ext=123', 'US', US, '123'],
    ['020 7946 0958 ext. 4711', 'GB', GB, '4711'],
    ['+49 30 1234567 x 0', 'US', DE, '0'],
    ['tel:+1-415-555-0100;ext=123', 'US', US, '123'],
    ['sip:+1-415-555-0100;ext=123@pbx.example.com;user=phone', 'US', US, '123']
];

const rejected: readonly Rejected[] = [
    // Nothing there
    ['', 'US', 'empty'],
    ['   ', 'US', 'empty'],
    ['\t\r\n', 'US', 'empty'],
    ['\u200b\u200e', 'US', 'empty'],
    ['tel:', 'US', 'empty'],
    ['sip:@pbx.example.com', 'US', 'empty'],
    // Withheld caller ids
    ['anonymous', 'US', 'withheld'],
    ['Anonymous', 'US', 'withheld'],
    ['ANONYMOUS', 'US', 'withheld'],
    ['Restricted', 'US', 'withheld'],
    ['Private', 'GB', 'withheld'],
    ['"Private Number"', 'US', 'withheld'],
    ['Withheld', 'GB', 'withheld'],
    ['Number  withheld', 'GB', 'withheld'],
    ['  Unknown  ', 'US', 'withheld'],
    ['unavailable', 'US', 'withheld'],
    ['sip:anonymous@anonymous.invalid', 'US', 'withheld'],
    ['"Anonymous" <sip:anonymous@anonymous.invalid>;tag=1928301774', 'US', 'withheld'],
    ['sips:Restricted@pbx.example.com', 'US', 'withheld'],
    ['tel:anonymous', 'US', 'withheld'],
    // Too few digits
    ['12', 'US', 'too-short'],
    ['555-0100', 'US', 'too-short'],
    ['415 555 010', 'US', 'too-short'],
    ['+1 415 555 01', 'US', 'too-short'],
    ['+1', 'US', 'too-short'],
    ['+44 20', 'US', 'too-short'],
    ['+49 30', 'GB', 'too-short'],
    ['0000', 'US', 'too-short'],
    // Too many digits, or too much text
    ['4155550100 12345', 'US', 'too-long'],
    ['1 415 555 0100', 'GB', 'too-long'],
    ['01 23 45 67 890', 'FR', 'too-long'],
    ['+49 30 123456789012345', 'DE', 'too-long'],
    ['1'.repeat(MAX_PHONE_NUMBER_LENGTH + 1), 'US', 'too-long'],
    ['x'.repeat(10 * 1024), 'US', 'too-long'],
    ['4'.repeat(10 * 1024), 'US', 'too-long'],
    // Characters that are no part of a phone number
    ['1-800-FLOWERS', 'US', 'invalid-characters'],
    ['1-800-356-YOGA', 'US', 'invalid-characters'],
    ['<script>alert(1)</script>', 'US', 'invalid-characters'],
    ['<img src=x onerror=alert(1)>4155550100', 'US', 'invalid-characters'],
    ["' OR 1=1", 'US', 'invalid-characters'],
    ["4155550100' OR '1'='1", 'US', 'invalid-characters'],
    ['415; DROP TABLE Contact', 'US', 'invalid-characters'],
    ['4155550100%', 'US', 'invalid-characters'],
    ['4155550100\\', 'US', 'invalid-characters'],
    ['415*555*0100', 'US', 'invalid-characters'],
    ['+1 415 555 0100#', 'US', 'invalid-characters'],
    ['++1 415 555 0100', 'US', 'invalid-characters'],
    ['+1 +415 555 0100', 'US', 'invalid-characters'],
    ['📞 415 555 0100', 'US', 'invalid-characters'],
    ['4️⃣15 555 0100', 'US', 'invalid-characters'], // keycap emoji
    ['𝟒𝟏𝟓 𝟓𝟓𝟓 𝟎𝟏𝟎𝟎', 'US', 'invalid-characters'], // mathematical bold digits
    ['⁴¹⁵ 555 0100', 'US', 'invalid-characters'], // superscript digits
    ['\u202e0010 555 514', 'US', 'invalid-characters'], // right-to-left override
    ['\u202d+1 415 555 0100', 'US', 'invalid-characters'], // left-to-right override
    ['415\u0000555 0100', 'US', 'invalid-characters'], // NUL
    ['415 555 0100\u0007', 'US', 'invalid-characters'], // BEL
    ['415\u001b[31m555 0100', 'US', 'invalid-characters'], // an ANSI escape
    ['+1 415 555 0100\u0085', 'US', 'invalid-characters'], // C1 next line
    ['415 555 0100\u007f', 'US', 'invalid-characters'], // DEL
    ['+1 415 555 0100 x', 'US', 'invalid-characters'],
    ['+1 415 555 0100 ext. 12345678901', 'US', 'invalid-characters'],
    ['tel:+1-415-555-0100;ext=abc', 'US', 'invalid-characters'],
    ['sip:%ZZ@pbx.example.com', 'US', 'invalid-characters'],
    ['sip:%E2%80%AE0010555514@pbx.example.com', 'US', 'invalid-characters'], // an escaped override
    // No digits, or digits that are no number
    ['<script>', 'US', 'not-a-number'],
    ['abc', 'US', 'not-a-number'],
    ['🙂', 'US', 'not-a-number'],
    ['---', 'US', 'not-a-number'],
    ['+', 'US', 'not-a-number'],
    ['()', 'US', 'not-a-number'],
    ['sip:alice@pbx.example.com', 'US', 'not-a-number'],
    ['sip:pbx.example.com', 'US', 'not-a-number'],
    ['0123456789', 'US', 'not-a-number'],
    ['+1 200 555 0100', 'US', 'not-a-number'],
    ['020 7946 095', 'GB', 'not-a-number'],
    ['07700 900123', 'GB', 'not-a-number'], // Ofcom's range for drama, never assigned
    // No country to read it in
    ['4155550100', '', 'invalid-country'],
    ['4155550100', 'XX', 'invalid-country'],
    ['4155550100', 'us', 'invalid-country'],
    ['02079460958', 'UK', 'invalid-country'],
    ['+999 123 4567', 'US', 'invalid-country']
];

/** What an accepted input is read as, or the failure, so a mismatch shows the reason. */
function numberAndCountry(input: string, defaultCountry: string): object {
    const result = parsePhoneNumber(input, defaultCountry);
    return result.ok ? { e164: result.e164, country: result.country } : result;
}

describe('parsePhoneNumber', () => {
    describe('reads numbers in the forms people type them', () => {
        it.each(typedForms)('%j with default %s is %s', (input, defaultCountry, e164, country) => {
            expect(numberAndCountry(input, defaultCountry)).toEqual({ e164, country });
        });
    });

    describe('maps unicode digits and look-alikes to ASCII and strips invisible characters', () => {
        it.each(unicodeForms)('%j with default %s is %s', (input, defaultCountry, e164, country) => {
            expect(numberAndCountry(input, defaultCountry)).toEqual({ e164, country });
        });
    });

    describe('reads the number inside tel: and sip: URIs', () => {
        it.each(uris)('%j with default %s is %s', (input, defaultCountry, e164, country) => {
            expect(numberAndCountry(input, defaultCountry)).toEqual({ e164, country });
        });
    });

    describe('keeps an extension apart from the number', () => {
        it.each(extensions)(
            '%j with default %s is %s extension %s',
            (input, defaultCountry, e164, extension) => {
                expect(parsePhoneNumber(input, defaultCountry)).toMatchObject({ ok: true, e164, extension });
            }
        );
    });

    describe('rejects with a reason', () => {
        it.each(rejected)('%j with default %j: %s', (input, defaultCountry, reason) => {
            expect(parsePhoneNumber(input, defaultCountry)).toMatchObject({ ok: false, reason });
        });
    });

    it('gives the national and international forms without the extension', () => {
        expect(parsePhoneNumber('+44 20 7946 0958 ext. 12', 'US')).toEqual({
            ok: true,
            e164: GB,
            country: 'GB',
            national: '020 7946 0958',
            international: '+44 20 7946 0958',
            extension: '12'
        });
    });

    it('leaves country and extension out, rather than undefined, when there are none', () => {
        const result = parsePhoneNumber('+800 1234 5678', 'US');
        expect(result).toEqual({
            ok: true,
            e164: '+80012345678',
            national: '1234 5678',
            international: '+800 1234 5678'
        });
        expect(Object.keys(result)).not.toContain('country');
        expect(Object.keys(result)).not.toContain('extension');
    });

    it('ignores an invalid default country for a number that has its country code', () => {
        expect(parsePhoneNumber('+44 20 7946 0958', 'nope')).toMatchObject({ ok: true, e164: GB });
        expect(parsePhoneNumber('0044 20 7946 0958', '')).toMatchObject({ ok: true, e164: GB });
    });

    it('reads input up to the length limits and rejects one character more', () => {
        const uri = (length: number): string => {
            const head = '"Ada" <sip:+14155550100@';
            const tail = '.example.com>';
            return head + 'p'.repeat(length - head.length - tail.length) + tail;
        };
        expect(parsePhoneNumber(uri(MAX_CALLER_ID_LENGTH), 'US')).toMatchObject({ ok: true, e164: US });
        expect(parsePhoneNumber(uri(MAX_CALLER_ID_LENGTH + 1), 'US')).toMatchObject({ reason: 'too-long' });

        const spaced = (length: number): string => '+1 415 555 0100'.replace(' ', ' '.repeat(length - 14));
        expect(parsePhoneNumber(spaced(MAX_PHONE_NUMBER_LENGTH), 'US')).toMatchObject({ ok: true, e164: US });
        expect(parsePhoneNumber(spaced(MAX_PHONE_NUMBER_LENGTH + 1), 'US')).toMatchObject({
            reason: 'too-long'
        });
    });

    it('trims before it measures the input', () => {
        const padded = ' '.repeat(10 * 1024) + '+1 415 555 0100' + '\n'.repeat(10 * 1024);
        expect(parsePhoneNumber(padded, 'US')).toMatchObject({ ok: true, e164: US });
    });

    it('treats a missing caller id as empty', () => {
        expect(parsePhoneNumber(null, 'US')).toMatchObject({ ok: false, reason: 'empty' });
        expect(parsePhoneNumber(undefined, 'US')).toMatchObject({ ok: false, reason: 'empty' });
    });

    it('does not throw for values that are not text', () => {
        for (const value of [42, {}, [], true, Symbol('x')]) {
            expect(parsePhoneNumber(value as unknown as string, 'US')).toMatchObject({
                ok: false,
                reason: 'not-a-number'
            });
        }
        expect(parsePhoneNumber('4155550100', 42 as unknown as string)).toMatchObject({
            reason: 'invalid-country'
        });
    });

    it('explains every rejection in plain English without repeating the input', () => {
        for (const [input, defaultCountry] of rejected) {
            const result = parsePhoneNumber(input, defaultCountry);
            const message = result.ok ? 'accepted' : result.message;
            expect(message).toMatch(/^[A-Z][\x20-\x7e]+\.$/);
            expect(input.trim().length > 3 && message.includes(input.trim())).toBe(false);
        }
    });
});
