import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { BrowserContext, Frame, Locator, Page } from 'playwright-core';
import { label, UI_TIMEOUT_MS, waitForTasks } from '../../harness/console-page';
import type { OrgRecord } from '../../sim/org/org-record';
import { writeToneWav } from '../../harness/desk-phone/wav';
import type { PhoneStartOptions } from '../../harness/phone-page/phone-page-api';
import { softphoneActions } from '../test-support/softphone-actions';
import { poll, stepTimer } from '../test-support/sip-agent-media';
import { openPhone as startPhone } from '../test-support/sip-phones';
import type { Phone } from '../test-support/sip-phones';
import { openAgentPage, SIP_TEST_DOMAIN, startSipRig } from '../test-support/sip-rig';
import type { SipRig } from '../test-support/sip-rig';

/**
 * Two calls on the agent's line over real SIP: the agent's softphone (`npm start` in sip mode) against a
 * Kamailio on a free loopback port, with three SIP.js phones in the same Chromium (a caller, a colleague to
 * consult, a second caller). Each party sends its own tone (the agent's microphone is Chromium's fake capture
 * of a 600 Hz WAV; the phones send 1050 and 1650 Hz), so an analyser on what each party receives tells who it
 * hears. Warm transfer completed and cancelled, a three-way conference, call waiting answered and declined,
 * each with the Tasks the calls left.
 */

const DOMAIN = SIP_TEST_DOMAIN;
const AGENT = { user: '1001', password: 'not checked by the test PBX' };
const CALLER = '+14155550123';
const COLLEAGUE = '+14155550188';
const SECOND_CALLER = '+14155550177';
const AGENT_HZ = 600;
const CALLER_HZ = 1050;
const COLLEAGUE_HZ = 1650;
const TONES = [AGENT_HZ, CALLER_HZ, COLLEAGUE_HZ];
/**
 * A tone this loud (dB in the analyser) is heard. Measured: a party's tones arrive at -55 dB to -30 dB; a tone
 * that is not sent to a party reads -77 dB or lower (silence and codec noise), so the line sits between.
 */
const HEARD_DB = -66;

type Levels = Record<number, number>;

function heard(levels: Levels, hz: number): boolean {
    return (levels[hz] ?? -200) > HEARD_DB;
}

/** How loud each tone is on the agent's side of one call: an analyser on that call's `<audio>` element. */
function agentLevels(panel: Frame, callId: string): Promise<Levels> {
    return panel.evaluate(
        ({ id, tones }) => {
            type Probe = { analyser: AnalyserNode };
            const probes = ((window as { __levelProbes?: Map<string, Probe> }).__levelProbes ??= new Map());
            let probe = probes.get(id);
            const element = [...document.querySelectorAll('audio[data-softphone-remote-audio]')].find(
                (node) => node.getAttribute('data-softphone-remote-audio') === id
            ) as HTMLAudioElement | undefined;
            const stream = element?.srcObject as MediaStream | null | undefined;
            if (!probe && stream && stream.getAudioTracks().length > 0) {
                const context = new AudioContext();
                const analyser = context.createAnalyser();
                analyser.fftSize = 4096;
                context.createMediaStreamSource(stream).connect(analyser);
                probe = { analyser };
                probes.set(id, probe);
            }
            const result: Record<number, number> = {};
            if (!probe) {
                for (const hz of tones) result[hz] = -200;
                return result;
            }
            const bins = new Float32Array(probe.analyser.frequencyBinCount);
            probe.analyser.getFloatFrequencyData(bins);
            const binHz = probe.analyser.context.sampleRate / probe.analyser.fftSize;
            for (const hz of tones) {
                const center = Math.round(hz / binHz);
                result[hz] = Math.max(...[-2, -1, 0, 1, 2].map((offset) => bins[center + offset] ?? -200));
            }
            return result;
        },
        { id: callId, tones: TONES }
    );
}

function describeLevels(levels: Levels): string {
    return TONES.map((hz) => `${hz} Hz ${Math.round(levels[hz] ?? -200)} dB`).join(', ');
}

