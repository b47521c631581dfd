import type { BrowserContext, CDPSession, Frame, Locator, Page } from 'playwright-core';
import { CHROMIUM_MEDIA_ARGS_DEFAULT_AUTOPLAY } from '../../harness/chromium';
import { label, UI_TIMEOUT_MS } from '../../harness/console-page';
import { watchProblems } from '../../harness/page-problems';
import type { EngineSnapshot } from '../../engine/src/bridge';
import { agentMediaIn, poll, RECORD_PEER_CONNECTIONS } from '../test-support/sip-agent-media';
import { openPhone as startPhone } from '../test-support/sip-phones';
import type { Phone } from '../test-support/sip-phones';
import { softphoneActions } from '../test-support/softphone-actions';
import { panelSoundProbe, SOUND_PROBE } from '../test-support/sound-probe';
import type { SoundProbe } from '../test-support/sound-probe';
import { SIP_TEST_DOMAIN, startSipRig } from '../test-support/sip-rig';
import type { SipRig } from '../test-support/sip-rig';

/**
 * The softphone's own sounds and the agent's devices, over real SIP through Kamailio, in Chromium under its
 * default autoplay policy (no `--autoplay-policy` flag): a frame plays nothing until the agent clicked in it.
 * The microphone is closed between calls (`microphoneBetweenCalls=closed`): a page capturing the microphone may
 * play sound without a click, and the first ring must meet the policy. What Web Audio plays is tapped with an
 * analyser per context (the sound probe); the softphone is driven without user gestures until the agent
 * clicks, because Playwright's own evaluate counts as one.
 */

const DOMAIN = SIP_TEST_DOMAIN;
const AGENT = { user: '1001', password: 'not checked by the test PBX' };
const CALLER = '+14155550123';
const CALLEE = '+14155550199';
/** Loudest sample of the ring or a tone: each plays at a fraction of full scale; silence is 0. */
const AUDIBLE = 0.01;

