import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { VendorBundle } from './vendor-bundle';

/**
 * Bump when the vendor build changes in a way the key's inputs do not show.
 * 3: the manifest keeps the import graph (`chunks`); production bundles are minified.
 */
const VENDOR_FORMAT = 3;

/** Packages whose versions decide the vendor bundle's contents (esbuild minifies it in production mode). */
export const VENDOR_PACKAGES = [
    'lwc',
    '@lwc/rollup-plugin',
    'lightning-base-components',
    'rollup',
    'esbuild'
] as const;

interface Manifest {
    readonly entries: Readonly<Record<string, string>>;
    readonly files: readonly string[];
    readonly chunks: VendorBundle['chunks'];
}

/** The installed version of a package, read from its `package.json` (some packages do not export it). */
export function installedVersion(root: string, name: string): string {
    const file = path.join(root, 'node_modules', name, 'package.json');
    const { version } = JSON.parse(readFileSync(file, 'utf8')) as { version?: unknown };
    if (typeof version !== 'string') throw new Error(`${file} has no version`);
    return version;
}

/**
 * The cache key of a vendor bundle: a hash of the package versions, the modules and the build settings
 * (constants, minification), so a dependency upgrade, a new base component or another mode builds a new
 * bundle.
 */
export function vendorCacheKey(root: string, modules: readonly string[], settings: object): string {
    const versions = Object.fromEntries(VENDOR_PACKAGES.map((name) => [name, installedVersion(root, name)]));
    const input = JSON.stringify({ format: VENDOR_FORMAT, versions, modules: [...modules].sort(), settings });
    return createHash('sha256').update(input).digest('hex').slice(0, 16);
}

function readCached(dir: string): VendorBundle | undefined {
    const manifestFile = path.join(dir, 'manifest.json');
    if (!existsSync(manifestFile)) return undefined;
    try {
        const manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as Manifest;
        const files = new Map(
            manifest.files.map((file) => [file, readFileSync(path.join(dir, file), 'utf8')])
        );
        return { files, entries: manifest.entries, chunks: manifest.chunks };
    } catch {
        return undefined;
    }
}

function writeCached(dir: string, bundle: VendorBundle): void {
    const staging = `${dir}.${process.pid}.tmp`;
    rmSync(staging, { recursive: true, force: true });
    for (const [file, code] of bundle.files) {
        const target = path.join(staging, file);
        mkdirSync(path.dirname(target), { recursive: true });
        writeFileSync(target, code);
    }
    const manifest: Manifest = {
        entries: bundle.entries,
        files: [...bundle.files.keys()],
        chunks: bundle.chunks
    };
    writeFileSync(path.join(staging, 'manifest.json'), JSON.stringify(manifest, null, 2));
    try {
        renameSync(staging, dir);
    } catch {
        // Another process cached the same bundle first: theirs is as good as ours.
        rmSync(staging, { recursive: true, force: true });
    }
}

/**
 * Returns the vendor bundle stored under `cacheDir` for `key`, or builds it, stores it (atomically, by
 * renaming a finished directory) and returns it.
 *
 * @param onBuild - told before a build starts, so the caller can say why start-up takes a while
 */
export async function cachedVendorBundle(
    cacheDir: string,
    key: string,
    build: () => Promise<VendorBundle>,
    onBuild?: () => void
): Promise<{ readonly bundle: VendorBundle; readonly cached: boolean }> {
    const dir = path.join(cacheDir, `vendor-${key}`);
    const cached = readCached(dir);
    if (cached) return { bundle: cached, cached: true };
    onBuild?.();
    const bundle = await build();
    rmSync(dir, { recursive: true, force: true }); // an unreadable leftover, if any
    mkdirSync(cacheDir, { recursive: true });
    writeCached(dir, bundle);
    return { bundle, cached: false };
}
