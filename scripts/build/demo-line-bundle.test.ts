import path from 'node:path';
import vm from 'node:vm';
import { demoLineBundle, DEMO_LINE_DIR, DEMO_LINE_GLOBAL } from './demo-line-bundle';
import { ENGINE_GLOBAL, ENGINE_RESOURCE, engineBundleWithSourceMap } from './engine-bundle';

const ROOT = path.resolve(__dirname, '..', '..');

interface DemoProvider {
    readonly kind: string;
    dial(number: string): Promise<string>;
    dispose(): Promise<void>;
}

/** The two globals the adapter page ends up with in demo mode, in a context of their own. */
interface PageGlobals {
    SoftphoneEngine?: { demoLineKit: { TelephonyError: new (...args: never[]) => Error } };
    SoftphoneDemoLine?: { DemoTelephonyProvider: new (options: object) => DemoProvider };
}

// Builds the engine (esbuild, with its source map) and the demo line: seconds on a busy runner.
jest.setTimeout(120_000);

describe('the demo line static resource', () => {
    let engine: { code: string; map: string };
    let demoLine: { code: string; inputs: string[] };

    beforeAll(async () => {
        [engine, demoLine] = await Promise.all([engineBundleWithSourceMap(ROOT), demoLineBundle(ROOT)]);
    });

    it('carries only the demo line folder, and takes what it shares with the engine from the engine resource', () => {
        const outside = demoLine.inputs.filter((input) => !input.startsWith(`${DEMO_LINE_DIR}/`));
        expect(outside).toEqual([`softphone-engine-kit:${ENGINE_GLOBAL}.demoLineKit`]);
        expect(demoLine.inputs).toContain(`${DEMO_LINE_DIR}/demo-telephony-provider.ts`);
        expect(demoLine.inputs).toContain(`${DEMO_LINE_DIR}/invalid-state-message.ts`);
    });

    it('is not in the engine resource', () => {
        // The map names its sources relative to the resource's folder.
        const resourceDir = path.dirname(path.join(ROOT, ENGINE_RESOURCE));
        const sources = (JSON.parse(engine.map) as { sources: string[] }).sources.map((source) =>
            path.relative(ROOT, path.resolve(resourceDir, source)).split(path.sep).join('/')
        );
        expect(sources).toContain('engine/src/engine.ts');
        expect(sources.filter((source) => source.startsWith(`${DEMO_LINE_DIR}/`))).toEqual([]);
    });

    it("runs after the engine resource, its refusals the engine's own TelephonyError", async () => {
        const page = vm.createContext({}) as PageGlobals;
        vm.runInContext(engine.code, page);
        vm.runInContext(demoLine.code, page);
        const line = page[DEMO_LINE_GLOBAL as 'SoftphoneDemoLine'];
        const kit = page[ENGINE_GLOBAL as 'SoftphoneEngine']?.demoLineKit;
        if (!line || !kit) throw new Error('the resources defined no globals');

        const provider = new line.DemoTelephonyProvider({});
        expect(provider.kind).toBe('demo');
        const refusal = await provider.dial('not a number').catch((error: unknown) => error);
        expect(refusal).toBeInstanceOf(kit.TelephonyError);
        expect(refusal).toMatchObject({ code: 'invalid-number' });
        await provider.dispose();
    });

    it('says the engine resource must load first when it runs alone', () => {
        const page = vm.createContext({}) as PageGlobals;
        expect(() => vm.runInContext(demoLine.code, page)).toThrow(
            'SoftphoneDemoLine needs the SoftphoneEngine static resource loaded before it.'
        );
        expect(page.SoftphoneDemoLine).toBeUndefined();
    });
});
