import type { CallEndCause } from '../telephony-provider';

/**
 * Why an outbound call ended, from the SIP final response that refused it (RFC 3261 §21, RFC 3398 §8.2.6.1):
 *
 * | status                                   | cause         |
 * | ---------------------------------------- | ------------- |
 * | 486 Busy Here, 600 Busy Everywhere       | `busy`        |
 * | 603 Decline, 403 Forbidden               | `rejected`    |
 * | 404, 410, 484, 485, 604                  | `not-found`   |
 * | 480 Temporarily Unavailable, 503         | `unavailable` |
 * | 408 Request Timeout, 487 (not ours)      | `no-answer`   |
 * | 488 Not Acceptable Here, 606, 415        | `media-failed`|
 * | anything else (other 4xx-6xx, 3xx)       | `error`       |
 *
 * @public
 */
export function endCauseForStatus(statusCode: number): CallEndCause {
    switch (statusCode) {
        case 486:
        case 600:
            return 'busy';
        case 403:
        case 603:
            return 'rejected';
        case 404:
        case 410:
        case 484:
        case 485:
        case 604:
            return 'not-found';
        case 480:
        case 503:
            return 'unavailable';
        case 408:
        case 487:
            return 'no-answer';
        case 415:
        case 488:
        case 606:
            return 'media-failed';
        default:
            return 'error';
    }
}

/**
 * The status line as the agent's call history shows it, e.g. `486 Busy Here`; the code alone without a phrase.
 * @public
 */
export function statusText(statusCode: number, reasonPhrase: string | undefined): string {
    const phrase = (reasonPhrase ?? '').trim().slice(0, 80);
    return phrase === '' ? String(statusCode) : `${statusCode} ${phrase}`;
}
