export { DEMO_LINE_RESOURCE_NAME } from './demo-line';
export type { DemoLine } from './demo-line';
export { demoLineKit } from './demo-line-kit';
export type { DemoLineKit } from './demo-line-kit';
export { DEMO_LINE_LOAD_TIMEOUT_MS, loadDemoLine } from './load-demo-line';
export type { DemoLinePage, LoadingScript } from './load-demo-line';
