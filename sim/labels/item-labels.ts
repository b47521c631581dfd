import type { ItemLabels } from '../../engine/src/softphone/item-labels';
import type { CustomLabels } from './custom-labels';

/** The Custom Label behind each utility item label, as the Softphone page passes them to `startEngine`. */
export const ITEM_LABEL_NAMES: Readonly<Record<keyof ItemLabels, string>> = {
    idle: 'Softphone_ItemIdle',
    ringing: 'Softphone_ItemRinging',
    dialing: 'Softphone_ItemDialing',
    onCall: 'Softphone_ItemOnCall',
    onHold: 'Softphone_ItemOnHold',
    wrapUp: 'Softphone_ItemWrapUp'
};

/**
 * The utility item's labels from the project's Custom Labels, what `Softphone.page` passes as
 * `startEngine({ itemLabels })` with `{!JSENCODE($Label.Softphone_Item…)}`.
 *
 * @throws Error naming a label the project does not define
 */
export function itemLabelsFrom(labels: CustomLabels): ItemLabels {
    const entries = Object.entries(ITEM_LABEL_NAMES).map(([key, name]) => {
        const value = labels.get(name);
        if (value === undefined)
            throw new Error(`Custom label ${name} is missing (the utility item's ${key} label)`);
        return [key, value] as const;
    });
    return Object.fromEntries(entries) as unknown as ItemLabels;
}
