/**
 * Browser entry: starts the engine static resource the way the Softphone Visualforce page does, in the
 * utility panel's own window, once `sforce.opencti` (here the fake, or nothing) has loaded.
 */
import type { PanelWindow } from './simulator-globals';

const engine = (window as PanelWindow).SoftphoneEngine;
if (engine) {
    engine.startEngine({ window, log: console });
} else {
    console.error('[softphone] The SoftphoneEngine static resource did not load.');
}
