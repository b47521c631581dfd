import { label, UI_TIMEOUT_MS } from '../../harness/console-page';
import { summarize } from '../stats';
import type { Bench, Figure } from '../figure';
import { marksOf, until, withSipRig } from './sip-rig';

/** Calls placed from the dial pad, and as many by a bare SIP.js phone (alternating). */
export const OUTBOUND_CALLS = 30;
const CALLEE = '+14155550199';
const BARE_CALLER = '+14155550177';
const TARGET_MS = 50;

/**
 * Outbound set-up: the agent's click on Call in the dial pad → the INVITE arriving on the callee's WebSocket
 * (after Kamailio). Baseline: a bare SIP.js page's `Inviter.invite()` call → the same callee.
 */
export const outboundSetupBench: Bench = {
    name: 'outbound-setup',
    run: () =>
        withSipRig(async (rig): Promise<Figure[]> => {
            const context = await rig.newContext();
            const agentPage = await context.newPage();
            const agent = await rig.signIn(agentPage);
            const callee = await rig.openPhone(context, CALLEE);
            const bare = await rig.openPhone(context, BARE_CALLER);
            await agentPage.bringToFront();
            const dialPad = agent.softphone.locator('c-softphone-dial-pad');
            const wrapUp = agent.softphone.locator('c-softphone-wrap-up');
            const arrivedAfter = (after: number, callId?: string): Promise<{ callId: string; t: number }> =>
                until('the INVITE at the callee', async () =>
                    (await marksOf(callee.page)).received.find(
                        (mark) => mark.t > after && (callId === undefined || mark.callId === callId)
                    )
                );

            const softphone: number[] = [];
            const leaving: number[] = [];
            const baseline: number[] = [];
            for (let call = 0; call < OUTBOUND_CALLS; call++) {
                // Bare SIP.js: invite() called → INVITE at the callee.
                const { callId, started } = await bare.page.evaluate(async (to) => {
                    const t = performance.timeOrigin + performance.now();
                    const phone = (window as Window & { phone?: { call(target: string): Promise<string> } })
                        .phone;
                    return { callId: (await phone?.call(to)) ?? '', started: t };
                }, CALLEE);
                baseline.push((await arrivedAfter(started, callId)).t - started);
                await bare.hangUp();
                await until('the bare call ended', async () =>
                    (await bare.events()).some(
                        (event) => event.type === 'terminated' && event.callId === callId
                    )
                        ? true
                        : undefined
                );

                // The softphone: click on Call → INVITE at the callee.
                await dialPad.getByLabel(label('Softphone_NumberToDial')).fill('415 555 0199');
                const before = (await marksOf(agent.panel)).clicks.length;
                await dialPad.getByRole('button', { name: label('Softphone_Call'), exact: true }).click();
                const clicked = await until(
                    'the click on Call',
                    async () => (await marksOf(agent.panel)).clicks[before]
                );
                const arrived = await arrivedAfter(clicked);
                const sent = (await marksOf(agent.panel)).sent.find((mark) => mark.callId === arrived.callId);
                softphone.push(arrived.t - clicked);
                if (sent) leaving.push(sent.t - clicked);
                await agent.softphone.locator('[data-id="hang-up"] button').click({ timeout: UI_TIMEOUT_MS });
                await wrapUp.getByRole('button', { name: label('Softphone_Save'), exact: true }).click({
                    timeout: UI_TIMEOUT_MS
                });
                await wrapUp.waitFor({ state: 'detached', timeout: UI_TIMEOUT_MS });
            }
            await context.close();

            const measured = summarize(softphone);
            const sentSummary = summarize(leaving);
            return [
                {
                    name: 'outbound set-up: dial click → INVITE at the callee',
                    unit: 'ms',
                    summary: measured,
                    baseline: {
                        name: 'bare SIP.js invite() → INVITE at the callee',
                        summary: summarize(baseline)
                    },
                    target: `p95 ≤ ${TARGET_MS} ms`,
                    pass: measured.p95 <= TARGET_MS,
                    note: `${OUTBOUND_CALLS} calls each; INVITE leaving the softphone's WebSocket: median ${sentSummary.median.toFixed(1)} / p95 ${sentSummary.p95.toFixed(1)} ms after the click`
                }
            ];
        })
};
