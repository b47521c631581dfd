/**
 * Entry of the engine static resource (`SoftphoneEngine`): the adapter page calls
 * `SoftphoneEngine.startEngine({ window, log: console, itemLabels })` once `opencti_min.js` has loaded.
 */
export { startEngine } from './engine';
export type { EngineLog, EngineOptions, EngineWindow, RunningEngine } from './engine';
export { BRIDGE_CHANNEL, BRIDGE_PROTOCOL_VERSION } from './bridge';
// What the demo line's static resource (SoftphoneDemoLine) shares with this one: see demo-line-kit.ts.
export { demoLineKit } from './telephony/demo-line';
