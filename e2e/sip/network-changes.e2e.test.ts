import { label, signInToPbx, UI_TIMEOUT_MS } from '../../harness/console-page';
import { agentMediaIn, poll } from '../test-support/sip-agent-media';
import { answerCallFrom, openAgentPage, startSipRig, UNCHECKED_PASSWORD } from '../test-support/sip-rig';
import type { AgentPage, SipRig } from '../test-support/sip-rig';

/**
 * Network changes end to end: the softphone's own WebSocket to Kamailio drops mid-call (the PBX stays up, as
 * when an agent's Wi-Fi blips), and the call stays connected, with audio, while the softphone reconnects,
 * registers again and refreshes the dialog with an ICE-restart re-INVITE.
 */

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
    let rig: SipRig | undefined;
    let agent: AgentPage | undefined;

    beforeAll(async () => {
        rig = await startSipRig();
        agent = await openAgentPage(rig);
        await agent.panel.evaluate(RECORD_WEB_SOCKETS);
        await signInToPbx(agent.softphone, AGENT, UNCHECKED_PASSWORD);
    }, 90_000);

    afterAll(async () => {
        await rig?.stop();
    }, 30_000);

    it("keeps the call connected, with audio, when the softphone's WebSocket drops mid-call", async () => {
        if (!rig || !agent) throw new Error('not started');
        const { panel: framePanel, softphone, problems } = agent;
        const { caller, active } = await answerCallFrom(rig, agent, AGENT, {
            user: '+14155550151',
            display: '(415) 555-0151'
        });

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
        await expect(rig.kamailio.registeredUsers()).resolves.toContain(AGENT);
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
