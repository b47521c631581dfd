import type { ConsoleState } from '../../console/console-state';
import { iconUrl } from '../../site/routes';

/** The elements of the utility bar and the docked panel the server put in the page. */
export interface UtilityElements {
    readonly panel: HTMLElement;
    readonly panelLabel: HTMLElement;
    readonly panelIcon: SVGUseElement;
    readonly itemButton: HTMLButtonElement;
    readonly itemLabel: HTMLElement;
    readonly itemIcon: SVGUseElement;
    readonly toggles: readonly HTMLElement[];
}

/** Finds the utility elements in the console page; `undefined` if the page lacks one. */
export function findUtilityElements(document: Document): UtilityElements | undefined {
    const panel = document.querySelector<HTMLElement>('[data-utility-panel-section]');
    const panelLabel = document.querySelector<HTMLElement>('[data-utility-panel-label]');
    const panelIcon = document.querySelector<SVGUseElement>('[data-utility-panel-icon] use');
    const itemButton = document.querySelector<HTMLButtonElement>('[data-utility-button]');
    const itemLabel = document.querySelector<HTMLElement>('[data-utility-item-label]');
    const itemIcon = document.querySelector<SVGUseElement>('[data-utility-item-icon] use');
    if (!panel || !panelLabel || !panelIcon || !itemButton || !itemLabel || !itemIcon) return undefined;
    return {
        panel,
        panelLabel,
        panelIcon,
        itemButton,
        itemLabel,
        itemIcon,
        toggles: [...document.querySelectorAll<HTMLElement>('[data-utility-toggle]')]
    };
}

/** Points an icon at a utility icon; setting `href`, even to the value it has, makes the browser load it again. */
function showIcon(use: SVGUseElement, name: string): void {
    const href = iconUrl('utility', name);
    if (use.getAttribute('href') !== href) use.setAttribute('href', href);
}

/**
 * Keeps the utility bar and the docked panel in step with the console state: the item's label and icon
 * (`setSoftphoneItemLabel` / `Icon`), the panel's label, icon and size, and whether it is open
 * (`setSoftphonePanelVisibility`, or the agent clicking the item or Minimize). Minimising hides the panel;
 * the softphone keeps running, as in Lightning. The workspace makes room for the open panel.
 */
export function mountUtility(elements: UtilityElements, state: ConsoleState, body: HTMLElement): void {
    const draw = (): void => {
        const utility = state.utility;
        elements.itemLabel.textContent = utility.itemLabel;
        showIcon(elements.itemIcon, utility.itemIcon);
        elements.itemButton.title = utility.itemLabel;
        elements.panelLabel.textContent = utility.panelLabel;
        showIcon(elements.panelIcon, utility.panelIcon);
        elements.panel.style.width = `${utility.panelWidth}px`;
        elements.panel.style.height = `${utility.panelHeight}px`;
        elements.panel.classList.toggle('slds-is-open', utility.panelVisible);
        elements.panel.toggleAttribute('hidden', !utility.panelVisible);
        elements.itemButton.classList.toggle('slds-is-active', utility.panelVisible);
        elements.itemButton.setAttribute('aria-pressed', String(utility.panelVisible));
        body.style.setProperty(
            '--sim-panel-space',
            utility.panelVisible ? `${utility.panelWidth + 24}px` : '0px'
        );
    };
    for (const toggle of elements.toggles) {
        toggle.addEventListener('click', () =>
            state.updateUtility({ panelVisible: !state.utility.panelVisible })
        );
    }
    state.subscribe((change) => {
        if (change === 'utility') draw();
    });
    draw();
}
