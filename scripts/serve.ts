import { readFileSync, writeFileSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { createInterface } from 'node:readline';
import { startDeskPhone } from '../harness/desk-phone/desk-phone-process';
import type { DeskPhone } from '../harness/desk-phone/desk-phone-process';
import { startKamailio } from '../harness/kamailio/kamailio-process';
import { startRtpengine } from '../harness/rtpengine/rtpengine-process';
import { startPhoneServer } from '../harness/phone-page/phone-server';
import { StartedServices } from '../harness/started-services';
import { prepareSimulator } from '../sim';
import { startVoiceSimulator } from '../sim/voice/voice-simulator';
import type { SimulatorSite, SiteAnswer } from '../sim';
import { FILE_CACHE_CONTROL, fileEtag, matchesEtag } from '../sim/site/file-validators';
import { generateAll } from './build/index';

/**
 * `npm start`: builds the project, prepares the local console simulator and serves it on 127.0.0.1.
 *
 *   npm start [-- --port <n>] [-- --no-build]
 *
 * The port comes from `--port`, else `PORT`, else 5173; when it is taken the server takes a free one.
 * `--port 0` asks for a free port. `--no-build` serves the generated files as they are on disk.
 * `--setting <item>=<value>` (repeatable) overrides one of the call center's Softphone Settings, e.g.
 * `--setting telephonyMode=sip --setting pbxWebSocketUrl=ws://127.0.0.1:5080 --setting sipDomain=pbx.test`.
 * The softphone UI is the committed UI static resource (LWC production mode, minified), served byte for byte,
 * so what runs here is what the Softphone page runs.
 * `--phone-system <Record>` gives the simulated agent that phone-system profile (its custom permission), so
 * the softphone registers with the profile's PBX (with `--pbx`: the local Kamailio, in the domain
 * `<record>.softphone.test`); `--phone-system-field <Record>.<Field__c>=<value>` changes a
 * field of one of the project's `Softphone_Phone_System__mdt` records, or adds a record.
 * `--console-components` also hosts the components other developers put around the phone: Call with softphone
 * (`c-call-with-softphone`) on every record page, and an Omni-Channel widget stand-in with the Omni-Channel sync
 * item (`c-softphone-omni-sync`), all on the console's Lightning Message Service (the build takes seconds).
 * `--turn-secret <secret>` gives the simulated org a TURN secret (the Softphone TURN Server record), so
 * `SoftphoneTurnCredentials` issues credentials for the `turn:` entries of ICE Servers.
 * `--pbx` starts a Kamailio on 127.0.0.1 (`harness/kamailio`, as the end-to-end tests do), points the call center at it,
 * and serves a caller page, so the same journey runs over real SIP and WebRTC.
 * `--desk-phone` (implies `--pbx`) also starts a real SIP desk phone (baresip, G.711, a 440 Hz tone as its
 * microphone) registered over UDP, with rtpengine bridging its plain RTP to the softphone's WebRTC, as contact
 * centres do; typing `call`, `answer` or `hangup` in this terminal drives it.
 * `--voice` runs the Salesforce Voice connector instead (implies `--pbx`): a simulated console on
 * https://softphone-sim.lightning.force.com (served on 127.0.0.1 with a throw-away certificate) frames the real
 * SoftphoneVoiceConnector page and speaks the base library's protocol to it, with an Omni-Channel widget stand-in
 * and a fake Telephony Integration API; it prints the Chromium command line that reaches it.
 */

/** The SIP domain of the local PBX, as in the end-to-end tests. */
const LOCAL_PBX_DOMAIN = 'softphone.test';
/** The agent's SIP user on the local PBX (it does not check passwords). */
const LOCAL_PBX_AGENT = '1001';
/** The desk phone's number: Charles Babbage's, a Contact in the simulated org, so its calls pop him. */
const LOCAL_DESK_PHONE = '+14155550134';
/** How long the desk phone's tone lasts before it sends silence, in seconds. */
const DESK_PHONE_TONE_SECONDS = 600;

/**
 * With `--pbx`, each profile the agent is given points at the local Kamailio, in a SIP domain of its own
 * (`<record>.softphone.test`), unless `--phone-system-field` (applied after these) says otherwise.
 */
function localPhoneSystemFields(profiles: readonly string[], pbxUrl: string): string[] {
    return profiles.flatMap((name) => [
        `${name}.WebSocket_URL__c=${pbxUrl}`,
        `${name}.SIP_Domain__c=${name.toLowerCase().replace(/_/g, '-')}.${LOCAL_PBX_DOMAIN}`
    ]);
}

const HOST = '127.0.0.1';
const DEFAULT_PORT = 5173;
const USAGE =
    'usage: npm start -- [--port <0-65535>] [--no-build] [--pbx] [--desk-phone] [--voice] [--setting <item>=<value> ...] [--turn-secret <secret>] [--phone-system <Record> ...] [--phone-system-field <Record>.<Field__c>=<value> ...] [--console-components]';

interface CliOptions {
    readonly port: number;
    readonly build: boolean;
    /** Overrides of the call center's Softphone Settings items, `name=value`. */
    readonly settings: readonly string[];
    /** The simulated org's TURN shared secret. */
    readonly turnSecret: string | undefined;
    /** Phone-system profiles the simulated agent is given, and changes to the org's profile records. */
    readonly phoneSystems: readonly string[];
    readonly phoneSystemFields: readonly string[];
    /** Host Call with softphone on record pages and the Omni-Channel widget stand-in with the sync item. */
    readonly consoleComponents: boolean;
    /** Start a local Kamailio and a caller page, and point the call center at them. */
    readonly pbx: boolean;
    /** Run the Salesforce Voice simulator over the local PBX. */
    readonly voice: boolean;
    /** Start a desk phone on the local PBX, its media bridged by rtpengine. */
    readonly deskPhone: boolean;
}

function readCliOptions(argv: readonly string[], env: NodeJS.ProcessEnv): CliOptions {
    let values;
    try {
        ({ values } = parseArgs({
            args: [...argv],
            options: {
                port: { type: 'string' },
                'no-build': { type: 'boolean', default: false },
                pbx: { type: 'boolean', default: false },
                voice: { type: 'boolean', default: false },
                'desk-phone': { type: 'boolean', default: false },
                setting: { type: 'string', multiple: true, default: [] },
                'turn-secret': { type: 'string' },
                'phone-system': { type: 'string', multiple: true, default: [] },
                'phone-system-field': { type: 'string', multiple: true, default: [] },
                'console-components': { type: 'boolean', default: false },
                help: { type: 'boolean', short: 'h', default: false }
            },
            strict: true
        }));
    } catch (error) {
        throw new Error(`${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
    }
    if (values.help) {
        console.log(USAGE);
        process.exit(0);
    }
    const text = values.port ?? env.PORT ?? String(DEFAULT_PORT);
    const port = Number(text);
    if (!/^\d+$/.test(text) || port > 65535) throw new Error(`port must be 0-65535, not ${text}\n${USAGE}`);
    return {
        port,
        build: !values['no-build'],
        settings: values.setting,
        pbx: values.pbx || values.voice || values['desk-phone'],
        voice: values.voice,
        deskPhone: values['desk-phone'],
        turnSecret: values['turn-secret'],
        phoneSystems: values['phone-system'],
        phoneSystemFields: values['phone-system-field'],
        consoleComponents: values['console-components']
    };
}

/** Regenerates the compiled LWC `.js` and the static resources, writing only the files that changed. */
async function buildProject(root: string): Promise<void> {
    for (const file of await generateAll(root)) {
        const target = path.join(root, file.path);
        let current: string | undefined;
        try {
            current = readFileSync(target, 'utf8');
        } catch {
            current = undefined;
        }
        if (current === file.contents) continue;
        writeFileSync(target, file.contents);
        console.log(`built ${file.path} from ${file.source}`);
    }
}

/** Sends a body; by default the browser keeps no copy (built content changes from one start to the next). */
function send(
    response: ServerResponse,
    status: number,
    contentType: string,
    body: Buffer | string,
    cacheHeaders: Readonly<Record<string, string>> = { 'Cache-Control': 'no-store' }
): void {
    response.writeHead(status, {
        'Content-Type': contentType,
        'Content-Length': Buffer.byteLength(body),
        ...cacheHeaders,
        'X-Content-Type-Options': 'nosniff'
    });
    response.end(response.req.method === 'HEAD' ? undefined : body);
}

async function respond(response: ServerResponse, answer: SiteAnswer): Promise<void> {
    if (answer.kind === 'content') {
        send(response, 200, answer.contentType, answer.body);
        return;
    }
    if (answer.kind === 'file') {
        const info = await stat(answer.file).catch(() => undefined);
        if (info?.isFile()) {
            // Files on disk (SLDS, the engine and UI resources) carry a validator, so a page that uses one several
            // times (an SVG sprite in every icon) loads and parses it once, and a rebuilt file is fetched anew.
            const cacheHeaders = { 'Cache-Control': FILE_CACHE_CONTROL, ETag: fileEtag(info) };
            if (matchesEtag(response.req.headers['if-none-match'], cacheHeaders.ETag)) {
                response.writeHead(304, cacheHeaders);
                response.end();
                return;
            }
            send(response, 200, answer.contentType, await readFile(answer.file), cacheHeaders);
            return;
        }
    }
    const status = answer.kind === 'error' ? answer.status : 404;
    const message = answer.kind === 'error' ? answer.message : 'Not found';
    console.warn(`${status} ${response.req.url ?? ''}: ${message}`);
    send(response, status, 'text/plain; charset=utf-8', `${message}\n`);
}

/** Serves only what the site answers, only to GET and HEAD, and only for this host and port. */
function handler(site: SimulatorSite, server: Server) {
    return (request: IncomingMessage, response: ServerResponse): void => {
        const { port } = server.address() as AddressInfo;
        if (request.headers.host !== `${HOST}:${port}` && request.headers.host !== `localhost:${port}`) {
            send(response, 421, 'text/plain; charset=utf-8', 'Unknown host\n');
            return;
        }
        if (request.method !== 'GET' && request.method !== 'HEAD') {
            response.setHeader('Allow', 'GET, HEAD');
            send(response, 405, 'text/plain; charset=utf-8', 'Method not allowed\n');
            return;
        }
        respond(response, site.answer(new URL(request.url ?? '/', `http://${HOST}:${port}`))).catch(
            (error: unknown) => {
                console.error(error);
                if (!response.headersSent) send(response, 500, 'text/plain; charset=utf-8', 'Server error\n');
            }
        );
    };
}

function listen(server: Server, port: number): Promise<number> {
    return new Promise((resolve, reject) => {
        const onError = (error: NodeJS.ErrnoException): void => {
            server.off('listening', onListening);
            reject(error);
        };
        const onListening = (): void => {
            server.off('error', onError);
            resolve((server.address() as AddressInfo).port);
        };
        server.once('error', onError);
        server.once('listening', onListening);
        server.listen(port, HOST);
    });
}

/** Listens on the port, or on a free one when it is taken. */
async function listenWithFallback(server: Server, port: number): Promise<number> {
    try {
        return await listen(server, port);
    } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EADDRINUSE') throw error;
        const free = await listen(server, 0);
        console.log(`Port ${port} is taken; using ${free}.`);
        return free;
    }
}

