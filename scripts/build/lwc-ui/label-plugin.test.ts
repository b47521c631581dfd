import { rollup } from 'rollup';
import type { Plugin } from 'rollup';
import { customLabelsFromXml } from '../../../sim/labels/custom-labels';
import { customLabelPlugin } from './label-plugin';
import type { CustomLabelOptions } from './label-plugin';

const LABELS_XML = `<?xml version="1.0" encoding="UTF-8"?>
<CustomLabels xmlns="http://soap.sforce.com/2006/04/metadata">
    <labels>
        <fullName>Softphone_Ready</fullName>
        <language>en_US</language>
        <protected>false</protected>
        <shortDescription>Ready</shortDescription>
        <value>Ready</value>
    </labels>
    <labels>
        <fullName>Softphone_Quote</fullName>
        <language>en_US</language>
        <protected>false</protected>
        <shortDescription>Characters that need escaping</shortDescription>
        <value>Say "hi" &amp; wait…</value>
    </labels>
</CustomLabels>`;

const labels = customLabelsFromXml(LABELS_XML, 'CustomLabels.labels-meta.xml');

/** A one-module app whose entry is the given source. */
function entry(source: string): Plugin {
    return {
        name: 'entry',
        resolveId: (id) => (id === 'entry.js' ? id : null),
        load: (id) => (id === 'entry.js' ? source : null)
    };
}

async function bundle(source: string, options: CustomLabelOptions = {}): Promise<string> {
    const build = await rollup({
        input: 'entry.js',
        plugins: [entry(source), customLabelPlugin(labels, options)],
        // An import no plugin resolves stays external here; the UI build fails on it (see failOnUnresolved).
        onwarn: (log, warn) => (log.code === 'UNRESOLVED_IMPORT' ? undefined : warn(log))
    });
    try {
        const { output } = await build.generate({ format: 'cjs' });
        return output[0].code;
    } finally {
        await build.close();
    }
}

/** Bundles and runs a one-module app, returning its exports. */
async function run(source: string): Promise<Record<string, unknown>> {
    const exports: Record<string, unknown> = {};
    new Function('exports', await bundle(source))(exports);
    return exports;
}

describe('customLabelsFromXml', () => {
    it('reads each label value by full name, decoding XML entities', () => {
        expect([...labels]).toEqual([
            ['Softphone_Ready', 'Ready'],
            ['Softphone_Quote', 'Say "hi" & wait…']
        ]);
    });

    it('refuses a label defined twice', () => {
        const twice = LABELS_XML.replace('Softphone_Quote', 'Softphone_Ready');
        expect(() => customLabelsFromXml(twice, 'CustomLabels.labels-meta.xml')).toThrow(
            'CustomLabels.labels-meta.xml: label Softphone_Ready is defined twice'
        );
    });
});

describe('customLabelPlugin', () => {
    it("makes @salesforce/label/c.<Name> a module whose default export is the label's value", async () => {
        const app = await run(
            "import READY from '@salesforce/label/c.Softphone_Ready';\n" +
                "import QUOTE from '@salesforce/label/c.Softphone_Quote';\n" +
                'export const texts = [READY, QUOTE];\n'
        );
        expect(app.texts).toEqual(['Ready', 'Say "hi" & wait…']);
    });

    it('fails the build on an unknown label, naming it and its importer', async () => {
        await expect(
            bundle("import X from '@salesforce/label/c.Softphone_Missing';\nexport default X;")
        ).rejects.toThrow(/Unknown custom label c\.Softphone_Missing \(imported by entry\.js\)/);
    });

    it("leaves another namespace's label to the resolvers of its package", async () => {
        const code = await bundle(
            "import X from '@salesforce/label/LightningControl.required';\nexport default X;"
        );
        expect(code).toContain("require('@salesforce/label/LightningControl.required')");
    });

    it("takes each label from the page's labels block when it has one, else the built-in default", async () => {
        const used = new Set<string>();
        const code = await bundle(
            "import READY from '@salesforce/label/c.Softphone_Ready';\n" +
                "import QUOTE from '@salesforce/label/c.Softphone_Quote';\n" +
                'export const texts = [READY, QUOTE];\n',
            { pageElementId: 'softphone-labels', used }
        );
        // The page as Visualforce renders it for a French-speaking agent: one label translated, one missing.
        const spans = [{ getAttribute: () => 'Softphone_Ready', textContent: 'Prêt' }];
        const document = {
            getElementById: (id: string) =>
                id === 'softphone-labels' ? { querySelectorAll: () => spans } : null
        };
        const exports: Record<string, unknown> = {};
        new Function('exports', 'document', code)(exports, document);
        expect(exports.texts).toEqual(['Prêt', 'Say "hi" & wait…']);
        expect([...used].sort()).toEqual(['Softphone_Quote', 'Softphone_Ready']);
    });
});
