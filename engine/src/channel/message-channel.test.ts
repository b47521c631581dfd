import type { UiCommand } from '../bridge';
import { ChannelLink } from './channel-link';
import { readSoftphoneMessage, SOFTPHONE_CHANNEL_NAME, SOFTPHONE_CHANNEL_VERSION } from './channel-protocol';
import type { ChannelResultMessage, ChannelStateMessage } from './channel-protocol';
import { openCtiChannelTransport } from './open-cti-channel-transport';
import { createSoftphoneEngineRig } from '../../test-support/softphone-engine-rig';
import { settle } from '../../test-support/settle';

const ADA = { Id: '003000000000001AAA', RecordType: 'Contact', Name: 'Ada Lovelace', Phone: '+14155550100' };

const SETTINGS = {
    '/reqGeneralInfo/reqDisplayName': 'Softphone for Salesforce',
    '/softphoneSettings/telephonyMode': 'demo',
    '/softphoneSettings/defaultCountry': 'US',
    '/softphoneSettings/wrapUpSeconds': '0'
};

/** The softphone on the demo line, linked to its message channel on a fake console's LMS. */
async function startRig() {
    const log = { info: jest.fn(), warn: jest.fn() };
    const linked: { link?: ChannelLink } = {};
    const { clock, fake, host, engine, demo } = createSoftphoneEngineRig({
        settings: SETTINGS,
        records: [ADA],
        log,
        publish: (snapshot) => linked.link?.update(snapshot)
    });
    const link = new ChannelLink({
        transport: openCtiChannelTransport(host, SOFTPHONE_CHANNEL_NAME),
        engine,
        log
    });
    linked.link = link;
    await link.start();
    await engine.start();
    await settle();
    const messages = () => fake.messages.messages(SOFTPHONE_CHANNEL_NAME).map(readSoftphoneMessage);
    const states = () => messages().filter((m): m is ChannelStateMessage => m?.type === 'state');
    const results = () => messages().filter((m): m is ChannelResultMessage => m?.type === 'result');
    const command = async (payload: Record<string, unknown>): Promise<ChannelResultMessage | undefined> => {
        fake.messages.publish(SOFTPHONE_CHANNEL_NAME, payload);
        await settle();
        return results().at(-1);
    };
    const advance = async (ms: number): Promise<void> => {
        clock.advance(ms);
        await settle();
    };
    const ui = async (uiCommand: UiCommand): Promise<void> => {
        await engine.handle(uiCommand);
        await settle();
    };
    return { fake, engine, link, log, states, results, command, advance, ui, demo };
}

type Rig = Awaited<ReturnType<typeof startRig>>;

async function available(rig: Rig): Promise<void> {
    await rig.command({ version: 1, type: 'set-status', requestId: 'r-available', status: 'available' });
    await rig.advance(1000);
}

const dialAda = {
    version: SOFTPHONE_CHANNEL_VERSION,
    type: 'dial',
    requestId: 'r-dial',
    source: 'callWithSoftphone',
    number: '(415) 555-0100',
    recordId: ADA.Id,
    recordName: ADA.Name,
    objectType: 'Contact'
};

