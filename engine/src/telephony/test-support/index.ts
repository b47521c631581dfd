/** Test helpers for telephony providers; tests import them, the engine bundle never does. */
export { RecordingDelegate } from './recording-delegate';
export type { TelephonyEvent } from './recording-delegate';
export { connectInbound, connectOutbound, createDemoRig, registerRig } from './demo-rig';
export type { DemoRig } from './demo-rig';
