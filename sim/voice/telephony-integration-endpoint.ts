import { createVerify } from 'node:crypto';
import type { KeyObject } from 'node:crypto';

/** A VoiceCall as the fake Telephony Integration API keeps it. */
export interface SimVoiceCall {
    readonly voiceCallId: string;
    readonly vendorCallKey: string;
    readonly callCenterApiName: string;
    readonly initiationMethod: string;
    readonly from: string;
    readonly to: string;
    readonly startTime: string;
    readonly endTime?: string;
    readonly acceptTime?: string;
    readonly totalHoldDuration?: number;
    /** Whole seconds from start to end, as Salesforce computes `CallDurationInSeconds`; once ended. */
    readonly durationSeconds?: number;
    /** How the record came to be: created while ringing, or by the update of a call that never got one. */
    readonly createdBy: 'create' | 'update';
    readonly updates: number;
}

/** What one request got: the status and JSON body, or why the token or request was refused. */
export interface EndpointAnswer {
    readonly status: number;
    readonly body: Readonly<Record<string, unknown>>;
}

export interface TelephonyIntegrationEndpointOptions {
    /** The public half of the org's signing certificate (the contact center's Telephony Integration Certificate). */
    readonly publicKey: KeyObject;
    readonly orgId: string;
    readonly contactCenter: string;
    readonly now?: () => number;
}

const AUDIENCE = 'https://scrt.salesforce.com';
const MAX_VALIDITY_SECONDS = 180;

function decodePart(part: string): Record<string, unknown> | undefined {
    try {
        const parsed: unknown = JSON.parse(Buffer.from(part, 'base64url').toString('utf8'));
        return typeof parsed === 'object' && parsed !== null
            ? (parsed as Record<string, unknown>)
            : undefined;
    } catch {
        return undefined;
    }
}

/**
 * A stand-in for Salesforce Voice's Telephony Integration REST API (`/telephony/v1/voiceCalls`): it verifies
 * each request's RS256 token against the certificate's public key and checks its claims as the API documents
 * them (`iss` the org, `sub` the contact center, `aud`, at most three minutes of validity, a `jti` never seen
 * before), then creates or updates VoiceCalls it keeps in memory. It can be told to fail, for tests of a
 * Salesforce outage.
 */
export class TelephonyIntegrationEndpoint {
    private readonly calls = new Map<string, SimVoiceCall>();
    private readonly seenTokenIds = new Set<string>();
    /** Why requests were refused, newest last. */
    readonly refusals: string[] = [];
    /** Answer 503 to every request while true. */
    failing = false;
    private nextId = 1;

    constructor(private readonly options: TelephonyIntegrationEndpointOptions) {}

    voiceCalls(): SimVoiceCall[] {
        return [...this.calls.values()];
    }

    handle(
        method: string,
        path: string,
        headers: Readonly<Record<string, string | undefined>>,
        text: string
    ): EndpointAnswer {
        if (this.failing)
            return this.refuse(503, 'the Telephony Integration API is unavailable (simulated outage)');
        const claims = this.verifyToken(headers['authorization']);
        if (typeof claims === 'string') return this.refuse(401, claims);
        if (!headers['telephony-provider-name'])
            return this.refuse(400, 'the Telephony-Provider-Name header is missing');
        let body: Record<string, unknown>;
        try {
            body = JSON.parse(text) as Record<string, unknown>;
        } catch {
            return this.refuse(400, 'the body is not JSON');
        }
        if (body['callCenterApiName'] !== claims['sub'])
            return this.refuse(400, 'callCenterApiName is not the token subject');
        const match = /^\/telephony\/v1\/voiceCalls(?:\/([^/]+))?$/.exec(path);
        if (!match) return this.refuse(404, `no resource ${path}`);
        const key = match[1] === undefined ? undefined : decodeURIComponent(match[1]);
        if (method === 'POST' && key === undefined) return this.create(body);
        if (method === 'PATCH' && key !== undefined) return this.update(key, body);
        return this.refuse(405, `${method} ${path} is not supported`);
    }

