import { ManualClock } from '../../time';
import { DEFAULT_DEMO_DELAYS, DemoTelephonyProvider } from '../demo';
import type { DemoTelephonyProviderOptions } from '../demo';
import { RecordingDelegate } from './recording-delegate';

/**
 * A demo provider on a `ManualClock`, with call ids `call-1`, `call-2`, … and a recording delegate.
 * @internal
 */
export interface DemoRig {
    readonly clock: ManualClock;
    readonly provider: DemoTelephonyProvider;
    readonly events: RecordingDelegate;
}

/**
 * Builds a {@link DemoRig}; `options` may override anything but the clock.
 * @internal
 */
export function createDemoRig(options: Omit<DemoTelephonyProviderOptions, 'clock'> = {}): DemoRig {
    const clock = new ManualClock();
    let counter = 0;
    const provider = new DemoTelephonyProvider({
        idFactory: () => `call-${++counter}`,
        ...options,
        clock
    });
    const events = new RecordingDelegate();
    provider.delegate = events;
    return { clock, provider, events };
}

function assertConnected(rig: DemoRig, callId: string): void {
    const call = rig.provider.activeCalls().find((candidate) => candidate.callId === callId);
    if (call?.state !== 'connected')
        throw new Error(`Call ${callId} did not connect: ${call?.state ?? 'ended'}`);
}

/**
 * Registers the rig's provider (default delays) and forgets the registration events.
 * @internal
 */
export async function registerRig(rig: DemoRig): Promise<void> {
    const registered = rig.provider.register();
    rig.clock.advance(DEFAULT_DEMO_DELAYS.register);
    await registered;
    rig.events.take();
}

/**
 * Offers an inbound call from `from`, answers it and lets it connect (default delays); forgets the events.
 * The rig must be registered. Returns the call id.
 * @internal
 */
export async function connectInbound(rig: DemoRig, from = '+14155550123'): Promise<string> {
    const { callId } = rig.provider.simulateIncomingCall({ from });
    await rig.provider.answer(callId);
    rig.clock.advance(DEFAULT_DEMO_DELAYS.answer);
    rig.events.take();
    assertConnected(rig, callId);
    return callId;
}

/**
 * Dials `number` and lets the callee answer (default delays); forgets the events. Returns the call id.
 * @internal
 */
export async function connectOutbound(rig: DemoRig, number = '+14155550123'): Promise<string> {
    const callId = await rig.provider.dial(number);
    rig.clock.advance(2 * DEFAULT_DEMO_DELAYS.progress + DEFAULT_DEMO_DELAYS.connect);
    rig.events.take();
    assertConnected(rig, callId);
    return callId;
}
