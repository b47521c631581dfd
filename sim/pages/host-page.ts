import type { CallCenterSettings } from '../../engine/src/cti';
import {
    SEED_ELEMENT_ID,
    SETTINGS_ELEMENT_ID,
    PHONE_SYSTEMS_ELEMENT_ID,
    PRESENCE_ELEMENT_ID,
    TURN_SERVER_ELEMENT_ID,
    UTILITY_ELEMENT_ID
} from '../browser/simulator-globals';
import type { SimulatedPhoneSystems } from '../org/phone-system-service';
import type { SimulatedPresence } from '../org/simulated-presence';
import type { SimulatedTurnServer } from '../org/turn-credential-service';
import type { UtilityItem } from '../console/utility-item';
import type { SeedFixture } from '../org/seed-org';
import { iconUrl, ROUTES } from '../site/routes';
import { escapeHtml, jsonForScript } from './html';

export interface HostPageOptions {
    /** The softphone utility item: label, icon and panel size. */
    readonly utility: UtilityItem;
    /** The URL of the utility panel's document. */
    readonly panelUrl: string;
    /** Whether the panel loads the simulator's `sforce.opencti`. */
    readonly openCti: boolean;
    /** The call center's display and internal names. */
    readonly callCenter: { readonly displayName: string; readonly internalName: string };
    /** What the console answers `getCallCenterSettings` with. */
    readonly settings: CallCenterSettings;
    /** The records the console's org starts with. */
    readonly seed: SeedFixture;
    /** The org's TURN secret record (`SoftphoneTurnCredentials`), if it has one. */
    readonly turnServer?: SimulatedTurnServer;
    /** The org's phone-system profiles and the agent's custom permissions (`SoftphonePhoneSystem`). */
    readonly phoneSystems?: SimulatedPhoneSystems;
    /**
     * The org's presence statuses and mapping, when the console hosts the components around the phone (Call
     * with softphone on record pages, the Omni-Channel widget stand-in and the Omni-Channel sync item).
     */
    readonly presence?: SimulatedPresence;
}

const UTILITY_BAR_HEIGHT = '2.5rem';

const STYLE = `
body { margin: 0; min-height: 100vh; background: #b0c4df; }
.sim-header { height: 3rem; }
.sim-main { display: grid; grid-template-columns: minmax(0, 1fr) 19rem; gap: 0.75rem; align-items: start;
  padding: 0.75rem 0.75rem calc(${UTILITY_BAR_HEIGHT} + 0.75rem) calc(var(--sim-panel-space) + 0.75rem); }
.sim-workspace { position: relative; min-height: 26rem; background: #fff; border-radius: 0.25rem; padding: 0 0.75rem 0.75rem; }
.sim-workspace .slds-modal, .sim-workspace .slds-backdrop { position: absolute; }
.sim-workspace .slds-modal__container { width: 90%; min-width: 0; max-width: 36rem; padding: 1rem 0; }
.sim-side .slds-card + .slds-card { margin-top: 0.75rem; }
.sim-search { margin-left: auto; padding-right: 0.75rem; align-self: center; }
.sim-search .slds-input { min-width: 14rem; }
.sim-pre-wrap { white-space: pre-wrap; }
.sim-log-detail { display: block; overflow-wrap: anywhere; }
[data-open-cti-calls] { max-height: 11rem; overflow: auto; }
.sim-click-to-dial { white-space: nowrap; }
.sim-panel { left: 0.75rem; bottom: ${UTILITY_BAR_HEIGHT}; z-index: 5; }
.sim-panel[hidden] { display: none; }
.sim-panel iframe { flex: 1 1 auto; width: 100%; border: 0; }
`;

function icon(name: string, className: string, marker: string): string {
    return (
        `<svg class="${className}" aria-hidden="true" ${marker}>` +
        `<use href="${escapeHtml(iconUrl('utility', name))}"></use></svg>`
    );
}

/**
 * The console page: a Lightning console imitation with a header, a navigation bar, a workspace (record
 * pages, search, lists, new-record forms), a side column with "Call the agent" and the Open CTI log, and a
 * utility bar whose softphone item opens the docked utility panel, an iframe that loads the panel page.
 * The settings, seed records and utility item travel as JSON for the console script, which loads in the
 * head so that it answers Open CTI before the panel starts.
 */
