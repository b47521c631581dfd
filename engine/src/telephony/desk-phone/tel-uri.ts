/** What a desk-phone number may be: E.164 (`+14155550100`) or the digits of an extension or short code. */
const DIALABLE = /^\+?[0-9]{2,15}$/;

/**
 * The `tel:` URI (RFC 3966) that opens the agent's desk phone (or whatever handles `tel:` links on their
 * computer) on `number`; undefined for anything else, so no other text ever ends up in a link.
 *
 * @public
 */
export function telUri(number: string): string | undefined {
    return DIALABLE.test(number) ? `tel:${number}` : undefined;
}
