import type { UtilityItem } from '../console/utility-item';
import { ROUTES } from '../site/routes';
import { escapeHtml } from './html';

export interface HostPageOptions {
    /** The softphone utility item: label, icon and panel size. */
    readonly utility: UtilityItem;
    /** The URL of the utility panel's document. */
    readonly panelUrl: string;
    /** Whether the panel loads the fake `sforce.opencti`. */
    readonly openCti: boolean;
    /** The call center's display and internal names. */
    readonly callCenter: { readonly displayName: string; readonly internalName: string };
}

const UTILITY_BAR_HEIGHT = '2.5rem';

const STYLE = `
body { margin: 0; min-height: 100vh; background: #b0c4df; }
.sim-header { position: fixed; top: 0; left: 0; right: 0; height: 3rem; z-index: 5; }
.sim-workspace { padding: 4rem 1rem calc(${UTILITY_BAR_HEIGHT} + 1rem); }
.sim-workspace .slds-card { max-width: 40rem; margin-left: auto; }
.sim-panel { left: 0.75rem; bottom: ${UTILITY_BAR_HEIGHT}; z-index: 5; }
.sim-panel[hidden] { display: none; }
.sim-panel iframe { flex: 1 1 auto; width: 100%; border: 0; }
`;

function icon(sprite: string, name: string, className: string): string {
    return (
        `<svg class="${className}" aria-hidden="true">` +
        `<use href="${sprite}#${escapeHtml(name)}"></use></svg>`
    );
}

/**
 * The console frame: a Lightning console imitation with a header, a workspace that lists the Open CTI calls
 * the panel makes, and a utility bar whose softphone item opens the docked utility panel, an iframe that
 * loads the panel page.
 */
export function renderHostPage(options: HostPageOptions): string {
    const { utility, callCenter } = options;
    const label = escapeHtml(utility.label);
    const sprite = ROUTES.sldsUtilitySprite;
    const openCti = options.openCti
        ? 'fake <code>sforce.opencti</code> (Open CTI for Lightning)'
        : '<strong>off</strong> (<code>?opencti=off</code>): the panel has no <code>sforce.opencti</code>';
    return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Softphone Console — local simulator</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="${ROUTES.sldsStylesheet}">
<style>${STYLE}</style>
</head>
<body class="slds-scope">
<header class="sim-header slds-global-header slds-grid slds-grid_align-spread slds-grid_vertical-align-center">
  <div class="slds-global-header__item slds-text-heading_small">Softphone Console</div>
  <div class="slds-global-header__item"><span class="slds-badge slds-badge_lightest">Local simulator · no org</span></div>
</header>
<main class="sim-workspace">
  <article class="slds-card">
    <div class="slds-card__header"><h1 class="slds-card__header-title">Console</h1></div>
    <div class="slds-card__body slds-card__body_inner">
      <dl class="slds-dl_horizontal">
        <dt class="slds-dl_horizontal__label">Call center</dt>
        <dd class="slds-dl_horizontal__detail" data-call-center>${escapeHtml(callCenter.displayName)} (${escapeHtml(callCenter.internalName)})</dd>
        <dt class="slds-dl_horizontal__label">Open CTI</dt>
        <dd class="slds-dl_horizontal__detail">${openCti}</dd>
      </dl>
      <h2 class="slds-text-title_caps slds-m-top_medium slds-m-bottom_x-small">Open CTI calls</h2>
      <ol class="slds-list_ordered" data-open-cti-calls><li data-empty class="slds-text-color_weak">None yet.</li></ol>
    </div>
  </article>
</main>
<section class="sim-panel slds-utility-panel slds-grid slds-grid_vertical slds-is-open" data-utility-panel-section
  role="dialog" aria-labelledby="utility-panel-heading" style="width: ${utility.width}px; height: ${utility.height}px">
  <header class="slds-utility-panel__header slds-grid slds-shrink-none">
    <div class="slds-media slds-media_center">
      <div class="slds-media__figure slds-m-right_x-small">
        <span class="slds-icon_container">${icon(sprite, utility.icon, 'slds-icon slds-icon_x-small slds-icon-text-default')}</span>
      </div>
      <div class="slds-media__body"><h2 id="utility-panel-heading">${label}</h2></div>
    </div>
    <div class="slds-col_bump-left slds-shrink-none">
      <button class="slds-button slds-button_icon" title="Minimize" data-utility-toggle>
        ${icon(sprite, 'minimize_window', 'slds-button__icon')}<span class="slds-assistive-text">Minimize</span>
      </button>
    </div>
  </header>
  <div class="slds-utility-panel__body">
    <iframe data-utility-panel title="${label}" src="${escapeHtml(options.panelUrl)}" allow="microphone; autoplay"></iframe>
  </div>
</section>
<footer class="slds-utility-bar_container" aria-label="Utility Bar">
  <h2 class="slds-assistive-text">Utility Bar</h2>
  <ul class="slds-utility-bar">
    <li class="slds-utility-bar__item">
      <button class="slds-button slds-utility-bar__action slds-is-active" aria-pressed="true" data-utility-toggle data-utility-button>
        ${icon(sprite, utility.icon, 'slds-button__icon slds-button__icon_left')}<span class="slds-utility-bar__text">${label}</span>
      </button>
    </li>
  </ul>
</footer>
<script src="${ROUTES.hostConsole}"></script>
</body>
</html>
`;
}