describe('two calls on the line over SIP through Kamailio', () => {
    let rig: SipRig | undefined;
    let context: BrowserContext | undefined;
    let agentPage: Page | undefined;
    let panel: Frame | undefined;
    let softphone: Locator;
    let tones: string | undefined;
    const started = Date.now();

    beforeAll(async () => {
        tones = mkdtempSync(path.join(tmpdir(), 'softphone-tones-'));
        const agentTone = path.join(tones, 'agent.wav');
        writeToneWav(agentTone, AGENT_HZ, 2, 48_000);
        rig = await startSipRig({ chromiumArgs: [`--use-file-for-fake-audio-capture=${agentTone}`] });
        console.log(
            `Kamailio on ${rig.kamailio.url}, softphone at ${rig.server.url}, set up in ${Date.now() - started} ms`
        );
    }, 60_000);

    afterAll(async () => {
        await rig?.stop();
        if (tones) rmSync(tones, { recursive: true, force: true });
        console.log(`Two-calls SIP suite: ${Date.now() - started} ms`);
    }, 30_000);

    async function openPhone(options: Omit<PhoneStartOptions, 'server' | 'domain'>): Promise<Phone> {
        if (!rig) throw new Error('not started');
        const start: PhoneStartOptions = { ...options, server: rig.kamailio.url, domain: DOMAIN };
        return startPhone(context ?? rig.browser, rig.phones.url, start, agentPage);
    }

    const { button, see, saveWrapUp } = softphoneActions(() => softphone);
    const secondCard = (): Locator => softphone.locator('c-softphone-second-call');
    const activeCard = (): Locator => softphone.locator('c-softphone-active-call');

    /** The caller rings the agent, who answers; resolves with the caller's Call-ID once both ends connected. */
    async function answeredCallFrom(caller: Phone): Promise<string> {
        const callId = await caller.call(AGENT.user);
        const incoming = softphone.locator('c-softphone-incoming-call');
        await button(label('Softphone_Answer'), incoming).click();
        await see(label('Softphone_CallConnected'), activeCard());
        await caller.waitFor(
            'the caller connected',
            (event) => event.type === 'established' && event.callId === callId
        );
        return callId;
    }

    /** The agent consults the colleague (who answers at once); resolves with the consultation's Call-ID. */
    async function consultColleague(caller: Phone, colleague: Phone): Promise<string> {
        await button(label('Softphone_Transfer'), activeCard()).click();
        await activeCard().getByLabel(label('Softphone_TransferTo')).fill(COLLEAGUE);
        await button(label('Softphone_Consult'), activeCard()).click();
        await caller.waitFor(
            'the caller put on hold',
            (event) => event.type === 'reinvite' && event.direction === 'sendonly'
        );
        const incoming = await colleague.waitFor(
            'the consultation at the colleague',
            (event) => event.type === 'incoming'
        );
        await see(label('Softphone_Consultation'), secondCard());
        await see(label('Softphone_Talking'), secondCard());
        await see(label('Softphone_CallOnHold'), activeCard());
        return incoming.type === 'incoming' ? incoming.callId : '';
    }

    function tasksOf(page: Page, count: number): Promise<OrgRecord[]> {
        return waitForTasks(page, count);
    }

    function taskFor(tasks: readonly OrgRecord[], callId: string): OrgRecord | undefined {
        return tasks.find((task) => task.fields.CallObject === callId);
    }

    it('lets the agent sign in to the PBX', async () => {
        if (!rig) throw new Error('not started');
        ({
            context,
            page: agentPage,
            panel,
            softphone
        } = await openAgentPage(rig, { width: 1280, height: 900 }));
        const form = softphone.locator('c-softphone-sign-in');
        await form.getByLabel(label('Softphone_SipUser')).fill(AGENT.user);
        await form.getByLabel(label('Softphone_SipPassword')).fill(AGENT.password);
        await button(label('Softphone_SipSignIn'), form).click();
        await see(label('Softphone_Ready'));
        await expect(rig.kamailio.registeredUsers()).resolves.toContain(AGENT.user);
    });

    it('completes a warm transfer: the caller waits on hold, the agent talks to the colleague, then joins them (REFER with Replaces)', async () => {
        if (!agentPage) throw new Error('not signed in');
        const steps = stepTimer('warm transfer');
        const before = (await waitForTasks(agentPage, 0)).length;
        const caller = await openPhone({ user: CALLER, toneHz: CALLER_HZ });
        const colleague = await openPhone({ user: COLLEAGUE, toneHz: COLLEAGUE_HZ, autoAnswer: true });
        const callId = await answeredCallFrom(caller);
        const consultId = await consultColleague(caller, colleague);
        steps.mark('caller on hold, colleague answered');

        // The colleague hears the agent, and not the caller on hold.
        const colleagueHears = await poll(
            'the agent at the colleague',
            () => colleague.levels(TONES),
            (levels) => heard(levels, AGENT_HZ)
        );
        expect(heard(colleagueHears, CALLER_HZ)).toBe(false);

        // Swap to the caller and back, then complete.
        await button(label('Softphone_Swap'), secondCard()).click();
        await see(label('Softphone_CallOnHold'), secondCard());
        await see(label('Softphone_CallConnected'), activeCard());
        await button(label('Softphone_Swap'), secondCard()).click();
        await see(label('Softphone_Talking'), secondCard());
        steps.mark('swapped both ways');

        await button(label('Softphone_CompleteTransfer'), secondCard()).click();
        const refer = await caller.waitFor('the REFER at the caller', (event) => event.type === 'refer');
        expect(refer.type === 'refer' ? refer.target : '').toMatch(/Replaces=/i);
        await caller.waitFor('the agent leaving the caller', (event) => event.type === 'bye');
        await softphone.locator('c-softphone-wrap-up').waitFor({ timeout: UI_TIMEOUT_MS });
        await secondCard().waitFor({ state: 'detached', timeout: UI_TIMEOUT_MS });
        // The colleague takes the caller's new call (with Replaces): caller and colleague hear each other.
        await colleague
            .waitFor(
                'the new call at the colleague',
                (event) => event.type === 'incoming' && event.from === CALLER
            )
            .catch(async (error: unknown) => {
                console.log(
                    JSON.stringify({ caller: await caller.events(), colleague: await colleague.events() })
                );
                throw error;
            });
        await poll(
            'the caller at the colleague',
            () => colleague.levels(TONES),
            (levels) => heard(levels, CALLER_HZ) && !heard(levels, AGENT_HZ)
        );
        const callerHears = await poll(
            'the colleague at the caller',
            () => caller.levels(TONES),
            (levels) => heard(levels, COLLEAGUE_HZ)
        );
        steps.mark(`joined: the caller hears ${describeLevels(callerHears)}`);

        await saveWrapUp();
        const tasks = await tasksOf(agentPage, before + 2);
        expect(taskFor(tasks, callId)?.fields.Description).toBe(`Transferred to ${COLLEAGUE}.`);
        expect(taskFor(tasks, consultId)?.fields.Description).toBe(
            `Consulted; the caller ${CALLER} was transferred to this party.`
        );
        expect(
            tasks.filter((task) => [callId, consultId].includes(String(task.fields.CallObject)))
        ).toHaveLength(2);
        await caller.hangUp();
        await Promise.all([caller.page.close(), colleague.page.close()]);
        steps.mark('two Tasks, one per leg');
        steps.print();
    });

    it('cancels a warm transfer: ending the consultation brings the caller back from hold', async () => {
        if (!agentPage) throw new Error('not signed in');
        const before = (await waitForTasks(agentPage, 0)).length;
        const caller = await openPhone({ user: CALLER, toneHz: CALLER_HZ });
        const colleague = await openPhone({ user: COLLEAGUE, toneHz: COLLEAGUE_HZ, autoAnswer: true });
        const callId = await answeredCallFrom(caller);
        const consultId = await consultColleague(caller, colleague);

        await button(label('Softphone_CancelTransfer'), secondCard()).click();
        await colleague.waitFor('the consultation ended at the colleague', (event) => event.type === 'bye');
        await caller.waitFor(
            'the caller back from hold',
            (event) => event.type === 'reinvite' && event.direction === 'sendrecv'
        );
        await see(label('Softphone_CallConnected'), activeCard());
        await secondCard().waitFor({ state: 'detached', timeout: UI_TIMEOUT_MS });
        await poll(
            'the agent at the caller again',
            () => caller.levels(TONES),
            (levels) => heard(levels, AGENT_HZ)
        );

        await button(label('Softphone_HangUp'), activeCard()).click();
        await saveWrapUp();
        const tasks = await tasksOf(agentPage, before + 2);
        expect(taskFor(tasks, consultId)?.fields.CallType).toBe('Outbound');
        expect(taskFor(tasks, callId)?.fields.Description).toBeUndefined();
        await Promise.all([caller.page.close(), colleague.page.close()]);
    });

    it('holds a three-way conference where each party hears both others, then drops the colleague', async () => {
        if (!agentPage || !panel) throw new Error('not signed in');
        const steps = stepTimer('conference');
        const before = (await waitForTasks(agentPage, 0)).length;
        const caller = await openPhone({ user: CALLER, toneHz: CALLER_HZ });
        const colleague = await openPhone({ user: COLLEAGUE, toneHz: COLLEAGUE_HZ, autoAnswer: true });
        const callId = await answeredCallFrom(caller);
        const consultId = await consultColleague(caller, colleague);

        await button(label('Softphone_Merge'), secondCard()).click();
        await see(label('Softphone_InConference'), secondCard());
        await caller.waitFor(
            'the caller back from hold',
            (event) => event.type === 'reinvite' && event.direction === 'sendrecv'
        );
        steps.mark('merged');

        const both = (a: number, b: number) => (levels: Levels) => heard(levels, a) && heard(levels, b);
        const atCaller = await poll(
            'agent and colleague at the caller',
            () => caller.levels(TONES),
            both(AGENT_HZ, COLLEAGUE_HZ)
        );
        const atColleague = await poll(
            'agent and caller at the colleague',
            () => colleague.levels(TONES),
            both(AGENT_HZ, CALLER_HZ)
        );
        const agentFromCaller = await poll(
            'the caller at the agent',
            () => agentLevels(panel as Frame, callId),
            (levels) => heard(levels, CALLER_HZ)
        );
        const agentFromColleague = await poll(
            'the colleague at the agent',
            () => agentLevels(panel as Frame, consultId),
            (levels) => heard(levels, COLLEAGUE_HZ)
        );
        // Nobody is sent their own voice back.
        expect(heard(atCaller, CALLER_HZ)).toBe(false);
        expect(heard(atColleague, COLLEAGUE_HZ)).toBe(false);
        console.log(
            `conference levels: caller hears ${describeLevels(atCaller)}; colleague hears ${describeLevels(atColleague)}; ` +
                `agent hears the caller's call ${describeLevels(agentFromCaller)} and the colleague's ${describeLevels(agentFromColleague)}`
        );
        steps.mark('each party hears both others');

        await button(label('Softphone_Drop'), secondCard()).click();
        await colleague.waitFor('the colleague dropped', (event) => event.type === 'bye');
        await secondCard().waitFor({ state: 'detached', timeout: UI_TIMEOUT_MS });
        // The caller still talks to the agent, and no longer hears the colleague.
        await poll(
            'the agent alone at the caller',
            () => caller.levels(TONES),
            (levels) => heard(levels, AGENT_HZ) && !heard(levels, COLLEAGUE_HZ)
        );
        steps.mark('colleague dropped');

        await button(label('Softphone_HangUp'), activeCard()).click();
        await saveWrapUp();
        const tasks = await tasksOf(agentPage, before + 2);
        expect(taskFor(tasks, callId)?.fields.Description).toBe(`Conference with ${COLLEAGUE}.`);
        expect(taskFor(tasks, consultId)?.fields.Description).toBe(`Conference with ${CALLER}.`);
        await Promise.all([caller.page.close(), colleague.page.close()]);
        steps.print();
    });

    it('shows a second call waiting, answers it (holding the first), and declines the next one with 486', async () => {
        if (!agentPage) throw new Error('not signed in');
        const steps = stepTimer('call waiting');
        const before = (await waitForTasks(agentPage, 0)).length;
        const caller = await openPhone({ user: CALLER, toneHz: CALLER_HZ });
        const second = await openPhone({ user: SECOND_CALLER, toneHz: COLLEAGUE_HZ });
        const callId = await answeredCallFrom(caller);

        const waitingId = await second.call(AGENT.user);
        await see(label('Softphone_CallWaiting'), secondCard());
        await second.waitFor(
            '180 Ringing at the second caller',
            (event) => event.type === 'progress' && event.status === 180
        );
        await see(label('Softphone_CallConnected'), activeCard());
        steps.mark('second call waiting beside the first');

        await button(label('Softphone_AnswerAndHold'), secondCard()).click();
        await caller.waitFor(
            'the first caller on hold',
            (event) => event.type === 'reinvite' && event.direction === 'sendonly'
        );
        await second.waitFor(
            'the second caller connected',
            (event) => event.type === 'established' && event.callId === waitingId
        );
        await see(label('Softphone_Talking'), secondCard());
        await poll(
            'the agent at the second caller',
            () => second.levels(TONES),
            (levels) => heard(levels, AGENT_HZ)
        );
        steps.mark('answered: first on hold, talking to the second');

        await button(label('Softphone_HangUp'), secondCard()).click();
        await second.waitFor('the second call ended', (event) => event.type === 'bye');
        await caller.waitFor(
            'the first caller back',
            (event) => event.type === 'reinvite' && event.direction === 'sendrecv'
        );
        await secondCard().waitFor({ state: 'detached', timeout: UI_TIMEOUT_MS });

        // The next call waiting is declined: the caller hears 486 Busy Here; the first call goes on.
        const declinedId = await second.call(AGENT.user);
        await see(label('Softphone_CallWaiting'), secondCard());
        await button(label('Softphone_Decline'), secondCard()).click();
        await second.waitFor(
            '486 Busy Here at the second caller',
            (event) => event.type === 'rejected' && event.status === 486
        );
        await secondCard().waitFor({ state: 'detached', timeout: UI_TIMEOUT_MS });
        await see(label('Softphone_CallConnected'), activeCard());
        steps.mark('declined with 486');

        await button(label('Softphone_HangUp'), activeCard()).click();
        await saveWrapUp();
        const tasks = await tasksOf(agentPage, before + 3);
        expect(taskFor(tasks, callId)?.fields.CallType).toBe('Inbound');
        expect(taskFor(tasks, waitingId)?.fields.CallType).toBe('Inbound');
        expect(taskFor(tasks, declinedId)?.fields).toMatchObject({
            CallType: 'Inbound',
            CallDisposition: 'Declined'
        });
        await Promise.all([caller.page.close(), second.page.close()]);
        steps.print();
    });
});