    private create(body: Record<string, unknown>): EndpointAnswer {
        const required = ['vendorCallKey', 'from', 'to', 'initiationMethod', 'startTime'];
        const missing = required.filter((name) => typeof body[name] !== 'string');
        if (missing.length > 0) return this.refuse(400, `missing ${missing.join(', ')}`);
        const vendorCallKey = String(body['vendorCallKey']);
        if ([...this.calls.values()].some((call) => call.vendorCallKey === vendorCallKey))
            return this.refuse(409, `a VoiceCall with vendorCallKey ${vendorCallKey} exists`);
        const call: SimVoiceCall = {
            voiceCallId: this.newId(),
            vendorCallKey,
            callCenterApiName: String(body['callCenterApiName']),
            initiationMethod: String(body['initiationMethod']),
            from: String(body['from']),
            to: String(body['to']),
            startTime: String(body['startTime']),
            createdBy: 'create',
            updates: 0
        };
        this.calls.set(call.voiceCallId, call);
        return { status: 201, body: { voiceCallId: call.voiceCallId, vendorCallKey } };
    }

    private update(key: string, body: Record<string, unknown>): EndpointAnswer {
        const found =
            this.calls.get(key) ?? [...this.calls.values()].find((call) => call.vendorCallKey === key);
        const startTime = typeof body['startTime'] === 'string' ? body['startTime'] : found?.startTime;
        const endTime = typeof body['endTime'] === 'string' ? body['endTime'] : undefined;
        if (startTime === undefined || endTime === undefined)
            return this.refuse(400, 'startTime and endTime are required');
        const base: SimVoiceCall = found ?? {
            voiceCallId: this.newId(),
            vendorCallKey: key,
            callCenterApiName: String(body['callCenterApiName']),
            initiationMethod: String(body['initiationMethod'] ?? 'Inbound'),
            from: String(body['fromNumber'] ?? ''),
            to: String(body['toNumber'] ?? ''),
            startTime,
            createdBy: 'update',
            updates: 0
        };
        const updated: SimVoiceCall = {
            ...base,
            startTime,
            endTime,
            ...(typeof body['acceptTime'] === 'string' ? { acceptTime: body['acceptTime'] } : {}),
            ...(typeof body['totalHoldDuration'] === 'number'
                ? { totalHoldDuration: body['totalHoldDuration'] }
                : {}),
            durationSeconds: Math.round((Date.parse(endTime) - Date.parse(startTime)) / 1000),
            updates: base.updates + 1
        };
        this.calls.set(updated.voiceCallId, updated);
        return { status: 200, body: {} };
    }

    /** The token's claims, or why it is refused. */
    private verifyToken(authorization: string | undefined): Record<string, unknown> | string {
        const token = /^Bearer (.+)$/.exec(authorization ?? '')?.[1];
        const parts = token?.split('.');
        if (!token || parts?.length !== 3) return 'no bearer JWT';
        const [headerPart = '', payloadPart = '', signature = ''] = parts;
        const header = decodePart(headerPart);
        if (header?.['alg'] !== 'RS256') return `the token is not RS256 (alg ${String(header?.['alg'])})`;
        const verifier = createVerify('RSA-SHA256');
        verifier.update(`${headerPart}.${payloadPart}`);
        if (!verifier.verify(this.options.publicKey, Buffer.from(signature, 'base64url')))
            return 'the token signature does not match the contact center certificate';
        const claims = decodePart(payloadPart);
        if (!claims) return 'the token claims are not JSON';
        const now = Math.floor((this.options.now?.() ?? Date.now()) / 1000);
        const { iss, sub, aud, exp, iat, jti } = claims;
        if (iss !== this.options.orgId) return `iss ${String(iss)} is not the org`;
        if (sub !== this.options.contactCenter) return `sub ${String(sub)} is not the contact center`;
        if (aud !== AUDIENCE) return `aud ${String(aud)} is not ${AUDIENCE}`;
        if (typeof exp !== 'number' || exp <= now) return 'the token has expired';
        if (typeof iat !== 'number' || exp - iat > MAX_VALIDITY_SECONDS)
            return 'the token lives longer than three minutes';
        if (typeof jti !== 'string' || jti === '') return 'the token has no jti';
        if (this.seenTokenIds.has(jti)) return `the token id ${jti} was used before`;
        this.seenTokenIds.add(jti);
        return claims;
    }

    private refuse(status: number, message: string): EndpointAnswer {
        this.refusals.push(`${status} ${message}`);
        return { status, body: { message } };
    }

    private newId(): string {
        return `0LQ5g00000${String(this.nextId++).padStart(5, '0')}AAA`;
    }
}
