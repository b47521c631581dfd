import type { BrowserContext, Frame, Locator, Page } from 'playwright-core';
import { label, UI_TIMEOUT_MS, waitForTasks } from '../../harness/console-page';
import type { ConsoleWindow } from '../../sim/browser/simulator-globals';
import type { PhoneStartOptions } from '../../harness/phone-page/phone-page-api';
import { softphoneActions } from '../test-support/softphone-actions';
import { agentMediaIn, poll, stepTimer } from '../test-support/sip-agent-media';
import type { AgentMedia } from '../test-support/sip-agent-media';
import { openPhone as startPhone } from '../test-support/sip-phones';
import type { Phone } from '../test-support/sip-phones';
import { openAgentPage, SIP_TEST_DOMAIN, startSipRig } from '../test-support/sip-rig';
import type { SipRig } from '../test-support/sip-rig';

/**
 * Real calls end to end: the agent's softphone is the one `npm start` serves (engine + LWC in the simulated
 * console), switched to sip mode with `--setting` against a Kamailio started here on a free loopback port;
 * the callers, callees and transfer targets are plain SIP.js pages in the same Chromium (fake microphone).
 * Each scenario asserts both ends: what the agent sees, and what reached the other party.
 */

const DOMAIN = SIP_TEST_DOMAIN;
const AGENT = { user: '1001', password: 'not checked by the test PBX' };
const CALLER = '+14155550123';
const CALLER_DISPLAY = '(415) 555-0123';
const TRANSFER_TARGET = '+14155550188';
const CALLEE = '+14155550199';

/** How many calls to an Open CTI method the console has answered so far. */
function openCtiCalls(page: Page, method: string): Promise<number> {
    return page.evaluate(
        (name) =>
            ((window as ConsoleWindow).softphoneConsole?.openCti.log() ?? []).filter(
                (entry) => entry.method === name
            ).length,
        method
    );
}

