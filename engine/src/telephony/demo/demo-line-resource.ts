/**
 * Entry of the demo line's static resource (`SoftphoneDemoLine`, built by scripts/build/line-bundle.ts):
 * the engine loads it into the adapter page only when the call center's telephony mode is `demo`.
 */
export { DemoTelephonyProvider } from './demo-telephony-provider';
