import path from 'node:path';
import vm from 'node:vm';
import { ENGINE_GLOBAL, ENGINE_RESOURCE, engineBundleWithSourceMap } from './engine-bundle';
import { DEMO_LINE_BUNDLE, DESK_PHONE_LINE_BUNDLE, lineBundle } from './line-bundle';
import type { LineBundle } from './line-bundle';

const ROOT = path.resolve(__dirname, '..', '..');

interface LineProvider {
    readonly kind: string;
    dial(number: string): Promise<string>;
    dispose(): Promise<void>;
}

/** The globals the adapter page ends up with in a line's telephony mode, in a context of their own. */
type PageGlobals = Record<string, unknown> & {
    SoftphoneEngine?: { lineKit: { TelephonyError: new (...args: never[]) => Error } };
};

/** Each line: its resource, the provider its global holds and the `kind` it says, and files it must carry. */
const LINES: {
    line: LineBundle;
    provider: string;
    kind: string;
    carries: string[];
}[] = [
    {
        line: DEMO_LINE_BUNDLE,
        provider: 'DemoTelephonyProvider',
        kind: 'demo',
        carries: ['demo-telephony-provider.ts', 'invalid-state-message.ts']
    },
    {
        line: DESK_PHONE_LINE_BUNDLE,
        provider: 'DeskPhoneTelephonyProvider',
        kind: 'desk-phone',
        carries: ['desk-phone-telephony-provider.ts', 'tel-uri.ts', 'tel-link-opener.ts']
    }
];

// Builds the engine (esbuild, with its source map) and the lines: seconds on a busy runner.
jest.setTimeout(120_000);

let engine: { code: string; map: string };

beforeAll(async () => {
    engine = await engineBundleWithSourceMap(ROOT);
});

describe.each(LINES)('the $line.name static resource', ({ line, provider, kind, carries }) => {
    let bundle: { code: string; inputs: string[] };

    beforeAll(async () => {
        bundle = await lineBundle(ROOT, line);
    });

    it("carries only its line's folder, and takes what it shares with the engine from the engine resource", () => {
        const outside = bundle.inputs.filter((input) => !input.startsWith(`${line.dir}/`));
        expect(outside).toEqual([`softphone-engine-kit:${ENGINE_GLOBAL}.lineKit`]);
        for (const file of carries) expect(bundle.inputs).toContain(`${line.dir}/${file}`);
    });

    it('is not in the engine resource', () => {
        // The map names its sources relative to the resource's folder.
        const resourceDir = path.dirname(path.join(ROOT, ENGINE_RESOURCE));
        const sources = (JSON.parse(engine.map) as { sources: string[] }).sources.map((source) =>
            path.relative(ROOT, path.resolve(resourceDir, source)).split(path.sep).join('/')
        );
        expect(sources).toContain('engine/src/engine.ts');
        expect(sources.filter((source) => source.startsWith(`${line.dir}/`))).toEqual([]);
    });

    it("runs after the engine resource, its refusals the engine's own TelephonyError", async () => {
        const page = vm.createContext({}) as PageGlobals;
        vm.runInContext(engine.code, page);
        vm.runInContext(bundle.code, page);
        const Provider = (page[line.name] as Record<string, unknown> | undefined)?.[provider] as
            (new (options: object) => LineProvider) | undefined;
        const kit = page.SoftphoneEngine?.lineKit;
        if (!Provider || !kit) throw new Error('the resources defined no globals');

        const created = new Provider({ clock: {}, openUri: () => undefined });
        expect(created.kind).toBe(kind);
        const refusal = await created.dial('not a number').catch((error: unknown) => error);
        expect(refusal).toBeInstanceOf(kit.TelephonyError);
        expect(refusal).toMatchObject({ code: 'invalid-number' });
        await created.dispose();
    });

    it('says the engine resource must load first when it runs alone', () => {
        const page = vm.createContext({}) as PageGlobals;
        expect(() => vm.runInContext(bundle.code, page)).toThrow(
            `${line.name} needs the SoftphoneEngine static resource loaded before it.`
        );
        expect(page[line.name]).toBeUndefined();
    });
});
