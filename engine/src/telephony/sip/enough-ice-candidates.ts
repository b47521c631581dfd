/** The ICE candidate types of RFC 8445 §5.1.1, as browsers name them. */
export type IceCandidateType = 'host' | 'srflx' | 'prflx' | 'relay';

/**
 * When an offer or answer lists ICE candidates enough to be sent, instead of waiting for gathering to
 * complete: `graceMs` after the first candidate of the `awaited` type, whose siblings (other interfaces,
 * IPv6) come in the same burst.
 * @internal
 */
export interface EnoughIceCandidates {
    readonly awaited: 'host' | 'srflx' | 'relay';
    readonly graceMs: number;
}

/** Host candidates of every interface are gathered in one burst, within a millisecond or two. */
export const HOST_GRACE_MS = 10;
/** STUN and TURN answers of several interfaces (and IPv4/IPv6) arrive a little apart. */
export const SERVER_GRACE_MS = 50;

const TURN_URL = /^turns?:/i;
const STUN_URL = /^stuns?:/i;

/**
 * The rule for a deployment's ICE servers (`stun:`/`turn:` URLs):
 * - TURN configured: the first relay candidate, the one a network that lets no direct media through needs
 *   (reflexive ones arrive earlier, but do not help there);
 * - STUN only: the first server-reflexive candidate (the agent's public address behind NAT);
 * - none: the first host candidate. Chromium gathers its TCP host candidates a step (about 100 ms) later,
 *   and those are `tcptype active` ones, which the far end never needs to be told about.
 *
 * Leaving out candidates gathered later costs no connectivity the far end can use: the browser still sends
 * its checks from them, and the far end learns them as peer-reflexive. Gathering that never produces the
 * awaited type ends at `complete` or at the handler's gathering timeout.
 * @internal
 */
export function enoughIceCandidatesFor(iceServers: readonly string[]): EnoughIceCandidates {
    if (iceServers.some((url) => TURN_URL.test(url))) return { awaited: 'relay', graceMs: SERVER_GRACE_MS };
    if (iceServers.some((url) => STUN_URL.test(url))) return { awaited: 'srflx', graceMs: SERVER_GRACE_MS };
    return { awaited: 'host', graceMs: HOST_GRACE_MS };
}

/**
 * The type of an ICE candidate from its SDP attribute (`candidate:<foundation> <component> <transport>
 * <priority> <address> <port> typ <type> …`, with or without the `a=` prefix); `undefined` when it has none.
 * @internal
 */
export function iceCandidateTypeOf(candidate: string): IceCandidateType | undefined {
    const type = / typ (host|srflx|prflx|relay)(?: |$)/.exec(candidate)?.[1];
    return type as IceCandidateType | undefined;
}
