import { Constants } from '@salesforce/scv-connector-base';
import { SALESFORCE_MESSAGE, VOICE_EVENT } from '../../../sim/voice/salesforce-voice-host';
import type { VoiceHostEvent } from '../../../sim/voice/salesforce-voice-host';
import { ScriptedProvider } from '../../test-support/scripted-provider';
import { FakeStorage } from '../log/test-support/fake-storage';
import { VOICE_ERROR_LABELS } from './base-library-names';
import { ConnectorRig, SignInProvider, connectorConfig, eventually } from './test-support/connector-rig';
import { VoiceCallUpdateStore, VOICE_CALL_UPDATES_KEY } from './voice-call-update-store';

const CALLER = { callId: 'sip-call-1', from: 'sip:+14155550100@pbx.example.com', headers: {} };

type Payload = Record<string, unknown>;
const payloadOf = (event: VoiceHostEvent): Payload => event.payload as Payload;
const callOf = (event: VoiceHostEvent): Payload => payloadOf(event) as Payload;

let rig: ConnectorRig | undefined;

beforeEach(() => {
    // The base library reports every error and info on the console; the tests read them from the port.
    jest.spyOn(console, 'error').mockImplementation(() => undefined);
    jest.spyOn(console, 'info').mockImplementation(() => undefined);
});

afterEach(async () => {
    jest.restoreAllMocks();
    await rig?.close();
    rig = undefined;
});

/** A connector set up from a Salesforce origin, ready, and Online. */
async function onlineRig(
    provider = new ScriptedProvider(),
    options: ConstructorParameters<typeof ConnectorRig>[1] = {}
) {
    rig = new ConnectorRig(provider, options);
    const host = rig.setUp();
    await host.waitFor(VOICE_EVENT.CONNECTOR_READY);
    host.send(SALESFORCE_MESSAGE.SET_AGENT_STATUS, { agentStatus: Constants.AGENT_STATUS.ONLINE });
    await host.waitFor(VOICE_EVENT.SET_AGENT_STATUS_RESULT);
    return { rig, host, provider };
}

/** Rings the agent and waits for Salesforce to hear CALL_STARTED. */
function requireHost(current: ConnectorRig) {
    if (!current.host) throw new Error('The connector was not set up.');
    return current.host;
}

/** The n-th item, failing the test when there is none. */
function nth<T>(items: readonly T[], index: number): T {
    const item = items[index];
    if (item === undefined) throw new Error(`Expected an item at ${index}; there are ${items.length}.`);
    return item;
}

async function ring(current: ConnectorRig, provider: ScriptedProvider) {
    provider.raw('onIncomingCall', CALLER);
    const started = await requireHost(current).waitFor(VOICE_EVENT.CALL_STARTED);
    return callOf(started);
}

