import type { PhoneParseFailure } from './phone-parse-result';
import { phoneParseFailure } from './phone-parse-result';
import type { NumberAndExtension } from './split-extension';

/** A `sip:`, `sips:` or `tel:` URI in angle brackets, as in a From header: `"Ada" <sip:…>;tag=1`. */
const NAME_ADDR = /<((?:sips?|tel):[^<>]*)>/i;

/** The scheme of a URI this module reads. */
const SCHEME = /^(sips?|tel):/i;

/**
 * The number text inside a `tel:` or `sip:`/`sips:` URI (RFC 3966, RFC 3261), or `text` itself when it is not
 * such a URI.
 *
 * - `sip:+14155550100@pbx.example.com;user=phone` → `+14155550100` (the user part; URI parameters after
 *   the host and `?headers` are ignored).
 * - `tel:+1-415-555-0100;ext=123` → `+1-415-555-0100`, extension `123`.
 * - `tel:7946-0958;phone-context=+44-20` → `+44-207946-0958` (a global context is put in front).
 * - A name-addr (`"Ada" <sip:+14155550100@pbx>;tag=x`) is read from inside its angle brackets.
 * - Percent-escapes in the user part are decoded; a malformed one is `invalid-characters`.
 * - A SIP URI without a user part (`sip:pbx.example.com`) holds no number: `not-a-number`.
 *
 * Parameters other than `ext` and `phone-context` (`isub`, `postd`, `user`, `transport`, …) are ignored.
 *
 * @internal
 */
export function unwrapPhoneUri(text: string): NumberAndExtension | PhoneParseFailure {
    const uri = NAME_ADDR.exec(text)?.[1] ?? text;
    const scheme = SCHEME.exec(uri);
    if (!scheme) return { number: text };

    let rest = uri.slice(scheme[0].length).split('?')[0] ?? '';
    if (scheme[1]?.toLowerCase() !== 'tel') {
        const at = rest.indexOf('@');
        if (at < 0) return phoneParseFailure('not-a-number', 'The SIP URI has no user part, so no number.');
        rest = rest.slice(0, at);
    }

    let malformed = false;
    const decode = (value: string): string => {
        const decoded = percentDecode(value.trim());
        if (decoded === undefined) malformed = true;
        return decoded ?? '';
    };
    const [subscriber = '', ...parameters] = rest.split(';');
    let number = decode(subscriber);
    let extension: string | undefined;
    let context: string | undefined;
    for (const parameter of parameters) {
        const [name = '', value = ''] = parameter.split('=');
        const key = name.trim().toLowerCase();
        if (key === 'ext') extension = decode(value);
        else if (key === 'phone-context') context = decode(value);
    }
    if (malformed) return phoneParseFailure('invalid-characters', 'The URI has a malformed percent-escape.');
    if (context?.startsWith('+') && !number.startsWith('+')) number = context + number;
    return extension === undefined ? { number } : { number, extension };
}

/** `text` with its `%XX` escapes decoded, or `undefined` when an escape is malformed. */
function percentDecode(text: string): string | undefined {
    if (!text.includes('%')) return text;
    try {
        return decodeURIComponent(text);
    } catch {
        return undefined;
    }
}
