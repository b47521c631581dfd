/**
 * Entry of the engine static resource (`SoftphoneEngine`): the adapter page calls
 * `SoftphoneEngine.startEngine({ window, log: console, itemLabels })` once `opencti_min.js` has loaded.
 */
export { startEngine } from './engine';
export type { EngineLog, EngineOptions, EngineWindow, RunningEngine } from './engine';
// What the lines' static resources (SoftphoneDemoLine, SoftphoneDeskPhoneLine) share with this one: see line-kit.ts.
export { lineKit } from './telephony/line-resource';
