import { IncomingRequestMessage, LoggerFactory, Parser } from 'sip.js/lib/core/index.js';
import type { IncomingResponseMessage } from 'sip.js/lib/core/index.js';

const logger = (() => {
    const factory = new LoggerFactory();
    factory.builtinEnabled = false;
    return factory.getLogger('test.parser');
})();

/**
 * Parses one SIP message with SIP.js's own parser (lines may end in `\n`; they are sent with `\r\n`).
 * @internal
 */
export function parseSip(text: string): IncomingRequestMessage | IncomingResponseMessage {
    const raw = text.includes('\r\n') ? text : text.replace(/\n/g, '\r\n');
    const message = Parser.parseMessage(raw, logger);
    if (!message) throw new Error(`SIP.js could not parse:\n${text}`);
    return message;
}

/**
 * Parses a SIP request; throws when `text` is a response.
 * @internal
 */
export function parseSipRequest(text: string): IncomingRequestMessage {
    const message = parseSip(text);
    if (!(message instanceof IncomingRequestMessage)) throw new Error('not a request');
    return message;
}
