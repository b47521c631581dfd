import type { Frame, Locator, Page } from 'playwright-core';
import { label, recordId, UI_TIMEOUT_MS, waitForTasks } from '../../harness/console-page';
import { DESK_PHONE_TONE_HZ, startDeskPhone } from '../../harness/desk-phone/desk-phone-process';
import type { DeskPhone } from '../../harness/desk-phone/desk-phone-process';
import { rms } from '../../harness/desk-phone/wav';
import { watchProblems } from '../../harness/page-problems';
import type { PhoneEvent, PhoneWindow } from '../../harness/phone-page/phone-page-api';
import { startRtpengine } from '../../harness/rtpengine/rtpengine-process';
import type { RtpengineProcess } from '../../harness/rtpengine/rtpengine-process';
import { softphoneActions } from '../test-support/softphone-actions';
import { agentMediaIn, agentHearsIn, poll, stepTimer } from '../test-support/sip-agent-media';
import { openSignedInAgent, SIP_TEST_DOMAIN, startSipRig } from '../test-support/sip-rig';
import type { SipRig } from '../test-support/sip-rig';

/**
 * Real phones on the other end, through the media bridge contact centres run: the agent's softphone (the one
 * `npm start` serves, in sip mode) registers over WebSocket with Kamailio, and the customer is baresip, a
 * plain SIP phone nobody here wrote, registered over UDP and speaking G.711 only. rtpengine, driven by
 * Kamailio's rtpengine module, turns the browser's ICE + DTLS-SRTP into the phone's plain RTP and back. The
 * phone's microphone is a 440 Hz tone; what it hears is recorded. Each scenario asserts both ends.
 */

const DOMAIN = SIP_TEST_DOMAIN;
const AGENT = { user: '1001', password: 'not checked by the test PBX' };
/** The desk phone is Ada Lovelace's, a Contact in the console's org. */
const DESK_PHONE = '+14155550123';
const DESK_PHONE_DISPLAY = '(415) 555-0123';
const BROWSER_CALLER = '+14155550124';
/** How far the agent's analyser may put the phone's tone (its bins are 5.9 Hz wide; G.711 adds noise). */
const TONE_TOLERANCE_HZ = 25;
/** A recording quieter than this (RMS, of 32767) is silence; the phone hears the fake microphone far louder. */
const SILENCE_RMS = 30;
/**
 * Microphone energy a second on hold may add: the agent's fake microphone adds about 0.2 a second, a muted
 * track nothing (the last frames before the mute may still count).
 */
const SILENT_ENERGY = 1e-3;

