import type { Browser, BrowserContext, Frame, Locator, Page } from 'playwright-core';
import { CHROMIUM_MEDIA_ARGS, closeWithin, startingChromium } from '../../harness/chromium';
import { label, UI_TIMEOUT_MS } from '../../harness/console-page';
import { startKamailio } from '../../harness/kamailio/kamailio-process';
import type { KamailioProcess } from '../../harness/kamailio/kamailio-process';
import { watchProblems } from '../../harness/page-problems';
import { startPhoneServer } from '../../harness/phone-page/phone-server';
import type { PhoneServer } from '../../harness/phone-page/phone-server';
import { startServe } from '../../harness/serve-process';
import type { ServeProcess } from '../../harness/serve-process';
import { agentMediaIn, poll, RECORD_PEER_CONNECTIONS } from '../test-support/sip-agent-media';
import { openPhone } from '../test-support/sip-phones';
import { startingService, startTogether } from '../../harness/started-services';

/**
 * Network changes end to end: the softphone's own WebSocket to Kamailio drops mid-call (the PBX stays up, as
 * when an agent's Wi-Fi blips), and the call stays connected, with audio, while the softphone reconnects,
 * registers again and refreshes the dialog with an ICE-restart re-INVITE.
 */

const DOMAIN = 'softphone.test';
const AGENT = '1001';

/** Keeps the WebSockets the page opens, so the test can drop the softphone's. */
const RECORD_WEB_SOCKETS = `(() => {
    const Original = window.WebSocket;
    if (!Original || window.__webSockets) return;
    const opened = [];
    window.__webSockets = opened;
    window.WebSocket = new Proxy(Original, {
        construct(target, args) {
            const socket = new target(...args);
            opened.push(socket);
            return socket;
        }
    });
})();`;

type SocketWindow = Window & { __webSockets?: WebSocket[] };

describe('network changes during a call', () => {
    let kamailio: KamailioProcess | undefined;
    let phones: PhoneServer | undefined;
    let server: ServeProcess | undefined;
    let browser: Browser | undefined;
    let context: BrowserContext | undefined;
    let agentPage: Page | undefined;
    let panel: Frame | undefined;
    let softphone: Locator;
    let problems: string[] = [];

    beforeAll(async () => {
        kamailio = await startKamailio();
        [phones, server, browser] = await startTogether(
            startingService(startPhoneServer()),
            startingService(
                startServe(50_000, [
                    '--setting',
                    'telephonyMode=sip',
                    '--setting',
                    `pbxWebSocketUrl=${kamailio.url}`,
                    '--setting',
                    `sipDomain=${DOMAIN}`,
                    '--setting',
                    'iceServers=none'
                ])
            ),
            startingChromium(CHROMIUM_MEDIA_ARGS)
        );
        context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
        await context.addInitScript(RECORD_PEER_CONNECTIONS);
        agentPage = await context.newPage();
        problems = watchProblems(agentPage);
        await agentPage.goto(server.url, { timeout: UI_TIMEOUT_MS });
        const frame = await (await agentPage.waitForSelector('iframe[data-utility-panel]')).contentFrame();
        if (!frame) throw new Error('no utility panel');
        panel = frame;
        await panel.evaluate(RECORD_WEB_SOCKETS);
        softphone = panel.locator('c-softphone');
        const form = softphone.locator('c-softphone-sign-in');
        await form.getByLabel(label('Softphone_SipUser')).fill(AGENT);
        await form.getByLabel(label('Softphone_SipPassword')).fill('not checked by this PBX');
        await form.getByRole('button', { name: label('Softphone_SipSignIn'), exact: true }).click();
        await softphone
            .getByText(label('Softphone_Ready'), { exact: true })
            .waitFor({ timeout: UI_TIMEOUT_MS });
    }, 90_000);

    afterAll(async () => {
        await closeWithin(browser, 5000);
        await Promise.all([server?.stop(), phones?.stop(), kamailio?.stop()]);
    }, 30_000);

    it("keeps the call connected, with audio, when the softphone's WebSocket drops mid-call", async () => {
        const framePanel = panel;
        if (!framePanel || !context || !phones || !kamailio) throw new Error('not started');
        const caller = await openPhone(
            context,
            phones.url,
            { user: '+14155550151', server: kamailio.url, domain: DOMAIN },
            agentPage
        );
        await caller.call(AGENT);
        const incoming = softphone.locator('c-softphone-incoming-call');
        await incoming.getByText('(415) 555-0151', { exact: true }).waitFor({ timeout: UI_TIMEOUT_MS });
        await incoming.getByRole('button', { name: label('Softphone_Answer'), exact: true }).click();
        const active = softphone.locator('c-softphone-active-call');
        await active
            .getByText(label('Softphone_CallConnected'), { exact: true })
            .waitFor({ timeout: UI_TIMEOUT_MS });
        await poll(
            'audio at the agent',
            () => agentMediaIn(framePanel),
            (media) => media.bytesReceived > 0
        );

        // The softphone's socket (recorded since before sign-in) is closed on the agent's side, not by Kamailio.
        const dropped = await framePanel.evaluate(() => {
            const sockets = (window as SocketWindow).__webSockets ?? [];
            const open = sockets.filter((socket) => socket.readyState === WebSocket.OPEN);
            for (const socket of open) socket.close(4000, 'network blip');
            return open.length;
        });
        const dropAt = Date.now();
        expect(dropped).toBe(1);
        await softphone
            .getByText(label('Softphone_NoticeCallRecovering'), { exact: true })
            .waitFor({ timeout: UI_TIMEOUT_MS });
        // Recovered: registered again and the re-INVITE (ICE restart) reached the caller.
        await caller.waitFor('the re-INVITE at the caller', (event) => event.type === 'reinvite');
        await softphone
            .getByText(label('Softphone_NoticeCallRecovering'), { exact: true })
            .waitFor({ state: 'detached', timeout: UI_TIMEOUT_MS });
        console.log(`WebSocket dropped mid-call: recovered in ${Date.now() - dropAt} ms`);
        await expect(kamailio.registeredUsers()).resolves.toContain(AGENT);
        await active.getByText(label('Softphone_CallConnected'), { exact: true }).waitFor({ timeout: 1000 });

        // Audio still flows both ways after the recovery.
        const before = await agentMediaIn(framePanel);
        const callerBefore = await caller.media();
        await poll(
            'more audio at the agent',
            () => agentMediaIn(framePanel),
            (media) => media.bytesReceived > before.bytesReceived && media.bytesSent > before.bytesSent
        );
        await poll(
            'more audio at the caller',
            () => caller.media(),
            (media) => media.bytesReceived > callerBefore.bytesReceived
        );

        // The call is whole: the caller's BYE reaches the agent over the new connection.
        await caller.hangUp();
        const wrapUp = softphone.locator('c-softphone-wrap-up');
        await wrapUp.waitFor({ timeout: UI_TIMEOUT_MS });
        await wrapUp.getByRole('button', { name: label('Softphone_Save'), exact: true }).click();
        await wrapUp.waitFor({ state: 'detached', timeout: UI_TIMEOUT_MS });
        expect(problems.filter((problem) => !problem.includes('WebSocket'))).toEqual([]);
    });
});
