import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { closeWithin, launchChromium } from '../../harness/chromium';
import { SOFTPHONE_UI } from '../../scripts/build/index';
import { buildUiBundle } from '../../scripts/build/lwc-ui/ui-bundle';
import type { UiBundleFormat } from '../../scripts/build/lwc-ui/ui-bundle';
import { readCustomLabels } from '../../sim/labels/custom-labels';
import { summarize } from '../stats';
import type { Bench, Figure } from '../figure';

/** Page loads per format, alternating, each in a fresh browser context. */
export const FORMAT_LOADS = 15;

const SLDS = '/assets/styles/salesforce-lightning-design-system.min.css';

/** The page a format is loaded in: SLDS, the root element, then the UI's entry (a module for `modules`). */
function page(format: UiBundleFormat, entry: string): string {
    const script =
        format === 'script'
            ? `<script src="/ui/${entry}"></script>`
            : `<script type="module" src="/ui/${entry}"></script>`;
    return `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="stylesheet" href="${SLDS}"></head>
<body class="slds-scope"><div id="${SOFTPHONE_UI.mount.rootId}"></div>${script}</body></html>`;
}

/**
 * Runs before the page's scripts: when `c-softphone` is inserted (the UI mounts it and renders it in the same
 * task), waits for the next frame and records when it was painted.
 */
const PAINTED_SCRIPT = `(() => {
    const observer = new MutationObserver(() => {
        if (!document.querySelector('${SOFTPHONE_UI.mount.tag}')) return;
        observer.disconnect();
        requestAnimationFrame(() => {
            const channel = new MessageChannel();
            channel.port1.onmessage = () => { window.__uiPainted = performance.now(); };
            channel.port2.postMessage(0);
        });
    });
    observer.observe(document, { childList: true, subtree: true });
})();`;

/**
 * UI format: the same components built as one classic script and as ES modules (an entry importing shared and
 * lazily loaded chunks, as a zip static resource would hold them), each loaded from a loopback server (warm,
 * compressed as a browser would fetch them is not simulated: both are sent as is) in a fresh context: navigation
 * start → `c-softphone` painted. It is why the UI static resource is one script.
 */
export function uiFormatBench(root: string): Bench {
    return {
        name: 'ui-format',
        run: async (): Promise<Figure[]> => {
            const labels = readCustomLabels(path.join(root, 'force-app/main/default/labels'));
            const build = (format: UiBundleFormat) =>
                buildUiBundle({
                    root,
                    lwcDir: path.join(root, 'force-app/main/default/lwc'),
                    labels,
                    mount: SOFTPHONE_UI.mount,
                    format,
                    entryFile: `${SOFTPHONE_UI.name}.js`
                });
            const bundles = { script: await build('script'), modules: await build('modules') };
            const server = createServer((request, response) => {
                const url = new URL(request.url ?? '/', 'http://127.0.0.1');
                const [, format = '', ...rest] = url.pathname.split('/');
                const bundle = format === 'script' || format === 'modules' ? bundles[format] : undefined;
                if (bundle && rest.length === 0) {
                    response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
                    response.end(
                        page(format as UiBundleFormat, `${SOFTPHONE_UI.name}.js`).replace(
                            /\/ui\//g,
                            `/${format}/ui/`
                        )
                    );
                    return;
                }
                const file =
                    bundle && rest[0] === 'ui' ? bundle.files.get(rest.slice(1).join('/')) : undefined;
                if (file !== undefined) {
                    response.writeHead(200, { 'Content-Type': 'text/javascript; charset=utf-8' });
                    response.end(file);
                    return;
                }
                if (url.pathname === SLDS) {
                    void import('node:fs').then(({ readFileSync }) => {
                        response.writeHead(200, { 'Content-Type': 'text/css; charset=utf-8' });
                        response.end(
                            readFileSync(
                                path.join(
                                    root,
                                    'node_modules/@salesforce-ux/design-system/assets/styles/salesforce-lightning-design-system.min.css'
                                )
                            )
                        );
                    });
                    return;
                }
                response.writeHead(404);
                response.end();
            });
            await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
            const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
            const browser = await launchChromium();
            const samples: Record<UiBundleFormat, number[]> = { script: [], modules: [] };
            try {
                for (let run = 0; run < FORMAT_LOADS; run++) {
                    for (const format of run % 2 === 0
                        ? (['script', 'modules'] as const)
                        : (['modules', 'script'] as const)) {
                        const context = await browser.newContext();
                        try {
                            await context.addInitScript(PAINTED_SCRIPT);
                            const tab = await context.newPage();
                            await tab.goto(`${base}/${format}`);
                            await tab.waitForFunction('window.__uiPainted !== undefined', undefined, {
                                timeout: 20_000
                            });
                            samples[format].push(
                                await tab.evaluate(
                                    () => (window as Window & { __uiPainted?: number }).__uiPainted ?? NaN
                                )
                            );
                        } finally {
                            await context.close();
                        }
                    }
                }
            } finally {
                await closeWithin(browser, 5000);
                server.close();
            }
            const script = summarize(samples.script);
            const modules = summarize(samples.modules);
            const files = (format: UiBundleFormat): string => `${bundles[format].files.size} file(s)`;
            return [
                {
                    name: 'UI format: one script, load → c-softphone painted',
                    unit: 'ms',
                    summary: script,
                    baseline: {
                        name: `ES modules (${files('modules')}, as a zip would hold them)`,
                        summary: modules
                    },
                    target: 'report; the resource takes the faster format (p95)',
                    pass: true,
                    note:
                        script.p95 <= modules.p95
                            ? 'one script is faster'
                            : 'ES modules are faster: reconsider the format'
                }
            ];
        }
    };
}
