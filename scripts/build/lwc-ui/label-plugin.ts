import type { Plugin } from 'rollup';
import type { CustomLabels } from '../../../sim/labels/custom-labels';

/** Import prefix of the org's own custom labels. */
export const LABEL_IMPORT_PREFIX = '@salesforce/label/c.';
const VIRTUAL_PREFIX = '\0softphone-label:';

/**
 * Rollup plugin that resolves `@salesforce/label/c.<Name>` to a virtual module whose default export is the
 * label's value. An unknown label fails the build with a message naming it and its importer; labels of other
 * namespaces are left to the resolvers of their package.
 *
 * @param labels - the project's custom labels, from {@link readCustomLabels}
 */
export function customLabelPlugin(labels: CustomLabels): Plugin {
    return {
        name: 'softphone-custom-labels',
        resolveId(source, importer) {
            // Other namespaces' labels are their package's: the base components resolve their own.
            if (!source.startsWith(LABEL_IMPORT_PREFIX)) return null;
            const from = importer ? ` (imported by ${importer})` : '';
            const name = source.slice(LABEL_IMPORT_PREFIX.length);
            if (!labels.has(name)) {
                this.error(
                    `Unknown custom label c.${name}${from}: no <fullName>${name}</fullName> in the labels files`
                );
            }
            return VIRTUAL_PREFIX + name;
        },
        load(id) {
            if (!id.startsWith(VIRTUAL_PREFIX)) return null;
            const value = labels.get(id.slice(VIRTUAL_PREFIX.length));
            return value === undefined ? null : `export default ${JSON.stringify(value)};\n`;
        }
    };
}
