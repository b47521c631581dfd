/**
 * Longest input read at all, in characters after trimming: room for a SIP name-addr with a long host and
 * parameters. Anything longer is `too-long` before any other work is done (a pasted document, an attack).
 *
 * @public
 */
export const MAX_PHONE_INPUT_LENGTH = 256;

/**
 * Longest number text, in characters, once a `sip:`/`tel:` URI is unwrapped: a 15-digit E.164 number with an
 * international prefix, separators and a spelled-out extension fits several times over.
 *
 * @public
 */
export const MAX_PHONE_NUMBER_LENGTH = 64;