describe('Sound and devices over Kamailio in Chromium with its default autoplay policy', () => {
    let rig: SipRig | undefined;
    let context: BrowserContext | undefined;
    let agentPage: Page | undefined;
    let cdp: CDPSession | undefined;
    let probe: SoundProbe;
    let panel: Frame | undefined;
    let softphone: Locator;
    let agentProblems: string[] = [];
    const phonePages: Phone[] = [];

    beforeAll(async () => {
        rig = await startSipRig({
            serveArgs: ['--setting', 'microphoneBetweenCalls=closed'],
            chromiumMediaArgs: CHROMIUM_MEDIA_ARGS_DEFAULT_AUTOPLAY
        });
    }, 60_000);

    afterAll(async () => {
        await rig?.stop();
    }, 30_000);

    const phoneProblems: string[] = [];
    afterEach(async () => {
        for (const phone of phonePages.splice(0)) {
            phoneProblems.push(...phone.problems);
            await phone.page.close();
        }
    });

    async function openPhone(user: string): Promise<Phone> {
        if (!context || !rig) throw new Error('not started');
        const phone = await startPhone(
            context,
            rig.phones.url,
            { user, server: rig.kamailio.url, domain: DOMAIN },
            agentPage
        );
        phonePages.push(phone);
        return phone;
    }

    const snapshot = async (): Promise<EngineSnapshot> => (await probe.snapshot()) ?? ({} as EngineSnapshot);
    const until = (what: string, done: (value: EngineSnapshot) => boolean): Promise<EngineSnapshot> =>
        poll(what, snapshot, done);
    const heard = (what: string, done: (level: number) => boolean): Promise<number> =>
        poll(what, () => probe.level(), done);

    const { button, see, saveWrapUp } = softphoneActions(() => softphone);

    it('asks for one click when the browser refuses sound, rings from then on, and stops ringing on answer', async () => {
        if (!rig) throw new Error('not started');
        context = await rig.browser.newContext({ viewport: { width: 1280, height: 800 } });
        await context.addInitScript(SOUND_PROBE);
        await context.addInitScript(RECORD_PEER_CONNECTIONS);
        agentPage = await context.newPage();
        agentProblems = watchProblems(agentPage);
        cdp = await context.newCDPSession(agentPage);
        probe = panelSoundProbe(cdp);
        await agentPage.goto(rig.server.url, { timeout: UI_TIMEOUT_MS });
        // Signed in with the command the sign-in form sends, so that no click or key reaches the page yet.
        await poll('the softphone up', () => probe.read<boolean>('!!w.__soundProbe?.snapshot()'), Boolean);
        await until('the sign-in form', (state) => state.credentials === 'needed');
        await probe.send({ type: 'sign-in', user: AGENT.user, password: AGENT.password });
        await until('registered', (state) => state.registration === 'registered');

        const caller = await openPhone(CALLER);
        await caller.call(AGENT.user);
        const ringing = await until(
            'ringing, with sound refused',
            (state) => state.call?.state === 'ringing' && state.sound?.blocked === true
        );
        expect(ringing.sound?.playing).toBe('ring');
        expect(await probe.contexts()).toEqual([{ state: 'suspended', sinkId: '' }]);
        expect(await probe.level()).toBe(0);

        const frame = await (await agentPage.waitForSelector('iframe[data-utility-panel]')).contentFrame();
        if (!frame) throw new Error('no utility panel');
        panel = frame;
        softphone = panel.locator('c-softphone');
        const prompt = softphone.locator('c-softphone-sound-prompt');
        await expect(prompt.getByRole('alert').count()).resolves.toBe(1);
        await button(label('Softphone_SoundPrompt'), prompt).click();
        await until('sound on', (state) => state.sound?.blocked === false);
        await button(label('Softphone_SoundPrompt'), prompt).waitFor({
            state: 'detached',
            timeout: UI_TIMEOUT_MS
        });
        const level = await heard('the ring', (value) => value > AUDIBLE);
        console.log(`ring after the click: peak ${level.toFixed(3)}`);

        const incoming = softphone.locator('c-softphone-incoming-call');
        await button(label('Softphone_Answer'), incoming).click();
        await caller.waitFor('the caller connected', (event) => event.type === 'established');
        await until(
            'connected, ring stopped',
            (state) => state.call?.state === 'connected' && !state.sound?.playing
        );
        await heard('silence after answer', (value) => value === 0);
        await caller.hangUp();
        await saveWrapUp();
    });

    it('rings at once in a frame the agent clicked in, and stops when the caller cancels', async () => {
        const caller = await openPhone(CALLER);
        await caller.call(AGENT.user);
        await until('ringing', (state) => state.call?.state === 'ringing');
        await heard('the ring', (value) => value > AUDIBLE);
        expect((await snapshot()).sound?.blocked).toBe(false);
        await expect(button(label('Softphone_SoundPrompt')).count()).resolves.toBe(0);
        await caller.hangUp();
        await until(
            'missed, ring stopped',
            (state) => state.call?.state !== 'ringing' && !state.sound?.playing
        );
        await heard('silence after the cancel', (value) => value === 0);
    });

    it('plays ringback to the agent while the callee rings, until they answer', async () => {
        await until('idle', (state) => state.call === undefined || state.call.state !== 'ringing');
        const callee = await openPhone(CALLEE);
        const dialPad = softphone.locator('c-softphone-dial-pad');
        await dialPad.getByLabel(label('Softphone_NumberToDial')).fill('415 555 0199');
        await button(label('Softphone_Call'), dialPad).click();
        await callee.waitFor('the call at the callee', (event) => event.type === 'incoming');
        await until(
            'ringback',
            (state) => state.call?.progress === 'ringing' && state.sound?.playing === 'ringback'
        );
        const level = await heard('ringback before answer', (value) => value > AUDIBLE);
        console.log(`ringback before answer: peak ${level.toFixed(3)}`);
        expect((await snapshot()).call?.state).toBe('dialing');
        await callee.answer();
        await until(
            'connected, ringback stopped',
            (state) => state.call?.state === 'connected' && !state.sound?.playing
        );
        await callee.hangUp();
        await saveWrapUp();
    });

    it("plays the callee's early media instead of ringback on 183 with SDP", async () => {
        const callee = await openPhone(CALLEE);
        const dialPad = softphone.locator('c-softphone-dial-pad');
        await dialPad.getByLabel(label('Softphone_NumberToDial')).fill('415 555 0199');
        await button(label('Softphone_Call'), dialPad).click();
        await callee.waitFor('the call at the callee', (event) => event.type === 'incoming');
        await callee.earlyMedia();
        await until('early media', (state) => state.call?.progress === 'early-media');
        const media = await poll(
            'early media at the agent before answer',
            () => agentMediaIn(panel as Frame),
            (value) => value.bytesReceived > 0
        );
        const state = await snapshot();
        expect(state.call?.state).toBe('dialing');
        expect(state.sound?.playing).toBeUndefined();
        const playing = await probe.read<boolean[]>(
            `[...w.document.querySelectorAll('audio[data-softphone-remote-audio]')].map((a) => !a.paused && a.srcObject !== null)`
        );
        expect(playing).toEqual([true]);
        console.log(`early media before answer: ${media.bytesReceived} bytes received`);
        await callee.answer();
        await until('connected', (value) => value.call?.state === 'connected');
        await callee.hangUp();
        await saveWrapUp();
    });

    it('plays the busy tone when the callee refuses with 486 Busy Here', async () => {
        const callee = await openPhone(CALLEE);
        const dialPad = softphone.locator('c-softphone-dial-pad');
        await dialPad.getByLabel(label('Softphone_NumberToDial')).fill('415 555 0199');
        await button(label('Softphone_Call'), dialPad).click();
        await callee.waitFor('the call at the callee', (event) => event.type === 'incoming');
        await callee.reject(486);
        const ended = await until('busy', (state) => state.sound?.playing === 'busy');
        expect(ended.recentCalls[0]?.endCause).toBe('busy');
        await see(label('Softphone_LineBusy'));
        await heard('the busy tone', (value) => value > AUDIBLE);
        await until('the busy tone over', (state) => state.sound?.playing === undefined);
        if (await softphone.locator('c-softphone-wrap-up').count()) await saveWrapUp();
    });

    it('puts calls and the ring on the speakers and microphone the agent picks, remembered in this browser', async () => {
        const settings = softphone.locator('c-softphone-sound-settings');
        await settings.getByRole('button', { name: label('Softphone_SoundSettings') }).click();
        const meter = settings.getByRole('meter', { name: label('Softphone_MicrophoneLevel') });
        await poll(
            'the microphone level',
            async () => Number(await meter.getAttribute('aria-valuenow')),
            (value) => value > 0
        );
        const state = await until('the devices listed', (value) => (value.sound?.speakers.length ?? 0) >= 2);
        const [output1, output2] = state.sound?.speakers ?? [];
        const input1 = state.sound?.microphones.find((device) => device.label === 'Fake Audio Input 1');
        if (!output1 || !output2 || !input1)
            throw new Error(`fake devices missing: ${JSON.stringify(state.sound)}`);

        const pick = async (name: string, device: string): Promise<void> => {
            await settings.getByRole('combobox', { name }).click();
            await settings.getByRole('option', { name: device, exact: true }).click();
        };
        await pick(label('Softphone_CallSpeaker'), output1.label);
        await pick(label('Softphone_RingSpeaker'), output2.label);
        await pick(label('Softphone_Microphone'), input1.label);
        await until(
            'the choices kept',
            (value) =>
                value.sound?.speakerId === output1.id &&
                value.sound.ringSpeakerId === output2.id &&
                value.sound.microphoneId === input1.id
        );

        const caller = await openPhone(CALLER);
        await caller.call(AGENT.user);
        await until('ringing', (value) => value.call?.state === 'ringing');
        await heard('the ring', (value) => value > AUDIBLE);
        expect((await probe.contexts()).map((entry) => entry.sinkId)).toContain(output2.id);
        await button(label('Softphone_Answer'), softphone.locator('c-softphone-incoming-call')).click();
        await caller.waitFor('the caller connected', (event) => event.type === 'established');
        const sinkIds = await poll(
            'the call on the chosen speaker',
            () =>
                probe.read<string[]>(
                    `[...w.document.querySelectorAll('audio[data-softphone-remote-audio]')].map((a) => a.sinkId)`
                ),
            (ids) => ids.length > 0
        );
        expect(sinkIds).toEqual([output1.id]);
        const microphone = await probe.read<string>(
            `(() => { const c = w.__peerConnections; const s = c[c.length - 1].getSenders().find((x) => x.track); return s.track.getSettings().deviceId; })()`
        );
        expect(microphone).toBe(input1.id);
        await caller.hangUp();
        await saveWrapUp();

        const stored = await probe.read<string>(
            `Object.keys(w.localStorage).filter((key) => key.startsWith('softphone.sound.v1')).map((key) => w.localStorage.getItem(key))[0]`
        );
        expect(JSON.parse(stored)).toMatchObject({
            speakerId: output1.id,
            ringSpeakerId: output2.id,
            microphoneId: input1.id
        });
        expect(agentProblems).toEqual([]);
        expect(phoneProblems).toEqual([]);
    });
});