describe('SIP calls through Kamailio in Chromium', () => {
    let rig: SipRig | undefined;
    let context: BrowserContext | undefined;
    let agentPage: Page | undefined;
    let panel: Frame | undefined;
    let softphone: Locator;
    let agentProblems: string[] = [];
    const phonePages: Phone[] = [];
    const started = Date.now();

    beforeAll(async () => {
        rig = await startSipRig();
        console.log(
            `Kamailio on ${rig.kamailio.url}, softphone at ${rig.server.url}, set up in ${Date.now() - started} ms`
        );
    }, 60_000);

    afterAll(async () => {
        await rig?.stop();
        console.log(`SIP end-to-end suite: ${Date.now() - started} ms`);
    }, 30_000);

    async function openPhone(options: Omit<PhoneStartOptions, 'server' | 'domain'>): Promise<Phone> {
        if (!rig) throw new Error('not started');
        const start: PhoneStartOptions = { ...options, server: rig.kamailio.url, domain: DOMAIN };
        const phone = await startPhone(context ?? rig.browser, rig.phones.url, start, agentPage);
        phonePages.push(phone);
        return phone;
    }

    /** The agent's newest peer connection's audio counters, read in the softphone's panel. */
    function agentMedia(): Promise<AgentMedia> {
        if (!panel) throw new Error('no panel');
        return agentMediaIn(panel);
    }

    const { button, see, saveWrapUp } = softphoneActions(() => softphone);

    it('lets the agent sign in to the PBX and registers them', async () => {
        if (!rig) throw new Error('not started');
        const steps = stepTimer('sign-in');
        ({ context, page: agentPage, panel, softphone, problems: agentProblems } = await openAgentPage(rig));

        const form = softphone.locator('c-softphone-sign-in');
        await see(label('Softphone_SipSignInTitle'), form);
        await form.getByLabel(label('Softphone_SipUser')).fill(AGENT.user);
        await form.getByLabel(label('Softphone_SipPassword')).fill(AGENT.password);
        steps.mark('console and sign-in form shown');
        await button(label('Softphone_SipSignIn'), form).click();

        await see(label('Softphone_Ready'));
        await form.waitFor({ state: 'detached', timeout: UI_TIMEOUT_MS });
        steps.mark('Ready');
        await expect(rig.kamailio.registeredUsers()).resolves.toContain(AGENT.user);
        steps.mark('in the location table');
        steps.print();
    });

    it('takes a call: rings with the number, answers, media both ways, DTMF, hold, resume, blind transfer', async () => {
        const steps = stepTimer('inbound call');
        const caller = await openPhone({
            user: CALLER,
            displayName: 'Ada Lovelace',
            withoutTelephoneEvent: true
        });
        const target = await openPhone({ user: TRANSFER_TARGET, autoAnswer: true });
        steps.mark('two phones registered');

        const callId = await caller.call(AGENT.user, ['X-Case-Number: 00001026']);
        const incoming = softphone.locator('c-softphone-incoming-call');
        await see(CALLER_DISPLAY, incoming);
        await caller.waitFor(
            '180 Ringing at the caller',
            (event) => event.type === 'progress' && event.status === 180
        );
        steps.mark('ringing on both ends');

        await button(label('Softphone_Answer'), incoming).click();
        const active = softphone.locator('c-softphone-active-call');
        await see(label('Softphone_CallConnected'), active);
        await caller.waitFor(
            'the caller connected',
            (event) => event.type === 'established' && event.callId === callId
        );
        steps.mark('answered, connected on both ends');

        // Media flows both ways, on the loopback interface, and the agent hears it through an <audio> element.
        const callerMedia = await poll(
            'audio at the caller',
            () => caller.media(),
            (media) => media.bytesReceived > 0
        );
        const agent = await poll('audio at the agent', agentMedia, (media) => media.bytesReceived > 0);
        // Each end was offered 127.0.0.1 candidates only, so the media stays on this machine. (ICE may still pair
        // them with a local socket on another of its addresses, so the pair's own addresses are not asserted.)
        expect(agent.remoteCandidates).toEqual(['127.0.0.1']);
        expect(callerMedia.remoteCandidates).toEqual(['127.0.0.1']);
        const audio = await panel?.evaluate(() => {
            const element = document.querySelector<HTMLAudioElement>('audio[data-softphone-remote-audio]');
            const stream = element?.srcObject as MediaStream | null | undefined;
            return {
                callId: element?.getAttribute('data-softphone-remote-audio'),
                tracks: stream?.getAudioTracks().length ?? 0
            };
        });
        expect(audio).toEqual({ callId, tracks: 1 });
        steps.mark('audio both ways');

        // DTMF: the caller negotiated no telephone-events, so the tones go as SIP INFO, in order.
        await button(label('Softphone_Keypad'), active).click();
        const keypad = active.locator('c-softphone-keypad');
        for (const key of ['1', '2', '#']) await button(key, keypad).click();
        const infos = await poll(
            'three DTMF tones at the caller',
            async () => (await caller.events()).filter((event) => event.type === 'info'),
            (list) => list.length >= 3
        );
        expect(infos.map((event) => (event.type === 'info' ? [event.contentType, event.body] : []))).toEqual([
            ['application/dtmf-relay', 'Signal=1\r\nDuration=100\r\n'],
            ['application/dtmf-relay', 'Signal=2\r\nDuration=100\r\n'],
            ['application/dtmf-relay', 'Signal=#\r\nDuration=100\r\n']
        ]);
        steps.mark('DTMF 12# at the caller');

        // Hold and resume: re-INVITEs the caller sees as sendonly, then sendrecv.
        await button(label('Softphone_Hold'), active).click();
        await see(label('Softphone_CallOnHold'), active);
        await caller.waitFor(
            'sendonly at the caller',
            (event) => event.type === 'reinvite' && event.direction === 'sendonly'
        );
        await button(label('Softphone_Resume'), active).click();
        await see(label('Softphone_CallConnected'), active);
        await caller.waitFor(
            'sendrecv at the caller',
            (event) => event.type === 'reinvite' && event.direction === 'sendrecv'
        );
        steps.mark('hold and resume');

        // Blind transfer: REFER to the caller, who calls the target; the agent's call ends into wrap-up.
        await button(label('Softphone_Transfer'), active).click();
        await active.getByLabel(label('Softphone_TransferTo')).fill(TRANSFER_TARGET);
        await button(label('Softphone_TransferCall'), active).click();
        await caller.waitFor(
            'the REFER at the caller',
            (event) => event.type === 'refer' && event.target.includes(TRANSFER_TARGET)
        );
        await target.waitFor(
            'the transferred call at the target',
            (event) => event.type === 'incoming' && event.from === CALLER
        );
        await target.waitFor('the target connected', (event) => event.type === 'established');
        await caller.waitFor('the agent leaving the caller', (event) => event.type === 'bye');
        steps.mark('blind transfer connected');
        await softphone.locator('c-softphone-wrap-up').waitFor({ timeout: UI_TIMEOUT_MS });
        await active.waitFor({ state: 'detached', timeout: UI_TIMEOUT_MS });
        await poll(
            'audio between caller and target',
            () => target.media(),
            (media) => media.bytesReceived > 0
        );
        steps.mark('wrap-up shown, caller and target talking');

        // The caller and the target hang up; the agent saves the wrap-up.
        await caller.hangUp();
        await target.waitFor('the end at the target', (event) => event.type === 'bye');
        steps.mark('hung up');
        await saveWrapUp();
        const tasks = await waitForTasks(agentPage as Page);
        expect(tasks.map((task) => task.fields.CallObject)).toContain(callId);
        steps.mark('wrap-up saved, call logged');
        steps.print();
    });

    it('places a call from the dial pad that rings a phone, connects, and ends when the callee hangs up', async () => {
        const steps = stepTimer('outbound call');
        const callee = await openPhone({ user: CALLEE });
        steps.mark('callee registered');
        const dialPad = softphone.locator('c-softphone-dial-pad');
        await dialPad.getByLabel(label('Softphone_NumberToDial')).fill('415 555 0199');
        await button(label('Softphone_Call'), dialPad).click();

        const incoming = await callee.waitFor('the call at the callee', (event) => event.type === 'incoming');
        expect(incoming).toMatchObject({ from: AGENT.user });
        const active = softphone.locator('c-softphone-active-call');
        await see(label('Softphone_CallProgressRinging'), active);
        steps.mark('ringing on both ends');

        await callee.answer();
        await see(label('Softphone_CallConnected'), active);
        await callee.waitFor('the callee connected', (event) => event.type === 'established');
        steps.mark('connected on both ends');
        await poll(
            'audio at the callee',
            () => callee.media(),
            (media) => media.bytesReceived > 0
        );
        await poll('audio at the agent', agentMedia, (media) => media.bytesReceived > 0);
        steps.mark('audio both ways');

        await callee.hangUp();
        await callee.waitFor('the callee done', (event) => event.type === 'terminated');
        await softphone.locator('c-softphone-wrap-up').waitFor({ timeout: UI_TIMEOUT_MS });
        await active.waitFor({ state: 'detached', timeout: UI_TIMEOUT_MS });
        steps.mark('hung up by the callee, wrap-up shown');
        await saveWrapUp();
        steps.print();
    });

    it.each([
        // SIP user parts carry these escaped (SIP.js cannot send a % itself); the softphone reads the user part
        // SIP.js parsed from the From header.
        [
            "letters and an SOQL operator after Ada's last seven digits",
            '5550123%20OR%20Name%20LIKE%20%27A%27'
        ],
        ['one digit between script punctuation', '%7D)%3B%20alert(1)%3B%20(%7B'],
        ['an SQL statement', '%27%3B%20DELETE%20FROM%20Task%3B%20--'],
        ['too few digits (a PBX extension)', '1002']
    ])('does not search, pop or relate a caller id that is no phone number: %s', async (_name, user) => {
        const page = agentPage as Page;
        const before = (await waitForTasks(page, 0)).length;
        const searchesBefore = await openCtiCalls(page, 'searchAndScreenPop');
        const caller = await openPhone({ user });
        const callId = await caller.call(AGENT.user);
        const incoming = softphone.locator('c-softphone-incoming-call');
        await see(label('Softphone_UnknownCaller'), incoming);
        await button(label('Softphone_Answer'), incoming).click();
        await caller.waitFor('the caller connected', (event) => event.type === 'established');
        await caller.hangUp();
        await saveWrapUp();

        const tasks = await waitForTasks(page, before + 1);
        const task = tasks.find((candidate) => candidate.fields.CallObject === callId);
        expect(task?.fields).toMatchObject({ CallType: 'Inbound' });
        expect(task?.fields.WhoId ?? null).toBeNull();
        expect(task?.fields.WhatId ?? null).toBeNull();
        expect(await openCtiCalls(page, 'searchAndScreenPop')).toBe(searchesBefore);
        await expect(page.locator('[data-new-record-modal]').count()).resolves.toBe(0);
    });

    it("keeps a caller id's extension on the card and in the Task, and relates the call to the main number's record", async () => {
        const page = agentPage as Page;
        const before = (await waitForTasks(page, 0)).length;
        const caller = await openPhone({ user: '+14155550123;ext=99' });
        const callId = await caller.call(AGENT.user);
        const incoming = softphone.locator('c-softphone-incoming-call');
        await see('(415) 555-0123 ext. 99', incoming);
        await see('Ada Lovelace', incoming);
        await button(label('Softphone_Answer'), incoming).click();
        await caller.waitFor('the caller connected', (event) => event.type === 'established');
        await caller.hangUp();
        await saveWrapUp();
        const tasks = await waitForTasks(page, before + 1);
        const ada = await page.evaluate(
            () =>
                (window as ConsoleWindow).softphoneConsole?.org
                    .records('Contact')
                    .find((record) => record.fields.Name === 'Ada Lovelace')?.Id
        );
        expect(tasks.find((task) => task.fields.CallObject === callId)?.fields).toMatchObject({
            Subject: 'Inbound call from (415) 555-0123 ext. 99',
            WhoId: ada
        });
    });

    it('shows and logs a missed call when the caller hangs up while it rings', async () => {
        const steps = stepTimer('missed call');
        const caller = await openPhone({ user: '+14155550124' });
        const before = (await waitForTasks(agentPage as Page, 0)).length;
        const callId = await caller.call(AGENT.user);
        const incoming = softphone.locator('c-softphone-incoming-call');
        await see('(415) 555-0124', incoming);
        await caller.waitFor(
            '180 Ringing at the caller',
            (event) => event.type === 'progress' && event.status === 180
        );

        steps.mark('ringing on both ends');
        await caller.hangUp();
        await caller.waitFor('the CANCEL done', (event) => event.type === 'terminated');
        await incoming.waitFor({ state: 'hidden', timeout: UI_TIMEOUT_MS });
        const recent = softphone.locator('c-softphone-recent-calls li').first();
        await see(label('Softphone_OutcomeMissed'), recent);
        await see('(415) 555-0124', recent);
        steps.mark('missed call in the recent calls');

        const tasks = await waitForTasks(agentPage as Page, before + 1);
        expect(tasks.find((task) => task.fields.CallObject === callId)?.fields).toMatchObject({
            Subject: 'Missed call from (415) 555-0124',
            CallType: 'Inbound',
            CallDisposition: 'Missed'
        });
        steps.mark('logged as a Task');
        steps.print();
    });

    it('keeps the call through a Kamailio crash, says so, registers again once it is back, and ends the call the PBX lost', async () => {
        const pbx = rig?.kamailio;
        if (!pbx) throw new Error('not started');
        const steps = stepTimer('Kamailio outage');
        const caller = await openPhone({ user: '+14155550125' });
        const callId = await caller.call(AGENT.user);
        const incoming = softphone.locator('c-softphone-incoming-call');
        await see('(415) 555-0125', incoming);
        await button(label('Softphone_Answer'), incoming).click();
        const active = softphone.locator('c-softphone-active-call');
        await see(label('Softphone_CallConnected'), active);
        await caller.waitFor('the caller connected', (event) => event.type === 'established');

        steps.mark('call connected');
        await pbx.crash();
        steps.mark('Kamailio killed (SIGKILL)');
        // The agent sees the outage in words; the call (its media does not go through Kamailio) is kept meanwhile.
        await see(label('Softphone_RegistrationFailed'));
        await softphone
            .getByText(/The connection to the phone system was lost|Cannot connect to the phone system/)
            .first()
            .waitFor({ timeout: UI_TIMEOUT_MS });
        await see(label('Softphone_NoticeCallRecovering'));
        await see(label('Softphone_CallConnected'), active);
        steps.mark('outage shown, call kept while reconnecting');

        await pbx.restart();
        steps.mark('Kamailio started again');
        await see(label('Softphone_Ready'));
        steps.mark('Ready again');
        await poll(
            'the agent in the location table',
            () => pbx.registeredUsers(),
            (users) => users.includes(AGENT.user)
        );
        // The restarted Kamailio cannot reach the caller (whose own connection died with it): the softphone's
        // re-INVITE is refused, and the call ends into its wrap-up.
        await softphone.locator('c-softphone-wrap-up').waitFor({ timeout: UI_TIMEOUT_MS });
        await active.waitFor({ state: 'detached', timeout: UI_TIMEOUT_MS });
        steps.mark('call the PBX lost ended into wrap-up');

        // The call's log is still written.
        await saveWrapUp();
        const tasks = await waitForTasks(agentPage as Page);
        expect(tasks.map((task) => task.fields.CallObject)).toContain(callId);
        steps.mark('wrap-up saved, call logged');
        steps.print();
        expect(agentProblems).toEqual([]);
    });
});
