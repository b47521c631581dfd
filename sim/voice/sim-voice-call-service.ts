import { createSign, randomUUID } from 'node:crypto';
import type { KeyObject } from 'node:crypto';
import { issueTurnCredentials } from '../org/turn-credential-service';
import type { SimulatedTurnServer } from '../org/turn-credential-service';

/** What a remote action answers the page: Visualforce remoting's result and event. */
export interface RemotingAnswer {
    readonly status: boolean;
    readonly result?: unknown;
    readonly message?: string;
}

export interface SimVoiceCallServiceOptions {
    readonly privateKey: KeyObject;
    readonly orgId: string;
    readonly contactCenter: string;
    /** The Named Credential's URL: the fake Telephony Integration API. */
    readonly endpoint: string;
    /** The org's Softphone TURN Server record; without one, `issueTurnCredentials` refuses as the Apex does. */
    readonly turnServer?: SimulatedTurnServer;
}

const ISO_TIME = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d{1,3})?Z$/;
const PARTY = /^[0-9A-Za-z+*#@._:-]{1,64}$/;

/**
 * The simulator's `SoftphoneVoiceCallService`: what the Apex does, in Node, for the connector page's remote
 * actions: checks the request, signs an RS256 token with the org's key (as `Auth.JWS` does with the certificate)
 * and calls the Telephony Integration API over HTTP, then answers as Visualforce remoting does.
 */
export class SimVoiceCallService {
    constructor(private readonly options: SimVoiceCallServiceOptions) {}

    async invoke(action: string, payload: string): Promise<RemotingAnswer> {
        try {
            const request = JSON.parse(payload) as Record<string, unknown>;
            if (action === 'SoftphoneVoiceCallService.createVoiceCall')
                return { status: true, result: await this.create(request) };
            if (action === 'SoftphoneVoiceCallService.updateVoiceCall')
                return { status: true, result: await this.update(request) };
            if (action === 'SoftphoneVoiceCallService.issueTurnCredentials')
                return { status: true, result: issueTurnCredentials(this.options.turnServer, Date.now()) };
            return { status: false, message: `No remote action ${action}.` };
        } catch (error) {
            return { status: false, message: error instanceof Error ? error.message : String(error) };
        }
    }

    private async create(request: Record<string, unknown>): Promise<Record<string, unknown>> {
        const from = party(request, 'from');
        const answer = await this.send('POST', '/telephony/v1/voiceCalls', {
            callCenterApiName: this.options.contactCenter,
            vendorCallKey: key(request),
            from,
            to: party(request, 'to'),
            initiationMethod: initiation(request),
            startTime: time(request, 'startTime'),
            participants: [{ participantKey: from, type: 'END_USER' }]
        });
        if (typeof answer['voiceCallId'] !== 'string')
            throw new Error('The Telephony Integration API answered without a VoiceCall id.');
        return { voiceCallId: answer['voiceCallId'] };
    }

    private async update(request: Record<string, unknown>): Promise<Record<string, unknown>> {
        const voiceCallId = request['voiceCallId'];
        const id = typeof voiceCallId === 'string' ? voiceCallId : key(request);
        const hold = request['totalHoldDuration'];
        if (typeof hold !== 'number' || !Number.isInteger(hold) || hold < 0)
            throw new Error('totalHoldDuration must be whole seconds from 0 to 86400.');
        await this.send(`PATCH`, `/telephony/v1/voiceCalls/${encodeURIComponent(id)}`, {
            callCenterApiName: this.options.contactCenter,
            initiationMethod: initiation(request),
            fromNumber: party(request, 'from'),
            toNumber: party(request, 'to'),
            startTime: time(request, 'startTime'),
            endTime: time(request, 'endTime'),
            totalHoldDuration: hold,
            ...(request['acceptTime'] === undefined ? {} : { acceptTime: time(request, 'acceptTime') })
        });
        return { updated: true };
    }

    private async send(method: string, path: string, body: object): Promise<Record<string, unknown>> {
        const response = await fetch(new URL(path, this.options.endpoint), {
            method,
            headers: {
                Authorization: `Bearer ${this.token()}`,
                'Content-Type': 'application/json',
                'Telephony-Provider-Name': 'Softphone for Salesforce'
            },
            body: JSON.stringify(body)
        });
        const text = await response.text();
        if (!response.ok)
            throw new Error(
                `The Telephony Integration API answered ${response.status}: ${text.slice(0, 500)}`
            );
        return text === '' ? {} : (JSON.parse(text) as Record<string, unknown>);
    }

    private token(): string {
        const now = Math.floor(Date.now() / 1000);
        const header = Buffer.from(JSON.stringify({ alg: 'RS256', typ: 'JWT' })).toString('base64url');
        const claims = Buffer.from(
            JSON.stringify({
                iss: this.options.orgId,
                sub: this.options.contactCenter,
                aud: 'https://scrt.salesforce.com',
                iat: now,
                exp: now + 120,
                jti: randomUUID()
            })
        ).toString('base64url');
        const signer = createSign('RSA-SHA256');
        signer.update(`${header}.${claims}`);
        return `${header}.${claims}.${signer.sign(this.options.privateKey).toString('base64url')}`;
    }
}

function key(request: Record<string, unknown>): string {
    const value = request['vendorCallKey'];
    if (typeof value !== 'string' || value === '' || value.length > 255)
        throw new Error('vendorCallKey must be 1 to 255 characters.');
    return value;
}

function party(request: Record<string, unknown>, name: string): string {
    const value = request[name];
    if (typeof value !== 'string' || !PARTY.test(value))
        throw new Error(`${name} must be a phone number or extension of at most 64 characters.`);
    return value;
}

function initiation(request: Record<string, unknown>): string {
    const value = request['initiationMethod'];
    if (value !== 'Inbound' && value !== 'Outbound')
        throw new Error('initiationMethod must be Inbound or Outbound.');
    return value;
}

function time(request: Record<string, unknown>, name: string): string {
    const value = request[name];
    if (typeof value !== 'string' || !ISO_TIME.test(value))
        throw new Error(`${name} must be an ISO 8601 UTC time such as 2026-01-15T09:30:00.000Z.`);
    return value;
}
