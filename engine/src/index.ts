/**
 * Entry of the engine static resource (`SoftphoneEngine`): the adapter page calls
 * `SoftphoneEngine.startEngine({ window, log: console })` once `opencti_min.js` has loaded.
 */
export { startEngine } from './engine';
export type { EngineLog, EngineOptions, SoftphoneEngine } from './engine';
export { BRIDGE_CHANNEL, BRIDGE_PROTOCOL_VERSION } from './bridge';
