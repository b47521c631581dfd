import type { NameAddrHeader } from 'sip.js';
import type { IncomingRequestMessage } from 'sip.js/lib/core/index.js';
import {
    MAX_CALLER_ID_LENGTH,
    MAX_DISPLAY_NAME_LENGTH,
    MAX_HEADER_VALUE_LENGTH
} from '../../bridge/protocol';
import type { IncomingCall } from '../telephony-provider';
import { definedFields } from '../../object';

/** At most this many `X-` headers are passed on; an IVR sets a handful. */
export const MAX_IVR_HEADERS = 32;

function clean(text: string | undefined, max: number): string | undefined {
    const value = text
        ?.trim()
        .replace(/^"(.*)"$/, '$1')
        .trim();
    return value ? value.slice(0, max) : undefined;
}

/**
 * The `X-` headers of a request (the data an IVR or PBX adds, e.g. `X-Case-Number`), names lower-cased,
 * several values of one name joined with `, `. Other headers are the phone system's business, not screen pop's.
 * @public
 */
export function ivrHeadersOf(request: Pick<IncomingRequestMessage, 'headers'>): Record<string, string> {
    const result: Record<string, string> = {};
    let count = 0;
    for (const [name, values] of Object.entries(request.headers)) {
        const lower = name.toLowerCase();
        if (!lower.startsWith('x-') || count >= MAX_IVR_HEADERS) continue;
        const value = values
            .map((header) => header.raw.trim())
            .join(', ')
            .slice(0, MAX_HEADER_VALUE_LENGTH);
        result[lower] = value;
        count++;
    }
    return result;
}

/**
 * The inbound call an INVITE offers: the caller's number (the user part of `P-Asserted-Identity` when the
 * phone system asserts one, else of `From`), the display name, and the IVR's `X-` headers.
 * @public
 */
export function incomingCallFromInvite(
    callId: string,
    request: Pick<IncomingRequestMessage, 'headers' | 'from'>,
    assertedIdentity?: NameAddrHeader
): IncomingCall {
    const identity = assertedIdentity?.uri.user ? assertedIdentity : request.from;
    const from = clean(identity.uri.user, MAX_CALLER_ID_LENGTH) ?? 'anonymous';
    const displayName =
        clean(assertedIdentity?.displayName, MAX_DISPLAY_NAME_LENGTH) ??
        clean(request.from.displayName, MAX_DISPLAY_NAME_LENGTH);
    return {
        callId,
        from,
        ...definedFields({ displayName }),
        headers: ivrHeadersOf(request)
    };
}
