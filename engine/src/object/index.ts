export { definedFields } from './defined-fields';
export type { DefinedFields } from './defined-fields';
export { isRecord } from './is-record';
export { presentFields } from './present-fields';
export type { PresentFields } from './present-fields';
