import path from 'node:path';
import { DEFAULT_ITEM_LABELS } from '../../engine/src/softphone/item-labels';
import { readCustomLabels } from './custom-labels';
import { itemLabelsFrom } from './item-labels';

const ROOT = path.resolve(__dirname, '..', '..');

describe('itemLabelsFrom', () => {
    it("gives the utility item's labels from the project's Custom Labels, as the Softphone page passes them", () => {
        const labels = itemLabelsFrom(readCustomLabels(path.join(ROOT, 'force-app/main/default/labels')));
        expect(Object.keys(labels).sort()).toEqual(Object.keys(DEFAULT_ITEM_LABELS).sort());
        expect(labels.ringing).toBe('Incoming call');
    });

    it('names a label the project lacks', () => {
        expect(() => itemLabelsFrom(new Map())).toThrow(
            "Custom label Softphone_ItemIdle is missing (the utility item's idle label)"
        );
    });
});
