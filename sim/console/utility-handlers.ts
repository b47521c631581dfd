import { invalidParam, succeeded } from '../open-cti/open-cti-answers';
import type { OpenCtiAnswer } from '../open-cti/open-cti-answers';
import type { ConsoleState, UtilityState } from './console-state';

type Args = Readonly<Record<string, unknown>>;

/** The panel sizes the guide allows, in pixels. */
export const PANEL_HEIGHT_RANGE = { min: 240, max: 2560 } as const;
export const PANEL_WIDTH_RANGE = { min: 200, max: 1920 } as const;

function setText(
    state: ConsoleState,
    args: Args,
    param: 'label' | 'key',
    field: keyof Pick<UtilityState, 'itemLabel' | 'itemIcon' | 'panelLabel' | 'panelIcon'>
): OpenCtiAnswer {
    const value = args[param];
    if (typeof value !== 'string' || (param === 'key' && value.trim() === '')) {
        return invalidParam(param, param === 'key' ? 'An SLDS utility icon name' : 'A string', value);
    }
    state.updateUtility({ [field]: value });
    return succeeded(null);
}

function setSize(
    state: ConsoleState,
    args: Args,
    param: 'heightPX' | 'widthPX',
    range: { readonly min: number; readonly max: number }
): OpenCtiAnswer {
    const value = args[param];
    if (typeof value !== 'number' || !Number.isFinite(value) || value < range.min || value > range.max) {
        return invalidParam(param, `A number from ${range.min} to ${range.max}`, value);
    }
    state.updateUtility(param === 'heightPX' ? { panelHeight: value } : { panelWidth: value });
    return succeeded(null);
}

/** The Open CTI methods about the softphone's utility item and panel. */
export type UtilityMethod =
    | 'setSoftphonePanelVisibility'
    | 'isSoftphonePanelVisible'
    | 'setSoftphoneItemLabel'
    | 'setSoftphoneItemIcon'
    | 'setSoftphonePanelLabel'
    | 'setSoftphonePanelIcon'
    | 'setSoftphonePanelHeight'
    | 'setSoftphonePanelWidth';

/**
 * The handlers of the {@link UtilityMethod}s over the console state: visibility (`setSoftphonePanelVisibility`
 * docks or minimises the panel; `isSoftphonePanelVisible` answers `{ visible }`), the item's and the panel's
 * label and icon, and the panel's size within the guide's limits.
 */
export function utilityHandlers(state: ConsoleState): Record<UtilityMethod, (args: Args) => OpenCtiAnswer> {
    return {
        setSoftphonePanelVisibility: (args) => {
            if (typeof args.visible !== 'boolean')
                return invalidParam('visible', 'A boolean value', args.visible);
            state.updateUtility({ panelVisible: args.visible });
            return succeeded(null);
        },
        isSoftphonePanelVisible: () => succeeded({ visible: state.utility.panelVisible }),
        setSoftphoneItemLabel: (args) => setText(state, args, 'label', 'itemLabel'),
        setSoftphoneItemIcon: (args) => setText(state, args, 'key', 'itemIcon'),
        setSoftphonePanelLabel: (args) => setText(state, args, 'label', 'panelLabel'),
        setSoftphonePanelIcon: (args) => setText(state, args, 'key', 'panelIcon'),
        setSoftphonePanelHeight: (args) => setSize(state, args, 'heightPX', PANEL_HEIGHT_RANGE),
        setSoftphonePanelWidth: (args) => setSize(state, args, 'widthPX', PANEL_WIDTH_RANGE)
    };
}
