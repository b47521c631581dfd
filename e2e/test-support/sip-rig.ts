import type { Browser, BrowserContext, Frame, Locator, Page } from 'playwright-core';
import { CHROMIUM_MEDIA_ARGS, closeWithin, startingChromium } from '../../harness/chromium';
import { label, signInToPbx, UI_TIMEOUT_MS } from '../../harness/console-page';
import { startKamailio } from '../../harness/kamailio/kamailio-process';
import type { KamailioOptions, KamailioProcess } from '../../harness/kamailio/kamailio-process';
import { watchProblems } from '../../harness/page-problems';
import { RECORD_PEER_CONNECTIONS } from '../../harness/peer-connections';
import { startPhoneServer } from '../../harness/phone-page/phone-server';
import type { PhoneServer } from '../../harness/phone-page/phone-server';
import { sipModeArgs, startServe } from '../../harness/serve-process';
import type { ServeProcess } from '../../harness/serve-process';
import { startingService, startTogether } from '../../harness/started-services';
import { agentMediaIn, poll } from './sip-agent-media';
import { openPhone } from './sip-phones';
import type { Phone } from './sip-phones';

/** The SIP domain the browser tests' softphones and phones use unless a test says otherwise. */
export const SIP_TEST_DOMAIN = 'softphone.test';

/** What the test PBX without digest authentication is given as the agent's password. */
export const UNCHECKED_PASSWORD = 'not checked by this PBX';

export interface SipRigOptions {
    /** The softphone's SIP domain (`sipDomain`); {@link SIP_TEST_DOMAIN} by default. */
    readonly domain?: string;
    /** Kamailio's optional parts: digest authentication, several domains, a media bridge. */
    readonly kamailio?: KamailioOptions;
    /**
     * More `npm start` options after the sip-mode ones (a later `--setting` of the same item wins), or a
     * function of the started Kamailio giving them (e.g. a phone-system profile's WebSocket URL).
     */
    readonly serveArgs?: readonly string[] | ((kamailio: KamailioProcess) => readonly string[]);
    /**
     * Chromium's media switches: {@link CHROMIUM_MEDIA_ARGS} (fake devices, sound without a click) by default;
     * `CHROMIUM_MEDIA_ARGS_DEFAULT_AUTOPLAY` keeps the browser's autoplay policy.
     */
    readonly chromiumMediaArgs?: readonly string[];
    /** More Chromium switches after the media ones, e.g. a fake-capture file. */
    readonly chromiumArgs?: readonly string[];
}

/** A real-SIP rig: Kamailio, the harness phone page, `npm start` in sip mode against it, and Chromium. */
export interface SipRig {
    readonly kamailio: KamailioProcess;
    readonly phones: PhoneServer;
    readonly server: ServeProcess;
    readonly browser: Browser;
    /** Closes Chromium, then stops the servers and Kamailio. */
    stop(): Promise<void>;
}

/**
 * Starts Kamailio, then the phone page server, `npm start` (sip mode against that Kamailio, no ICE servers
 * unless `serveArgs` set them) and Chromium together. A failed start stops whatever did start before it throws.
 */
export async function startSipRig(options: SipRigOptions = {}): Promise<SipRig> {
    const kamailio = await startKamailio(undefined, 10_000, options.kamailio ?? {});
    let started: [PhoneServer, ServeProcess, Browser];
    try {
        started = await startTogether(
            startingService(startPhoneServer()),
            startingService(
                startServe(50_000, [
                    ...sipModeArgs(kamailio.url, options.domain ?? SIP_TEST_DOMAIN),
                    ...(typeof options.serveArgs === 'function'
                        ? options.serveArgs(kamailio)
                        : (options.serveArgs ?? []))
                ])
            ),
            startingChromium([
                ...(options.chromiumMediaArgs ?? CHROMIUM_MEDIA_ARGS),
                ...(options.chromiumArgs ?? [])
            ])
        );
    } catch (error) {
        await kamailio.stop();
        throw error;
    }
    const [phones, server, browser] = started;
    return {
        kamailio,
        phones,
        server,
        browser,
        async stop() {
            await closeWithin(browser, 5000);
            await Promise.all([server.stop(), phones.stop(), kamailio.stop()]);
        }
    };
}

