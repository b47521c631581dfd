import { settle } from '../../engine/test-support/settle';
import { createSoftphoneEngineRig } from '../../engine/test-support/softphone-engine-rig';

/** The engine on the demo line over the fake Open CTI, on a manual clock: what the benches drive. */
export async function startEngineRig() {
    const { clock, fake, apex, host, engine, logQueue, demo } = createSoftphoneEngineRig({
        settings: {
            '/reqGeneralInfo/reqDisplayName': 'Bench',
            '/softphoneSettings/telephonyMode': 'demo',
            '/softphoneSettings/wrapUpSeconds': '0'
        },
        records: [
            { Id: '003000000000001AAA', RecordType: 'Contact', Name: 'Ada Lovelace', Phone: '+14155550100' }
        ]
    });
    await engine.start();
    await engine.handle({ type: 'set-agent-status', status: 'available' });
    clock.advance(1000);
    await settle();
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
    return { clock, fake, apex, host, engine, logQueue, call };
}
