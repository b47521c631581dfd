import type { Page } from 'playwright-core';
import { label, UI_TIMEOUT_MS } from '../../harness/console-page';
import { summarize } from '../stats';
import type { Bench, Figure } from '../figure';
import { AGENT, DOMAIN, marksOf, nextMark, RINGING_CARD, until, withSipRig } from './sip-rig';
import type { BenchPhone } from './sip-rig';

/** Calls of each kind, the desk phone's and the browser phone's interleaved. */
export const DESK_PHONE_CALLS = 20;
/** The desk phone is Ada Lovelace's (a Contact: its calls pop her); the browser caller is Charles Babbage's. */
const DESK_PHONE = '+14155550123';
const BROWSER_CALLER = '+14155550134';
const BROWSER_CALLEE = '+14155550199';

/** Now, on the clock the pages' marks use (milliseconds since the epoch). */
function now(): number {
    return performance.timeOrigin + performance.now();
}

async function idle(page: Page): Promise<void> {
    await page.evaluate(`new Promise((resolve) => requestIdleCallback(() => resolve(), { timeout: 3000 }))`);
}

/**
 * Ring latency and outbound set-up with a real desk phone at the other end (baresip over UDP, G.711, its media
 * bridged by rtpengine, which Kamailio asks for every offer and answer), beside the same figures for a SIP.js
 * phone in Chromium on the same Kamailio. The desk phone's start is the moment this process tells it to dial
 * (its own INVITE takes it a millisecond or two more); its end is its incoming-call event as it reaches this
 * process over the control socket.
 */
export const deskPhoneBench: Bench = {
    name: 'desk-phone',
    run: () =>
        withSipRig(
            async (rig): Promise<Figure[]> => {
                const desk = rig.deskPhone;
                if (!desk) throw new Error('the desk phone did not start');
                const seen: { type: string; t: number }[] = [];
                desk.onEvent((event) => seen.push({ type: event.type, t: now() }));
                const deskEventAfter = (type: string, after: number): Promise<number> =>
                    until(
                        `${type} at the desk phone`,
                        async () => seen.find((event) => event.type === type && event.t > after)?.t
                    );

                const context = await rig.newContext();
                const agentPage = await context.newPage();
                const agent = await rig.signIn(agentPage);
                const caller = await rig.openPhone(await rig.newContext(), BROWSER_CALLER);
                const callee = await rig.openPhone(await rig.newContext(), BROWSER_CALLEE);
                await agentPage.bringToFront();
                await agentPage.mouse.move(5, 5);
                const incoming = agent.softphone.locator(RINGING_CARD);
                const dialPad = agent.softphone.locator('c-softphone-dial-pad');
                const wrapUp = agent.softphone.locator('c-softphone-wrap-up');

                const ringDesk: number[] = [];
                const ringBrowser: number[] = [];
                const dialDesk: number[] = [];
                const dialBrowser: number[] = [];

                const browserRings = async (phone: BenchPhone): Promise<number> => {
                    await idle(agentPage);
                    const callId = await phone.call(AGENT.user);
                    const sent = await until(
                        'the INVITE leaving the caller',
                        async () => (await marksOf(phone.page)).sent.find((mark) => mark.callId === callId)?.t
                    );
                    const card = await nextMark(agent.panel, { card: RINGING_CARD }, sent);
                    await phone.hangUp();
                    await incoming.waitFor({ state: 'hidden', timeout: UI_TIMEOUT_MS });
                    return card.t - sent;
                };
                const deskRings = async (): Promise<number> => {
                    await idle(agentPage);
                    const before = now();
                    await desk.dial(`sip:${AGENT.user}@${DOMAIN}`);
                    const card = await nextMark(agent.panel, { card: RINGING_CARD }, before);
                    await desk.hangUp();
                    await incoming.waitFor({ state: 'hidden', timeout: UI_TIMEOUT_MS });
                    await deskEventAfter('CALL_CLOSED', before);
                    return card.t - before;
                };
                /** Click on Call → the INVITE at the callee; then the agent hangs up and saves the wrap-up. */
                const dial = async (number: string, arrived: (clicked: number) => Promise<number>) => {
                    await idle(agentPage);
                    await dialPad.getByLabel(label('Softphone_NumberToDial')).fill(number);
                    const before = (await marksOf(agent.panel)).clicks.length;
                    await dialPad.getByRole('button', { name: label('Softphone_Call'), exact: true }).click();
                    const clicked = await until(
                        'the click on Call',
                        async () => (await marksOf(agent.panel)).clicks[before]
                    );
                    const at = await arrived(clicked);
                    await agent.softphone
                        .locator('[data-id="hang-up"] button')
                        .click({ timeout: UI_TIMEOUT_MS });
                    await wrapUp
                        .getByRole('button', { name: label('Softphone_Save'), exact: true })
                        .click({ timeout: UI_TIMEOUT_MS });
                    await wrapUp.waitFor({ state: 'detached', timeout: UI_TIMEOUT_MS });
                    return at - clicked;
                };

                for (let call = 0; call < DESK_PHONE_CALLS; call++) {
                    ringBrowser.push(await browserRings(caller));
                    ringDesk.push(await deskRings());
                    dialBrowser.push(
                        await dial('415 555 0199', (clicked) =>
                            until(
                                'the INVITE at the browser callee',
                                async () =>
                                    (await marksOf(callee.page)).received.find((mark) => mark.t > clicked)?.t
                            )
                        )
                    );
                    const dialed = now();
                    dialDesk.push(
                        await dial('415 555 0123', (clicked) => deskEventAfter('CALL_INCOMING', clicked))
                    );
                    // The agent's hang-up cancelled it at the desk phone too.
                    await deskEventAfter('CALL_CLOSED', dialed);
                }
                await context.close();

                const note = `${DESK_PHONE_CALLS} calls of each kind, interleaved; the desk phone's media through rtpengine`;
                const ringBaseline = {
                    name: 'SIP.js phone in Chromium, its INVITE out → painted',
                    summary: summarize(ringBrowser)
                };
                const dialBaseline = {
                    name: 'SIP.js phone in Chromium, dial click → INVITE at it',
                    summary: summarize(dialBrowser)
                };
                return [
                    {
                        name: 'ring, desk phone calling: dial command → ringing card painted (caller matching a Contact)',
                        unit: 'ms',
                        summary: summarize(ringDesk),
                        baseline: ringBaseline,
                        target: 'report',
                        pass: true,
                        note
                    },
                    {
                        name: 'outbound set-up, desk phone called: dial click → incoming call at the desk phone',
                        unit: 'ms',
                        summary: summarize(dialDesk),
                        baseline: dialBaseline,
                        target: 'report',
                        pass: true,
                        note
                    }
                ];
            },
            { deskPhone: DESK_PHONE }
        )
};
