export { definedFields } from './defined-fields';
export type { DefinedFields } from './defined-fields';
