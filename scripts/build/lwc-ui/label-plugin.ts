import type { Plugin } from 'rollup';
import type { CustomLabels } from '../../../sim/labels/custom-labels';

/** Import prefix of the org's own custom labels. */
export const LABEL_IMPORT_PREFIX = '@salesforce/label/c.';
const VIRTUAL_PREFIX = '\0softphone-label:';
const PAGE_LABELS = '\0softphone-page-labels';

export interface CustomLabelOptions {
    /**
     * The id of a page element whose `[data-label]` children hold labels by name, as the page renders them in
     * the agent's language (`$Label`): each label module takes its value from there when the page has it, else
     * the default value built in. Without it, the default values are built in.
     */
    readonly pageElementId?: string;
    /** Told the name of every label the bundle imports. */
    readonly used?: Set<string>;
}

/** The module that reads the page's labels once, when the bundle starts. */
function pageLabelsModule(elementId: string): string {
    return [
        'const table = new Map();',
        `const root = document.getElementById(${JSON.stringify(elementId)});`,
        "if (root) for (const element of root.querySelectorAll('[data-label]')) {",
        "    table.set(element.getAttribute('data-label'), element.textContent);",
        '}',
        'export function pageLabel(name, fallback) {',
        '    const value = table.get(name);',
        '    return value === undefined ? fallback : value;',
        '}',
        ''
    ].join('\n');
}

/**
 * Rollup plugin that resolves `@salesforce/label/c.<Name>` to a virtual module whose default export is the
 * label's value (or, with `pageElementId`, the page's value in the agent's language). An unknown label fails the build with a message naming it and its importer; labels of other
 * namespaces are left to the resolvers of their package.
 *
 * @param labels - the project's custom labels, from {@link readCustomLabels}
 */
export function customLabelPlugin(labels: CustomLabels, options: CustomLabelOptions = {}): Plugin {
    return {
        name: 'softphone-custom-labels',
        resolveId(source, importer) {
            if (source === PAGE_LABELS) return PAGE_LABELS;
            // Other namespaces' labels are their package's: the base components resolve their own.
            if (!source.startsWith(LABEL_IMPORT_PREFIX)) return null;
            const from = importer ? ` (imported by ${importer})` : '';
            const name = source.slice(LABEL_IMPORT_PREFIX.length);
            if (!labels.has(name)) {
                this.error(
                    `Unknown custom label c.${name}${from}: no <fullName>${name}</fullName> in the labels files`
                );
            }
            options.used?.add(name);
            return VIRTUAL_PREFIX + name;
        },
        load(id) {
            if (id === PAGE_LABELS && options.pageElementId) return pageLabelsModule(options.pageElementId);
            if (!id.startsWith(VIRTUAL_PREFIX)) return null;
            const name = id.slice(VIRTUAL_PREFIX.length);
            const value = labels.get(name);
            if (value === undefined) return null;
            if (!options.pageElementId) return `export default ${JSON.stringify(value)};\n`;
            return (
                `import { pageLabel } from ${JSON.stringify(PAGE_LABELS)};\n` +
                `export default pageLabel(${JSON.stringify(name)}, ${JSON.stringify(value)});\n`
            );
        }
    };
}
