import type { BrowserContext, Frame, Locator, Page } from 'playwright-core';
import { label, UI_TIMEOUT_MS, waitForTasks } from '../../harness/console-page';
import { startCoturn } from '../../harness/coturn/coturn-process';
import type { CoturnProcess } from '../../harness/coturn/coturn-process';
import { agentMediaIn, poll } from '../test-support/sip-agent-media';
import { openPhone } from '../test-support/sip-phones';
import type { Phone } from '../test-support/sip-phones';
import { softphoneActions } from '../test-support/softphone-actions';
import { openSignedInAgent, SIP_TEST_DOMAIN, startSipRig } from '../test-support/sip-rig';
import type { SipRig } from '../test-support/sip-rig';

/**
 * TURN with short-lived credentials, end to end: Debian's coturn on 127.0.0.1 with `use-auth-secret`, the
 * simulated org holding the same secret (`npm start -- --turn-secret`, the Softphone TURN Server record), the
 * call center's ICE Servers naming the coturn and ICE Transport Policy `relay`. The softphone asks
 * `SoftphoneTurnCredentials` for credentials, and every call's media goes through the relay.
 */

const DOMAIN = SIP_TEST_DOMAIN;
const AGENT = '1001';
const SECRET = `turn-secret-${Date.now().toString(36)}`;

type PeerWindow = Window & { __peerConnections?: RTCPeerConnection[] };

/** The local and remote candidate types of the selected pair of the softphone's newest peer connection. */
function selectedPair(panel: Frame): Promise<{ local: string; remote: string; relayProtocol: string }> {
    return panel.evaluate(async () => {
        const connection = ((window as PeerWindow).__peerConnections ?? []).at(-1);
        const none = { local: '', remote: '', relayProtocol: '' };
        if (!connection) return none;
        const report = await connection.getStats();
        let pairId = '';
        report.forEach((stat: Record<string, unknown>) => {
            if (stat.type === 'transport' && typeof stat.selectedCandidatePairId === 'string')
                pairId = stat.selectedCandidatePairId;
        });
        const pair = report.get(pairId) as
            { localCandidateId?: string; remoteCandidateId?: string } | undefined;
        if (!pair) return none;
        const local = report.get(pair.localCandidateId ?? '') as
            { candidateType?: string; relayProtocol?: string } | undefined;
        const remote = report.get(pair.remoteCandidateId ?? '') as { candidateType?: string } | undefined;
        return {
            local: local?.candidateType ?? '',
            remote: remote?.candidateType ?? '',
            relayProtocol: local?.relayProtocol ?? ''
        };
    });
}

