import { URI } from 'sip.js';
import type { Session } from 'sip.js';

/** A URI that writes itself as a name-addr (`<sip:…?Replaces=…>`): a Refer-To with headers must be bracketed. */
class BracketedUri extends URI {
    override toString(): string {
        return `<${super.toString()}>`;
    }
}

/**
 * The Refer-To of an attended transfer to the party of `consultation`: that party's address of record (the
 * number the agent dialled, or the caller's own address) with a Replaces header naming the consultation's
 * dialog (RFC 3891). SIP.js would name the party's Contact instead, which for a WebRTC phone is an address only
 * its edge proxy can reach (`…invalid;transport=ws`); the address of record routes through any registrar.
 * `undefined` while the consultation has no dialog.
 * @internal
 */
export function referToWithReplaces(consultation: Session): URI | undefined {
    const dialog = consultation.dialog;
    if (!dialog) return undefined;
    const party = consultation.remoteIdentity.uri;
    return new BracketedUri(party.scheme, party.user ?? '', party.host, party.port, undefined, {
        Replaces: [
            encodeURIComponent(`${dialog.callId};to-tag=${dialog.remoteTag};from-tag=${dialog.localTag}`)
        ]
    });
}
