/**
 * The simulator's `SoftphoneTurnCredentials.issue`: the same answer as the Apex class (TURN REST API
 * credentials, coturn `use-auth-secret`), computed in the console page from the TURN secret `npm start --
 * --turn-secret` was given (the simulated org's custom metadata record). `runApex` answers synchronously, so
 * HMAC-SHA1 is computed here rather than with the asynchronous Web Crypto API.
 */
import { SIMULATED_USER_ID } from './simulated-user';

/** The simulated `Softphone_Turn_Server__mdt` record named `Default`. */
export interface SimulatedTurnServer {
    readonly sharedSecret: string;
    /** Seconds; 3600 when absent, kept within 300-86400 as the Apex class does. */
    readonly lifetimeSeconds?: number;
}

function utf8(text: string): number[] {
    return [...new TextEncoder().encode(text)];
}

/** SHA-1 (FIPS 180-4) of `bytes`. */
function sha1(bytes: readonly number[]): number[] {
    const length = bytes.length;
    const padded = [...bytes, 0x80];
    while (padded.length % 64 !== 56) padded.push(0);
    const bits = length * 8;
    for (let shift = 56; shift >= 0; shift -= 8)
        padded.push(shift >= 32 ? Math.floor(bits / 2 ** shift) & 0xff : (bits >>> shift) & 0xff);
    const h = [0x67452301, 0xefcdab89, 0x98badcfe, 0x10325476, 0xc3d2e1f0];
    const w = new Array<number>(80);
    const rotl = (value: number, count: number): number => (value << count) | (value >>> (32 - count));
    for (let block = 0; block < padded.length; block += 64) {
        for (let i = 0; i < 16; i++) {
            const at = block + i * 4;
            w[i] =
                ((padded[at] ?? 0) << 24) |
                ((padded[at + 1] ?? 0) << 16) |
                ((padded[at + 2] ?? 0) << 8) |
                (padded[at + 3] ?? 0);
        }
        for (let i = 16; i < 80; i++)
            w[i] = rotl((w[i - 3] ?? 0) ^ (w[i - 8] ?? 0) ^ (w[i - 14] ?? 0) ^ (w[i - 16] ?? 0), 1);
        let [a, b, c, d, e] = h as [number, number, number, number, number];
        for (let i = 0; i < 80; i++) {
            const [f, k] =
                i < 20
                    ? [(b & c) | (~b & d), 0x5a827999]
                    : i < 40
                      ? [b ^ c ^ d, 0x6ed9eba1]
                      : i < 60
                        ? [(b & c) | (b & d) | (c & d), 0x8f1bbcdc]
                        : [b ^ c ^ d, 0xca62c1d6];
            const next = (rotl(a, 5) + f + e + k + (w[i] ?? 0)) | 0;
            e = d;
            d = c;
            c = rotl(b, 30);
            b = a;
            a = next;
        }
        h[0] = ((h[0] ?? 0) + a) | 0;
        h[1] = ((h[1] ?? 0) + b) | 0;
        h[2] = ((h[2] ?? 0) + c) | 0;
        h[3] = ((h[3] ?? 0) + d) | 0;
        h[4] = ((h[4] ?? 0) + e) | 0;
    }
    return h.flatMap((word) => [
        (word >>> 24) & 0xff,
        (word >>> 16) & 0xff,
        (word >>> 8) & 0xff,
        word & 0xff
    ]);
}

/** HMAC-SHA1 (RFC 2104) of `message` keyed with `key`, base64: the TURN REST API password. */
export function hmacSha1Base64(key: string, message: string): string {
    let keyBytes = utf8(key);
    if (keyBytes.length > 64) keyBytes = sha1(keyBytes);
    const padded = [...keyBytes, ...new Array<number>(64 - keyBytes.length).fill(0)];
    const inner = sha1([...padded.map((byte) => byte ^ 0x36), ...utf8(message)]);
    const mac = sha1([...padded.map((byte) => byte ^ 0x5c), ...inner]);
    return btoa(String.fromCharCode(...mac));
}

/** What `SoftphoneTurnCredentials.issue` answers for the simulated agent, or throws as the Apex class does. */
export function issueTurnCredentials(server: SimulatedTurnServer | undefined, nowMs: number): string {
    if (!server || server.sharedSecret.trim() === '') {
        throw new Error(
            'No TURN secret is configured: create the Softphone TURN Server custom metadata record named Default ' +
                'with the Shared Secret of your TURN server (Setup > Custom Metadata Types).'
        );
    }
    const lifetime = Math.max(300, Math.min(86_400, Math.trunc(server.lifetimeSeconds ?? 3600)));
    const expiresAt = Math.floor(nowMs / 1000) + lifetime;
    const username = `${expiresAt}:${SIMULATED_USER_ID}`;
    return JSON.stringify({
        version: 1,
        username,
        credential: hmacSha1Base64(server.sharedSecret, username),
        ttlSeconds: lifetime,
        expiresAt
    });
}
