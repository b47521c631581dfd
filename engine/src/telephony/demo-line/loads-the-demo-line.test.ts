import { ManualClock } from '../../time';
import * as demoLineResource from '../demo/demo-line-resource';
import { TelephonyError } from '../telephony-error';
import { LINE_RESOURCE_LOAD_TIMEOUT_MS, loadLineResource } from '../line-resource';
import type { LinePage } from '../line-resource';
import { DEMO_LINE } from './demo-line';

/** A page whose scripts load when the test says so: it records each script it was asked to add. */
class FakeScriptPage implements LinePage {
    global: unknown;
    readonly scripts: { url: string; load: () => void; fail: () => void; removed: boolean }[] = [];
    hasDocument = true;

    addScript(url: string, onLoad: () => void, onError: () => void): { remove(): void } | undefined {
        if (!this.hasDocument) return undefined;
        const script = { url, load: onLoad, fail: onError, removed: false };
        this.scripts.push(script);
        return { remove: () => (script.removed = true) };
    }

    line(): unknown {
        return this.global;
    }
}

const URL = '/resource/1733500000000/SoftphoneDemoLine';

describe('loading the demo line', () => {
    let page: FakeScriptPage;
    let clock: ManualClock;

    beforeEach(() => {
        page = new FakeScriptPage();
        clock = new ManualClock();
    });

    it('adds the resource as a script and resolves with the demo line its script defines', async () => {
        const loading = loadLineResource(page, DEMO_LINE, URL, clock);
        expect(page.scripts.map((script) => script.url)).toEqual([URL]);

        page.global = demoLineResource;
        page.scripts[0]?.load();

        await expect(loading).resolves.toBe(demoLineResource);
        expect(clock.pendingTimers).toBe(0);
    });

    it('loads nothing when the page has the demo line already', async () => {
        page.global = demoLineResource;
        await expect(loadLineResource(page, DEMO_LINE, URL, clock)).resolves.toBe(demoLineResource);
        expect(page.scripts).toEqual([]);
    });

    it('fails at once, naming the resource and the setting, when the page gave no URL', async () => {
        const loading = loadLineResource(page, DEMO_LINE, undefined, clock);
        await expect(loading).rejects.toBeInstanceOf(TelephonyError);
        await expect(loading).rejects.toThrow(
            'The demo line (static resource SoftphoneDemoLine) has no URL: the adapter page passes it to startEngine as demoLineUrl.'
        );
        expect(page.scripts).toEqual([]);
    });

    it('fails with the URL when the script does not load, and takes the script out of the page', async () => {
        const loading = loadLineResource(page, DEMO_LINE, URL, clock);
        page.scripts[0]?.fail();
        await expect(loading).rejects.toThrow(
            `The demo line (static resource SoftphoneDemoLine) did not load from ${URL}: check that it is deployed.`
        );
        expect(page.scripts[0]?.removed).toBe(true);
        expect(clock.pendingTimers).toBe(0);
    });

    it('fails after the time limit when the script neither loads nor fails, instead of waiting for ever', async () => {
        const loading = loadLineResource(page, DEMO_LINE, URL, clock);
        let outcome: unknown;
        loading.catch((error: unknown) => (outcome = error));
        clock.advance(LINE_RESOURCE_LOAD_TIMEOUT_MS - 1);
        await Promise.resolve();
        expect(outcome).toBeUndefined();

        clock.advance(1);
        await expect(loading).rejects.toThrow(`did not load from ${URL} within 20 s.`);
        expect(page.scripts[0]?.removed).toBe(true);
        // A load that comes after the time limit changes nothing.
        page.global = demoLineResource;
        page.scripts[0]?.load();
        await expect(loading).rejects.toBeInstanceOf(TelephonyError);
    });

    it('fails when the script loaded but defined no demo line (a resource of another build)', async () => {
        const loading = loadLineResource(page, DEMO_LINE, URL, clock);
        page.global = { somethingElse: true };
        page.scripts[0]?.load();
        await expect(loading).rejects.toThrow(
            `The demo line (static resource SoftphoneDemoLine) loaded from ${URL} but defined no demo line`
        );
    });

    it('fails when the page has no document to add the script to', async () => {
        page.hasDocument = false;
        await expect(loadLineResource(page, DEMO_LINE, URL, clock)).rejects.toThrow(
            'the adapter page has no document'
        );
        expect(clock.pendingTimers).toBe(0);
    });

    it('quotes a long URL cut short, so the detail stays a short text', async () => {
        const long = '/resource/' + 'x'.repeat(2000);
        const loading = loadLineResource(page, DEMO_LINE, long, clock);
        page.scripts[0]?.fail();
        const error = await loading.then(
            () => new Error('loaded'),
            (caught: unknown) => caught as Error
        );
        expect(error.message.length).toBeLessThan(500);
        expect(page.scripts[0]?.url).toBe(long);
    });
});