describe('the softphone on its Lightning message channel', () => {
    it('subscribes through Open CTI and publishes that it is ready, with the agent offline', async () => {
        const rig = await startRig();
        expect(rig.fake.messages.subscriberCount(SOFTPHONE_CHANNEL_NAME)).toBe(1);
        expect(rig.states().at(-1)).toEqual({
            version: 1,
            source: 'softphone',
            type: 'state',
            phone: 'ready',
            status: 'offline'
        });
    });

    it('sets the agent status from a command, as the panel does, and answers the request', async () => {
        const rig = await startRig();
        await available(rig);
        expect(rig.engine.snapshot()).toMatchObject({ agentStatus: 'available', registration: 'registered' });
        expect(rig.results().at(-1)).toMatchObject({
            requestId: 'r-available',
            command: 'set-status',
            ok: true
        });
        expect(rig.states().at(-1)).toMatchObject({ phone: 'ready', status: 'available' });
    });

    it('dials a number for a record: the call is related to it, the panel opens, every state is published', async () => {
        const rig = await startRig();
        await available(rig);
        const result = await rig.command(dialAda);
        const call = rig.engine.snapshot().call;
        expect(call).toMatchObject({
            state: 'dialing',
            number: '+14155550100',
            relatedRecord: { id: ADA.Id }
        });
        expect(result).toMatchObject({ requestId: 'r-dial', command: 'dial', ok: true, callId: call?.id });
        expect(rig.fake.panelVisible).toBe(true);
        expect(rig.states().at(-1)?.call).toMatchObject({
            id: call?.id,
            state: 'dialing',
            direction: 'outbound',
            number: '+14155550100',
            recordId: ADA.Id,
            recordName: ADA.Name
        });

        await rig.advance(10_000);
        expect(rig.states().at(-1)?.call).toMatchObject({ state: 'connected' });
        await rig.ui({ type: 'hold', callId: call?.id ?? '' });
        await rig.advance(1000);
        expect(rig.states().at(-1)?.call).toMatchObject({ state: 'held' });
        await rig.ui({ type: 'hang-up', callId: call?.id ?? '' });
        await rig.advance(1000);
        expect(rig.states().at(-1)?.call).toMatchObject({ state: 'wrap-up' });
        await rig.ui({ type: 'save-wrap-up', callId: call?.id ?? '' });
        expect(rig.engine.snapshot().call).toBeUndefined();
        const ended = rig.states().filter((state) => state.call?.state === 'ended');
        expect(ended.map((state) => state.call)).toEqual([
            expect.objectContaining({ id: call?.id, result: 'completed' })
        ]);
        expect(rig.states().at(-1)?.call).toBeUndefined();
    });

    it('refuses a dial while the agent is on a call, says why, and leaves the call alone', async () => {
        const rig = await startRig();
        await available(rig);
        await rig.command(dialAda);
        const callId = rig.engine.snapshot().call?.id;
        const result = await rig.command({ ...dialAda, requestId: 'r-second', number: '+44 20 7946 0000' });
        expect(result).toMatchObject({ requestId: 'r-second', ok: false, reason: 'busy' });
        expect(rig.engine.snapshot().call).toMatchObject({ id: callId, number: '+14155550100' });
    });

    it('reads the number with the panel’s parser: what the dial pad refuses, the channel refuses', async () => {
        const rig = await startRig();
        await available(rig);
        const result = await rig.command({ ...dialAda, number: 'call me maybe' });
        expect(result).toMatchObject({ ok: false, reason: 'invalid-number' });
        expect(result?.detail).toEqual(expect.any(String));
        expect(rig.engine.snapshot().call).toBeUndefined();
        expect(rig.engine.snapshot().notice).toMatchObject({ key: 'invalid-number' });
    });

    it('refuses malformed commands and other versions, naming the field, and never runs them', async () => {
        const rig = await startRig();
        await available(rig);
        expect(await rig.command({ ...dialAda, recordId: 'not an id' })).toMatchObject({
            requestId: 'r-dial',
            ok: false,
            reason: 'malformed',
            detail: expect.stringContaining('recordId')
        });
        expect(await rig.command({ ...dialAda, version: 2 })).toMatchObject({
            ok: false,
            reason: 'unsupported-version'
        });
        expect(await rig.command({ version: 1, type: 'hang-up', requestId: 'x' })).toMatchObject({
            ok: false,
            reason: 'malformed',
            detail: expect.stringContaining('type')
        });
        expect(rig.engine.snapshot().call).toBeUndefined();
        expect(rig.log.warn).toHaveBeenCalledWith(expect.stringContaining('refused a message (malformed)'));
    });

    it('publishes an inbound call ringing and its end as missed when nobody answers', async () => {
        const rig = await startRig();
        await available(rig);
        const incoming = rig.demo().simulateIncomingCall({ from: '+14155550100' });
        await rig.advance(0);
        expect(rig.states().at(-1)?.call).toMatchObject({
            id: incoming.callId,
            state: 'ringing',
            direction: 'inbound'
        });
        await rig.advance(60_000);
        const ended = rig.states().find((state) => state.call?.state === 'ended');
        expect(ended?.call).toMatchObject({ id: incoming.callId, result: 'missed' });
    });

    it('answers get-state with the state now, and publishes nothing when nothing it shows changed', async () => {
        const rig = await startRig();
        const before = rig.states().length;
        await rig.advance(5000);
        expect(rig.states()).toHaveLength(before);
        await rig.command({ version: 1, type: 'get-state' });
        expect(rig.states()).toHaveLength(before + 1);
        expect(rig.results().at(-1)).toMatchObject({ command: 'get-state', ok: true });
    });

    it('does not take its own messages for commands, and stops listening when disposed', async () => {
        const rig = await startRig();
        const resultsBefore = rig.results().length;
        await rig.advance(0);
        expect(rig.results()).toHaveLength(resultsBefore);
        await rig.link.dispose();
        expect(rig.fake.messages.subscriberCount(SOFTPHONE_CHANNEL_NAME)).toBe(0);
        await rig.command(dialAda);
        expect(rig.engine.snapshot().call).toBeUndefined();
    });
});
