export { LABELS_SUFFIX, customLabelsFromXml, readCustomLabels } from './custom-labels';
export type { CustomLabels } from './custom-labels';
export { LABEL_IMPORT_PREFIX, customLabelPlugin } from './label-plugin';