describe('SoftphoneVoiceConnector, driven through the real scv-connector-base 3.6.2', () => {
    it('answers SETUP_CONNECTOR from a Salesforce origin with CONNECTOR_READY and its capabilities', async () => {
        rig = new ConnectorRig(new ScriptedProvider());
        const host = rig.setUp();
        const ready = payloadOf(await host.waitFor(VOICE_EVENT.CONNECTOR_READY));
        expect(ready['capabilities']).toMatchObject({
            MUTE: true,
            MERGE: false,
            SWAP: true,
            BLIND_TRANSFER: true,
            RECORD: false
        });
        expect(ready['agentConfig']).toMatchObject({ PHONES: [Constants.PHONE_TYPE.SOFT_PHONE] });
        expect(ready['callInProgress']).toBeNull();
    });

    it('ignores SETUP_CONNECTOR from a page that is not Salesforce', async () => {
        rig = new ConnectorRig(new ScriptedProvider());
        const host = rig.setUp(connectorConfig(), 'https://evil.example.com');
        await expect(host.waitFor(VOICE_EVENT.CONNECTOR_READY, undefined, 200)).rejects.toThrow(
            /No CONNECTOR_READY/
        );
    });

    it('asks for the sign-in frame when the phone system needs credentials, and is ready once the agent signed in', async () => {
        const provider = new SignInProvider();
        const frame = { shown: [] as (string | undefined)[], hidden: 0 };
        rig = new ConnectorRig(provider, {
            signInFrame: { show: (problem) => frame.shown.push(problem), hide: () => (frame.hidden += 1) }
        });
        const host = rig.setUp(connectorConfig({ '/softphoneSettings/telephonyMode': 'demo' }));
        const login = payloadOf(await host.waitFor(VOICE_EVENT.SHOW_LOGIN));
        expect(login['loginFrameHeight']).toBeGreaterThan(0);
        expect(host.eventsOf(VOICE_EVENT.CONNECTOR_READY)).toHaveLength(0);

        await expect(rig.connector.signIn('1001', 'wrong')).resolves.toBe(false);
        expect(frame.shown.at(-1)).toMatch(/refused/);
        expect(payloadOf(await host.waitFor(VOICE_EVENT.ERROR))).toEqual({ message: 'CAN_NOT_LOG_IN' });

        await expect(rig.connector.signIn('1001', 'secret')).resolves.toBe(true);
        expect(payloadOf(await host.waitFor(VOICE_EVENT.LOGIN_RESULT))).toEqual({ success: true });
        await host.waitFor(VOICE_EVENT.CONNECTOR_READY);
        expect(frame.hidden).toBe(1);
        expect(provider.commands).toEqual(['sign-in 1001', 'sign-in 1001', 'register']);
        expect(rig.logs.join('\n')).not.toContain('secret');
    });

    it('registers for Online, un-registers for Offline, and refuses a status it does not know', async () => {
        const { host, provider } = await onlineRig();
        expect(provider.commands).toEqual(['register']);
        expect(payloadOf(nth(host.eventsOf(VOICE_EVENT.SET_AGENT_STATUS_RESULT), 0))).toEqual({
            success: true
        });

        host.send(SALESFORCE_MESSAGE.GET_AGENT_STATUS);
        expect(payloadOf(await host.waitFor(VOICE_EVENT.GET_AGENT_STATUS_RESULT))).toMatchObject({
            statusId: 'Online',
            statusType: Constants.AGENT_AVAILABILITY.AVAILABLE
        });

        host.send(SALESFORCE_MESSAGE.SET_AGENT_STATUS, { agentStatus: Constants.AGENT_STATUS.OFFLINE });
        await eventually(() => provider.commands.includes('unregister'));

        host.send(SALESFORCE_MESSAGE.SET_AGENT_STATUS, {
            agentStatus: 'Lunch',
            statusInfo: { statusId: 'x' }
        });
        await host.waitFor(
            VOICE_EVENT.SET_AGENT_STATUS_RESULT,
            (event) => payloadOf(event)['success'] === false
        );
        expect(payloadOf(await host.waitFor(VOICE_EVENT.ERROR))).toEqual({ message: 'INVALID_AGENT_STATUS' });
    });

    it('creates the VoiceCall before CALL_STARTED, then accepts, mutes, holds, sends digits and ends the call', async () => {
        const { rig: current, host, provider } = await onlineRig();
        const call = await ring(current, provider);

        expect(current.records.created).toEqual([
            expect.objectContaining({
                vendorCallKey: 'sip-call-1',
                from: '+14155550100',
                initiationMethod: 'Inbound'
            })
        ]);
        expect(call).toMatchObject({
            callId: 'sip-call-1',
            callType: Constants.CALL_TYPE.INBOUND,
            state: Constants.CALL_STATE.RINGING,
            callAttributes: { voiceCallId: expect.stringMatching(/^0LQ/), participantType: 'Initial_Caller' }
        });

        host.send(SALESFORCE_MESSAGE.ACCEPT_CALL, { call });
        expect(callOf(await host.waitFor(VOICE_EVENT.CALL_CONNECTED))).toMatchObject({
            callId: 'sip-call-1',
            state: 'connected'
        });

        host.send(SALESFORCE_MESSAGE.MUTE, { call });
        expect(payloadOf(await host.waitFor(VOICE_EVENT.MUTE_TOGGLE))).toEqual({ isMuted: true });
        host.send(SALESFORCE_MESSAGE.HOLD, { call });
        expect(payloadOf(await host.waitFor(VOICE_EVENT.HOLD_TOGGLE))).toMatchObject({
            isCustomerOnHold: true
        });
        host.send(SALESFORCE_MESSAGE.RESUME, { call });
        await host.waitFor(
            VOICE_EVENT.HOLD_TOGGLE,
            (event) => payloadOf(event)['isCustomerOnHold'] === false
        );
        host.send(SALESFORCE_MESSAGE.SEND_DIGITS, { digits: '12#' });
        await eventually(() => provider.commands.includes('dtmf sip-call-1 12#'));

        // Salesforce sends a partial call to END_CALL (base issue #6): the engine's own record answers.
        host.send(SALESFORCE_MESSAGE.END_CALL, { call: { callId: 'sip-call-1' } });
        const hangup = await host.waitFor(VOICE_EVENT.HANGUP);
        expect(hangup.payload).toEqual([expect.objectContaining({ callId: 'sip-call-1', state: 'ended' })]);
        await eventually(() => current.records.updated.length === 1);
        const update = nth(current.records.updated, 0);
        expect(update).toMatchObject({
            vendorCallKey: 'sip-call-1',
            initiationMethod: 'Inbound',
            from: '+14155550100'
        });
        expect(update.voiceCallId).toBe((call['callAttributes'] as Payload)['voiceCallId']);
        expect(Date.parse(update.endTime)).toBeGreaterThanOrEqual(Date.parse(update.startTime));
        expect(update.acceptTime).toBeDefined();
        expect(provider.commands).toEqual([
            'register',
            'answer sip-call-1',
            'mute sip-call-1',
            'hold sip-call-1',
            'resume sip-call-1',
            'dtmf sip-call-1 12#',
            'hang-up sip-call-1'
        ]);
        expect(host.eventsOf(VOICE_EVENT.HANGUP)).toHaveLength(1);
    });

    it('tells Salesforce when the caller hangs up, once, and ends the VoiceCall', async () => {
        const { rig: current, host, provider } = await onlineRig();
        const call = await ring(current, provider);
        host.send(SALESFORCE_MESSAGE.ACCEPT_CALL, { call });
        await host.waitFor(VOICE_EVENT.CALL_CONNECTED);
        provider.raw('onEnded', 'sip-call-1', 'remote-hang-up');
        const hangup = await host.waitFor(VOICE_EVENT.HANGUP);
        expect(hangup.payload).toEqual([expect.objectContaining({ callId: 'sip-call-1', reason: 'ended' })]);
        await eventually(() => current.records.updated.length === 1);
        expect(host.eventsOf(VOICE_EVENT.HANGUP)).toHaveLength(1);
        host.send(SALESFORCE_MESSAGE.WRAP_UP_CALL, { call });
        await eventually(() => current.connector.getActiveCalls().then(() => true) !== undefined);
    });

    it('ends the VoiceCall of a call the caller gave up while it rang, unanswered', async () => {
        const { rig: current, host, provider } = await onlineRig();
        await ring(current, provider);
        provider.raw('onEnded', 'sip-call-1', 'caller-cancelled');
        await host.waitFor(VOICE_EVENT.HANGUP);
        await eventually(() => current.records.updated.length === 1);
        expect(nth(current.records.updated, 0).acceptTime).toBeUndefined();
    });

    it('refuses calls with busy while the agent is not Online: no VoiceCall, nothing offered', async () => {
        const current = new ConnectorRig(new ScriptedProvider());
        rig = current;
        const host = current.setUp();
        await host.waitFor(VOICE_EVENT.CONNECTOR_READY);
        current.provider.raw('onIncomingCall', CALLER);
        await eventually(() => current.provider.commands.includes('decline sip-call-1'));
        expect(current.records.created).toEqual([]);
        expect(host.eventsOf(VOICE_EVENT.CALL_STARTED)).toEqual([]);
    });

    it('when the VoiceCall cannot be created, the agent gets a clear error, the caller hears busy, and the call is recorded later', async () => {
        const { rig: current, host, provider } = await onlineRig();
        current.records.failCreates = 3;
        provider.raw('onIncomingCall', CALLER);
        const error = payloadOf(await host.waitFor(VOICE_EVENT.ERROR));
        expect(error['customError']).toMatchObject({
            labelName: VOICE_ERROR_LABELS.voiceCallNotCreated,
            namespace: 'c',
            message: expect.stringContaining('503')
        });
        await eventually(() => provider.commands.includes('decline sip-call-1'));
        expect(host.eventsOf(VOICE_EVENT.CALL_STARTED)).toEqual([]);
        // The update API creates a VoiceCall after the call, so the missed call is not lost.
        await eventually(() => current.records.updated.length === 1);
        expect(current.records.updated[0]).toMatchObject({ vendorCallKey: 'sip-call-1' });
        expect(nth(current.records.updated, 0).voiceCallId).toBeUndefined();
    });

    it('keeps a failed VoiceCall update in storage, says so once, and sends it when the service is back', async () => {
        const storage = new FakeStorage();
        const {
            rig: current,
            host,
            provider
        } = await onlineRig(new ScriptedProvider(), {
            updateStore: new VoiceCallUpdateStore(storage)
        });
        current.records.failUpdates = 2;
        const call = await ring(current, provider);
        expect(storage.getItem(VOICE_CALL_UPDATES_KEY)).toContain('sip-call-1');
        host.send(SALESFORCE_MESSAGE.ACCEPT_CALL, { call });
        await host.waitFor(VOICE_EVENT.CALL_CONNECTED);
        provider.raw('onEnded', 'sip-call-1', 'remote-hang-up');
        const error = payloadOf(await host.waitFor(VOICE_EVENT.ERROR));
        expect(error['customError']).toMatchObject({ labelName: VOICE_ERROR_LABELS.voiceCallUpdatePending });
        expect(storage.getItem(VOICE_CALL_UPDATES_KEY)).toContain('sip-call-1');
        await eventually(() => current.records.updated.length === 1);
        await eventually(() => storage.getItem(VOICE_CALL_UPDATES_KEY) === null);
        expect(host.eventsOf(VOICE_EVENT.ERROR)).toHaveLength(1);
    });

    it('dials out: CALL_STARTED from the base library, CALL_CONNECTED when the other party answers', async () => {
        const { rig: current, host, provider } = await onlineRig();
        host.send(SALESFORCE_MESSAGE.DIAL, { contact: { phoneNumber: '+1 (415) 555-0199' } });
        const started = callOf(await host.waitFor(VOICE_EVENT.CALL_STARTED));
        expect(started).toMatchObject({ callId: 'out-1', callType: 'Outbound', phoneNumber: '+14155550199' });
        expect(current.records.created).toEqual([]);
        provider.raw('onConnected', 'out-1');
        expect(callOf(await host.waitFor(VOICE_EVENT.CALL_CONNECTED))).toMatchObject({ callId: 'out-1' });
        provider.raw('onEnded', 'out-1', 'remote-hang-up');
        await host.waitFor(VOICE_EVENT.HANGUP);
        await eventually(() => current.records.updated.length === 1);
        expect(current.records.updated[0]).toMatchObject({
            vendorCallKey: 'out-1',
            initiationMethod: 'Outbound',
            to: '+14155550199'
        });
    });

    it('refuses a number it cannot dial with INVALID_DESTINATION', async () => {
        const { host, provider } = await onlineRig();
        host.send(SALESFORCE_MESSAGE.DIAL, { contact: { phoneNumber: 'call me' } });
        await host.waitFor(VOICE_EVENT.CALL_FAILED);
        expect(payloadOf(await host.waitFor(VOICE_EVENT.ERROR))).toEqual({ message: 'INVALID_DESTINATION' });
        expect(provider.commands).toEqual(['register']);
    });

    it('transfers blind with REFER: PARTICIPANT_ADDED and one HANGUP', async () => {
        const { rig: current, host, provider } = await onlineRig();
        const call = await ring(current, provider);
        host.send(SALESFORCE_MESSAGE.ACCEPT_CALL, { call });
        await host.waitFor(VOICE_EVENT.CALL_CONNECTED);
        host.send(SALESFORCE_MESSAGE.ADD_PARTICIPANT, {
            contact: { phoneNumber: '1003' },
            call,
            isBlindTransfer: true
        });
        expect(payloadOf(await host.waitFor(VOICE_EVENT.PARTICIPANT_ADDED))).toMatchObject({
            initialCallHasEnded: true,
            phoneNumber: '1003'
        });
        await host.waitFor(VOICE_EVENT.HANGUP);
        expect(provider.commands).toContain('transfer sip-call-1 1003');
        await eventually(() => current.records.updated.length === 1);
        expect(host.eventsOf(VOICE_EVENT.HANGUP)).toHaveLength(1);
    });

    it('consults on a second leg: the call is held, PARTICIPANT_CONNECTED when the third party answers', async () => {
        const { rig: current, host, provider } = await onlineRig();
        const call = await ring(current, provider);
        host.send(SALESFORCE_MESSAGE.ACCEPT_CALL, { call });
        await host.waitFor(VOICE_EVENT.CALL_CONNECTED);
        host.send(SALESFORCE_MESSAGE.ADD_PARTICIPANT, {
            contact: { phoneNumber: '1003' },
            call,
            isBlindTransfer: false
        });
        expect(payloadOf(await host.waitFor(VOICE_EVENT.PARTICIPANT_ADDED))).toMatchObject({
            initialCallHasEnded: false,
            callId: 'out-1'
        });
        expect(provider.commands).toEqual(['register', 'answer sip-call-1', 'hold sip-call-1', 'dial 1003']);
        provider.raw('onConnected', 'out-1');
        expect(payloadOf(await host.waitFor(VOICE_EVENT.PARTICIPANT_CONNECTED))).toMatchObject({
            callId: 'out-1'
        });
        const active = await current.connector.getActiveCalls();
        expect(active.activeCalls.map((active) => active.callType)).toEqual(['Inbound', 'AddParticipant']);
    });

    it('after a reload, reports the call the page carried as ended and sends its stored VoiceCall update', async () => {
        const storage = new FakeStorage();
        const first = await onlineRig(new ScriptedProvider(), {
            updateStore: new VoiceCallUpdateStore(storage)
        });
        const call = await ring(first.rig, first.provider);
        first.host.send(SALESFORCE_MESSAGE.ACCEPT_CALL, { call });
        await first.host.waitFor(VOICE_EVENT.CALL_CONNECTED);
        await first.rig.close();

        const second = new ConnectorRig(new ScriptedProvider(), {
            updateStore: new VoiceCallUpdateStore(storage)
        });
        rig = second;
        const host = second.setUp();
        const ready = payloadOf(await host.waitFor(VOICE_EVENT.CONNECTOR_READY));
        expect(ready['callInProgress']).toBeNull();
        const hangup = await host.waitFor(VOICE_EVENT.HANGUP);
        expect(hangup.payload).toEqual([expect.objectContaining({ callId: 'sip-call-1', reason: 'error' })]);
        await eventually(() => rig?.records.updated.length === 1);
        expect(rig.records.updated[0]).toMatchObject({
            vendorCallKey: 'sip-call-1',
            acceptTime: expect.any(String)
        });
    });

    it('answers the 4.x shape: getTelephonyConnector, getVoiceCapabilities, mute with the call', async () => {
        const { rig: current, provider } = await onlineRig();
        const telephony = await current.connector.getTelephonyConnector();
        expect(typeof telephony.acceptCall).toBe('function');
        await expect(current.connector.getVoiceCapabilities()).resolves.toMatchObject({
            hasMute: true,
            hasBlindTransfer: true,
            hasMerge: false
        });
        await expect(current.connector.getSharedCapabilities()).resolves.toMatchObject({
            hasContactSearch: false
        });
        const call = await ring(current, provider);
        await telephony.acceptCall(call as never);
        await expect(telephony.mute({ callId: 'sip-call-1' } as never)).resolves.toMatchObject({
            isMuted: true
        });
        await expect(telephony.unmute()).resolves.toMatchObject({ isMuted: false });
    });
});