/** What the desk phone reports, as a person reads it (`undefined`: not worth a line). */
function deskPhoneNews(type: string, param: string | undefined): string | undefined {
    switch (type) {
        case 'CALL_INCOMING':
            return 'ringing (it answers by itself)';
        case 'CALL_RINGING':
            return 'the agent is ringing';
        case 'CALL_ESTABLISHED':
            return 'connected: the agent hears its 440 Hz tone';
        case 'CALL_CLOSED':
            return `call ended${param ? ` (${param})` : ''}`;
        case 'CALL_DTMF_START':
            return `heard DTMF ${param ?? ''}`;
        default:
            return undefined;
    }
}

/** Prints how to use the desk phone, and drives it with what is typed in this terminal. */
function driveDeskPhone(phone: DeskPhone): void {
    const agent = `sip:${LOCAL_PBX_AGENT}@${LOCAL_PBX_DOMAIN}`;
    console.log(
        `Desk phone: baresip registered as ${phone.user} over UDP, speaking G.711 through rtpengine (a 440 Hz tone as its microphone).`
    );
    console.log(
        `Make the desk phone call the agent: type call and Enter here (hangup ends it, answer picks up). The agent can dial it too: ${phone.user}.`
    );
    phone.onEvent((event) => {
        const news = deskPhoneNews(event.type, event.param);
        if (news) console.log(`Desk phone: ${news}`);
    });
    const commands: Record<string, () => Promise<void>> = {
        call: () => phone.dial(agent),
        answer: () => phone.answer(),
        hangup: () => phone.hangUp()
    };
    createInterface({ input: process.stdin }).on('line', (line) => {
        const word = line.trim().toLowerCase();
        if (word === '') return;
        const command = commands[word];
        if (!command) {
            console.log('Desk phone commands: call, answer, hangup');
            return;
        }
        command().catch((error: unknown) =>
            console.log(
                `Desk phone: ${word} failed: ${error instanceof Error ? error.message : String(error)}`
            )
        );
    });
}

