import type { Browser, BrowserContext } from 'playwright-core';
import { CHROMIUM_MEDIA_ARGS, closeWithin, launchChromium } from '../../harness/chromium';
import { startKamailio } from '../../harness/kamailio/kamailio-process';
import type { KamailioProcess } from '../../harness/kamailio/kamailio-process';
import { watchProblems } from '../../harness/page-problems';
import { startPhoneServer } from '../../harness/phone-page/phone-server';
import type { PhoneServer } from '../../harness/phone-page/phone-server';
import {
    RECORD_PEER_CONNECTIONS,
    audioCounters,
    openVoiceConsole,
    openVoicePhone,
    pollUntil
} from '../../harness/voice-console';
import type { VoiceConsole, VoicePhone } from '../../harness/voice-console';
import type { SimVoiceCall } from '../../sim/voice/telephony-integration-endpoint';
import { VOICE_EVENT } from '../../sim/voice/salesforce-voice-host';
import { startVoiceSimulator } from '../../sim/voice/voice-simulator';
import type { VoiceSimulator } from '../../sim/voice/voice-simulator';
import path from 'node:path';
import { readCustomLabels } from '../../sim/labels/custom-labels';
import { startingService, startTogether } from '../../harness/started-services';

/**
 * Salesforce Voice end to end: the simulated console of `npm start -- --voice` frames the real
 * SoftphoneVoiceConnector page (the committed static resource with the real scv-connector-base) and speaks the
 * base library's protocol to it over a MessagePort; calls go through a Kamailio on loopback to SIP.js phone
 * pages; VoiceCalls are created and ended through the simulator's VoiceCallService, whose RS256 tokens the fake
 * Telephony Integration API verifies. Each scenario asserts what Salesforce heard, what the other party got and
 * the VoiceCall record.
 */

const ROOT = path.resolve(__dirname, '..', '..');
const DOMAIN = 'softphone.test';
const AGENT = { user: '1001', password: 'kept in memory only' };
const CALLER = '+14155550123';
const TRANSFER_TARGET = '+14155550188';
const CALLEE = '+14155550199';
const LABELS = readCustomLabels(path.join(ROOT, 'force-app-voice/main/default/labels'));

