export * from './protocol';
export { WindowBridge } from './window-bridge';
export type { BridgeWindow } from './window-bridge';
