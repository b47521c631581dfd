import { Grammar } from 'sip.js';
import { incomingCallFromInvite, ivrHeadersOf, MAX_IVR_HEADERS } from './incoming-call-from-invite';
import { parseSipRequest } from './test-support/parse-sip';

function invite(
    headers: string[],
    from = '"Ada Lovelace" <sip:+14155550123@pbx.example.com>;tag=a1'
): string {
    return [
        'INVITE sip:agent@pbx.example.com SIP/2.0',
        'Via: SIP/2.0/WSS x.invalid;branch=z9hG4bK1',
        'Max-Forwards: 70',
        `From: ${from}`,
        'To: <sip:agent@pbx.example.com>',
        'Call-ID: c1@pbx',
        'CSeq: 1 INVITE',
        ...headers,
        'Content-Length: 0',
        '',
        ''
    ].join('\r\n');
}

describe('incomingCallFromInvite', () => {
    it('reads the caller number, display name and X- headers with lower-cased names', () => {
        const request = parseSipRequest(
            invite(['X-Case-Number: 00001026', 'X-IVR-Path: billing', 'x-ivr-path: late', 'Subject: hi'])
        );
        expect(incomingCallFromInvite('c1@pbx', request)).toEqual({
            callId: 'c1@pbx',
            from: '+14155550123',
            displayName: 'Ada Lovelace',
            headers: { 'x-case-number': '00001026', 'x-ivr-path': 'billing, late' }
        });
    });

    it('prefers the identity the phone system asserts', () => {
        const request = parseSipRequest(invite([]));
        const asserted = Grammar.nameAddrHeaderParse('"Front Desk" <sip:+442079460000@pbx.example.com>');
        expect(incomingCallFromInvite('c1', request, asserted)).toMatchObject({
            from: '+442079460000',
            displayName: 'Front Desk'
        });
    });

    it('leaves out a blank display name and keeps a withheld number as signalled', () => {
        const request = parseSipRequest(invite([], '<sip:anonymous@anonymous.invalid>;tag=z'));
        const call = incomingCallFromInvite('c2', request);
        expect(call.from).toBe('anonymous');
        expect(call).not.toHaveProperty('displayName');
        expect(call.headers).toEqual({});
    });

    it(`passes on at most ${MAX_IVR_HEADERS} X- headers, each at most 1024 characters`, () => {
        const many = Array.from({ length: 40 }, (_, index) => `X-H${index}: ${'v'.repeat(2000)}`);
        const headers = ivrHeadersOf(parseSipRequest(invite(many)));
        expect(Object.keys(headers)).toHaveLength(MAX_IVR_HEADERS);
        expect(headers['x-h0']).toHaveLength(1024);
    });
});
