import { loadDemoLineFromSource } from '../test-support/demo-line-from-source';
import { callCenterWith } from '../test-support/call-center-with';
import { FakeScriptDocument, LinePageWindow } from '../test-support/fake-script-page';
import { FakeOpenCti } from '../../sim/test-support/fake-open-cti';
import { serializeBridgeMessage, uiMessage } from './bridge';
import { startEngine } from './engine';
import type { EngineOptions } from './engine';
import type { DemoLine } from './telephony';
import * as demoLineResource from './telephony/demo/demo-line-resource';
import { ManualClock } from './time';
import { settle } from '../test-support/settle';

const RESOURCE_URL = '/resource/1733500000000/SoftphoneDemoLine';

const DEMO = { '/softphoneSettings/telephonyMode': 'demo' };
const SIP = {
    '/softphoneSettings/telephonyMode': 'sip',
    '/softphoneSettings/pbxWebSocketUrl': 'wss://pbx.acme.com:8089/ws',
    '/softphoneSettings/sipDomain': 'pbx.acme.com'
};
const DESK_PHONE = { '/softphoneSettings/telephonyMode': 'click-to-dial-only' };

/** A loader the test settles: how the engine sees a demo line resource that is still on its way. */
function deferredDemoLine() {
    let resolve: (line: DemoLine) => void = () => undefined;
    let reject: (error: Error) => void = () => undefined;
    const load = jest.fn(
        () =>
            new Promise<DemoLine>((onResolve, onReject) => {
                resolve = onResolve;
                reject = onReject;
            })
    );
    return { load, resolve: (line: DemoLine) => resolve(line), reject: (error: Error) => reject(error) };
}

describe('the demo line, its own static resource', () => {
    const log = { info: jest.fn(), warn: jest.fn() };
    afterEach(() => jest.clearAllMocks());

    let clock: ManualClock;
    beforeEach(() => {
        clock = new ManualClock();
    });

    function start(items: Record<string, string>, options: Partial<EngineOptions> = {}) {
        const window = new LinePageWindow(callCenterWith(items));
        return { window, engine: startEngine({ window, log, clock, demoLineUrl: RESOURCE_URL, ...options }) };
    }

    it('is loaded in demo mode, and the phone is ready on it once it has arrived', async () => {
        const demoLine = deferredDemoLine();
        const { window, engine } = start(DEMO, { loadDemoLine: demoLine.load });
        await settle();
        expect(demoLine.load).toHaveBeenCalledTimes(1);
        expect(engine.demo()).toBeUndefined();

        demoLine.resolve(demoLineResource);
        await expect(engine.started).resolves.toMatchObject({
            status: 'ready',
            telephonyMode: 'demo',
            registration: 'unregistered'
        });
        expect(engine.demo()).toBeInstanceOf(demoLineResource.DemoTelephonyProvider);
        expect((window.sforce?.opencti as FakeOpenCti).clickToDialEnabled).toBe(true);

        window.deliver(
            serializeBridgeMessage(uiMessage({ type: 'set-agent-status', status: 'available' })),
            window.location.origin
        );
        await settle();
        clock.advance(1000);
        await settle();
        expect(engine.snapshot().registration).toBe('registered');
        await engine.stop();
    });

    it('is never loaded for an agent on a real phone system (SIP or desk phone)', async () => {
        for (const items of [SIP, DESK_PHONE]) {
            const demoLine = deferredDemoLine();
            const { engine } = start(items, { loadDemoLine: demoLine.load });
            await engine.started;
            expect(demoLine.load).not.toHaveBeenCalled();
            expect(engine.demo()).toBeUndefined();
            await engine.stop();
        }
    });

    it('says the phone could not connect, with the reason for the admin, when the demo line does not load', async () => {
        const demoLine = deferredDemoLine();
        const { window, engine } = start(DEMO, { loadDemoLine: demoLine.load });
        await settle();
        demoLine.reject(new Error('The demo line (static resource SoftphoneDemoLine) did not load from /x.'));
        const snapshot = await engine.started;
        expect(snapshot).toMatchObject({
            status: 'ready',
            telephonyMode: 'demo',
            registration: 'failed',
            registrationDetail: 'The demo line (static resource SoftphoneDemoLine) did not load from /x.'
        });
        expect(log.warn).toHaveBeenCalledWith(
            'The phone cannot start: The demo line (static resource SoftphoneDemoLine) did not load from /x.'
        );
        expect(engine.demo()).toBeUndefined();

        // The agent can still pick a status; nothing throws, and no call can be placed on a line that is not there.
        window.deliver(
            serializeBridgeMessage(uiMessage({ type: 'set-agent-status', status: 'available' })),
            window.location.origin
        );
        window.deliver(
            serializeBridgeMessage(uiMessage({ type: 'dial', number: '+14155550123' })),
            window.location.origin
        );
        await settle();
        expect(engine.snapshot()).toMatchObject({ agentStatus: 'available', registration: 'failed' });
        expect(engine.snapshot().call).toBeUndefined();
        expect(engine.snapshot().notice).toMatchObject({ kind: 'error' });
        await engine.stop();
    });

    describe('in the adapter page', () => {
        let document: FakeScriptDocument;
        const scope = globalThis as { document?: unknown };

        beforeEach(() => {
            document = new FakeScriptDocument();
            scope.document = document;
        });

        afterEach(() => {
            delete scope.document;
        });

        it('adds the resource the page named as a script, and runs the demo line its script defines', async () => {
            const { window, engine } = start(DEMO);
            await settle();
            expect(document.scripts.map((script) => script.src)).toEqual([RESOURCE_URL]);

            window.SoftphoneDemoLine = await loadDemoLineFromSource();
            document.scripts[0]?.listeners.get('load')?.();
            await expect(engine.started).resolves.toMatchObject({ registration: 'unregistered' });
            expect(engine.demo()).toBeInstanceOf(demoLineResource.DemoTelephonyProvider);
            await engine.stop();
        });

        it('adds no script in sip mode', async () => {
            const { engine } = start(SIP);
            await engine.started;
            expect(document.scripts).toEqual([]);
            await engine.stop();
        });

        it('names the resource and its URL when the script fails to load', async () => {
            const { engine } = start(DEMO);
            await settle();
            document.scripts[0]?.listeners.get('error')?.();
            await expect(engine.started).resolves.toMatchObject({
                registration: 'failed',
                registrationDetail: `The demo line (static resource SoftphoneDemoLine) did not load from ${RESOURCE_URL}: check that it is deployed.`
            });
            expect(document.scripts[0]?.removed).toBe(true);
            await engine.stop();
        });
    });
});
