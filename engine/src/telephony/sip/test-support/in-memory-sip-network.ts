import { EmitterImpl, TransportState } from 'sip.js';
import type { Emitter, Transport, UserAgentOptions } from 'sip.js';
import { IncomingRequestMessage } from 'sip.js/lib/core/index.js';
import { Md5 } from 'sip.js/lib/core/messages/md5.js';
import { parseSip } from './parse-sip';

/** The URL the in-memory network answers on (any other refuses to connect). */
export const TEST_PBX_URL = 'wss://pbx.test:8089/ws';
/** The SIP domain of the in-memory network. */
export const TEST_DOMAIN = 'pbx.test';

const REALM = 'pbx.test';
const NONCE = 'f84f1cec41e6cbe5aea9c8e88d359';

/** One message the network carried or answered, for assertions: who sent it and its first line. */
export interface CarriedMessage {
    readonly from: string;
    readonly to: string;
    readonly firstLine: string;
    readonly raw: string;
}

/** What the registrar does with the next REGISTER instead of its usual answer. */
export type RegistrarOverride = { readonly status: number; readonly reason: string } | 'silent';

function digestParams(header: string): Record<string, string> {
    const params: Record<string, string> = {};
    for (const match of header.matchAll(/(\w+)=("([^"]*)"|[^,\s]+)/g)) {
        const name = match[1];
        if (name) params[name] = match[3] ?? match[2] ?? '';
    }
    return params;
}

/** A final response to `request`, as a stateless server writes it. */
function responseTo(
    request: IncomingRequestMessage,
    status: number,
    reason: string,
    extra: string[] = []
): string {
    const to = request.getHeader('to') ?? '';
    return [
        `SIP/2.0 ${status} ${reason}`,
        ...request.getHeaders('via').map((via) => `Via: ${via}`),
        `From: ${request.getHeader('from') ?? ''}`,
        `To: ${to}${request.toTag ? '' : ';tag=registrar'}`,
        `Call-ID: ${request.callId}`,
        `CSeq: ${request.cseq} ${request.method}`,
        ...extra,
        'Content-Length: 0',
        '',
        ''
    ].join('\r\n');
}

/**
 * A PBX in memory for SIP.js user agents in Jest: a registrar (digest authentication for the users given a
 * password) and a proxy that carries requests to the registered user or the contact they name, and responses
 * back to whoever sent the request. Messages travel as text through SIP.js's own parser, one macrotask later,
 * as over a socket. The tests' user agents get its transport through {@link InMemorySipNetwork.transport}.
 * @internal
 */
export class InMemorySipNetwork {
    /** Every message carried, oldest first. */
    readonly carried: CarriedMessage[] = [];
    /** Users who must authenticate, with their passwords; others register freely. */
    readonly passwords = new Map<string, string>();
    /** The next REGISTER gets this answer (or none) instead of the usual one. */
    registrarOverride: RegistrarOverride | undefined;
    /** False: new connections are refused, as when the PBX is down. */
    up = true;
    /** Connections tried, refused ones included: how hard the softphones knock on a PBX that is down. */
    connectAttempts = 0;
    /** Requests it answers true for are lost on the way (a BYE that never arrives), by method. */
    loses: ((method: string) => boolean) | undefined;

    private readonly connections = new Set<NetworkTransport>();
    private readonly aors = new Map<string, NetworkTransport>();
    private readonly contacts = new Map<string, NetworkTransport>();
    private readonly senders = new Map<string, NetworkTransport>();
    private counter = 0;

    /** The transport constructor to give SIP.js user agents on this network. */
    get transport(): NonNullable<UserAgentOptions['transportConstructor']> {
        return transportOn(this);
    }

    /** Whether `user` is registered now. */
    isRegistered(user: string): boolean {
        const connection = this.aors.get(user);
        return connection !== undefined && connection.isConnected();
    }

    /** The first lines of the messages delivered to `user`'s connection (by AOR), oldest first. */
    linesTo(user: string): string[] {
        return this.carried.filter((message) => message.to === user).map((message) => message.firstLine);
    }

    /** Closes the connection `user` registered on, from the server's side (that user's network blipped). */
    dropUser(user: string): void {
        this.aors.get(user)?.drop();
    }

    /** Closes every connection from the server's side, as a crash would; the PBX stays up unless told. */
    dropAll(): void {
        for (const connection of [...this.connections]) connection.drop();
    }

    /** @internal */
    connect(connection: NetworkTransport): boolean {
        this.connectAttempts += 1;
        if (!this.up || connection.server !== TEST_PBX_URL) return false;
        this.connections.add(connection);
        return true;
    }

    /** @internal */
    disconnect(connection: NetworkTransport): void {
        this.connections.delete(connection);
        for (const [user, owner] of this.aors) if (owner === connection) this.aors.delete(user);
    }

    /** @internal */
    receive(from: NetworkTransport, raw: string): void {
        const message = parseSip(raw);
        if (message instanceof IncomingRequestMessage) {
            if (this.loses?.(message.method) === true) return;
            const contact = message.parseHeader('contact') as { uri?: { user?: string } } | undefined;
            if (contact?.uri?.user) this.contacts.set(contact.uri.user, from);
            if (message.method === 'REGISTER') {
                this.register(from, message);
                return;
            }
            const user = message.ruri?.user ?? '';
            const target = this.contacts.get(user) ?? this.aors.get(user);
            if (!target?.isConnected()) {
                if (message.method !== 'ACK') this.answer(from, message, 404, 'Not Found');
                return;
            }
            this.senders.set(message.viaBranch, from);
            this.deliver(from, target, raw);
            return;
        }
        const sender = this.senders.get(message.viaBranch);
        if (sender) this.deliver(from, sender, raw);
    }