export function renderHostPage(options: HostPageOptions): string {
    const { utility, callCenter } = options;
    const label = escapeHtml(utility.label);
    const openCti = options.openCti
        ? 'Open CTI for Lightning (simulated)'
        : '<strong>off</strong> (<code>?opencti=off</code>): the panel has no <code>sforce.opencti</code>';
    const json = (id: string, value: unknown): string =>
        `<script type="application/json" id="${id}">${jsonForScript(value)}</script>`;
    return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Softphone Console — local simulator</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="${ROUTES.sldsStylesheet}">
<style>${STYLE}</style>
${json(SETTINGS_ELEMENT_ID, options.settings)}
${json(SEED_ELEMENT_ID, options.seed)}
${json(TURN_SERVER_ELEMENT_ID, options.turnServer ?? null)}
${json(PHONE_SYSTEMS_ELEMENT_ID, options.phoneSystems ?? null)}
${json(UTILITY_ELEMENT_ID, utility)}
<script src="${ROUTES.hostConsole}"></script>
${options.presence ? `${json(PRESENCE_ELEMENT_ID, options.presence)}\n<script src="${ROUTES.consoleComponents}"></script>` : ''}
</head>
<body class="slds-scope" style="--sim-panel-space: ${utility.width + 24}px">
<header class="sim-header slds-global-header slds-grid slds-grid_align-spread slds-grid_vertical-align-center">
  <div class="slds-global-header__item slds-text-heading_small">Lightning console <span class="slds-text-color_weak">(local)</span></div>
  <div class="slds-global-header__item">
    <span class="slds-badge slds-badge_lightest">Local simulator · no org</span>
    <button class="slds-button slds-button_neutral slds-m-left_small" type="button" data-reset-org title="Back to the seed records">Reset data</button>
  </div>
</header>
<div class="slds-context-bar" data-navigation></div>
<div class="sim-main">
  <main class="sim-workspace" data-workspace aria-label="Workspace"></main>
  <aside class="sim-side">
    <article class="slds-card" data-caller aria-label="Call the agent"></article>
    <article class="slds-card" data-faults aria-label="Faults"></article>
    ${options.presence ? '<article class="slds-card" data-omni aria-label="Omni-Channel"></article>' : ''}
    <article class="slds-card">
      <div class="slds-card__header slds-grid"><h2 class="slds-card__header-title">Console</h2></div>
      <div class="slds-card__body slds-card__body_inner">
        <dl class="slds-list_horizontal slds-wrap slds-text-body_small">
          <dt class="slds-item_label slds-text-color_weak">Call center</dt>
          <dd class="slds-item_detail" data-call-center>${escapeHtml(callCenter.displayName)} (${escapeHtml(callCenter.internalName)})</dd>
          <dt class="slds-item_label slds-text-color_weak">Open CTI</dt>
          <dd class="slds-item_detail">${openCti}</dd>
          <dt class="slds-item_label slds-text-color_weak">Softphone started</dt>
          <dd class="slds-item_detail" data-softphone-initialized>not yet</dd>
        </dl>
        <h3 class="slds-text-title_caps slds-m-top_small slds-m-bottom_x-small">Open CTI calls</h3>
        <ol class="slds-list_ordered slds-text-body_small" data-open-cti-calls><li data-empty class="slds-text-color_weak">None yet.</li></ol>
      </div>
    </article>
  </aside>
</div>
<section class="sim-panel slds-utility-panel slds-grid slds-grid_vertical slds-is-open" data-utility-panel-section
  role="dialog" aria-labelledby="utility-panel-heading" style="width: ${utility.width}px; height: ${utility.height}px">
  <header class="slds-utility-panel__header slds-grid slds-shrink-none">
    <div class="slds-media slds-media_center">
      <div class="slds-media__figure slds-m-right_x-small">
        <span class="slds-icon_container">${icon(utility.icon, 'slds-icon slds-icon_x-small slds-icon-text-default', 'data-utility-panel-icon')}</span>
      </div>
      <div class="slds-media__body"><h2 id="utility-panel-heading" data-utility-panel-label>${label}</h2></div>
    </div>
    <div class="slds-col_bump-left slds-shrink-none">
      <button class="slds-button slds-button_icon" title="Minimize" data-utility-toggle>
        ${icon('minimize_window', 'slds-button__icon', '')}<span class="slds-assistive-text">Minimize</span>
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
        ${icon(utility.icon, 'slds-button__icon slds-button__icon_left', 'data-utility-item-icon')}<span class="slds-utility-bar__text" data-utility-item-label>${label}</span>
      </button>
    </li>
  </ul>
</footer>
</body>
</html>
`;
}
