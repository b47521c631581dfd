import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { VendorBundle } from './vendor-bundle';
import { cachedVendorBundle, vendorCacheKey } from './vendor-cache';

const ROOT = path.join(__dirname, '..', '..');

const BUNDLE: VendorBundle = {
    files: new Map([
        ['lwc.js', 'export const lwc = 1;'],
        ['lightning/icon.js', 'import "../lwc.js"; import("../chunks/templates.js");'],
        ['chunks/templates.js', 'export default [];']
    ]),
    entries: { lwc: 'lwc.js', 'lightning/icon': 'lightning/icon.js' },
    chunks: {
        'lwc.js': { name: 'lwc', imports: [], dynamicImports: [] },
        'lightning/icon.js': {
            name: 'lightning/icon',
            imports: ['lwc.js'],
            dynamicImports: ['chunks/templates.js']
        },
        'chunks/templates.js': { name: 'iconSvgTemplatesUtility', imports: [], dynamicImports: [] }
    }
};

describe('cachedVendorBundle', () => {
    let cacheDir: string;
    beforeEach(() => {
        cacheDir = mkdtempSync(path.join(os.tmpdir(), 'vendor-cache-'));
    });
    afterEach(() => {
        rmSync(cacheDir, { recursive: true, force: true });
    });

    it('builds once, then gives back the same files, entries and import graph from disk', async () => {
        const build = jest.fn(() => Promise.resolve(BUNDLE));
        const first = await cachedVendorBundle(cacheDir, 'key', build);
        const second = await cachedVendorBundle(cacheDir, 'key', build);
        expect(build).toHaveBeenCalledTimes(1);
        expect(first.cached).toBe(false);
        expect(second.cached).toBe(true);
        expect([...second.bundle.files]).toEqual([...BUNDLE.files]);
        expect(second.bundle.entries).toEqual(BUNDLE.entries);
        expect(second.bundle.chunks).toEqual(BUNDLE.chunks);
    });
});

describe('vendorCacheKey', () => {
    const define = { 'process.env.NODE_ENV': '"production"' };

    it('keeps a minified build apart from an unminified one of the same modules and constants', () => {
        const modules = ['lwc', 'lightning/icon'];
        const minified = vendorCacheKey(ROOT, modules, { define, minify: true });
        expect(vendorCacheKey(ROOT, [...modules].reverse(), { define, minify: true })).toBe(minified);
        expect(vendorCacheKey(ROOT, modules, { define, minify: false })).not.toBe(minified);
    });
});