/** The agent's console page in a browser context of its own, and the softphone in its utility panel. */
export interface AgentPage {
    readonly context: BrowserContext;
    readonly page: Page;
    readonly panel: Frame;
    /** The `c-softphone` component in the panel. */
    readonly softphone: Locator;
    /** Uncaught errors, `console.error`, failed requests and HTTP errors, in any frame. */
    readonly problems: string[];
    /** What the console page logged, `type: text` a line. */
    readonly consoleOutput: string[];
}

/** What the agent's page opens in: a browser and the `npm start` server (a {@link SipRig} is one). */
export type AgentPageHost = Pick<SipRig, 'browser' | 'server'>;

/**
 * Opens the console in a new browser context that records its RTCPeerConnections (for the media counters)
 * and waits for the utility panel's frame; the agent is not signed in yet.
 */
export async function openAgentPage(
    rig: AgentPageHost,
    viewport: { readonly width: number; readonly height: number } = { width: 1280, height: 800 }
): Promise<AgentPage> {
    const context = await rig.browser.newContext({ viewport });
    await context.addInitScript(RECORD_PEER_CONNECTIONS);
    const page = await context.newPage();
    const problems = watchProblems(page);
    const consoleOutput: string[] = [];
    page.on('console', (message) => consoleOutput.push(`${message.type()}: ${message.text()}`));
    await page.goto(rig.server.url, { timeout: UI_TIMEOUT_MS });
    const panel = await (await page.waitForSelector('iframe[data-utility-panel]')).contentFrame();
    if (!panel) throw new Error('no utility panel');
    return { context, page, panel, softphone: panel.locator('c-softphone'), problems, consoleOutput };
}

/** Opens the agent's console page and signs the agent in to the PBX; resolves once the softphone says Ready. */
export async function openSignedInAgent(
    rig: AgentPageHost,
    user: string,
    password = UNCHECKED_PASSWORD
): Promise<AgentPage> {
    const agent = await openAgentPage(rig);
    await signInToPbx(agent.softphone, user, password);
    return agent;
}

/** A call the agent answered: the caller's phone page and the softphone's active-call card. */
export interface AnsweredCall {
    readonly caller: Phone;
    readonly active: Locator;
}

/**
 * A harness phone page registered as `caller.user` calls `agentUser`; the agent sees `caller.display` ringing
 * and answers. Resolves once the card says the call is connected and audio reaches the agent.
 */
export async function answerCallFrom(
    rig: SipRig,
    agent: AgentPage,
    agentUser: string,
    caller: { readonly user: string; readonly display: string },
    domain = SIP_TEST_DOMAIN
): Promise<AnsweredCall> {
    const phone = await openPhone(
        agent.context,
        rig.phones.url,
        { user: caller.user, server: rig.kamailio.url, domain },
        agent.page
    );
    await phone.call(agentUser);
    const incoming = agent.softphone.locator('c-softphone-incoming-call');
    await incoming.getByText(caller.display, { exact: true }).waitFor({ timeout: UI_TIMEOUT_MS });
    await incoming.getByRole('button', { name: label('Softphone_Answer'), exact: true }).click();
    const active = agent.softphone.locator('c-softphone-active-call');
    await active
        .getByText(label('Softphone_CallConnected'), { exact: true })
        .waitFor({ timeout: UI_TIMEOUT_MS });
    await poll(
        'audio at the agent',
        () => agentMediaIn(agent.panel),
        (media) => media.bytesReceived > 0
    );
    return { caller: phone, active };
}
