import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

/**
 * The engine static resource must stay under 100 KB gzip with SIP.js (about 52 KB) inside, so the phone
 * module gets a budget. libphonenumber-js `core` with the `min` metadata measures about 32 KB; the `max`
 * metadata would add 20 KB. Built the way scripts/build/engine-bundle.ts builds the engine.
 */
const PHONE_BUDGET_BYTES = 34 * 1024;

describe('phone module size', () => {
    it('costs at most 34 KB gzip in the engine bundle', async () => {
        const result = await build({
            entryPoints: [path.join(__dirname, 'index.ts')],
            bundle: true,
            format: 'iife',
            globalName: 'Phone',
            platform: 'browser',
            target: ['chrome115', 'edge115', 'firefox115', 'safari16'],
            minify: true,
            charset: 'utf8',
            write: false,
            logLevel: 'silent'
        });
        const [output] = result.outputFiles;
        expect(output).toBeDefined();
        expect(gzipSync(output?.contents ?? new Uint8Array()).length).toBeLessThanOrEqual(PHONE_BUDGET_BYTES);
    });
});
