import { installFakeCallLogApex } from './fake-call-log-apex';
import { hostOnManualClock } from './host-on-manual-clock';
import { FakeOpenCti } from '../../sim/test-support/fake-open-cti';
import type { FakeRecord } from '../../sim/test-support/fake-open-cti';
import { OpenCtiHost } from '../src/cti';
import { ApexCallLogWriter, CallLogQueue, MemoryLogStore } from '../src/log';
import { definedFields } from '../src/object';
import type { SoftphoneSettings } from '../src/settings';
import { DEFAULT_ITEM_LABELS, SoftphoneEngine } from '../src/softphone';
import type { EngineLog, SoftphoneEngineDeps } from '../src/softphone';
import { DemoTelephonyProvider } from '../src/telephony/demo';
import { ManualClock } from '../src/time';

/** When every rig's clock starts: 25 November 2026, 15:00 UTC (a Task's ActivityDate reads 2026-11-25). */
const SOFTPHONE_ENGINE_RIG_START = Date.UTC(2026, 10, 25, 15, 0, 0);

/** What the engine's tests and benches vary; everything else is the same in every rig. */
export interface SoftphoneEngineRigOptions {
    /** The call center's settings, as Open CTI answers them (item path → value); without it, none. */
    readonly settings?: Readonly<Record<string, string>>;
    /** Records in the fake console's org, for searches and screen pops. */
    readonly records?: readonly FakeRecord[];
    /** Makes the phone system on the rig's clock, for the settings the engine read; without it, the demo line. */
    readonly createProvider?: (
        clock: ManualClock,
        settings: SoftphoneSettings
    ) => ReturnType<SoftphoneEngineDeps['createProvider']>;
    /** Receives every snapshot; without it, they go nowhere. */
    readonly publish?: SoftphoneEngineDeps['publish'];
    /** Without it, the engine's log goes nowhere. */
    readonly log?: EngineLog;
    readonly afterUiPaint?: SoftphoneEngineDeps['afterUiPaint'] | undefined;
    readonly panelOnScreen?: SoftphoneEngineDeps['panelOnScreen'] | undefined;
    /** The agent's stored status; without it, none. */
    readonly loadAgentStatus?: SoftphoneEngineDeps['loadAgentStatus'];
    /** The agent's phone-system profile; without it, the call center's settings. */
    readonly loadPhoneSystem?: SoftphoneEngineDeps['loadPhoneSystem'];
    /**
     * The clock to run on, such as a SIP rig's, so that the engine and its phone system share one time; without it,
     * the rig's own.
     */
    readonly clock?: ManualClock;
    /**
     * What times the host's Open CTI calls out: the rig's clock (without it), or real timers after 1 s, for a test
     * that runs in real time while its clock stands still (beside a SIP rig: SIP.js keeps real timers), so that a
     * call the fake never answers fails the test instead of hanging it.
     */
    readonly hostTimers?: 'clock' | 'real';
}

/**
 * A SoftphoneEngine over the fake Open CTI console, on a manual clock: the host's timeouts (unless `hostTimers`
 * is `'real'`) and the call-log queue's retries (a fixed jitter) run on that clock, and the queue writes Tasks through the fake
 * `SoftphoneCallLogService` (`apex`). Not started: the caller starts the engine (some first link it to
 * something, or watch the start itself).
 */
export function createSoftphoneEngineRig(options: SoftphoneEngineRigOptions = {}) {
    const clock = options.clock ?? new ManualClock(SOFTPHONE_ENGINE_RIG_START);
    const fake = new FakeOpenCti();
    if (options.settings)
        fake.settingsAnswer = { success: true, returnValue: options.settings, errors: null };
    fake.addRecords(...(options.records ?? []));
    const apex = installFakeCallLogApex(fake);
    const host =
        options.hostTimers === 'real'
            ? new OpenCtiHost(fake, { timeoutMs: 1000 })
            : hostOnManualClock(fake, clock);
    const logQueue = new CallLogQueue({
        store: new MemoryLogStore(),
        clock,
        random: () => 0.5,
        writer: new ApexCallLogWriter(host)
    });
    const createProvider =
        options.createProvider ?? ((onClock) => new DemoTelephonyProvider({ clock: onClock }));
    let made: unknown;
    const engine = new SoftphoneEngine({
        host,
        clock,
        log: options.log ?? { info: () => undefined, warn: () => undefined },
        itemLabels: DEFAULT_ITEM_LABELS,
        logQueue,
        publish: options.publish ?? (() => undefined),
        createProvider: (settings) => (made = createProvider(clock, settings)),
        ...definedFields({
            afterUiPaint: options.afterUiPaint,
            panelOnScreen: options.panelOnScreen,
            loadAgentStatus: options.loadAgentStatus,
            loadPhoneSystem: options.loadPhoneSystem
        })
    });
    /** The demo line the engine made last; a failed test when it made none. */
    const demo = (): DemoTelephonyProvider => {
        if (!(made instanceof DemoTelephonyProvider)) throw new Error('the engine made no demo line');
        return made;
    };
    return { clock, fake, apex, host, logQueue, engine, demo };
}