describe('calls with a desk phone through rtpengine', () => {
    let rtpengine: RtpengineProcess | undefined;
    let rig: SipRig | undefined;
    let deskPhone: DeskPhone | undefined;
    let agentPage: Page;
    let panel: Frame;
    let softphone: Locator;
    let agentProblems: string[] = [];
    const started = Date.now();

    beforeAll(async () => {
        rtpengine = await startRtpengine();
        rig = await startSipRig({ kamailio: { mediaBridge: { controlSocket: rtpengine.controlSocket } } });
        const { kamailio } = rig;
        const udpPort = kamailio.udpPort ?? 0;
        deskPhone = await startDeskPhone({ user: DESK_PHONE, domain: DOMAIN, proxyPort: udpPort });
        console.log(
            `rtpengine ${rtpengine.controlSocket}, Kamailio ${kamailio.url} and udp:127.0.0.1:${udpPort}, ` +
                `desk phone ${deskPhone?.aor}, set up in ${Date.now() - started} ms`
        );
    }, 60_000);

    afterAll(async () => {
        await deskPhone?.stop();
        await rig?.stop();
        // rtpengine takes about 1.4 s to exit.
        await rtpengine?.stop();
        console.log(`desk phone end-to-end suite: ${Date.now() - started} ms`);
    }, 30_000);

    function desk(): DeskPhone {
        if (!deskPhone) throw new Error('the desk phone did not start');
        return deskPhone;
    }

    const { button, see, saveWrapUp } = softphoneActions(() => softphone);

    /** How many desk phone events there are now: a scenario waits only for the ones after. */
    function eventsSoFar(): number {
        return desk().events().length;
    }

    function deskEvent(type: string, after: number): Promise<unknown> {
        return desk().waitFor(
            type,
            (event) => event.type === type && desk().events().indexOf(event) >= after
        );
    }

    /** What the desk phone heard on its newest call, from `fromSample` on. */
    function deskHeard(fromSample = 0): Int16Array {
        const recording = desk().recordings().at(-1);
        return recording ? recording.samples.subarray(fromSample) : new Int16Array();
    }

    it('signs the agent in to the PBX the desk phone is registered with', async () => {
        if (!rig) throw new Error('not started');
        ({
            page: agentPage,
            panel,
            softphone,
            problems: agentProblems
        } = await openSignedInAgent(rig, AGENT.user, AGENT.password));
        const registered = await rig.kamailio.registeredUsers();
        expect(registered).toEqual(expect.arrayContaining([AGENT.user, DESK_PHONE]));
    });

    it('takes a call from the desk phone: screen pop, G.711 audio both ways, DTMF, hold, hang-up, one Task', async () => {
        const steps = stepTimer('desk phone calls the agent');
        const adaId = await recordId(agentPage, 'Contact', 'Ada Lovelace');
        const before = eventsSoFar();
        await desk().dial(`sip:${AGENT.user}@${DOMAIN}`);

        const incoming = softphone.locator('c-softphone-incoming-call');
        await see('Ada Lovelace', incoming);
        await see(DESK_PHONE_DISPLAY, incoming);
        await deskEvent('CALL_RINGING', before);
        await agentPage
            .locator(`[data-record-page="${adaId}"] [data-record-title]`)
            .getByText('Ada Lovelace')
            .waitFor({ timeout: UI_TIMEOUT_MS });
        steps.mark('ringing on both ends, Contact popped');

        await button(label('Softphone_Answer'), incoming).click();
        const answeredAt = Date.now();
        const active = softphone.locator('c-softphone-active-call');
        await see(label('Softphone_CallConnected'), active);
        await deskEvent('CALL_ESTABLISHED', before);
        steps.mark('answered, connected on both ends');

        // The agent hears the phone's tone, in G.711 as the phone sent it: nothing was transcoded.
        const heard = await poll(
            `the ${DESK_PHONE_TONE_HZ} Hz tone at the agent`,
            () => agentHearsIn(panel),
            (sound) => Math.abs(sound.peakHz - DESK_PHONE_TONE_HZ) <= TONE_TOLERANCE_HZ
        );
        const media = await agentMediaIn(panel);
        expect(media.inboundCodec).toMatch(/^audio\/(PCMU|PCMA)$/);
        expect(media.remoteCandidates).toEqual(['127.0.0.1']);
        // rtpengine relays one codec on both legs: the browser's (ICE, DTLS-SRTP) and the phone's (plain RTP).
        const codec = `${media.inboundCodec.slice('audio/'.length)}/8000`;
        await expect(rtpengine?.legCodecs()).resolves.toEqual([codec, codec]);
        // And the phone hears the agent (Chromium's fake microphone).
        await poll(
            'the agent at the desk phone',
            async () => rms(deskHeard()),
            (level) => level > SILENCE_RMS
        );
        steps.mark(`audio both ways (agent hears ${heard.peakHz.toFixed(0)} Hz, ${media.inboundCodec})`);

        // DTMF keyed as an IVR wants it, key after key without waiting: the phone gets the whole string.
        await button(label('Softphone_Keypad'), active).click();
        const keypad = active.locator('c-softphone-keypad');
        for (const key of ['1', '5', '9', '#']) await button(key, keypad).click();
        await poll(
            'the DTMF string at the desk phone',
            async () => desk().dtmfReceived(),
            (digits) => digits.length >= 4
        );
        expect(desk().dtmfReceived()).toBe('159#');
        steps.mark('DTMF 159# at the phone');

        // Hold: no audio either way until resumed. The phone, offered sendonly, stops sending (the agent gets
        // nothing); the agent's microphone is off (what the phone gets is silence).
        await button(label('Softphone_Hold'), active).click();
        const heldAt = Date.now();
        await see(label('Softphone_CallOnHold'), active);
        await new Promise((resolve) => setTimeout(resolve, 300));
        const heldFrom = await agentMediaIn(panel);
        await new Promise((resolve) => setTimeout(resolve, 1000));
        const heldTo = await agentMediaIn(panel);
        expect(heldTo.bytesReceived - heldFrom.bytesReceived).toBeLessThan(200);
        // Energy is the sum of squared samples (full scale 1) over seconds: talking adds about 0.2 a second.
        expect(heldTo.sentAudioEnergy - heldFrom.sentAudioEnergy).toBeLessThan(SILENT_ENERGY);
        const heldDecoded = await desk().decodedSeconds();
        steps.mark(
            `held: ${heldTo.bytesReceived - heldFrom.bytesReceived} bytes to the agent, silence to the phone`
        );

        await button(label('Softphone_Resume'), active).click();
        const heldMs = Date.now() - heldAt;
        await see(label('Softphone_CallConnected'), active);
        await poll(
            'the tone at the agent again',
            () => agentHearsIn(panel),
            (sound) => Math.abs(sound.peakHz - DESK_PHONE_TONE_HZ) <= TONE_TOLERANCE_HZ
        );
        // The agent's microphone is on again, and the phone decodes what arrives.
        await poll(
            "the agent's microphone again",
            () => agentMediaIn(panel),
            (media) => media.sentAudioEnergy - heldTo.sentAudioEnergy > SILENT_ENERGY * 10
        );
        await poll(
            'the agent at the desk phone again',
            () => desk().decodedSeconds(),
            (seconds) => seconds > heldDecoded + 0.5
        );
        steps.mark('resumed, audio both ways');

        // The phone hangs up: wrap-up, then one Task as long as the talk (the hold is not talk time).
        const hangUpAt = Date.now();
        await desk().hangUp();
        await softphone.locator('c-softphone-wrap-up').waitFor({ timeout: UI_TIMEOUT_MS });
        await active.waitFor({ state: 'detached', timeout: UI_TIMEOUT_MS });
        steps.mark('phone hung up, wrap-up shown');
        await saveWrapUp();
        const tasks = await waitForTasks(agentPage);
        const logged = tasks.filter(
            (task) => task.fields.CallType === 'Inbound' && task.fields.WhoId === adaId
        );
        expect(logged).toHaveLength(1);
        const seconds = Number(logged[0]?.fields.CallDurationInSeconds);
        const talked = (hangUpAt - answeredAt - heldMs) / 1000;
        // Whole seconds, rounded, from the connected to the ended event: within a second of the clicks here.
        expect(Math.abs(seconds - talked)).toBeLessThanOrEqual(1);
        steps.mark(`one Task of ${seconds} s (talked ${talked.toFixed(1)} s)`);
        steps.print();
    });

    /** The agent's call rings the desk phone; it answers; audio both ways; the agent hangs up. */
    async function callTheDeskPhone(placeCall: () => Promise<void>, scenario: string): Promise<void> {
        const steps = stepTimer(scenario);
        const before = eventsSoFar();
        await placeCall();
        await deskEvent('CALL_INCOMING', before);
        const active = softphone.locator('c-softphone-active-call');
        await see(label('Softphone_CallProgressRinging'), active);
        steps.mark('ringing on both ends');

        await desk().answer();
        await see(label('Softphone_CallConnected'), active);
        steps.mark('connected on both ends');
        await poll(
            `the ${DESK_PHONE_TONE_HZ} Hz tone at the agent`,
            () => agentHearsIn(panel),
            (sound) => Math.abs(sound.peakHz - DESK_PHONE_TONE_HZ) <= TONE_TOLERANCE_HZ
        );
        await poll(
            'the agent at the desk phone',
            async () => rms(deskHeard()),
            (level) => level > SILENCE_RMS
        );
        // The softphone offered Opus first and G.711 after it; the phone took G.711, and so did the browser.
        const media = await agentMediaIn(panel);
        expect(media.offeredCodecs.slice(0, 4)).toEqual(['opus', 'G722', 'PCMU', 'PCMA']);
        expect(media.inboundCodec).toMatch(/^audio\/(PCMU|PCMA)$/);
        steps.mark(`audio both ways (${media.inboundCodec})`);

        await button(label('Softphone_HangUp'), active).click();
        await deskEvent('CALL_CLOSED', before);
        await softphone.locator('c-softphone-wrap-up').waitFor({ timeout: UI_TIMEOUT_MS });
        steps.mark('hung up, closed at the phone');
        await saveWrapUp();
        steps.print();
    }

    it("dials the desk phone from the dial pad, not related to the record an earlier call's pop left open", async () => {
        const tasksBefore = (await waitForTasks(agentPage, 0)).length;
        await callTheDeskPhone(async () => {
            const dialPad = softphone.locator('c-softphone-dial-pad');
            await dialPad.getByLabel(label('Softphone_NumberToDial')).fill('415 555 0123');
            await button(label('Softphone_Call'), dialPad).click();
        }, 'agent dials the desk phone');
        const tasks = await waitForTasks(agentPage, tasksBefore + 1);
        // The record the first call's screen pop opened is still open: a leftover is never borrowed (issue 19).
        expect(tasks.at(-1)?.fields).toMatchObject({ CallType: 'Outbound' });
        expect(tasks.at(-1)?.fields.WhoId).toBeUndefined();
    });

    it("dials the desk phone by clicking the number on Ada Lovelace's Contact", async () => {
        const adaId = await recordId(agentPage, 'Contact', 'Ada Lovelace');
        const tasksBefore = (await waitForTasks(agentPage, 0)).length;
        await callTheDeskPhone(async () => {
            await agentPage.locator('[data-navigation] [data-nav="Contact"]').click();
            await agentPage
                .locator('[data-object-home="Contact"]')
                .getByRole('link', { name: 'Ada Lovelace' })
                .click();
            await agentPage
                .locator(`[data-record-page="${adaId}"] [data-field="Phone"] [data-click-to-dial="Phone"]`)
                .click();
        }, 'click-to-dial the desk phone');
        const tasks = await waitForTasks(agentPage, tasksBefore + 1);
        expect(tasks.at(-1)?.fields).toMatchObject({ CallType: 'Outbound', WhoId: adaId });
    });

    it('blind-transfers a browser caller to the desk phone, which talks with the caller', async () => {
        if (!rig) throw new Error('not started');
        const { browser, phones, kamailio } = rig;
        const steps = stepTimer('blind transfer to the desk phone');
        const page = await browser.newPage();
        const problems = watchProblems(page);
        await page.goto(phones.url);
        await page.waitForFunction(() => (window as PhoneWindow).phone !== undefined);
        await page.evaluate((options) => (window as PhoneWindow).phone?.start(options), {
            server: kamailio.url,
            domain: DOMAIN,
            user: BROWSER_CALLER
        });
        await agentPage.bringToFront();
        const callerEvents = (): Promise<readonly PhoneEvent[]> =>
            page.evaluate(() => (window as PhoneWindow).phone?.events() ?? []);

        await page.evaluate((agent) => (window as PhoneWindow).phone?.call(agent, []), AGENT.user);
        const incoming = softphone.locator('c-softphone-incoming-call');
        await see('(415) 555-0124', incoming);
        await button(label('Softphone_Answer'), incoming).click();
        const active = softphone.locator('c-softphone-active-call');
        await see(label('Softphone_CallConnected'), active);
        steps.mark('browser caller connected to the agent');

        const before = eventsSoFar();
        await button(label('Softphone_Transfer'), active).click();
        await active.getByLabel(label('Softphone_TransferTo')).fill('415 555 0123');
        await button(label('Softphone_TransferCall'), active).click();
        const ringing = (await desk().waitFor(
            'the transferred call at the desk phone',
            (event) => event.type === 'CALL_INCOMING' && desk().events().indexOf(event) >= before
        )) as { peeruri?: string };
        expect(ringing.peeruri).toContain(BROWSER_CALLER);
        await softphone.locator('c-softphone-wrap-up').waitFor({ timeout: UI_TIMEOUT_MS });
        steps.mark('REFER followed, desk phone rings, agent in wrap-up');

        await desk().answer();
        await deskEvent('CALL_ESTABLISHED', before);
        await poll(
            'the browser caller at the desk phone',
            async () => rms(deskHeard()),
            (level) => level > SILENCE_RMS
        );
        await poll(
            'the desk phone at the browser caller',
            () =>
                page.evaluate(
                    () => (window as PhoneWindow).phone?.media() ?? { bytesReceived: 0, bytesSent: 0 }
                ),
            (media) => media.bytesReceived > 1000
        );
        steps.mark('caller and desk phone talking');

        await desk().hangUp();
        await poll(
            'the end at the browser caller',
            callerEvents,
            (events) => events.filter((event) => event.type === 'bye').length >= 2
        );
        await saveWrapUp();
        await page.close();
        expect(problems).toEqual([]);
        steps.print();
    });

    it('logs a missed call when the desk phone hangs up while it rings', async () => {
        const steps = stepTimer('desk phone gives up');
        const tasksBefore = (await waitForTasks(agentPage, 0)).length;
        const before = eventsSoFar();
        await desk().dial(`sip:${AGENT.user}@${DOMAIN}`);
        const incoming = softphone.locator('c-softphone-incoming-call');
        await see(DESK_PHONE_DISPLAY, incoming);
        await deskEvent('CALL_RINGING', before);
        steps.mark('ringing on both ends');

        await desk().hangUp();
        await deskEvent('CALL_CLOSED', before);
        await incoming.waitFor({ state: 'hidden', timeout: UI_TIMEOUT_MS });
        const recent = softphone.locator('c-softphone-recent-calls li').first();
        await see(label('Softphone_OutcomeMissed'), recent);
        steps.mark('missed call in the recent calls');

        const tasks = await waitForTasks(agentPage, tasksBefore + 1);
        expect(tasks.at(-1)?.fields).toMatchObject({
            Subject: `Missed call from ${DESK_PHONE_DISPLAY}`,
            CallType: 'Inbound',
            CallDisposition: 'Missed'
        });
        steps.mark('logged as a Task');
        steps.print();
        expect(agentProblems).toEqual([]);
    });
});
