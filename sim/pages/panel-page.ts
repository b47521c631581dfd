import type { ItemLabels } from '../../engine/src/softphone/item-labels';
import { ITEM_LABELS_ELEMENT_ID, SOFTPHONE_ROOT_ID } from '../browser/simulator-globals';
import { ROUTES } from '../site/routes';
import { escapeHtml, jsonForScript } from './html';

export interface PanelPageOptions {
    /** Loads the simulator's `sforce.opencti`; `false` leaves it out, as when `opencti_min.js` fails to load. */
    readonly openCti: boolean;
    /** The utility item's labels for `startEngine`, as the Softphone page passes its Custom Labels. */
    readonly itemLabels: ItemLabels;
    /** Bare module specifiers of the LWC bundle (`lwc`, `lightning/icon`, ...) to their URLs. */
    readonly importMap: Readonly<Record<string, string>>;
    /** URLs of the modules the LWC app loads first, fetched and compiled in parallel while the page loads. */
    readonly modulePreloads: readonly string[];
    /** The page title (the utility item's label). */
    readonly title: string;
}

/**
 * The utility panel's document, our equivalent of the Softphone Visualforce page: in the same order it loads
 * Open CTI (the simulator's, which talks to the console page around it), the engine static resource, starts
 * the engine, then creates `c-softphone` in `#softphone-root` (an ES module bundle instead of Lightning Out).
 * After the app's script come `<link rel="modulepreload">`s for the runtime modules it loads first, so the
 * browser fetches them all at once (and compiles them off the main thread) instead of discovering them one
 * import level at a time, without holding up the page's own scripts.
 */
export function renderPanelPage(options: PanelPageOptions): string {
    const openCti = options.openCti
        ? [`<script src="${ROUTES.fakeOpenCti}"></script>`]
        : ['<!-- ?opencti=off: no sforce.opencti, as when opencti_min.js does not load. -->'];
    return [
        '<!doctype html>',
        '<html lang="en">',
        '<head>',
        '<meta charset="utf-8">',
        `<title>${escapeHtml(options.title)}</title>`,
        '<link rel="icon" href="data:,">',
        `<link rel="stylesheet" href="${ROUTES.sldsStylesheet}">`,
        '<style>html, body { height: 100%; margin: 0; } #softphone-root { height: 100%; }</style>',
        ...openCti,
        `<script src="${ROUTES.engineResource}"></script>`,
        `<script type="application/json" id="${ITEM_LABELS_ELEMENT_ID}">${jsonForScript(options.itemLabels)}</script>`,
        `<script type="importmap">${jsonForScript({ imports: options.importMap })}</script>`,
        '</head>',
        '<body class="slds-scope">',
        `<div id="${SOFTPHONE_ROOT_ID}"></div>`,
        `<script src="${ROUTES.startEngine}"></script>`,
        `<script type="module" src="${ROUTES.lwcApp}"></script>`,
        ...options.modulePreloads.map((url) => `<link rel="modulepreload" href="${escapeHtml(url)}">`),
        '</body>',
        '</html>',
        ''
    ].join('\n');
}
