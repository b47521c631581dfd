export * from './protocol';
export { WindowBridge } from './window-bridge';
export type { BridgeWindow } from './window-bridge';
export { afterUiPaint, PAINT_WAIT_CAP_MS } from './after-ui-paint';
export type { PaintWindow } from './after-ui-paint';
export { watchOnScreen } from './panel-on-screen';
export type { OnScreenWatch, OnScreenWindow } from './panel-on-screen';
