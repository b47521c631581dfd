/**
 * The soak page: the real engine (`startEngine`, bridge on the page's window) over the fake Open CTI, on a
 * manual clock so a thousand calls take seconds. Commands go in as the UI sends them, as bridge messages.
 */
import { loadDemoLineFromSource } from '../../engine/test-support/demo-line-from-source';
import { installFakeCallLogApex } from '../../engine/test-support/fake-call-log-apex';
import { FakeOpenCti } from '../../sim/test-support/fake-open-cti';
import { serializeBridgeMessage, uiMessage } from '../../engine/src/bridge';
import type { UiCommand } from '../../engine/src/bridge';
import { startEngine } from '../../engine/src/engine';
import type { EngineWindow } from '../../engine/src/engine';
import { ManualClock } from '../../engine/src/time';

/**
 * Listeners on the page's window by event type, to prove the engine leaves none behind. Playwright's own
 * injected script listens to input events (mouse, pointer, touch, click) on the window; the engine never
 * does, so those types are left out of the count.
 */
const DRIVER_EVENTS = /^(__playwright|mouse|pointer|touch|click|auxclick|dblclick|contextmenu)/;
const windowListeners = new Map<string, number>();
const addListener = window.addEventListener.bind(window);
const removeListener = window.removeEventListener.bind(window);
window.addEventListener = ((
    type: string,
    listener: EventListenerOrEventListenerObject,
    options?: unknown
) => {
    windowListeners.set(type, (windowListeners.get(type) ?? 0) + 1);
    addListener(type, listener, options as AddEventListenerOptions);
}) as typeof window.addEventListener;
window.removeEventListener = ((
    type: string,
    listener: EventListenerOrEventListenerObject,
    options?: unknown
) => {
    windowListeners.set(type, (windowListeners.get(type) ?? 0) - 1);
    removeListener(type, listener, options as EventListenerOptions);
}) as typeof window.removeEventListener;

let peerConnections = 0;
const NativePeerConnection = window.RTCPeerConnection;
if (NativePeerConnection) {
    window.RTCPeerConnection = class extends NativePeerConnection {
        constructor(configuration?: RTCConfiguration) {
            super(configuration);
            peerConnections++;
        }
    };
}

const clock = new ManualClock();
const fake = new FakeOpenCti();
fake.settingsAnswer = {
    success: true,
    returnValue: {
        '/reqGeneralInfo/reqDisplayName': 'Soak',
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
const page = window as unknown as EngineWindow & { sforce?: unknown };
page.sforce = { opencti: fake };
const engine = startEngine({ window: page, clock, loadDemoLine: loadDemoLineFromSource });

async function settle(): Promise<void> {
    for (let i = 0; i < 30; i++) await Promise.resolve();
}

async function send(command: UiCommand): Promise<void> {
    window.dispatchEvent(
        new MessageEvent('message', {
            data: serializeBridgeMessage(uiMessage(command)),
            origin: location.origin
        })
    );
    await settle();
}

async function oneCall(): Promise<void> {
    const demo = engine.demo();
    if (!demo) throw new Error('no demo line');
    const call = demo.simulateIncomingCall({ from: '+14155550100' });
    await settle();
    await send({ type: 'answer', callId: call.callId });
    clock.advance(300);
    await settle();
    await send({ type: 'hold', callId: call.callId });
    clock.advance(1000);
    await send({ type: 'resume', callId: call.callId });
    clock.advance(1000);
    await send({ type: 'hang-up', callId: call.callId });
    await send({ type: 'save-wrap-up', callId: call.callId });
    await settle();
}

const soak = {
    async start(): Promise<void> {
        await engine.started;
        await send({ type: 'set-agent-status', status: 'available' });
        // Registration waits for this tab to own the phone line (Web Locks answer asynchronously).
        for (let i = 0; i < 100 && engine.snapshot().registration !== 'registered'; i++) {
            clock.advance(500);
            await settle();
            await new Promise((resolve) => setTimeout(resolve, 10));
        }
        if (engine.snapshot().registration !== 'registered') {
            throw new Error(`the demo line did not register: ${JSON.stringify(engine.snapshot())}`);
        }
    },
    async calls(count: number): Promise<number> {
        for (let i = 0; i < count; i++) {
            await oneCall();
            // The fake console keeps a history of every Open CTI call for tests; it is the harness's memory,
            // not the softphone's, so it is cleared to measure the softphone alone.
            fake.requests.length = 0;
            fake.calls.length = 0;
            // Let the page's own tasks (posted snapshots) run now and then, as they would between calls.
            if (i % 50 === 49) await new Promise((resolve) => setTimeout(resolve, 0));
        }
        return apex.tasks().length;
    },
    state() {
        const snapshot = engine.snapshot();
        return {
            tasks: apex.tasks().length,
            writes: apex.writes,
            pendingLogs: snapshot.pendingLogs.length,
            recentCalls: snapshot.recentCalls.length,
            callOnScreen: snapshot.call !== undefined,
            pendingTimers: clock.pendingTimers,
            listenersAttached: [...windowListeners]
                .filter(([type]) => !DRIVER_EVENTS.test(type))
                .reduce((sum, [, count]) => sum + count, 0),
            listenerTypes: Object.fromEntries(
                [...windowListeners].filter(([type, count]) => count !== 0 && !DRIVER_EVENTS.test(type))
            ),
            peerConnections
        };
    },
    async stop() {
        await engine.stop();
        return soak.state();
    }
};

(window as unknown as { soak: typeof soak }).soak = soak;
