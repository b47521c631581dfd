/**
 * Entry of the desk phone line's static resource (`SoftphoneDeskPhoneLine`, built by scripts/build/line-bundle.ts):
 * the engine loads it into the adapter page only when the call center's telephony mode is `click-to-dial-only`.
 */
export { DeskPhoneTelephonyProvider } from './desk-phone-telephony-provider';
export { telLinkOpener } from './tel-link-opener';
