import { generateKeyPairSync } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createServer as createHttpServer } from 'node:http';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { build } from 'esbuild';
import { readCallCenterSettings } from '../call-center/call-center-settings';
import { readCustomLabels } from '../labels/custom-labels';
import { VISUALFORCE_REMOTING_SCRIPT, renderConnectorPage } from './connector-page';
import { renderVoiceConsolePage } from './host-page';
import { SimVoiceCallService } from './sim-voice-call-service';
import { TelephonyIntegrationEndpoint } from './telephony-integration-endpoint';
import { VOICE_HOSTS, makeVoiceCertificate, voiceChromiumArgs } from './voice-hosts';
import { SIMULATED_ORG_ID } from '../org/simulated-user';
import type { SimulatedTurnServer } from '../org/turn-credential-service';

/** The project files the Voice simulator serves or reads. */
export const VOICE_FILES = {
    page: 'force-app-voice/main/default/pages/SoftphoneVoiceConnector.page',
    resource: 'force-app-voice/main/default/staticresources/SoftphoneVoiceConnector.js',
    contactCenter: 'force-app-voice/main/default/callCenters/SoftphoneVoiceContactCenter.callCenter-meta.xml',
    labels: 'force-app-voice/main/default/labels'
} as const;

/** The org the simulator pretends to be: the same simulated org as the Open CTI console's. */
export const SIM_ORG_ID = SIMULATED_ORG_ID;

export interface VoiceSimulatorOptions {
    readonly root: string;
    /** The simulated org's Softphone TURN Server record (`npm start -- --turn-secret`), for `issueTurnCredentials`. */
    readonly turnServer?: SimulatedTurnServer;
    /** The PBX's WebSocket URL and SIP domain (the contact center's Softphone Settings are pointed at them). */
    readonly pbxWebSocketUrl: string;
    readonly sipDomain: string;
    /** Port of the HTTPS server; a free one by default. */
    readonly port?: number;
}

export interface VoiceSimulator {
    /** The simulated console (host page): open it in a Chromium started with {@link VoiceSimulator.chromiumArgs}. */
    readonly consoleUrl: string;
    readonly connectorUrl: string;
    /** The fake Telephony Integration API (its VoiceCalls, refusals and outage switch). */
    readonly endpoint: TelephonyIntegrationEndpoint;
    /** Flags a Chromium needs to reach the simulator's Salesforce-like hosts on 127.0.0.1. */
    readonly chromiumArgs: readonly string[];
    stop(): Promise<void>;
}

function readBody(request: IncomingMessage): Promise<string> {
    return new Promise((resolve, reject) => {
        const chunks: Buffer[] = [];
        let size = 0;
        request.on('data', (chunk: Buffer) => {
            size += chunk.length;
            if (size > 1_000_000) request.destroy(new Error('request too large'));
            else chunks.push(chunk);
        });
        request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
        request.on('error', reject);
    });
}

function reply(response: ServerResponse, status: number, type: string, body: string): void {
    response.writeHead(status, {
        'Content-Type': type,
        'Cache-Control': 'no-store',
        'X-Content-Type-Options': 'nosniff'
    });
    response.end(body);
}

function listen(server: Server, port: number): Promise<number> {
    return new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(port, '127.0.0.1', () => resolve((server.address() as AddressInfo).port));
    });
}

function close(server: Server): Promise<void> {
    return new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
    });
}

/**
 * The Salesforce Voice simulator of `npm start -- --voice`: the console page (Salesforce's side of the connector
 * protocol, from the real base library's message names, and a small Omni-Channel widget), the project's own
 * `SoftphoneVoiceConnector` page and static resource in its frame, the `SoftphoneVoiceCallService` remote actions
 * (signing RS256 tokens with a key made at start), and a fake Telephony Integration API that verifies them.
 */
