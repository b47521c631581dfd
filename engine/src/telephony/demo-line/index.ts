export { DEMO_LINE, DEMO_LINE_RESOURCE_NAME } from './demo-line';
export type { DemoLine } from './demo-line';