describe('Salesforce Voice connector over Kamailio in Chromium', () => {
    let kamailio: KamailioProcess | undefined;
    let phones: PhoneServer | undefined;
    let simulator: VoiceSimulator | undefined;
    let browser: Browser | undefined;
    let context: BrowserContext | undefined;
    let omni: VoiceConsole;
    let problems: string[] = [];
    const openPhones: VoicePhone[] = [];

    beforeAll(async () => {
        kamailio = await startKamailio();
        [phones, simulator] = await startTogether(
            startingService(startPhoneServer()),
            startingService(
                startVoiceSimulator({ root: ROOT, pbxWebSocketUrl: kamailio.url, sipDomain: DOMAIN })
            )
        );
        browser = await launchChromium([...CHROMIUM_MEDIA_ARGS, ...simulator.chromiumArgs]);
    }, 60_000);

    afterAll(async () => {
        await closeWithin(browser, 5000);
        await Promise.all([simulator?.stop(), phones?.stop(), kamailio?.stop()]);
    }, 30_000);

    afterEach(async () => {
        // A scenario that failed half-way leaves no call behind for the next one.
        for (const phone of openPhones.splice(0)) {
            await phone.hangUp().catch(() => undefined);
            await phone.page.close();
        }
    });

    async function phone(user: string, autoAnswer = false): Promise<VoicePhone> {
        if (!browser || !phones || !kamailio) throw new Error('not started');
        const opened = await openVoicePhone(browser, phones.url, {
            server: kamailio.url,
            domain: DOMAIN,
            user,
            withoutTelephoneEvent: true,
            autoAnswer
        });
        await opened.waitFor('registered', (event) => event.type === 'registered');
        await omni.page.bringToFront();
        openPhones.push(opened);
        return opened;
    }

    function voiceCall(vendorCallKey: string): SimVoiceCall | undefined {
        return simulator?.endpoint.voiceCalls().find((call) => call.vendorCallKey === vendorCallKey);
    }

    async function endedVoiceCall(vendorCallKey: string): Promise<SimVoiceCall> {
        return (await pollUntil(
            `the VoiceCall of ${vendorCallKey} ended`,
            () => Promise.resolve(voiceCall(vendorCallKey)),
            (call) => call?.endTime !== undefined
        )) as SimVoiceCall;
    }

    /** Rings the agent from `caller` and waits for CALL_STARTED; returns the SIP call id. */
    async function ring(caller: VoicePhone): Promise<string> {
        const before = (await omni.events()).length;
        const callId = await caller.call(AGENT.user);
        const started = await omni.waitForEvent(
            VOICE_EVENT.CALL_STARTED,
            (call) => call['callId'] === callId,
            before
        );
        expect(started.payload).toMatchObject({ callType: 'Inbound', phoneNumber: CALLER, state: 'ringing' });
        return callId;
    }

    it('signs the agent in from the connector frame; Online registers them with the PBX', async () => {
        if (!browser || !simulator || !kamailio) throw new Error('not started');
        context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
        await context.addInitScript(RECORD_PEER_CONNECTIONS);
        omni = await openVoiceConsole(context, simulator.consoleUrl);
        problems = watchProblems(omni.page);

        const login = await omni.waitForEvent(VOICE_EVENT.SHOW_LOGIN);
        expect(login.payload).toMatchObject({ loginFrameHeight: expect.any(Number) });
        await omni.signIn(AGENT.user, AGENT.password);
        await omni.waitForEvent(VOICE_EVENT.LOGIN_RESULT, (result) => result['success'] === true);
        const ready = await omni.waitForEvent(VOICE_EVENT.CONNECTOR_READY);
        expect(ready.payload).toMatchObject({
            capabilities: { MUTE: true, BLIND_TRANSFER: true, MERGE: false }
        });

        await omni.setStatus('Online');
        await omni.waitForEvent(VOICE_EVENT.SET_AGENT_STATUS_RESULT, (result) => result['success'] === true);
        await expect(kamailio.registeredUsers()).resolves.toContain(AGENT.user);
    });

    it('takes a call: VoiceCall first, CALL_STARTED, accept, audio both ways, mute, hold, DTMF, blind transfer, HANGUP', async () => {
        const caller = await phone(CALLER);
        const target = await phone(TRANSFER_TARGET, true);
        const callId = await ring(caller);
        const created = voiceCall(callId);
        expect(created).toMatchObject({
            createdBy: 'create',
            from: CALLER,
            to: AGENT.user,
            initiationMethod: 'Inbound'
        });
        const [widgetCall] = await omni.calls();
        expect(widgetCall?.voiceCallId).toBe(created?.voiceCallId);

        await omni.click('accept');
        await omni.waitForEvent(VOICE_EVENT.CALL_CONNECTED, (call) => call['callId'] === callId);
        await caller.waitFor('the caller connected', (event) => event.type === 'established');
        await pollUntil(
            'audio at the caller',
            async () =>
                (await caller.page.evaluate(() =>
                    (
                        window as Window & { phone?: { media(): Promise<{ bytesReceived: number }> } }
                    ).phone?.media()
                )) ?? { bytesReceived: 0 },
            (media) => media.bytesReceived > 0
        );
        const connector = await omni.connector();
        await pollUntil(
            'audio at the agent',
            () => audioCounters(connector),
            (media) => media.bytesReceived > 0 && media.bytesSent > 0
        );

        await omni.click('mute');
        expect((await omni.waitForEvent(VOICE_EVENT.MUTE_TOGGLE)).payload).toEqual({ isMuted: true });
        await omni.click('mute');
        await omni.waitForEvent(VOICE_EVENT.MUTE_TOGGLE, (toggle) => toggle['isMuted'] === false);

        await omni.click('hold');
        await omni.waitForEvent(VOICE_EVENT.HOLD_TOGGLE, (toggle) => toggle['isCustomerOnHold'] === true);
        await caller.waitFor(
            'sendonly at the caller',
            (event) => event.type === 'reinvite' && event.direction === 'sendonly'
        );
        await omni.click('hold');
        await omni.waitForEvent(VOICE_EVENT.HOLD_TOGGLE, (toggle) => toggle['isCustomerOnHold'] === false);
        await caller.waitFor(
            'sendrecv at the caller',
            (event) => event.type === 'reinvite' && event.direction === 'sendrecv'
        );

        await omni.fill('digits', '12#');
        await omni.click('send-digits');
        const infos = await pollUntil(
            'three DTMF tones at the caller',
            async () => (await caller.events()).filter((event) => event.type === 'info'),
            (list) => list.length >= 3
        );
        expect(infos.map((event) => (event.type === 'info' ? event.body.split('\r\n')[0] : ''))).toEqual([
            'Signal=1',
            'Signal=2',
            'Signal=#'
        ]);

        await omni.fill('transfer-to', TRANSFER_TARGET);
        await omni.click('transfer');
        await omni.waitForEvent(
            VOICE_EVENT.PARTICIPANT_ADDED,
            (added) => added['initialCallHasEnded'] === true
        );
        await caller.waitFor(
            'the REFER at the caller',
            (event) => event.type === 'refer' && event.target.includes(TRANSFER_TARGET)
        );
        await target.waitFor('the transferred call at the target', (event) => event.type === 'established');
        await omni.waitForEvent(VOICE_EVENT.HANGUP, (hangup) => JSON.stringify(hangup).includes(callId));

        const ended = await endedVoiceCall(callId);
        expect(ended.voiceCallId).toBe(created?.voiceCallId);
        expect(ended.acceptTime).toBeDefined();
        expect(ended.durationSeconds).toBeGreaterThanOrEqual(1);
        expect(ended.totalHoldDuration).toBeGreaterThanOrEqual(0);
        expect(await omni.calls()).toEqual([]);
        await caller.hangUp().catch(() => undefined);
    });

    it('dials out from the widget: CALL_STARTED, CALL_CONNECTED when answered, HANGUP, the VoiceCall ended', async () => {
        const callee = await phone(CALLEE);
        const before = (await omni.events()).length;
        await omni.fill('dial-number', CALLEE);
        await omni.click('dial');
        const started = await omni.waitForEvent(
            VOICE_EVENT.CALL_STARTED,
            (call) => call['callType'] === 'Outbound',
            before
        );
        const callId = String((started.payload as Record<string, unknown>)['callId']);
        await callee.waitFor('the call at the callee', (event) => event.type === 'incoming');
        await callee.answer();
        await omni.waitForEvent(VOICE_EVENT.CALL_CONNECTED, (call) => call['callId'] === callId, before);
        await omni.click('end');
        await omni.waitForEvent(
            VOICE_EVENT.HANGUP,
            (hangup) => JSON.stringify(hangup).includes(callId),
            before
        );
        await callee.waitFor(
            'the BYE at the callee',
            (event) => event.type === 'bye' || event.type === 'terminated'
        );
        const ended = await endedVoiceCall(callId);
        expect(ended).toMatchObject({ initiationMethod: 'Outbound', createdBy: 'update', to: CALLEE });
    });

    it('when the caller hangs up while it rings, Salesforce hears HANGUP and the VoiceCall ends unanswered', async () => {
        const caller = await phone(CALLER);
        const callId = await ring(caller);
        const before = (await omni.events()).length;
        await caller.hangUp();
        await omni.waitForEvent(
            VOICE_EVENT.HANGUP,
            (hangup) => JSON.stringify(hangup).includes(callId),
            before
        );
        const ended = await endedVoiceCall(callId);
        expect(ended.acceptTime).toBeUndefined();
        expect(ended.createdBy).toBe('create');
        expect(await omni.calls()).toEqual([]);
    });

    it('when the Telephony Integration API fails, the agent is told, the call goes on, and the update is sent once it is back', async () => {
        if (!simulator) throw new Error('not started');
        const caller = await phone(CALLER);
        const callId = await ring(caller);
        await omni.click('accept');
        await omni.waitForEvent(VOICE_EVENT.CALL_CONNECTED, (call) => call['callId'] === callId);
        simulator.endpoint.failing = true;
        const before = (await omni.events()).length;
        await caller.hangUp();
        await omni.waitForEvent(
            VOICE_EVENT.HANGUP,
            (hangup) => JSON.stringify(hangup).includes(callId),
            before
        );
        const error = await omni.waitForEvent(VOICE_EVENT.ERROR, () => true, before);
        expect(error.payload).toMatchObject({
            customError: { labelName: 'SoftphoneVoice_VoiceCallUpdatePending' }
        });
        await expect(omni.errorText()).resolves.toBe(LABELS.get('SoftphoneVoice_VoiceCallUpdatePending'));
        expect(voiceCall(callId)?.endTime).toBeUndefined();
        simulator.endpoint.failing = false;
        const ended = await endedVoiceCall(callId);
        expect(ended.acceptTime).toBeDefined();
        expect(ended.updates).toBe(1);
    });

    it('after a reload during a call, the connector reports the lost call ended and the VoiceCall is ended', async () => {
        const caller = await phone(CALLER);
        const callId = await ring(caller);
        await omni.click('accept');
        await omni.waitForEvent(VOICE_EVENT.CALL_CONNECTED, (call) => call['callId'] === callId);
        const before = (await omni.events()).length;
        const connector = await omni.connector();
        await connector.evaluate(() => window.location.reload());
        await omni.waitForEvent(VOICE_EVENT.SHOW_LOGIN, () => true, before);
        await omni.signIn(AGENT.user, AGENT.password);
        await omni.waitForEvent(
            VOICE_EVENT.CONNECTOR_READY,
            (ready) => ready['callInProgress'] === null,
            before
        );
        const hangup = await omni.waitForEvent(
            VOICE_EVENT.HANGUP,
            (payload) => JSON.stringify(payload).includes(callId),
            before
        );
        expect(JSON.stringify(hangup.payload)).toContain('"reason":"error"');
        const ended = await endedVoiceCall(callId);
        expect(ended.acceptTime).toBeDefined();
        await caller.hangUp().catch(() => undefined);
        expect(
            problems.filter((problem) => !/SCV dispatched|VoiceCall|ended with the page/.test(problem))
        ).toEqual([]);
    });
});
