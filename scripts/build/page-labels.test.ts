import path from 'node:path';
import { PAGE_LABELS_END, PAGE_LABELS_START, pageLabelNames, withPageLabels } from './page-labels';

const PAGE = path.join(__dirname, 'Example.page');
const page = (block: string): string =>
    `<apex:page>\n    <body class="slds-scope">\n        ${block}\n        <div id="root"></div>\n    </body>\n</apex:page>\n`;

describe('withPageLabels', () => {
    it("fills the labels block with each label's $Label, HTML-encoded, in a hidden element", async () => {
        const filled = await withPageLabels(
            PAGE,
            page(`${PAGE_LABELS_START}\n${PAGE_LABELS_END}`),
            'labels',
            ['Softphone_Ready', 'Softphone_Call']
        );
        expect(filled).toContain('<div id="labels" hidden="hidden">');
        expect(filled).toContain(
            '<span data-label="Softphone_Ready">{!HTMLENCODE($Label.Softphone_Ready)}</span>'
        );
        expect(pageLabelNames(filled)).toEqual(['Softphone_Ready', 'Softphone_Call']);
    });

    it('replaces the block it generated before, and gives the same page for the same labels', async () => {
        const once = await withPageLabels(PAGE, page(`${PAGE_LABELS_START}\n${PAGE_LABELS_END}`), 'labels', [
            'A'
        ]);
        const twice = await withPageLabels(PAGE, once, 'labels', ['A']);
        expect(twice).toBe(once);
        expect(pageLabelNames(await withPageLabels(PAGE, once, 'labels', ['B']))).toEqual(['B']);
    });

    it('says where the block goes when the page has none', async () => {
        await expect(withPageLabels(PAGE, page(''), 'labels', ['A'])).rejects.toThrow(/has no labels block/);
    });
});
