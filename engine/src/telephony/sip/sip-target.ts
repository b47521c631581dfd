import { UserAgent } from 'sip.js';
import type { URI } from 'sip.js';

const DIALABLE = /^\+?[0-9*#]{2,32}$/;

/**
 * Whether `number` can be dialled on a PBX: an E.164 number (`+` and digits) or the digits of an extension
 * or feature code (`*`, `#` allowed), 2 to 32 characters.
 * @public
 */
export function isSipDialable(number: string): boolean {
    return DIALABLE.test(number);
}

/**
 * The SIP URI for a number on the PBX, `sip:<number>@<domain>` (`#` escaped), or `undefined` when the number
 * is not dialable.
 * @public
 */
export function sipTarget(number: string, domain: string): URI | undefined {
    if (!isSipDialable(number)) return undefined;
    return UserAgent.makeURI(`sip:${number.replace(/#/g, '%23')}@${domain}`);
}
