export { LABELS_SUFFIX, customLabelsFromXml, readCustomLabels } from './custom-labels';
export type { CustomLabels } from './custom-labels';