describe('TURN relay with short-lived credentials from Apex (coturn use-auth-secret)', () => {
    let coturn: CoturnProcess | undefined;
    let rig: SipRig | undefined;
    let context: BrowserContext | undefined;
    let agentPage: Page | undefined;
    let softphone: Locator;
    let panel: Frame | undefined;
    let problems: string[] = [];
    let consoleOutput: string[] = [];

    beforeAll(async () => {
        coturn = await startCoturn(SECRET);
        rig = await startSipRig({
            serveArgs: [
                '--setting',
                `iceServers=${coturn.url}`,
                '--setting',
                'iceTransportPolicy=relay',
                '--turn-secret',
                SECRET
            ]
        });
        ({
            context,
            page: agentPage,
            panel,
            softphone,
            problems,
            consoleOutput
        } = await openSignedInAgent(rig, AGENT));
    }, 90_000);

    afterAll(async () => {
        await rig?.stop();
        await coturn?.stop();
    }, 30_000);

    const { button, see, saveWrapUp } = softphoneActions(() => softphone);

    async function phone(user: string): Promise<Phone> {
        if (!context || !rig) throw new Error('not started');
        return openPhone(
            context,
            rig.phones.url,
            { user, server: rig.kamailio.url, domain: DOMAIN },
            agentPage
        );
    }

    /** Audio both ways, and the softphone's side of the selected pair is a relay candidate. */
    async function expectRelayedAudio(other: Phone): Promise<void> {
        const framePanel = panel;
        if (!framePanel) throw new Error('no panel');
        await poll(
            'audio at the other party',
            () => other.media(),
            (media) => media.bytesReceived > 0
        );
        const agent = await poll(
            'audio at the agent',
            () => agentMediaIn(framePanel),
            (media) => media.bytesReceived > 0 && media.bytesSent > 0
        );
        const pair = await poll(
            'a selected candidate pair',
            () => selectedPair(framePanel),
            (found) => found.local !== ''
        );
        expect(pair).toEqual({ local: 'relay', remote: expect.any(String), relayProtocol: 'udp' });
        // The softphone offered relay candidates only: no host address of the agent left the browser.
        const offered = await framePanel.evaluate(
            () => ((window as PeerWindow).__peerConnections ?? []).at(-1)?.localDescription?.sdp ?? ''
        );
        const types = [...offered.matchAll(/ typ (\w+)/g)].map((match) => match[1]);
        expect(types.length).toBeGreaterThan(0);
        expect(new Set(types)).toEqual(new Set(['relay']));
        console.log(`relayed call: agent received ${agent.bytesReceived} B, sent ${agent.bytesSent} B`);
    }

    it('takes a call whose media goes through the TURN relay, audio both ways', async () => {
        const caller = await phone('+14155550141');
        const callId = await caller.call(AGENT);
        const incoming = softphone.locator('c-softphone-incoming-call');
        await see('(415) 555-0141', incoming);
        await button(label('Softphone_Answer'), incoming).click();
        await see(label('Softphone_CallConnected'), softphone.locator('c-softphone-active-call'));
        await expectRelayedAudio(caller);
        await caller.hangUp();
        await saveWrapUp();
        const tasks = await waitForTasks(agentPage as Page);
        expect(tasks.map((task) => task.fields.CallObject)).toContain(callId);
    });

    it('places a call whose media goes through the TURN relay, audio both ways', async () => {
        const callee = await phone('+14155550142');
        const dialPad = softphone.locator('c-softphone-dial-pad');
        await dialPad.getByLabel(label('Softphone_NumberToDial')).fill('415 555 0142');
        await button(label('Softphone_Call'), dialPad).click();
        await callee.waitFor('the call at the callee', (event) => event.type === 'incoming');
        await callee.answer();
        await see(label('Softphone_CallConnected'), softphone.locator('c-softphone-active-call'));
        await expectRelayedAudio(callee);
        await callee.hangUp();
        await saveWrapUp();
        expect(consoleOutput.some((line) => line.includes(SECRET))).toBe(false);
    });

    it('tells the agent when the TURN server refuses the credentials, and stays registered', async () => {
        const turn = coturn;
        if (!turn) throw new Error('not started');
        // The TURN server's secret changes; the org's does not: its credentials are now refused.
        await turn.restart(`${SECRET}-rotated`);
        const callee = await phone('+14155550143');
        const dialPad = softphone.locator('c-softphone-dial-pad');
        await dialPad.getByLabel(label('Softphone_NumberToDial')).fill('415 555 0143');
        await button(label('Softphone_Call'), dialPad).click();
        const problemsBox = softphone.locator('c-softphone-connection-problems');
        await problemsBox
            .getByText(`The TURN server ${turn.url} refused the softphone's credentials.`)
            .waitFor({ timeout: UI_TIMEOUT_MS });
        // Nothing else breaks: the call can be ended and logged, and the agent is still Ready.
        const active = softphone.locator('c-softphone-active-call');
        await active.waitFor({ timeout: UI_TIMEOUT_MS });
        await button(label('Softphone_HangUp'), active).click();
        await saveWrapUp();
        await see(label('Softphone_Ready'));
        await expect(rig?.kamailio.registeredUsers()).resolves.toContain(AGENT);
        expect(callee.problems).toEqual([]);
        expect(problems).toEqual([]);
    });
});
