import path from 'node:path';
import { build } from 'esbuild';
import { ROUTES } from './routes';

/** The simulator's browser entry points (under `sim/browser/`) by the route that serves them. */
export const BROWSER_ENTRIES: Readonly<Record<string, string>> = {
    [ROUTES.fakeOpenCti]: 'install-fake-open-cti.ts',
    [ROUTES.startEngine]: 'start-engine.ts',
    [ROUTES.hostConsole]: 'host-console.ts'
};

/**
 * Bundles the simulator's browser scripts with esbuild: one classic script (IIFE) per entry, so they run in
 * order with the page's other scripts, like `opencti_min.js` and the engine resource do.
 *
 * @param root - the project root
 * @returns each script's code by route
 */
export async function buildBrowserScripts(root: string): Promise<Map<string, string>> {
    const browserDir = path.join(root, 'sim', 'browser');
    const routes = Object.keys(BROWSER_ENTRIES);
    const result = await build({
        absWorkingDir: root,
        entryPoints: routes.map((route) => ({
            in: path.join(browserDir, BROWSER_ENTRIES[route] ?? ''),
            out: route.replace(/^\//, '').replace(/\.js$/, '')
        })),
        tsconfig: path.join(root, 'tsconfig.json'),
        bundle: true,
        format: 'iife',
        platform: 'browser',
        target: ['chrome115', 'firefox115', 'safari16'],
        charset: 'utf8',
        write: false,
        outdir: path.join(root, '.sim-out'),
        logLevel: 'silent'
    });
    const scripts = new Map<string, string>();
    for (const file of result.outputFiles) {
        const route = `/${path.relative(path.join(root, '.sim-out'), file.path).split(path.sep).join('/')}`;
        scripts.set(route, file.text);
    }
    for (const route of routes) {
        if (!scripts.has(route)) throw new Error(`esbuild produced no ${route}`);
    }
    return scripts;
}
