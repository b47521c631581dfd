import { statusText } from './sip-end-cause';

function seconds(ms: number): string {
    const whole = Math.max(1, Math.round(ms / 1000));
    return whole === 1 ? '1 second' : `${whole} seconds`;
}

/**
 * Why the phone system refused a REGISTER, in words an agent can act on. 401/407 and 403 mean the agent's
 * user name or password; they are not retried.
 * @public
 */
export function registrationRefusedWords(statusCode: number, reasonPhrase?: string): string {
    const status = statusText(statusCode, reasonPhrase);
    switch (statusCode) {
        case 401:
        case 407:
            return `The phone system did not accept this user name and password (${status}). Sign in again.`;
        case 403:
            return `The phone system refused this user (${status}). Check the user name and password, then sign in again.`;
        case 404:
            return `The phone system does not know this user (${status}). Check the user name and the SIP domain.`;
        case 408:
            return `The phone system did not answer in time (${status}).`;
        case 503:
            return `The phone system is unavailable (${status}).`;
        default:
            return `The phone system refused the registration (${status}).`;
    }
}

/** Whether a REGISTER refusal means the credentials are wrong, so that retrying would not help. @public */
export function isCredentialsRefusal(statusCode: number): boolean {
    return statusCode === 401 || statusCode === 403 || statusCode === 407;
}

/** The WebSocket to the phone system closed under a registered agent. @public */
export function connectionLostWords(retryInMs: number): string {
    return `The connection to the phone system was lost. Reconnecting in ${seconds(retryInMs)}…`;
}

/** The WebSocket to the phone system could not be opened. @public */
export function cannotConnectWords(server: string, retryInMs: number | undefined): string {
    const retry = retryInMs === undefined ? '' : ` Trying again in ${seconds(retryInMs)}…`;
    return `Cannot connect to the phone system at ${server}.${retry}`;
}

/** Something else stopped the registration: `problem` says what, in a few words. @public */
export function registrationRetryWords(problem: string, retryInMs: number): string {
    return `${problem} Trying again in ${seconds(retryInMs)}…`;
}
