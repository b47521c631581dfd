import { createSoftphoneEngineRig } from '../../test-support/softphone-engine-rig';
import type { EngineSnapshot, UiCommand } from '../bridge';
import { microphoneError } from '../telephony/sip/microphone';
import { AGENT, createSipRig } from '../telephony/sip/test-support/sip-rig';
import type { SipRig } from '../telephony/sip/test-support/sip-rig';
import { TEST_DOMAIN, TEST_PBX_URL } from '../telephony/sip/test-support/in-memory-sip-network';
import { waitFor } from '../telephony/sip/test-support/wait-for';

const SETTINGS = {
    '/reqGeneralInfo/reqDisplayName': 'Softphone for Salesforce',
    '/softphoneSettings/telephonyMode': 'sip',
    '/softphoneSettings/pbxWebSocketUrl': TEST_PBX_URL,
    '/softphoneSettings/sipDomain': TEST_DOMAIN,
    '/softphoneSettings/defaultCountry': 'US',
    '/softphoneSettings/wrapUpSeconds': '0'
};

/** The softphone engine over the SIP provider on an in-memory PBX, and a fake Open CTI console. */
async function startEngine(rig: SipRig) {
    const log = { info: jest.fn(), warn: jest.fn() };
    const { engine } = createSoftphoneEngineRig({
        settings: SETTINGS,
        clock: rig.clock,
        hostTimers: 'real',
        log,
        createProvider: () => rig.provider,
        loadAgentStatus: () => 'available'
    });
    await engine.start();
    const send = (command: UiCommand): Promise<void> => engine.handle(command);
    const until = (what: string, condition: (snapshot: EngineSnapshot) => boolean): Promise<void> =>
        waitFor(what, () => condition(engine.snapshot()));
    return { engine, send, until, log };
}

describe('SoftphoneEngine on a SIP PBX', () => {
    let rig: SipRig;

    beforeEach(() => {
        rig = createSipRig();
    });

    afterEach(async () => {
        await rig.close();
    });

    it('asks for credentials instead of registering, then registers once the agent signs in', async () => {
        const { engine, send, until } = await startEngine(rig);
        expect(engine.snapshot()).toMatchObject({
            telephonyMode: 'sip',
            agentStatus: 'available',
            registration: 'unregistered',
            credentials: 'needed'
        });
        await send({ type: 'sign-in', user: AGENT.user, password: AGENT.password });
        await until('registered', (snapshot) => snapshot.registration === 'registered');
        expect(engine.snapshot()).toMatchObject({ credentials: 'ok', agentStatus: 'available' });
        expect(rig.network.isRegistered(AGENT.user)).toBe(true);
        expect(JSON.stringify(engine.snapshot())).not.toContain(AGENT.password);
    });

    it('shows the sign-in form again, with the reason, when the PBX refuses the password', async () => {
        const { engine, send, until, log } = await startEngine(rig);
        await send({ type: 'sign-in', user: AGENT.user, password: 'wrong' });
        await until('refused', (snapshot) => snapshot.registration === 'failed');
        expect(engine.snapshot()).toMatchObject({
            credentials: 'needed',
            registrationDetail: expect.stringMatching(/refused this user \(403 Forbidden\)/),
            notice: { key: 'registration-failed' }
        });
        const logged = JSON.stringify([log.warn.mock.calls, log.info.mock.calls]);
        expect(logged).not.toContain('wrong');
    });

    it('makes an Offline agent Available on sign-in', async () => {
        const { engine, send, until } = await startEngine(rig);
        await send({ type: 'set-agent-status', status: 'offline' });
        await send({ type: 'sign-in', user: AGENT.user, password: AGENT.password });
        await until('registered', (snapshot) => snapshot.registration === 'registered');
        expect(engine.snapshot().agentStatus).toBe('available');
    });

    it('says the microphone is blocked when answering fails for it', async () => {
        const { engine, send, until } = await startEngine(rig);
        await send({ type: 'sign-in', user: AGENT.user, password: AGENT.password });
        await until('registered', (snapshot) => snapshot.registration === 'registered');
        const caller = await rig.phone('+14155550123');
        await caller.call(AGENT.user);
        await until('ringing', (snapshot) => snapshot.call?.state === 'ringing');
        rig.media.microphoneError = microphoneError(
            Object.assign(new Error('x'), { name: 'NotAllowedError' })
        );
        await send({ type: 'answer', callId: engine.snapshot().call?.id ?? '' });
        expect(engine.snapshot().notice).toEqual({
            kind: 'error',
            key: 'microphone-denied',
            detail: 'The browser blocked the microphone. Allow it for this site, then try again.'
        });
        expect(engine.snapshot().recentCalls[0]).toMatchObject({ state: 'missed' });
    });

    it('turns a second call away with 486 Busy Here while the agent is on one', async () => {
        const { engine, send, until } = await startEngine(rig);
        await send({ type: 'sign-in', user: AGENT.user, password: AGENT.password });
        await until('registered', (snapshot) => snapshot.registration === 'registered');
        const first = await rig.phone('+14155550123');
        await first.call(AGENT.user);
        await until('ringing', (snapshot) => snapshot.call?.state === 'ringing');
        const second = await rig.phone('+14155550124');
        await second.call(AGENT.user);
        await waitFor('486 to the second caller', () =>
            rig.network.linesTo('+14155550124').includes('SIP/2.0 486 Busy Here')
        );
        expect(engine.snapshot().call?.number).toBe('+14155550123');
    });
});
