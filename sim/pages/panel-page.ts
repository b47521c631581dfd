import type { ItemLabels } from '../../engine/src/softphone/item-labels';
import { ITEM_LABELS_ELEMENT_ID, SOFTPHONE_ROOT_ID } from '../browser/simulator-globals';
import { ROUTES } from '../site/routes';
import { escapeHtml, jsonForScript } from './html';

export interface PanelPageOptions {
    /** Loads the simulator's `sforce.opencti`; `false` leaves it out, as when `opencti_min.js` fails to load. */
    readonly openCti: boolean;
    /** The utility item's labels for `startEngine`, as the Softphone page passes its Custom Labels. */
    readonly itemLabels: ItemLabels;
    /** The page title (the utility item's label). */
    readonly title: string;
    /**
     * The UI's custom labels as `Softphone.page` renders them for the agent (its generated labels block):
     * the id of the element and each label's value by name.
     */
    readonly uiLabels: { readonly elementId: string; readonly values: ReadonlyMap<string, string> };
}

/**
 * The utility panel's document, our equivalent of the Softphone Visualforce page: in the same order it loads
 * SLDS (the page's `<apex:slds/>`), Open CTI (the simulator's, which talks to the console page around it), the
 * engine static resource, starts the engine, then loads the UI static resource, which reads its labels from the
 * labels block (the page renders it with `$Label`) and creates `c-softphone` in `#softphone-root`. Both resources are the committed files, served as they are.
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
        '</head>',
        '<body class="slds-scope">',
        `<div id="${escapeHtml(options.uiLabels.elementId)}" hidden>`,
        ...[...options.uiLabels.values].map(
            ([name, value]) => `<span data-label="${escapeHtml(name)}">${escapeHtml(value)}</span>`
        ),
        '</div>',
        `<div id="${SOFTPHONE_ROOT_ID}"></div>`,
        `<script src="${ROUTES.startEngine}"></script>`,
        `<script src="${ROUTES.uiResource}"></script>`,
        '</body>',
        '</html>',
        ''
    ].join('\n');
}
