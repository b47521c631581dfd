/** Content type of SIP INFO DTMF (draft-kaplan-dispatch-info-dtmf-package; what Asterisk and FreeSWITCH read). */
export const DTMF_RELAY_CONTENT_TYPE = 'application/dtmf-relay';

/** How long each tone lasts, in milliseconds, for RFC 4733 and SIP INFO alike. */
export const DTMF_TONE_MS = 100;

/** Pause between tones sent over RTP (RFC 4733), in milliseconds. */
export const DTMF_GAP_MS = 70;

/**
 * The body of a SIP INFO carrying one DTMF tone: `Signal=5` and `Duration=100`, CRLF separated.
 * @public
 */
export function dtmfRelayBody(tone: string, durationMs = DTMF_TONE_MS): string {
    return `Signal=${tone}\r\nDuration=${durationMs}\r\n`;
}

/**
 * The tone in a SIP INFO `application/dtmf-relay` body (`Signal=5`, in any letter case and spacing), or
 * `undefined` when the body carries none. `10` and `11` (some PBXs' `*` and `#`) are read as `*` and `#`.
 * @public
 */
export function toneOfDtmfRelay(body: string): string | undefined {
    const match = /^\s*signal\s*=\s*([0-9A-Da-d*#]|1[01])\s*$/im.exec(body);
    const tone = match?.[1]?.toUpperCase();
    if (tone === '10') return '*';
    if (tone === '11') return '#';
    return tone;
}