export async function startVoiceSimulator(options: VoiceSimulatorOptions): Promise<VoiceSimulator> {
    const { root } = options;
    const file = (relative: string): string => path.join(root, relative);
    const labels = Object.fromEntries(readCustomLabels(file(VOICE_FILES.labels)));
    const contactCenter = readCallCenterSettings(file(VOICE_FILES.contactCenter));
    const contactCenterName =
        contactCenter['/reqGeneralInfo/reqInternalName'] ?? 'SoftphoneVoiceContactCenter';
    const connectorPage = renderConnectorPage(readFileSync(file(VOICE_FILES.page), 'utf8'), {
        resources: { SoftphoneVoiceConnector: '/resource/SoftphoneVoiceConnector' },
        labels,
        remotingScript: '/sim/visualforce-remoting.js'
    });
    const bundle = await build({
        absWorkingDir: root,
        entryPoints: [file('sim/voice/browser/voice-console.ts')],
        tsconfig: file('tsconfig.json'),
        bundle: true,
        format: 'iife',
        platform: 'browser',
        target: ['chrome115'],
        write: false,
        logLevel: 'silent'
    });
    const consoleScript = bundle.outputFiles[0]?.text ?? '';

    const keys = generateKeyPairSync('rsa', { modulusLength: 2048 });
    const endpoint = new TelephonyIntegrationEndpoint({
        publicKey: keys.publicKey,
        orgId: SIM_ORG_ID,
        contactCenter: contactCenterName
    });
    const api = createHttpServer((request, response) => {
        void readBody(request).then((body) => {
            const answer = endpoint.handle(
                request.method ?? 'GET',
                new URL(request.url ?? '/', 'http://127.0.0.1').pathname,
                request.headers as Record<string, string | undefined>,
                body
            );
            reply(response, answer.status, 'application/json', JSON.stringify(answer.body));
        });
    });
    const apiPort = await listen(api, 0);
    const service = new SimVoiceCallService({
        privateKey: keys.privateKey,
        orgId: SIM_ORG_ID,
        contactCenter: contactCenterName,
        endpoint: `http://127.0.0.1:${apiPort}`,
        ...(options.turnServer === undefined ? {} : { turnServer: options.turnServer })
    });

    const certificate = makeVoiceCertificate();
    let port = 0;
    const consoleUrl = (): string => `https://${VOICE_HOSTS.console}:${port}/`;
    const connectorUrl = (): string =>
        `https://${VOICE_HOSTS.visualforce}:${port}/apex/SoftphoneVoiceConnector`;
    const connectorConfig = (): Record<string, unknown> => ({
        ...contactCenter,
        '/softphoneSettings/telephonyMode': 'sip',
        '/softphoneSettings/pbxWebSocketUrl': options.pbxWebSocketUrl,
        '/softphoneSettings/sipDomain': options.sipDomain,
        '/softphoneSettings/iceServers': 'none',
        organizationId: SIM_ORG_ID,
        userName: 'agent@softphone.sim',
        scrtUrl: `http://127.0.0.1:${apiPort}`
    });
    const site = createHttpsServer({ cert: certificate.cert, key: certificate.key }, (request, response) => {
        const host = (request.headers.host ?? '').replace(/:\d+$/, '');
        const url = new URL(request.url ?? '/', `https://${host}`);
        void (async () => {
            if (host === VOICE_HOSTS.console && url.pathname === '/') {
                const page = renderVoiceConsolePage(
                    { connectorUrl: connectorUrl(), connectorConfig: connectorConfig(), labels },
                    '/sim/voice-console.js'
                );
                return reply(response, 200, 'text/html; charset=utf-8', page);
            }
            if (host === VOICE_HOSTS.console && url.pathname === '/sim/voice-console.js')
                return reply(response, 200, 'text/javascript; charset=utf-8', consoleScript);
            if (host === VOICE_HOSTS.console && url.pathname === '/sim/voice-calls')
                return reply(response, 200, 'application/json', JSON.stringify(endpoint.voiceCalls()));
            if (host !== VOICE_HOSTS.visualforce) return reply(response, 421, 'text/plain', 'Unknown host\n');
            if (url.pathname === '/apex/SoftphoneVoiceConnector')
                return reply(response, 200, 'text/html; charset=utf-8', connectorPage);
            if (url.pathname === '/resource/SoftphoneVoiceConnector')
                return reply(
                    response,
                    200,
                    'text/javascript; charset=utf-8',
                    readFileSync(file(VOICE_FILES.resource), 'utf8')
                );
            if (url.pathname === '/sim/visualforce-remoting.js')
                return reply(response, 200, 'text/javascript; charset=utf-8', VISUALFORCE_REMOTING_SCRIPT);
            if (url.pathname === '/apexremote' && request.method === 'POST') {
                const { action, payload } = JSON.parse(await readBody(request)) as {
                    action?: unknown;
                    payload?: unknown;
                };
                const answer = await service.invoke(String(action), String(payload));
                return reply(response, 200, 'application/json', JSON.stringify(answer));
            }
            return reply(response, 404, 'text/plain', 'Not found\n');
        })().catch((error: unknown) => reply(response, 500, 'text/plain', `${String(error)}\n`));
    });
    port = await listen(site, options.port ?? 0);
    return {
        consoleUrl: consoleUrl(),
        connectorUrl: connectorUrl(),
        endpoint,
        chromiumArgs: voiceChromiumArgs(certificate),
        stop: async () => {
            await Promise.all([close(site), close(api)]);
        }
    };
}
