import { summarize } from '../stats';
import type { Bench, Figure } from '../figure';
import { AGENT, marksOf, nextMark, until, withSipRig } from './sip-rig';

/** Calls to the softphone, and as many to the bare SIP.js phone (alternating); bounded so the bench stays short. */
export const RING_CALLS = 60;
const BARE_USER = '2001';
const CALLER = '+14155550123';

/**
 * Ring latency: the INVITE leaving the caller's WebSocket → the ringing card painted in the softphone's panel
 * and the screen-pop request posted to Open CTI (the later of the two). Baseline: the same caller's INVITE to
 * a bare SIP.js `UserAgent` page → its `onInvite` callback.
 */
export const ringLatencyBench: Bench = {
    name: 'ring-latency',
    run: () =>
        withSipRig(async (rig): Promise<Figure[]> => {
            const context = await rig.newContext();
            const agentPage = await context.newPage();
            const agent = await rig.signIn(agentPage);
            // The caller and the bare phone each in a window of its own, as phones elsewhere are: a tab behind
            // the console would share its window, and the bare phone's frames would be throttled there.
            const callerContext = await rig.newContext();
            const caller = await rig.openPhone(callerContext, CALLER);
            const bareContext = await rig.newContext();
            const bare = await rig.openPhone(bareContext, BARE_USER);
            await agentPage.bringToFront();
            // The agent works in the console while calls come in: the pointer rests on the workspace, not where
            // the sign-in button was, under which the ringing card would appear (hovering base buttons animates).
            await agentPage.mouse.move(5, 5);
            const bareOrigin = await bare.origin();
            const incoming = agent.softphone.locator('c-softphone-incoming-call');

            const softphone: number[] = [];
            const painted: number[] = [];
            const popped: number[] = [];
            const baseline: number[] = [];
            const barePainted: number[] = [];
            const popMethods = new Set<string>();
            const sentAt = async (callId: string): Promise<number> =>
                until('the INVITE leaving the caller', async () => {
                    const marks = await marksOf(caller.page);
                    return marks.sent.find((mark) => mark.callId === callId)?.t;
                });
            const ended = async (callId: string): Promise<void> => {
                await caller.hangUp();
                await until('the caller done', async () =>
                    (await caller.events()).some(
                        (event) => event.type === 'terminated' && event.callId === callId
                    )
                        ? true
                        : undefined
                );
            };

            for (let call = 0; call < RING_CALLS; call++) {
                // The bare SIP.js phone: INVITE out → onInvite (its page records the moment, 1 ms resolution).
                const bareCall = await caller.call(BARE_USER);
                const bareSent = await sentAt(bareCall);
                const [arrived, shown] = await until('the INVITE at the bare phone, shown', async () => {
                    const events = await bare.events();
                    const at = (type: string): number | undefined =>
                        events.find(
                            (event) => event.type === type && 'callId' in event && event.callId === bareCall
                        )?.at;
                    const incoming = at('incoming');
                    const painted = at('ringing-painted');
                    return incoming !== undefined && painted !== undefined
                        ? ([bareOrigin + incoming, bareOrigin + painted] as const)
                        : undefined;
                });
                baseline.push(arrived - bareSent);
                barePainted.push(shown - bareSent);
                await ended(bareCall);

                // The softphone: INVITE out → card painted and screen pop requested.
                const callId = await caller.call(AGENT.user);
                const sent = await sentAt(callId);
                const [card, pop] = await Promise.all([
                    nextMark(agent.panel, 'card', sent),
                    nextMark(agent.page, 'pop', sent)
                ]);
                popMethods.add(pop.method ?? '');
                painted.push(card.t - sent);
                popped.push(pop.t - sent);
                softphone.push(Math.max(card.t, pop.t) - sent);
                await ended(callId);
                await incoming.waitFor({ state: 'detached' });
            }
            await Promise.all([context.close(), callerContext.close(), bareContext.close()]);

            const measured = summarize(softphone);
            const base = summarize(baseline);
            const pass = measured.p95 <= 1.2 * base.p95 && measured.p95 <= base.p95 + 30;
            const part = (samples: number[]): string => {
                const summary = summarize(samples);
                return `median ${summary.median.toFixed(1)} / p95 ${summary.p95.toFixed(1)} ms`;
            };
            return [
                {
                    name: 'ring latency: INVITE out → ringing card painted and screen pop requested',
                    unit: 'ms',
                    summary: measured,
                    baseline: { name: 'bare SIP.js UserAgent onInvite', summary: base },
                    target: 'p95 ≤ 1.2× baseline and ≤ baseline + 30 ms',
                    pass,
                    note: `${RING_CALLS} calls each; card painted ${part(painted)}; screen pop (${[...popMethods].join(', ')}) requested ${part(popped)}`
                },
                {
                    // What painting costs without the softphone: the floor of any "card painted" figure.
                    name: 'ring floor: INVITE out → the bare SIP.js page shows one line (onInvite, then its frame painted)',
                    unit: 'ms',
                    summary: summarize(barePainted),
                    baseline: { name: 'bare SIP.js UserAgent onInvite', summary: base },
                    target: 'report',
                    pass: true,
                    note: `the same ${RING_CALLS} calls as the baseline above; 1 ms resolution`
                }
            ];
        })
};
