import { loadDeskPhoneLineFromSource } from '../test-support/desk-phone-line-from-source';
import { callCenterWith } from '../test-support/call-center-with';
import { FakeScriptDocument, LinePageWindow } from '../test-support/fake-script-page';
import { settle } from '../test-support/settle';
import { startEngine } from './engine';
import type { EngineOptions } from './engine';
import * as deskPhoneLineResource from './telephony/desk-phone/desk-phone-line-resource';
import { ManualClock } from './time';

const RESOURCE_URL = '/resource/1733500000000/SoftphoneDeskPhoneLine';
const DESK_PHONE = { '/softphoneSettings/telephonyMode': 'click-to-dial-only' };
const DEMO = { '/softphoneSettings/telephonyMode': 'demo' };
const SIP = {
    '/softphoneSettings/telephonyMode': 'sip',
    '/softphoneSettings/pbxWebSocketUrl': 'wss://pbx.acme.com:8089/ws',
    '/softphoneSettings/sipDomain': 'pbx.acme.com'
};

describe('the desk phone line, its own static resource', () => {
    const log = { info: jest.fn(), warn: jest.fn() };
    const scope = globalThis as { document?: unknown };
    let document: FakeScriptDocument;
    let clock: ManualClock;

    beforeEach(() => {
        clock = new ManualClock();
        document = new FakeScriptDocument();
        scope.document = document;
    });

    afterEach(() => {
        delete scope.document;
        jest.clearAllMocks();
    });

    function start(items: Record<string, string>, options: Partial<EngineOptions> = {}) {
        const window = new LinePageWindow(callCenterWith(items));
        return {
            window,
            engine: startEngine({ window, log, clock, deskPhoneLineUrl: RESOURCE_URL, ...options })
        };
    }

    it('is added as a script in click-to-dial-only mode, and the phone is ready on the line it defines', async () => {
        const { window, engine } = start(DESK_PHONE);
        await settle();
        expect(document.scripts.map((script) => script.src)).toEqual([RESOURCE_URL]);

        window.SoftphoneDeskPhoneLine = await loadDeskPhoneLineFromSource();
        document.scripts[0]?.listeners.get('load')?.();
        await expect(engine.started).resolves.toMatchObject({
            status: 'ready',
            telephonyMode: 'click-to-dial-only',
            registration: 'unregistered'
        });
        expect(window.SoftphoneDeskPhoneLine).toBe(deskPhoneLineResource);
        await engine.stop();
    });

    it('is never loaded for an agent on SIP or on the demo line', async () => {
        for (const items of [SIP, DEMO]) {
            const loadDeskPhoneLine = jest.fn(loadDeskPhoneLineFromSource);
            const { engine } = start(items, { loadDeskPhoneLine, loadDemoLine: () => new Promise(() => {}) });
            await settle();
            expect(loadDeskPhoneLine).not.toHaveBeenCalled();
            expect(document.scripts.map((script) => script.src)).not.toContain(RESOURCE_URL);
            await engine.stop();
        }
    });

    it('says the phone could not connect, naming the resource and its URL, when the script fails to load', async () => {
        const { engine } = start(DESK_PHONE);
        await settle();
        document.scripts[0]?.listeners.get('error')?.();
        const detail = `The desk phone line (static resource SoftphoneDeskPhoneLine) did not load from ${RESOURCE_URL}: check that it is deployed.`;
        await expect(engine.started).resolves.toMatchObject({
            registration: 'failed',
            registrationDetail: detail
        });
        expect(log.warn).toHaveBeenCalledWith(`The phone cannot start: ${detail}`);
        expect(document.scripts[0]?.removed).toBe(true);
        await engine.stop();
    });
});