/** What `npm start` runs besides itself: stopped on Ctrl+C, SIGTERM or a failed start, even halfway through. */
const services = new StartedServices((error) => console.error(`While stopping: ${String(error)}`));

function stopAndExit(): void {
    void services.stop().finally(() => process.exit());
}

process.once('SIGINT', stopAndExit);
process.once('SIGTERM', stopAndExit);

async function main(): Promise<void> {
    const started = performance.now();
    const root = path.resolve(__dirname, '..');
    const options = readCliOptions(process.argv.slice(2), process.env);
    if (options.build) await buildProject(root);
    // rtpengine starts first and so stops last: Kamailio asks it to end the bridged calls on the way out.
    const rtpengine = options.deskPhone ? await services.add(startRtpengine()) : undefined;
    const kamailio = options.pbx
        ? await services.add(
              startKamailio(
                  undefined,
                  undefined,
                  rtpengine ? { mediaBridge: { controlSocket: rtpengine.controlSocket } } : {}
              )
          )
        : undefined;
    const deskPhone =
        kamailio?.udpPort === undefined
            ? undefined
            : await services.add(
                  startDeskPhone({
                      user: LOCAL_DESK_PHONE,
                      domain: LOCAL_PBX_DOMAIN,
                      proxyPort: kamailio.udpPort,
                      autoAnswer: true,
                      toneSeconds: DESK_PHONE_TONE_SECONDS
                  })
              );
    const phones = options.pbx ? await services.add(startPhoneServer()) : undefined;
    const settings = kamailio
        ? [
              'telephonyMode=sip',
              `pbxWebSocketUrl=${kamailio.url}`,
              `sipDomain=${LOCAL_PBX_DOMAIN}`,
              ...options.settings
          ]
        : options.settings;
    const simulator = await prepareSimulator({
        root,
        consoleComponents: options.consoleComponents,
        settingsOverrides: settings,
        ...(options.turnSecret === undefined ? {} : { turnSecret: options.turnSecret }),
        phoneSystems: options.phoneSystems,
        phoneSystemFields: kamailio
            ? [...localPhoneSystemFields(options.phoneSystems, kamailio.url), ...options.phoneSystemFields]
            : options.phoneSystemFields
    });
    for (const setting of settings) console.log(`Call center setting overridden: ${setting}`);
    const server = createServer();
    server.on('request', handler(simulator.site, server));
    const port = await services
        .add(
            listenWithFallback(server, options.port).then((port) => ({
                port,
                stop: () =>
                    new Promise<void>((resolve) => {
                        server.close(() => resolve());
                        server.closeAllConnections();
                    })
            }))
        )
        .then((listening) => listening.port);
    const url = `http://${HOST}:${port}/`;
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    console.log(`Softphone simulator ready in ${seconds} s: ${url}`);
    console.log(`Without Open CTI: ${url}?opencti=off   Stop: Ctrl+C`);
    const voice =
        options.voice && kamailio
            ? await services.add(
                  startVoiceSimulator({
                      root,
                      pbxWebSocketUrl: kamailio.url,
                      sipDomain: LOCAL_PBX_DOMAIN,
                      ...(options.turnSecret === undefined
                          ? {}
                          : { turnServer: { sharedSecret: options.turnSecret } })
                  })
              )
            : undefined;
    if (voice) {
        console.log(`Salesforce Voice simulator: ${voice.consoleUrl}`);
        console.log(
            `Open it in a Chromium that resolves its hosts to 127.0.0.1 and trusts its certificate:\n  chromium ${voice.chromiumArgs
                .map((arg) => `'${arg}'`)
                .join(' ')} --use-fake-ui-for-media-stream ${voice.consoleUrl}`
        );
    }
    if (kamailio && phones) {
        const caller = new URL('caller', phones.url);
        caller.search = new URLSearchParams({
            server: kamailio.url,
            domain: LOCAL_PBX_DOMAIN,
            agent: LOCAL_PBX_AGENT
        }).toString();
        console.log(`Local PBX: Kamailio at ${kamailio.url} (domain ${LOCAL_PBX_DOMAIN}).`);
        console.log(
            `Sign in the softphone as SIP user ${LOCAL_PBX_AGENT} (any password), then ring it from ${caller}`
        );
    }
    if (deskPhone) driveDeskPhone(deskPhone);
}

main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
    stopAndExit();
});
