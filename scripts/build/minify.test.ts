import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { runInNewContext } from 'node:vm';
import { originalPositionFor, TraceMap } from '@jridgewell/trace-mapping';
import { build } from 'esbuild';
import { minifyBundle } from './minify';

/** A two-file IIFE bundle built the way the engine's is (minified, legal comments at the end), with its map. */
async function esbuildBundle(dir: string): Promise<{ code: string; map: string }> {
    writeFileSync(
        path.join(dir, 'greeting.js'),
        '/*! greeting.js: a legal comment @license MIT */\n' +
            'export function greeting(name) {\n    const words = ["Hello", name];\n    return words.join(", ");\n}\n'
    );
    writeFileSync(
        path.join(dir, 'entry.js'),
        'import { greeting } from "./greeting.js";\n' +
            'export function greetAgent(agent) {\n    return greeting(agent.toUpperCase());\n}\n'
    );
    const result = await build({
        absWorkingDir: dir,
        entryPoints: ['entry.js'],
        bundle: true,
        format: 'iife',
        globalName: 'Greeter',
        minify: true,
        legalComments: 'eof',
        write: false,
        sourcemap: 'external',
        outfile: path.join(dir, 'out', 'greeter.js'),
        logLevel: 'silent'
    });
    const code = result.outputFiles.find((file) => file.path.endsWith('.js'))?.text;
    const map = result.outputFiles.find((file) => file.path.endsWith('.js.map'))?.text;
    if (code === undefined || map === undefined) throw new Error('esbuild produced no bundle');
    return { code, map };
}

describe('minifyBundle (terser after esbuild)', () => {
    let dir: string;
    beforeEach(() => {
        dir = mkdtempSync(path.join(tmpdir(), 'minify-'));
    });
    afterEach(() => rmSync(dir, { recursive: true, force: true }));

    it('keeps the IIFE global working and the licences at the end of the file', async () => {
        const { code } = await minifyBundle((await esbuildBundle(dir)).code);
        const sandbox: { Greeter?: { greetAgent(agent: string): string } } = {};
        runInNewContext(code, sandbox);
        expect(sandbox.Greeter?.greetAgent('ana')).toBe('Hello, ANA');
        expect(code.trimEnd().endsWith('/*! greeting.js: a legal comment @license MIT */')).toBe(true);
        expect(code.endsWith('\n')).toBe(true);
    });

    it('gives the same text on every run, with or without the source map', async () => {
        const bundle = await esbuildBundle(dir);
        const withMap = await minifyBundle(bundle.code, bundle.map);
        const again = await minifyBundle(bundle.code, bundle.map);
        const withoutMap = await minifyBundle(bundle.code);
        expect(withMap.code).toBe(withoutMap.code);
        expect(again).toEqual(withMap);
        expect(withMap.code).not.toContain('sourceMappingURL');
    });

    it("chains terser's map onto esbuild's, so the minified text traces back to its source file", async () => {
        const bundle = await esbuildBundle(dir);
        const { code, map } = await minifyBundle(bundle.code, bundle.map);
        if (map === undefined) throw new Error('no map');
        const traced = new TraceMap(map);
        const sourceAt = (needle: string): string | null => {
            const offset = code.indexOf(needle);
            expect(offset).toBeGreaterThanOrEqual(0);
            const before = code.slice(0, offset).split('\n');
            const line = before.length;
            const column = before[before.length - 1]?.length ?? 0;
            return originalPositionFor(traced, { line, column }).source;
        };
        expect(sourceAt('.join(')).toBe('../greeting.js');
        expect(sourceAt('.toUpperCase(')).toBe('../entry.js');
    });
});