    private register(from: NetworkTransport, request: IncomingRequestMessage): void {
        const override = this.registrarOverride;
        this.registrarOverride = undefined;
        if (override === 'silent') return;
        if (override) {
            this.answer(from, request, override.status, override.reason);
            return;
        }
        const user = request.to.uri.user ?? '';
        const password = this.passwords.get(user);
        if (password !== undefined) {
            const authorization = request.getHeader('authorization');
            if (!authorization) {
                this.answer(from, request, 401, 'Unauthorized', [
                    `WWW-Authenticate: Digest realm="${REALM}", nonce="${NONCE}", algorithm=MD5`
                ]);
                return;
            }
            const params = digestParams(authorization);
            const ha1 = Md5.hashStr(`${params.username ?? ''}:${REALM}:${password}`);
            const ha2 = Md5.hashStr(`REGISTER:${params.uri ?? ''}`);
            const expected = params.qop
                ? Md5.hashStr(
                      `${ha1}:${NONCE}:${params.nc ?? ''}:${params.cnonce ?? ''}:${params.qop}:${ha2}`
                  )
                : Md5.hashStr(`${ha1}:${NONCE}:${ha2}`);
            if (params.username !== user || params.response !== expected) {
                this.answer(from, request, 403, 'Forbidden');
                return;
            }
        }
        const contact = request.getHeader('contact') ?? '';
        const expires = Number(/expires=(\d+)/i.exec(contact)?.[1] ?? request.getHeader('expires') ?? 600);
        const uri = /<([^>]+)>/.exec(contact)?.[1] ?? contact;
        if (expires === 0) {
            if (this.aors.get(user) === from) this.aors.delete(user);
            this.answer(from, request, 200, 'OK');
            return;
        }
        this.aors.set(user, from);
        this.answer(from, request, 200, 'OK', [`Contact: <${uri}>;expires=${expires}`]);
    }

    private answer(
        to: NetworkTransport,
        request: IncomingRequestMessage,
        status: number,
        reason: string,
        extra?: string[]
    ): void {
        this.deliver(undefined, to, responseTo(request, status, reason, extra));
    }

    private deliver(from: NetworkTransport | undefined, to: NetworkTransport, raw: string): void {
        this.carried.push({
            from: from ? this.nameOf(from) : 'pbx',
            to: this.nameOf(to),
            firstLine: raw.slice(0, raw.indexOf('\r\n')),
            raw
        });
        setTimeout(() => to.deliver(raw), 0);
    }

    private nameOf(connection: NetworkTransport): string {
        for (const [user, owner] of this.aors) if (owner === connection) return user;
        connection.label ??= `connection-${++this.counter}`;
        return connection.label;
    }
}

/** A SIP.js transport on the {@link InMemorySipNetwork}. @internal */
export class NetworkTransport implements Transport {
    readonly protocol = 'WSS';
    onConnect: (() => void) | undefined;
    onDisconnect: ((error?: Error) => void) | undefined;
    onMessage: ((message: string) => void) | undefined;
    label: string | undefined;

    private current: TransportState = TransportState.Disconnected;
    private readonly emitter = new EmitterImpl<TransportState>();

    constructor(
        private readonly network: InMemorySipNetwork,
        readonly server: string
    ) {}

    get state(): TransportState {
        return this.current;
    }

    get stateChange(): Emitter<TransportState> {
        return this.emitter;
    }

    async connect(): Promise<void> {
        if (this.current === TransportState.Connected) return;
        await new Promise((resolve) => setTimeout(resolve, 0));
        if (!this.network.connect(this)) throw new Error(`WebSocket to ${this.server} failed`);
        this.setState(TransportState.Connected);
        this.onConnect?.();
    }

    async disconnect(): Promise<void> {
        if (this.current !== TransportState.Connected) return;
        this.network.disconnect(this);
        this.setState(TransportState.Disconnected);
        this.onDisconnect?.();
    }

    dispose(): Promise<void> {
        return this.disconnect();
    }

    isConnected(): boolean {
        return this.current === TransportState.Connected;
    }

    send(message: string): Promise<void> {
        if (!this.isConnected()) return Promise.reject(new Error('WebSocket is not open'));
        this.network.receive(this, message);
        return Promise.resolve();
    }

    /** The server closed the connection. */
    drop(): void {
        if (this.current !== TransportState.Connected) return;
        this.network.disconnect(this);
        this.setState(TransportState.Disconnected);
        this.onDisconnect?.(new Error(`WebSocket closed ${this.server} (code: 1006)`));
    }

    /** A message from the network. */
    deliver(raw: string): void {
        if (this.isConnected()) this.onMessage?.(raw);
    }

    private setState(state: TransportState): void {
        this.current = state;
        this.emitter.emit(state);
    }
}

/** A transport class whose instances join `network` (SIP.js constructs transports itself). */
function transportOn(network: InMemorySipNetwork): NonNullable<UserAgentOptions['transportConstructor']> {
    return class extends NetworkTransport {
        constructor(_logger: unknown, options: unknown) {
            super(network, (options as { server?: string } | undefined)?.server ?? '');
        }
    };
}
