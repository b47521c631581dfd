import { installFakeCallLogApex } from '../../engine/test-support/fake-call-log-apex';
import { FakeOpenCti } from '../../sim/test-support/fake-open-cti';
import { ApexCallLogWriter, CallLogQueue, MemoryLogStore } from '../../engine/src/log';
import { DEFAULT_ITEM_LABELS, SoftphoneEngine } from '../../engine/src/softphone';
import { DemoTelephonyProvider } from '../../engine/src/telephony/demo';
import { ManualClock } from '../../engine/src/time';
import { hostOnManualClock } from '../../engine/test-support/host-on-manual-clock';

/** The engine on the demo line over the fake Open CTI, on a manual clock: what the benches drive. */
export async function startEngineRig() {
    const clock = new ManualClock();
    const fake = new FakeOpenCti();
    fake.settingsAnswer = {
        success: true,
        returnValue: {
            '/reqGeneralInfo/reqDisplayName': 'Bench',
            '/softphoneSettings/telephonyMode': 'demo',
            '/softphoneSettings/wrapUpSeconds': '0'
        },
        errors: null
    };
    fake.addRecords({
        Id: '003000000000001AAA',
        RecordType: 'Contact',
        Name: 'Ada Lovelace',
        Phone: '+14155550100'
    });
    const apex = installFakeCallLogApex(fake);
    const host = hostOnManualClock(fake, clock);
    const logQueue = new CallLogQueue({
        store: new MemoryLogStore(),
        clock,
        writer: new ApexCallLogWriter(host)
    });
    let provider: DemoTelephonyProvider | undefined;
    const engine = new SoftphoneEngine({
        host,
        clock,
        log: { info: () => undefined, warn: () => undefined },
        itemLabels: DEFAULT_ITEM_LABELS,
        logQueue,
        publish: () => undefined,
        createProvider: () => (provider = new DemoTelephonyProvider({ clock }))
    });
    await engine.start();
    const settle = async (): Promise<void> => {
        for (let i = 0; i < 5; i++) await new Promise((resolve) => setImmediate(resolve));
    };
    await engine.handle({ type: 'set-agent-status', status: 'available' });
    clock.advance(1000);
    await settle();
    const demo = (): DemoTelephonyProvider => {
        if (!provider) throw new Error('the demo provider did not start');
        return provider;
    };
    /** One inbound call: ring, answer, talk, hold, resume, hang up, save; resolves when its log is written. */
    const call = async (): Promise<string> => {
        const incoming = demo().simulateIncomingCall({ from: '+14155550100' });
        await settle();
        await engine.handle({ type: 'answer', callId: incoming.callId });
        clock.advance(300);
        await settle();
        await engine.handle({ type: 'hold', callId: incoming.callId });
        clock.advance(1000);
        await engine.handle({ type: 'resume', callId: incoming.callId });
        clock.advance(1000);
        await engine.handle({ type: 'hang-up', callId: incoming.callId });
        await engine.handle({ type: 'save-wrap-up', callId: incoming.callId });
        await settle();
        return incoming.callId;
    };
    return { clock, fake, apex, host, engine, logQueue, settle, call };
}
