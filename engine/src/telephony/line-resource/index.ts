export { lineKit } from './line-kit';
export type { LineKit } from './line-kit';
export { LINE_RESOURCE_LOAD_TIMEOUT_MS, loadLineResource } from './load-line-resource';
export type { LinePage, LineResource, LoadingScript } from './load-line-resource';
